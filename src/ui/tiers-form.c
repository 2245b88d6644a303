/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-form.c: the frame and the field marks of the data-entry forms. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-form.h"

void
tiers_form_init (TiersForm  *form,
                 AdwWindow  *window,
                 GtkWidget  *parent,
                 const char *title,
                 const char *save_label,
                 GCallback   save,
                 gpointer    user_data)
{
  GtkWidget *header, *cancel, *box, *clamp_box;
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  form->window = GTK_WINDOW (window);
  gtk_window_set_title (form->window, title);
  gtk_window_set_modal (form->window, TRUE);
  gtk_window_set_default_size (form->window, 480, 620);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (form->window, GTK_WINDOW (root));

  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  form->save = gtk_button_new_with_mnemonic (save_label);
  gtk_widget_add_css_class (form->save, "suggested-action");
  g_signal_connect_swapped (form->save, "clicked", save, user_data);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save);
  gtk_window_set_default_widget (form->window, form->save);

  form->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (form->page, TRUE);
  form->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message, TRUE);
  gtk_label_set_xalign (form->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->message), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);

  clamp_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (clamp_box), form->page);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  form->toasts = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (form->toasts), clamp_box);
  gtk_widget_set_vexpand (form->toasts, TRUE);
  gtk_box_append (GTK_BOX (box), form->toasts);
  adw_window_set_content (ADW_WINDOW (form->window), box);
}

void
tiers_form_add_message (TiersForm *form)
{
  GtkWidget *group = adw_preferences_group_new ();

  /* Right under the last field, where the eye is. */
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->message));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (form->page), ADW_PREFERENCES_GROUP (group));
}

GtkWidget *
tiers_form_entry (const char *title,
                  const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

char *
tiers_form_text (GtkWidget *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
tiers_form_mark (GtkWidget  *row,
                 const char *reason)
{
  if (reason != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, reason);
  if (reason != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    reason, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
tiers_form_set_problem (TiersForm  *form,
                        const char *problem,
                        gboolean    ready)
{
  gtk_label_set_text (form->message, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (form->message), problem != NULL);
  gtk_widget_set_sensitive (form->save, problem == NULL && ready);
}

char *
tiers_form_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

typedef struct
{
  TiersFormChangeFunc func;
  gpointer            data;
  GDestroyNotify      destroy;
} Change;

static void
change_free (Change *change)
{
  if (change->destroy != NULL)
    change->destroy (change->data);
  g_free (change);
}

static void
run_change (GTask        *task,
            TiersStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Change *change = task_data;
  GError *error = NULL;

  if (change->func (store, change->data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
tiers_form_change_async (TiersSession        *session,
                         TiersFormChangeFunc  func,
                         gpointer             data,
                         GDestroyNotify       destroy,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (session, NULL, callback, user_data);
  Change *change = g_new0 (Change, 1);

  change->func = func;
  change->data = data;
  change->destroy = destroy;
  g_task_set_task_data (task, change, (GDestroyNotify) change_free);
  tiers_session_run_in_worker (session, task, run_change);
}

gboolean
tiers_form_change_finish (GAsyncResult  *result,
                          GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
tiers_form_change_report (GAsyncResult *result,
                          GtkWidget    *toasts,
                          TiersSession *session,
                          const char   *done)
{
  g_autoptr(GError) error = NULL;
  gboolean made = tiers_form_change_finish (result, &error);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts),
                               adw_toast_new (made ? done : error->message));
  if (made)
    tiers_session_data_changed (session);
}
