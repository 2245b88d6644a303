/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-import.c: win.import and CSV files dropped on the window: the chosen or
 * dropped files open the import dialog, and what landed is said in a toast. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-import-dialog.h"
#include "tiers-window-private.h"

static void
on_dialog_imported_cb (TiersImportDialog *dialog,
                       const char        *message,
                       TiersWindow       *window)
{
  /* The dialog told the session, which tells the pages and the window. */
  _tiers_window_add_toast (window, message);
}

static void
open_dialog (TiersWindow  *window,
             GFile       **files,
             guint         n_files)
{
  TiersImportDialog *dialog;

  g_return_if_fail (tiers_window_get_session (window) != NULL);

  dialog = tiers_import_dialog_new (GTK_WINDOW (window), tiers_window_get_session (window));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_dialog_imported_cb), window, 0);
  tiers_import_dialog_add_files (dialog, files, n_files);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             TiersWindow     *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GPtrArray) files = tiers_import_file_chooser_get_files (chooser);

      open_dialog (window, (GFile **) files->pdata, files->len);
    }
  g_object_unref (chooser);
}

static void
tiers_window_import_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GtkNativeDialog *chooser = tiers_import_file_chooser_new (GTK_WINDOW (widget),
                                                            _("Import Data"), _("_Open"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chooser_response_cb),
                           widget, 0);
  gtk_native_dialog_show (chooser);
}

/* Files dropped on the window open the import dialog with them; while the window is busy
 * (sample data loading, or a database that cannot be opened) it refuses the drop. */
static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        TiersWindow   *window)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GSList) list = NULL;

  if (_tiers_window_is_busy (window) || tiers_window_get_session (window) == NULL)
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  open_dialog (window, (GFile **) files->pdata, files->len);
  return TRUE;
}

void
_tiers_window_set_up_drop (TiersWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_tiers_window_class_actions_init_import (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.import", NULL,
                                   tiers_window_import_action);
}
