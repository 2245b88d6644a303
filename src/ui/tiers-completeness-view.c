/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-completeness-view.c: the Overview's row for data completeness and the list window
 * it opens. The facts are read on the session's worker whenever the session has a new
 * evaluation (a new period, or the data changed), once the session has read the rest of the
 * period: the read takes a while on a large database, and queued before the session's own
 * steps it would hold back the Overview's charts. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-completeness-view.h"
#include "tiers-store-completeness.h"

struct _TiersCompletenessView
{
  GtkWidget     parent_instance;

  TiersSession *session;
  GSignalGroup *session_signals;
  GCancellable *cancellable;
  GPtrArray    *rows;        /* of TiersCompletenessRow, those with an issue */
  guint         count;
  GtkWidget    *list;
  GtkWidget    *row;
  GtkWidget    *count_label;
};

G_DEFINE_FINAL_TYPE (TiersCompletenessView, tiers_completeness_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SESSION, PROP_COUNT, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct
{
  TiersPeriod  period;
  TiersScheme *scheme;
} Job;

static void
job_free (Job *job)
{
  tiers_scheme_free (job->scheme);
  g_free (job);
}

static void
read_completeness (GTask        *task,
                   TiersStore   *store,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GPtrArray *rows = tiers_store_completeness (store, &job->period, job->scheme, &error);

  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
show_count (TiersCompletenessView *self)
{
  g_autofree char *number = NULL;

  if (self->count == G_MAXUINT)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), _("Counting…"));
      gtk_label_set_text (GTK_LABEL (self->count_label), "");
      return;
    }
  number = g_strdup_printf ("%u", self->count);
  gtk_label_set_text (GTK_LABEL (self->count_label), number);
  if (self->count == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row),
                                 _("Every supplier has receipts, feedback and ratings this period"));
  else
    {
      g_autofree char *text = g_strdup_printf (
          ngettext ("%u supplier’s grade rests on too little data",
                    "%u suppliers’ grades rest on too little data", self->count), self->count);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), text);
    }
  gtk_widget_set_sensitive (self->row, self->count > 0);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TiersCompletenessView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_task_propagate_pointer (G_TASK (result), &error);

  if (all == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot tell which suppliers lack data: %s", error->message);
      return;
    }
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_completeness_row_free);
  for (guint i = 0; i < all->len; i++)
    if (((TiersCompletenessRow *) all->pdata[i])->issues != 0)
      g_ptr_array_add (self->rows, g_steal_pointer (&all->pdata[i]));
  self->count = self->rows->len;
  show_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static void
update (TiersCompletenessView *self)
{
  g_autoptr(GTask) task = NULL;
  const TiersPeriod *period;
  const TiersScheme *scheme;
  Job *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  period = self->session ? tiers_session_get_period (self->session) : NULL;
  scheme = self->session ? tiers_session_get_scheme (self->session) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self), period != NULL && scheme != NULL);
  if (period == NULL || scheme == NULL ||
      tiers_session_get_evaluation (self->session) == NULL)
    return;
  self->count = G_MAXUINT;
  show_count (self);
  if (tiers_session_get_history (self->session, NULL) == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  job = g_new0 (Job, 1);
  job->period = *period;
  job->scheme = tiers_scheme_copy (scheme);
  task = g_task_new (NULL, self->cancellable, on_read_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  tiers_session_run_in_worker (self->session, task, read_completeness);
}

/* ---- the list ---- */

static void
on_supplier_activated_cb (AdwActionRow *row,
                          GtkWindow    *window)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (window), "view");

  if (view != NULL)
    gtk_widget_activate_action (view, "win.show-supplier", "s",
                                g_object_get_data (G_OBJECT (row), "code"));
  gtk_window_destroy (window);
}

