/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-database.c: Open Database… and New Database…: a file chooser, then a window on
 * that file (or the one already open on it). A new database is refused over a file that is
 * not one, so a spreadsheet chosen by mistake is never overwritten. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-application.h"
#include "tiers-window-private.h"

/* Every SQLite 3 database starts with these 16 bytes. */
static const char sqlite_magic[16] = "SQLite format 3";

/* TRUE for a file that does not exist, is empty, or is an SQLite database. */
static gboolean
may_hold_database (GFile   *file,
                   GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  char head[16] = { 0 };
  gsize n_read = 0;

  stream = g_file_read (file, NULL, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n_read, NULL,
                                &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (n_read == 0 || (n_read == sizeof head && memcmp (head, sqlite_magic, sizeof head) == 0))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("“%s” already exists and is not a Supplier Tiers database. Choose another "
                 "name; the file was left as it is."),
               name);
  return FALSE;
}

static gboolean
is_empty_file (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0;
}

gboolean
tiers_window_open_file (TiersWindow  *self,
                        GFile        *file,
                        gboolean      create,
                        GError      **error)
{
  g_autofree char *path = NULL;
  GtkApplication *application;

  g_return_val_if_fail (TIERS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Supplier Tiers can only open databases on this computer’s disks."));
      return FALSE;
    }
  if (create && !may_hold_database (file, error))
    return FALSE;
  /* The user chose to replace an empty file (the store refuses to open one, which may be a
   * copy that went wrong): the new database takes its place. */
  if (create && g_file_test (path, G_FILE_TEST_EXISTS) && is_empty_file (path) &&
      g_unlink (path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot replace “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  application = gtk_window_get_application (GTK_WINDOW (self));
  if (TIERS_IS_APPLICATION (application))
    tiers_application_open_database (TIERS_APPLICATION (application), path);
  else
    gtk_window_present (GTK_WINDOW (tiers_window_new (NULL, path)));
  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        TiersWindow     *self)
{
  gboolean create = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "create"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL && !tiers_window_open_file (self, file, create, &error))
    _tiers_window_show_message (self, create ? _("Cannot Create the Database")
                                             : _("Cannot Open the Database"),
                                error->message);
}

static void
run_chooser (TiersWindow          *self,
             gboolean              create)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (tiers_window_get_db_path (self));
  g_autoptr(GFile) parent = g_file_get_parent (folder);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (create ? _("New Database") : _("Open Database"),
                                         GTK_WINDOW (self),
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Supplier Tiers databases"));
  gtk_file_filter_add_suffix (databases, "db");
  gtk_file_filter_add_suffix (databases, "sqlite");
  gtk_file_filter_add_suffix (databases, "sqlite3");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  if (parent != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), parent, NULL);
  if (create)
    /* Translators: the name suggested for a new database file */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("suppliers.db"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "create", GINT_TO_POINTER (create));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
tiers_window_open_database_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  run_chooser (TIERS_WINDOW (widget), FALSE);
}

static void
tiers_window_new_database_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  run_chooser (TIERS_WINDOW (widget), TRUE);
}

void
_tiers_window_class_actions_init_database (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open-database", NULL,
                                   tiers_window_open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL,
                                   tiers_window_new_database_action);
}
