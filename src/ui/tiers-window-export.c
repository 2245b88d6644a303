/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-export.c: win.export-csv: save the rows the Suppliers page shows as CSV. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-supplier-export.h"
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

void
_tiers_window_class_actions_init_export (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL,
                                   tiers_window_export_csv_action);
}
