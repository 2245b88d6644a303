/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-records-dialog.c: a supplier's records of the period, read on the session's worker
 * and read again whenever the session's data change; correcting opens the record form,
 * deleting asks for the reason first. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-form.h"
#include "tiers-record-form.h"
#include "tiers-reason-dialog.h"
#include "tiers-records-dialog.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-records.h"

struct _TiersRecordsDialog
{
  AdwWindow      parent_instance;

  TiersSession  *session;
  char          *code;
  char          *name;
  GCancellable  *cancellable;
  gboolean       loading;
  GtkWidget     *toasts;
  GtkWidget     *lists[TIERS_N_RECORD_KINDS];
  GtkWidget     *history;
  GPtrArray     *records[TIERS_N_RECORD_KINDS];
};

G_DEFINE_FINAL_TYPE (TiersRecordsDialog, tiers_records_dialog, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_LOADING, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---- reading ---- */

typedef struct
{
  char      *code;
  char       first[11];
  char       last[11];
  gboolean   whole;                          /* no period: every record */
  GPtrArray *records[TIERS_N_RECORD_KINDS];
  GPtrArray *changes;
} Load;

static void
load_free (Load *load)
{
  g_free (load->code);
  for (guint k = 0; k < TIERS_N_RECORD_KINDS; k++)
    g_clear_pointer (&load->records[k], g_ptr_array_unref);
  g_clear_pointer (&load->changes, g_ptr_array_unref);
  g_free (load);
}

static void
read_records (GTask        *task,
              TiersStore   *store,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;

  for (guint k = 0; k < TIERS_N_RECORD_KINDS; k++)
    if ((load->records[k] = tiers_store_list_records (store, k, load->code,
                                                      load->whole ? NULL : load->first,
                                                      load->whole ? NULL : load->last,
                                                      &error)) == NULL)
      {
        g_task_return_error (task, error);
        return;
      }
  load->changes = tiers_store_list_record_changes (store, load->code, &error);
  if (load->changes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_loading (TiersRecordsDialog *self,
             gboolean            loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

/* What a row says of RECORD: the title and the subtitle. */
static void
describe (const TiersRecord *record,
          const TiersScheme *scheme,
          char             **title,
          char             **subtitle)
{
  char **v = record->values;
  g_autofree char *source = record->source
      ? g_strdup_printf (_("imported from %s"), record->source) : g_strdup (_("entered by hand"));

  switch (record->kind)
    {
    case TIERS_RECORD_INCIDENT:
      {
        const char *severity = g_str_equal (v[TIERS_INCIDENT_SEVERITY], "critical")
            ? _("Critical") : g_str_equal (v[TIERS_INCIDENT_SEVERITY], "major")
            ? _("Major") : _("Minor");

        /* Translators: an incident's date and severity */
        *title = g_strdup_printf (_("%s · %s"), v[TIERS_INCIDENT_DATE], severity);
        *subtitle = *v[TIERS_INCIDENT_DESCRIPTION]
            ? g_strdup_printf ("%s · %s", v[TIERS_INCIDENT_DESCRIPTION], source)
            : g_strdup (source);
        break;
      }
    case TIERS_RECORD_FEEDBACK:
      /* Translators: a feedback's date and rating */
      *title = g_strdup_printf (_("%s · rated %s of 5"), v[TIERS_FEEDBACK_DATE],
                                v[TIERS_FEEDBACK_RATING]);
      *subtitle = *v[TIERS_FEEDBACK_COMMENT]
          ? g_strdup_printf ("%s · %s", v[TIERS_FEEDBACK_COMMENT], source) : g_strdup (source);
      break;
    case TIERS_RECORD_RATING:
      {
        const TiersCriterion *criterion =
            scheme ? tiers_scheme_find_criterion (scheme, v[TIERS_RATING_CRITERION]) : NULL;

        /* Translators: a rating's date, criterion and rating */
        *title = g_strdup_printf (_("%s · %s: %s"), v[TIERS_RATING_DATE],
                                  criterion ? tiers_criterion_get_display_name (criterion)
                                            : v[TIERS_RATING_CRITERION],
                                  v[TIERS_RATING_RATING]);
      }
      /* Translators: who gave a rating, and where it came from */
      *subtitle = g_strdup_printf (_("by %s · %s"), v[TIERS_RATING_EVALUATOR], source);
      break;
    case TIERS_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
record_row (const TiersRecord *record,
            const TiersScheme *scheme)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *target = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                             tiers_record_kind_to_string (record->kind),
                                             record->id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  describe (record, scheme, &title, &subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_tooltip_text (edit, _("Correct…"));
  gtk_widget_set_tooltip_text (remove, _("Delete…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Correct…"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete…"), -1);
  for (GtkWidget *b = edit; b != NULL; b = b == edit ? remove : NULL)
    {
      gtk_widget_add_css_class (b, "flat");
      gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "s", target);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "records.correct");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "records.delete");
  return row;
}

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static const char *
action_label (const TiersRecordChange *change)
{
  if (g_str_equal (change->action, "added"))
    return _("Entered");
  if (g_str_equal (change->action, "edited"))
    return _("Corrected");
  if (g_str_equal (change->action, "deleted"))
    return _("Deleted");
  return _("Withdrawn");
}

static void
show_history (TiersRecordsDialog *self,
              GPtrArray          *changes)
{
  clear_list (self->history);
  for (guint i = 0; i < changes->len; i++)
    {
      const TiersRecordChange *change = changes->pdata[i];
      g_autofree char *when = tiers_format_moment (change->happened_at);
      /* Translators: what happened to a record (Corrected, Deleted ...), by whom, when */
      g_autofree char *title = g_strdup_printf (_("%s by %s on %s"), action_label (change),
                                                change->user_name, when);
      g_autofree char *before = change->before ? g_strdelimit (g_strdup (change->before), "\n", ' ') : NULL;
      g_autofree char *after = change->after ? g_strdelimit (g_strdup (change->after), "\n", ' ') : NULL;
      GString *subtitle = g_string_new (NULL);
      GtkWidget *row = adw_action_row_new ();

      if (change->reason != NULL)
        g_string_append_printf (subtitle, _("Reason: %s"), change->reason);
      if (before != NULL)
        g_string_append_printf (subtitle, "%s%s %s", subtitle->len ? "\n" : "", _("Before:"),
                                before);
      if (after != NULL)
        g_string_append_printf (subtitle, "%s%s %s", subtitle->len ? "\n" : "", _("After:"),
                                after);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
      g_string_free (subtitle, TRUE);
      gtk_list_box_append (GTK_LIST_BOX (self->history), row);
    }
  if (changes->len == 0)
    gtk_list_box_append (GTK_LIST_BOX (self->history),
                         empty_row (_("Nothing entered or corrected by hand yet")));
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TiersRecordsDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  Load *load = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts),
                                     adw_toast_new (error->message));
      set_loading (self, FALSE);
      return;
    }
  for (guint k = 0; k < TIERS_N_RECORD_KINDS; k++)
    {
      clear_list (self->lists[k]);
      g_clear_pointer (&self->records[k], g_ptr_array_unref);
      self->records[k] = g_steal_pointer (&load->records[k]);
      for (guint i = 0; i < self->records[k]->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (self->lists[k]),
                             record_row (self->records[k]->pdata[i],
                                         tiers_session_get_scheme (self->session)));
      if (self->records[k]->len == 0)
        gtk_list_box_append (GTK_LIST_BOX (self->lists[k]), empty_row (_("None in this period")));
    }
  show_history (self, load->changes);
  set_loading (self, FALSE);
}

static void
reload (TiersRecordsDialog *self)
{
  g_autoptr(GTask) task = NULL;
  const TiersPeriod *period = tiers_session_get_period (self->session);
  Load *load = g_new0 (Load, 1);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  load->code = g_strdup (self->code);
  load->whole = period == NULL;
  if (period != NULL)
    tiers_period_bounds_iso (period, load->first, load->last);
  task = g_task_new (NULL, self->cancellable, on_read_cb, g_object_ref (self));
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  set_loading (self, TRUE);
  tiers_session_run_in_worker (self->session, task, read_records);
}

/* ---- actions ---- */

static const TiersRecord *
find_record (TiersRecordsDialog *self,
             GVariant           *parameter)
{
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);
  TiersRecordKind kind;
  gint64 id;

  if (g_strv_length (parts) != 2 || !tiers_record_kind_from_string (parts[0], &kind))
    return NULL;
  id = g_ascii_strtoll (parts[1], NULL, 10);
  for (guint i = 0; self->records[kind] && i < self->records[kind]->len; i++)
    if (((TiersRecord *) self->records[kind]->pdata[i])->id == id)
      return self->records[kind]->pdata[i];
  return NULL;
}

static void
tiers_records_dialog_correct_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TiersRecordsDialog *self = TIERS_RECORDS_DIALOG (widget);
  const TiersRecord *record = find_record (self, parameter);

  if (record != NULL)
    gtk_window_present (GTK_WINDOW (tiers_record_form_new_edit (widget, self->session, record)));
}

typedef struct
{
  TiersRecordKind kind;
  gint64          id;
  char           *reason;
} DeleteJob;

static void
delete_job_free (DeleteJob *job)
{
  g_free (job->reason);
  g_free (job);
}

static gboolean
delete_record (TiersStore *store,
               gpointer    data,
               GError    **error)
{
  DeleteJob *job = data;

  return tiers_store_delete_record (store, job->kind, job->id, job->reason, error);
}

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TiersRecordsDialog) self = user_data;

  tiers_form_change_report (result, self->toasts, self->session, _("Record deleted; the period is graded again"));
}

