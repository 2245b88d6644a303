/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-batches-dialog.c: listing the imported files on the session's worker and
 * withdrawing one after asking for the reason. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-batches-dialog.h"
#include "tiers-form.h"
#include "tiers-reason-dialog.h"
#include "tiers-import.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-batches.h"

struct _TiersBatchesDialog
{
  AdwWindow     parent_instance;

  TiersSession *session;
  GCancellable *cancellable;
  gboolean      loading;
  GtkWidget    *toasts;
  GtkWidget    *stack;
  GtkWidget    *list;
  GPtrArray    *batches;
};

G_DEFINE_FINAL_TYPE (TiersBatchesDialog, tiers_batches_dialog, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_LOADING, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
set_loading (TiersBatchesDialog *self,
             gboolean            loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
read_batches (GTask        *task,
              TiersStore   *store,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *batches = tiers_store_list_batches (store, &error);

  if (batches == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, batches, (GDestroyNotify) g_ptr_array_unref);
}

static GtkWidget *
batch_row (const TiersImportBatch *batch)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *withdraw = gtk_button_new_with_mnemonic (_("_Withdraw…"));
  g_autofree char *when = tiers_format_moment (batch->imported_at);
  TiersImportKind kind;
  const char *kind_label = tiers_import_kind_from_string (batch->kind, &kind)
      ? tiers_import_kind_label (kind) : batch->kind;
  /* Translators: an imported file's kind, when it was imported and how many rows it holds */
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%s · %s · %llu row",
                                                         "%s · %s · %llu rows", batch->rows),
                                               kind_label, when,
                                               (unsigned long long) batch->rows);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), batch->file_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (withdraw, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (withdraw), "batches.withdraw");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (withdraw), "x", batch->id);
  if (batch->refusal != NULL)
    {
      /* No button that cannot be pressed: the reason it cannot go, under the file. */
      g_autofree char *why = g_strconcat (subtitle, "\n", batch->refusal, NULL);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      g_object_unref (g_object_ref_sink (withdraw));
      return row;
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), withdraw);
  return row;
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TiersBatchesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *batches = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWidget *child;

  set_loading (self, FALSE);
  if (batches == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toasts),
                                     adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->batches, g_ptr_array_unref);
  self->batches = batches;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  for (guint i = 0; i < batches->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), batch_row (batches->pdata[i]));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), batches->len ? "list" : "empty");
}

static void
reload (TiersBatchesDialog *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, on_read_cb, g_object_ref (self));
  set_loading (self, TRUE);
  tiers_session_run_in_worker (self->session, task, read_batches);
}

typedef struct
{
  gint64  id;
  char   *reason;
} WithdrawJob;

static void
withdraw_job_free (WithdrawJob *job)
{
  g_free (job->reason);
  g_free (job);
}

static gboolean
withdraw (TiersStore *store,
          gpointer    data,
          GError    **error)
{
  WithdrawJob *job = data;

  return tiers_store_withdraw_batch (store, job->id, job->reason, NULL, error);
}

static void
on_withdrawn_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TiersBatchesDialog) self = user_data;

  tiers_form_change_report (result, self->toasts, self->session, _("File withdrawn; the draft periods are graded again"));
}

static void
on_withdraw_confirmed_cb (AdwMessageDialog *dialog,
                          const char       *reason,
                          gpointer          object)
{
  TiersBatchesDialog *self = object;
  WithdrawJob *job = g_new0 (WithdrawJob, 1);

  job->id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "id");
  job->reason = g_strdup (reason);
  tiers_form_change_async (self->session, withdraw, job, (GDestroyNotify) withdraw_job_free,
                           on_withdrawn_cb, g_object_ref (self));
}

static void
tiers_batches_dialog_withdraw_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TiersBatchesDialog *self = TIERS_BATCHES_DIALOG (widget);
  gint64 id = g_variant_get_int64 (parameter);
  const TiersImportBatch *batch = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  for (guint i = 0; self->batches && i < self->batches->len; i++)
    if (((TiersImportBatch *) self->batches->pdata[i])->id == id)
      batch = self->batches->pdata[i];
  if (batch == NULL)
    return;
  body = g_strdup_printf (
      ngettext ("All %llu row of “%s” is deleted, and the draft periods are graded again "
                "without it. The file can be imported again afterwards.",
                "All %llu rows of “%s” are deleted, and the draft periods are graded again "
                "without them. The file can be imported again afterwards.",
                batch->rows), (unsigned long long) batch->rows, batch->file_name);
  dialog = tiers_reason_dialog_new (GTK_WINDOW (self), _("Withdraw This File?"), body,
                                    "withdraw", _("_Withdraw"), on_withdraw_confirmed_cb, self);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  tiers_reason_dialog_present (dialog);
}

static void
tiers_batches_dialog_dispose (GObject *object)
{
  TiersBatchesDialog *self = TIERS_BATCHES_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_pointer (&self->batches, g_ptr_array_unref);
  G_OBJECT_CLASS (tiers_batches_dialog_parent_class)->dispose (object);
}

static void
tiers_batches_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, TIERS_BATCHES_DIALOG (object)->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_batches_dialog_class_init (TiersBatchesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_batches_dialog_dispose;
  object_class->get_property = tiers_batches_dialog_get_property;
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_action (widget_class, "batches.withdraw", "x",
                                   tiers_batches_dialog_withdraw_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tiers_batches_dialog_init (TiersBatchesDialog *self)
{
}

TiersBatchesDialog *
tiers_batches_dialog_new (GtkWidget    *parent,
                          TiersSession *session)
{
  TiersBatchesDialog *self = g_object_new (TIERS_TYPE_BATCHES_DIALOG, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *box, *page, *group, *empty;

  self->session = g_object_ref (session);
  gtk_window_set_title (GTK_WINDOW (self), _("Withdraw an Import"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 560);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Imported Files"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("A wrong file is withdrawn whole: every row it brought goes, or none does. Records "
        "entered by hand are corrected on a supplier’s scorecard instead."));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Imported Files"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Files imported with Import… are listed here."));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), page, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);

  self->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toasts), self->stack);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), self->toasts);
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_swapped (session, "data-changed", G_CALLBACK (reload), self);
  reload (self);
  return self;
}

gboolean
tiers_batches_dialog_get_loading (TiersBatchesDialog *self)
{
  g_return_val_if_fail (TIERS_IS_BATCHES_DIALOG (self), FALSE);
  return self->loading;
}
