/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-import.c: win.import: choose a CSV file, import it in a worker with progress
 * and Cancel, then say what landed, or list every problem of a refused file. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "tiers-error.h"
#include "tiers-import-dialog.h"
#include "tiers-import-job.h"
#include "tiers-window-private.h"

typedef struct
{
  TiersWindow       *window;
  TiersImportDialog *dialog;
  GCancellable      *cancellable;    /* Cancel in the dialog, or the window closing */
  gulong             window_closed_id;
} ImportFlow;

static void
import_flow_free (ImportFlow *flow)
{
  g_cancellable_disconnect (tiers_window_get_cancellable (flow->window),
                            flow->window_closed_id);
  g_clear_object (&flow->window);
  g_clear_object (&flow->dialog);
  g_clear_object (&flow->cancellable);
  g_free (flow);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportFlow, import_flow_free)

/* One sentence per kind, so translators see whole sentences with their plural forms. */
static char *
imported_message (const TiersImportJobOutcome *outcome)
{
  guint64 n = outcome->result.rows_imported;
  const char *name = outcome->display_name;

  switch (outcome->kind)
    {
    case TIERS_IMPORT_SUPPLIERS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %" PRIu64 " supplier from “%s”",
                                           "Imported %" PRIu64 " suppliers from “%s”",
                                           n), n, name);
    case TIERS_IMPORT_RECEIPTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %" PRIu64 " receipt from “%s”",
                                           "Imported %" PRIu64 " receipts from “%s”",
                                           n), n, name);
    case TIERS_IMPORT_INCIDENTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %" PRIu64 " incident from “%s”",
                                           "Imported %" PRIu64 " incidents from “%s”",
                                           n), n, name);
    case TIERS_IMPORT_FEEDBACK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %" PRIu64 " feedback entry "
                                           "from “%s”",
                                           "Imported %" PRIu64 " feedback entries "
                                           "from “%s”",
                                           n), n, name);
    case TIERS_IMPORT_RATINGS:
    case TIERS_N_IMPORT_KINDS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %" PRIu64 " rating from “%s”",
                                           "Imported %" PRIu64 " ratings from “%s”",
                                           n), n, name);
    }
}

static void
show_refusal (TiersWindow *window,
              const char  *display_name,
              const char  *message)
{
  g_autofree char *heading = g_strdup_printf (_("Cannot Import “%s”"), display_name);

  tiers_window_show_message (window, heading, message);
}

static void
on_import_progress_cb (double   fraction,
                       gpointer user_data)
{
  ImportFlow *flow = user_data;

  tiers_import_dialog_set_fraction (flow->dialog, fraction);
}

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ImportFlow) flow = user_data;
  g_auto(TiersImportJobOutcome) outcome = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean ok = tiers_import_job_run_finish (result, &outcome, &error);

  if (g_cancellable_is_cancelled (tiers_window_get_cancellable (flow->window)))
    return;
  tiers_window_set_busy (flow->window, FALSE);

  gtk_window_destroy (GTK_WINDOW (flow->dialog));
  if (!ok && outcome.result.problems != NULL && outcome.result.problems->len > 0)
    gtk_window_present (GTK_WINDOW (tiers_import_dialog_new_for_problems (
                          GTK_WINDOW (flow->window), outcome.display_name, &outcome.result)));
  else if (ok)
    {
      g_autofree char *message = imported_message (&outcome);

      tiers_window_add_toast (flow->window, message);
      tiers_window_reload (flow->window);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
           g_error_matches (error, TIERS_ERROR, TIERS_ERROR_CANCELLED))
    tiers_window_add_toast (flow->window, _("Import cancelled: nothing was imported"));
  else
    show_refusal (flow->window, outcome.display_name, error->message);
}

static void
on_window_closed_cb (GCancellable *window_cancellable,
                     GCancellable *import_cancellable)
{
  g_cancellable_cancel (import_cancellable);
}

static void
start_import (TiersWindow *window,
              GFile       *file)
{
  ImportFlow *flow = g_new0 (ImportFlow, 1);
  g_autofree char *display_name = g_file_get_basename (file);

  flow->window = g_object_ref (window);
  flow->cancellable = g_cancellable_new ();
  flow->window_closed_id = g_cancellable_connect (tiers_window_get_cancellable (window),
                                                  G_CALLBACK (on_window_closed_cb),
                                                  flow->cancellable, NULL);
  flow->dialog = g_object_ref_sink (tiers_import_dialog_new (GTK_WINDOW (window), display_name,
                                                             flow->cancellable));
  tiers_window_set_busy (window, TRUE);
  gtk_window_present (GTK_WINDOW (flow->dialog));
  tiers_import_job_run_async (tiers_window_get_db_path (window), file, flow->cancellable,
                              on_import_progress_cb, flow, on_import_done_cb, flow);
}

static void
on_file_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             gpointer         user_data)
{
  TiersWindow *window = TIERS_WINDOW (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      start_import (window, file);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

void
tiers_window_import_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Data"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), "*.csv", "text/csv");
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), "*", NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chooser_response_cb),
                           widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file dropped on the window imports as if chosen; while another import or the sample data
 * is running, or the database cannot be opened, the window refuses the drop. */
static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        TiersWindow   *window)
{
  if (tiers_window_is_busy (window))
    return FALSE;
  start_import (window, g_value_get_object (value));
  return TRUE;
}

void
tiers_window_set_up_drop (TiersWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