static void
on_delete_confirmed_cb (AdwMessageDialog *dialog,
                        const char       *reason,
                        gpointer          object)
{
  TiersRecordsDialog *self = object;
  DeleteJob *job = g_new0 (DeleteJob, 1);

  job->kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  job->id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "id");
  job->reason = g_strdup (reason);
  tiers_form_change_async (self->session, delete_record, job, (GDestroyNotify) delete_job_free,
                           on_deleted_cb, g_object_ref (self));
}

static void
tiers_records_dialog_delete_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  TiersRecordsDialog *self = TIERS_RECORDS_DIALOG (widget);
  const TiersRecord *record = find_record (self, parameter);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (record == NULL)
    return;
  describe (record, tiers_session_get_scheme (self->session), &title, &subtitle);
  body = g_strdup_printf (_("%s\nIt no longer counts in the grades of periods that are not "
                            "finalized. The reason is kept with the record’s values."), title);
  dialog = tiers_reason_dialog_new (GTK_WINDOW (self), _("Delete This Record?"), body,
                                    "delete", _("_Delete"), on_delete_confirmed_cb, self);
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (record->kind));
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&record->id, sizeof record->id),
                          g_free);
  tiers_reason_dialog_present (dialog);
}

static void
tiers_records_dialog_add_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersRecordsDialog *self = TIERS_RECORDS_DIALOG (widget);
  TiersRecordKind kind;

  if (tiers_record_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    gtk_window_present (GTK_WINDOW (tiers_record_form_new_add (widget, self->session, kind,
                                                               self->code, self->name)));
}

