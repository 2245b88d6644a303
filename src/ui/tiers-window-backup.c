/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-backup.c: Back Up… and Restore…: a file chooser, then the copy on the
 * session's worker, through SQLite's online backup API (tiers-store-backup.h). A restore
 * asks first, replaces the data in one step and reloads every page. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-store-backup.h"
#include "tiers-window-private.h"

static void
back_up_job (GTask        *task,
             TiersStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (tiers_store_back_up (store, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
restore_job (GTask        *task,
             TiersStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (tiers_store_restore (store, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The window is the callback's data, released on the main loop. */
static void
on_back_up_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TiersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (g_task_get_task_data (G_TASK (result)));
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _tiers_window_show_message (self, _("Cannot Back Up the Database"), error->message);
      return;
    }
  /* Translators: %s is the backup's file name */
  title = g_strdup_printf (_("Backed up to “%s”"), name);
  _tiers_window_add_toast (self, title);
}

static void
on_restore_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TiersWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (g_task_get_task_data (G_TASK (result)));
  g_autofree char *title = NULL;

  _tiers_window_set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _tiers_window_show_message (self, _("Cannot Restore the Backup"), error->message);
      return;
    }
  /* Every page, the periods and the scheme come from the restored data. */
  _tiers_window_reload (self);
  /* Translators: %s is the backup's file name */
  title = g_strdup_printf (_("Restored from “%s”"), name);
  _tiers_window_add_toast (self, title);
}

static gboolean
run_job (TiersWindow          *self,
         GFile                *file,
         TiersSessionWorkFunc  job,
         GAsyncReadyCallback   done)
{
  TiersSession *session = tiers_window_get_session (self);
  g_autoptr(GTask) task = NULL;
  char *path = g_file_get_path (file);

  if (session == NULL || path == NULL)
    {
      g_free (path);
      _tiers_window_show_message (self, _("Cannot Use the File"),
                                  _("Supplier Tiers can only back up to and restore from "
                                    "this computer’s disks."));
      return FALSE;
    }
  task = g_task_new (NULL, NULL, done, g_object_ref (self));
  g_task_set_task_data (task, path, g_free);
  tiers_session_run_in_worker (session, task, job);
  return TRUE;
}

void
_tiers_window_back_up_to (TiersWindow *self,
                          GFile       *file)
{
  g_return_if_fail (TIERS_IS_WINDOW (self) && G_IS_FILE (file));

  run_job (self, file, back_up_job, on_back_up_done_cb);
}

void
_tiers_window_restore_from (TiersWindow *self,
                            GFile       *file)
{
  g_return_if_fail (TIERS_IS_WINDOW (self) && G_IS_FILE (file));

  /* Nothing else may write while the data is being replaced. */
  if (run_job (self, file, restore_job, on_restore_done_cb))
    _tiers_window_set_busy (self, TRUE);
}

static GtkFileChooserNative *
new_chooser (TiersWindow          *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GFile) database = g_file_new_for_path (tiers_window_get_db_path (self));
  g_autoptr(GFile) folder = g_file_get_parent (database);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept,
                                         _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Supplier Tiers databases"));
  gtk_file_filter_add_suffix (databases, "db");
  gtk_file_filter_add_suffix (databases, "sqlite");
  gtk_file_filter_add_suffix (databases, "sqlite3");
  gtk_file_filter_add_suffix (databases, "bak");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

typedef void (*FileChosen) (TiersWindow *self,
                            GFile       *file);

/* Both choosers end here: the chosen file goes to what the chooser's "chosen" data names. */
static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        TiersWindow     *self)
{
  FileChosen chosen = g_object_get_data (G_OBJECT (chooser), "chosen");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    chosen (self, file);
}

static void
show_chooser (TiersWindow          *self,
              GtkFileChooserNative *chooser,
              FileChosen            chosen)
{
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
tiers_window_back_up_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Back Up the Database"), GTK_FILE_CHOOSER_ACTION_SAVE,
                         _("_Back Up"));
  /* Translators: the name suggested for a backup; %s is today's date, 2026-10-01 */
  name = g_strdup_printf (_("suppliers-backup-%s.db"), date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  show_chooser (self, chooser, _tiers_window_back_up_to);
}

static void
on_confirm_restore_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                TiersWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_str_equal (response, "restore"))
    _tiers_window_restore_from (self, file);
}

GtkWidget *
_tiers_window_confirm_restore (TiersWindow *self,
                               GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog;

  g_return_val_if_fail (TIERS_IS_WINDOW (self) && G_IS_FILE (file), NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace All Data With the Backup?"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
      _("Everything this database holds, its history of changes included, is replaced by "
        "what “%s” holds. Back up the current data first if you may need it again."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_restore_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
confirm_restore (TiersWindow *self,
                 GFile       *file)
{
  _tiers_window_confirm_restore (self, file);
}

static void
tiers_window_restore_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Restore From a Backup"), GTK_FILE_CHOOSER_ACTION_OPEN,
                         _("_Restore"));
  show_chooser (self, chooser, confirm_restore);
}

void
_tiers_window_class_actions_init_backup (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.back-up", NULL,
                                   tiers_window_back_up_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL,
                                   tiers_window_restore_action);
}
