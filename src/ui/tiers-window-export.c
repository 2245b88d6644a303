/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-export.c: what leaves the window for the suppliers the Suppliers page shows:
 * win.export-csv saves their rows as CSV; win.print-scorecards prints their scorecards and
 * win.export-scorecards saves them as one PDF, in supplier-code order. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tiers-scorecard-print.h"
#include "tiers-supplier-export.h"
#include "tiers-supplier-record.h"
#include "tiers-window-private.h"

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     TiersWindow     *window)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *count = NULL;
  g_autofree char *message = NULL;
  TiersSuppliersPage *page = tiers_window_get_suppliers_page (window);
  guint n;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (!tiers_supplier_export_to_file (page, file, &error))
    {
      _tiers_window_show_message (window, _("Cannot Export the Suppliers"), error->message);
      return;
    }

  n = g_list_model_get_n_items (tiers_suppliers_page_get_shown (page));
  count = g_strdup_printf ("%'u", n);
  basename = g_file_get_basename (file);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s supplier to “%s”",
                                          "Exported %s suppliers to “%s”", n),
                             count, basename);
  _tiers_window_add_toast (window, message);
}

static void
tiers_window_export_csv_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TiersWindow *window = TIERS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (tiers_window_get_session (window) != NULL);

  chooser = gtk_file_chooser_native_new (_("Export Suppliers as CSV"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = tiers_supplier_export_default_name (tiers_window_get_session (window));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The codes of the suppliers the list shows (its filters and search applied), in code
 * order; NULL, with a message, when it shows none. */
static GPtrArray *
shown_codes (TiersWindow *window)
{
  GListModel *shown = tiers_suppliers_page_get_shown (tiers_window_get_suppliers_page (window));
  guint n = shown != NULL ? g_list_model_get_n_items (shown) : 0;
  GPtrArray *codes;

  if (n == 0 || tiers_session_get_period (tiers_window_get_session (window)) == NULL)
    {
      _tiers_window_show_message (window, _("No Scorecards to Print"),
                                  _("The supplier list shows no supplier of this period. Show "
                                    "all suppliers, or pick a grade or category that has "
                                    "some."));
      return NULL;
    }
  codes = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, i);

      g_ptr_array_add (codes, g_strdup (tiers_supplier_record_get_code (record)));
    }
  g_ptr_array_sort (codes, compare_codes);
  return codes;
}

static void
on_printed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tiers_scorecard_print_finish (result, &error))
    _tiers_window_show_message (TIERS_WINDOW (source), _("Cannot Print the Scorecards"),
                                error->message);
}

static void
tiers_window_print_scorecards_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TiersWindow *window = TIERS_WINDOW (widget);
  g_autoptr(GPtrArray) codes = shown_codes (window);

  if (codes != NULL)
    tiers_scorecard_print (GTK_WINDOW (window), tiers_window_get_session (window), codes, NULL,
                           NULL, on_printed_cb, NULL);
}

static void
tiers_window_export_scorecards_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  TiersWindow *window = TIERS_WINDOW (widget);
  g_autoptr(GPtrArray) codes = shown_codes (window);

  if (codes != NULL)
    tiers_scorecard_export_pdf (GTK_WINDOW (window), tiers_window_get_session (window), codes);
}

void
_tiers_window_class_actions_init_export (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL,
                                   tiers_window_export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.print-scorecards", NULL,
                                   tiers_window_print_scorecards_action);
  gtk_widget_class_install_action (widget_class, "win.export-scorecards", NULL,
                                   tiers_window_export_scorecards_action);
}