/* ---- the class ---- */

static void
tiers_records_dialog_dispose (GObject *object)
{
  TiersRecordsDialog *self = TIERS_RECORDS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  for (guint k = 0; k < TIERS_N_RECORD_KINDS; k++)
    g_clear_pointer (&self->records[k], g_ptr_array_unref);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  G_OBJECT_CLASS (tiers_records_dialog_parent_class)->dispose (object);
}

static void
tiers_records_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, TIERS_RECORDS_DIALOG (object)->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_records_dialog_class_init (TiersRecordsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_records_dialog_dispose;
  object_class->get_property = tiers_records_dialog_get_property;
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_action (widget_class, "records.correct", "s",
                                   tiers_records_dialog_correct_action);
  gtk_widget_class_install_action (widget_class, "records.delete", "s",
                                   tiers_records_dialog_delete_action);
  gtk_widget_class_install_action (widget_class, "records.add", "s",
                                   tiers_records_dialog_add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tiers_records_dialog_init (TiersRecordsDialog *self)
{
}

static GtkWidget *
add_group (TiersRecordsDialog *self,
           GtkWidget          *page,
           const char         *title,
           const char         *add_kind,
           const char         *add_label)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (add_kind != NULL)
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (add_label);

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "records.add");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", add_kind);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return list;
}

TiersRecordsDialog *
tiers_records_dialog_new (GtkWidget    *parent,
                          TiersSession *session,
                          const char   *code,
                          const char   *name)
{
  TiersRecordsDialog *self = g_object_new (TIERS_TYPE_RECORDS_DIALOG, NULL);
  const TiersPeriod *period = tiers_session_get_period (session);
  g_autofree char *label = period ? tiers_period_to_label (period) : NULL;
  g_autofree char *title = NULL;
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *box, *header, *page, *window_title;

  self->session = g_object_ref (session);
  self->code = g_strdup (code);
  self->name = g_strdup (name ? name : code);
  title = g_strdup_printf (_("Records of %s"), self->name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  header = adw_header_bar_new ();
  window_title = adw_window_title_new (self->name, label ? label : "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  page = adw_preferences_page_new ();
  self->lists[TIERS_RECORD_INCIDENT] = add_group (self, page, _("Quality Incidents"), "incident",
                                                  _("_Log…"));
  self->lists[TIERS_RECORD_FEEDBACK] = add_group (self, page, _("Service Feedback"), "feedback",
                                                  _("_Add…"));
  self->lists[TIERS_RECORD_RATING] = add_group (self, page, _("Evaluators’ Ratings"), "rating",
                                                _("A_dd…"));
  self->history = add_group (self, page, _("Entered and Corrected by Hand"), NULL, NULL);
  self->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), page);
  gtk_widget_set_vexpand (self->toasts, TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->toasts);
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_swapped (session, "data-changed", G_CALLBACK (reload), self);
  reload (self);
  return self;
}

gboolean
tiers_records_dialog_get_loading (TiersRecordsDialog *self)
{
  g_return_val_if_fail (TIERS_IS_RECORDS_DIALOG (self), FALSE);
  return self->loading;
}