static GtkWidget *
supplier_row (const TiersCompletenessRow *entry,
              const TiersScheme          *scheme,
              GtkWindow                  *window)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s · %s", entry->code, entry->name);
  g_autofree char *issues = tiers_completeness_issues_label (entry->issues);
  /* Translators: a supplier's receipts and feedback in the period */
  g_autofree char *facts = g_strdup_printf (_("%llu receipts, %llu feedback"),
                                            (unsigned long long) entry->receipts,
                                            (unsigned long long) entry->feedback);
  GString *subtitle = g_string_new (NULL);

  g_string_append_printf (subtitle, "%s\n%s", issues, facts);
  /* Translators: the manual criteria without a rating in the period follow */
  if (entry->missing->len > 0)
    g_string_append_printf (subtitle, "\n%s", _("Not rated:"));
  for (guint i = 0; i < entry->missing->len; i++)
    {
      const char *key = entry->missing->pdata[i];
      const TiersCriterion *criterion = scheme ? tiers_scheme_find_criterion (scheme, key) : NULL;

      g_string_append (subtitle, i ? _(", ") : " ");
      g_string_append (subtitle, criterion ? tiers_criterion_get_display_name (criterion) : key);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (entry->code), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_supplier_activated_cb), window);
  g_string_free (subtitle, TRUE);
  return row;
}

GtkWindow *
tiers_completeness_view_open_list (TiersCompletenessView *self)
{
  GtkWindow *window;
  GtkWidget *box, *page, *group, *list, *header;
  const TiersPeriod *period;
  g_autofree char *label = NULL;
  GtkRoot *root;

  g_return_val_if_fail (TIERS_IS_COMPLETENESS_VIEW (self), NULL);

  if (self->rows == NULL || self->session == NULL)
    return NULL;
  period = tiers_session_get_period (self->session);
  label = period ? tiers_period_to_label (period) : g_strdup ("");
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (window, _("Suppliers Lacking Data"));
  gtk_window_set_modal (window, TRUE);
  gtk_window_set_default_size (window, 560, 640);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  g_object_set_data (G_OBJECT (window), "view", self);

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Suppliers Lacking Data"), label));
  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("Their grades this period rest on too little data: no receipts or fewer than the "
        "scheme’s minimum, no service feedback, manual criteria nobody rated, or no data at "
        "all in this period and the two before it. Choose one to open its scorecard."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         supplier_row (self->rows->pdata[i],
                                       tiers_session_get_scheme (self->session), window));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  if (self->rows->len == 0)
    {
      g_object_unref (g_object_ref_sink (page));
      page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "emblem-ok-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Enough Data for Every Grade"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
          _("Every supplier has receipts, feedback and ratings this period"));
    }
  gtk_widget_set_vexpand (page, TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (window);
  return window;
}

static void
on_row_activated_cb (GtkListBox            *list,
                     GtkListBoxRow         *row,
                     TiersCompletenessView *self)
{
  tiers_completeness_view_open_list (self);
}

/* ---- the class ---- */

static void
tiers_completeness_view_dispose (GObject *object)
{
  TiersCompletenessView *self = TIERS_COMPLETENESS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->list, gtk_widget_unparent);
  G_OBJECT_CLASS (tiers_completeness_view_parent_class)->dispose (object);
}

static void
tiers_completeness_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TiersCompletenessView *self = TIERS_COMPLETENESS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_completeness_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      tiers_completeness_view_set_session (TIERS_COMPLETENESS_VIEW (object),
                                           g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_completeness_view_class_init (TiersCompletenessViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_completeness_view_dispose;
  object_class->get_property = tiers_completeness_view_get_property;
  object_class->set_property = tiers_completeness_view_set_property;
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TIERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_completeness_view_init (TiersCompletenessView *self)
{
  GtkWidget *icon;

  self->count = G_MAXUINT;
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  self->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), _("Data for a Fair Grade"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->row), TRUE);
  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "title-2");
  gtk_widget_add_css_class (self->count_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), self->count_label);
  icon = gtk_image_new_from_icon_name ("go-next-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), icon);
  gtk_list_box_append (GTK_LIST_BOX (self->list), self->row);
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  show_count (self);

  self->session_signals = g_signal_group_new (TIERS_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::evaluation",
                                  G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::history",
                                  G_CALLBACK (update), self);
}

void
tiers_completeness_view_set_session (TiersCompletenessView *self,
                                     TiersSession          *session)
{
  g_return_if_fail (TIERS_IS_COMPLETENESS_VIEW (self));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

TiersSession *
tiers_completeness_view_get_session (TiersCompletenessView *self)
{
  g_return_val_if_fail (TIERS_IS_COMPLETENESS_VIEW (self), NULL);
  return self->session;
}

guint
tiers_completeness_view_get_count (TiersCompletenessView *self)
{
  g_return_val_if_fail (TIERS_IS_COMPLETENESS_VIEW (self), G_MAXUINT);
  return self->count;
}
