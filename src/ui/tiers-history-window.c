/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-history-window.c: the History window (tiers-history-window.h). The trail is read on
 * the session's worker, with its verification; filtering by words, kind and time happens
 * in the list model on the main loop, so typing never waits for the database. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-history-item.h"
#include "tiers-history-window.h"

struct _TiersHistoryWindow
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *window_title;
  GtkWidget          *show_all_button;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *group_dropdown;
  GtkDropDown        *time_dropdown;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkImage           *verify_icon;
  GtkLabel           *verify_label;

  TiersSession       *session;
  char               *object;
  GCancellable       *cancellable;
  GListStore         *items;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char              **words;       /* the search, casefolded */
  GDateTime          *since;       /* the time filter's start; NULL for any time */
};

G_DEFINE_FINAL_TYPE (TiersHistoryWindow, tiers_history_window, ADW_TYPE_WINDOW)

typedef const char *(*ItemText) (TiersHistoryItem *item);

/* Columns: title, what each cell shows, fixed width (0: takes the rest). */
static const struct
{
  const char *title;
  ItemText    text;
  int         width;
} columns[] = {
  { N_("When"), tiers_history_item_get_when, 150 },
  { N_("Who"), tiers_history_item_get_user, 110 },
  { N_("Change"), tiers_history_item_get_what, 200 },
  { N_("About"), tiers_history_item_get_about, 150 },
  { N_("Details"), tiers_history_item_get_details, 0 },
};

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  ItemText text = (ItemText) user_data;
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *value = text (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (label), value);
  /* Long details are cut at the column's end; the tooltip shows them whole. */
  gtk_widget_set_tooltip_text (label, text == tiers_history_item_get_details && *value ? value
                                                                                      : NULL);
}

static void
add_columns (TiersHistoryWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), columns[i].text);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  TiersHistoryWindow *self = user_data;
  TiersHistoryGroup group = gtk_drop_down_get_selected (self->group_dropdown);
  GDateTime *time = tiers_history_item_get_time (item);

  if (group != TIERS_HISTORY_ALL && tiers_history_item_get_group (item) != group)
    return FALSE;
  if (self->since != NULL && (time == NULL || g_date_time_compare (time, self->since) < 0))
    return FALSE;
  return tiers_history_item_matches (item, (const char * const *) self->words);
}

static void
update_state (TiersHistoryWindow *self)
{
  const char *state;

  if (self->items == NULL)
    state = "loading";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    state = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    state = "no-match";
  else
    state = "list";
  gtk_stack_set_visible_child_name (self->stack, state);
}

/* The time filter's start: today's midnight, or so many days back. */
static GDateTime *
time_filter_start (guint selected)
{
  static const int days[] = { 0, 0, 7, 30, 365 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = NULL;

  if (selected == 0 || selected >= G_N_ELEMENTS (days))
    return NULL;
  midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);
  return g_date_time_add_days (midnight, -days[selected]);
}

static void
refilter (TiersHistoryWindow *self)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (
                                               GTK_EDITABLE (self->search_entry)), -1);

  g_strfreev (self->words);
  self->words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  /* Several spaces in a row leave empty words, which match everything anyway. */
  g_clear_pointer (&self->since, g_date_time_unref);
  self->since = time_filter_start (gtk_drop_down_get_selected (self->time_dropdown));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
show_verification (TiersHistoryWindow      *self,
                   const TiersVerifyReport *report)
{
  g_autofree char *text = NULL;

  if (report->broken_id == 0)
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Verified: the audit trail’s %lld"
                                           " entry is as it was written.",
                                           "Verified: all %lld entries of the "
                                           "audit trail are as they were written; none was "
                                           "changed, removed or put in afterwards.",
                                           (gulong) report->n_entries),
                              (long long) report->n_entries);
      gtk_image_set_from_icon_name (self->verify_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->verify_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->verify_icon), "success");
    }
  else
    {
      if (report->broken_action != NULL)
        text = g_strdup_printf (_("The audit trail is broken at entry %lld "
                                  "(%s): %s."), (long long) report->broken_id,
                                tiers_audit_action_label (report->broken_action),
                                report->problem);
      else
        text = g_strdup_printf (_("The audit trail is broken at entry %lld: "
                                  "%s."), (long long) report->broken_id, report->problem);
      gtk_image_set_from_icon_name (self->verify_icon, "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->verify_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->verify_icon), "warning");
    }
  gtk_label_set_text (self->verify_label, text);
}

/* The window is the callback's data, released here on the main loop. */
static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TiersHistoryWindow) self = user_data;
  g_autoptr(TiersHistoryLoad) load = NULL;
  g_autoptr(GError) error = NULL;

  load = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (load == NULL)
    {
      g_set_object (&self->items, g_list_store_new (TIERS_TYPE_HISTORY_ITEM));
      gtk_image_set_from_icon_name (self->verify_icon, "dialog-warning-symbolic");
      gtk_label_set_text (self->verify_label, error->message);
    }
  else
    {
      g_set_object (&self->items, load->items);
      show_verification (self, &load->report);
    }
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->items));
  update_state (self);
}

void
tiers_history_window_reload (TiersHistoryWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TIERS_IS_HISTORY_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  task = g_task_new (NULL, self->cancellable, on_load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tiers_history_window_reload);
  g_task_set_task_data (task, g_strdup (self->object), g_free);
  tiers_session_run_in_worker (self->session, task, tiers_history_load_in_worker);
}

void
tiers_history_window_set_object (TiersHistoryWindow *self,
                                 const char         *object)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TIERS_IS_HISTORY_WINDOW (self));

  g_free (self->object);
  self->object = g_strdup (object && *object ? object : NULL);
  label = self->object ? tiers_audit_object_label (self->object) : NULL;
  adw_window_title_set_subtitle (self->window_title, label ? label : "");
  gtk_widget_set_visible (self->show_all_button, self->object != NULL);
  g_clear_object (&self->items);
  gtk_filter_list_model_set_model (self->filtered, NULL);
  update_state (self);
  tiers_history_window_reload (self);
}

const char *
tiers_history_window_get_object (TiersHistoryWindow *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_WINDOW (self), NULL);
  return self->object;
}

const char *
tiers_history_window_get_state (TiersHistoryWindow *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GListModel *
tiers_history_window_get_rows (TiersHistoryWindow *self)
{
  g_return_val_if_fail (TIERS_IS_HISTORY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

static void
tiers_history_window_show_all_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  tiers_history_window_set_object (TIERS_HISTORY_WINDOW (widget), NULL);
}

static void
tiers_history_window_dispose (GObject *object)
{
  TiersHistoryWindow *self = TIERS_HISTORY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (tiers_history_window_parent_class)->dispose (object);
}

static void
tiers_history_window_finalize (GObject *object)
{
  TiersHistoryWindow *self = TIERS_HISTORY_WINDOW (object);

  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->items);
  g_clear_object (&self->filtered);
  g_strfreev (self->words);
  g_clear_pointer (&self->since, g_date_time_unref);
  g_free (self->object);
  G_OBJECT_CLASS (tiers_history_window_parent_class)->finalize (object);
}

static void
tiers_history_window_class_init (TiersHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_history_window_dispose;
  object_class->finalize = tiers_history_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/suppliertiers/SupplierTiers/tiers-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, verify_icon);
  gtk_widget_class_bind_template_child (widget_class, TiersHistoryWindow, verify_label);

  gtk_widget_class_install_action (widget_class, "history.show-all", NULL,
                                   tiers_history_window_show_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tiers_history_window_init (TiersHistoryWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  add_columns (self);
  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (refilter),
                            self);
  g_signal_connect_swapped (self->time_dropdown, "notify::selected", G_CALLBACK (refilter),
                            self);
  refilter (self);
}

TiersHistoryWindow *
tiers_history_window_new (GtkWindow    *parent,
                          TiersSession *session)
{
  TiersHistoryWindow *self;

  g_return_val_if_fail (TIERS_IS_SESSION (session), NULL);

  self = g_object_new (TIERS_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  /* Whatever changes the data or the review adds entries. */
  g_signal_connect_object (session, "data-changed", G_CALLBACK (tiers_history_window_reload),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::review", G_CALLBACK (tiers_history_window_reload),
                           self, G_CONNECT_SWAPPED);
  return self;
}
