/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window-data.c: win.add-supplier (the supplier form), win.show-supplier (a supplier's
 * scorecard on the Suppliers page, from the forms and the completeness list) and
 * win.withdraw-import (the imported files). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-batches-dialog.h"
#include "tiers-supplier-form.h"
#include "tiers-window-private.h"

static void
tiers_window_add_supplier_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TiersSession *session = tiers_window_get_session (TIERS_WINDOW (widget));

  if (session != NULL && !_tiers_window_is_busy (TIERS_WINDOW (widget)))
    gtk_window_present (GTK_WINDOW (tiers_supplier_form_new (widget, session, NULL)));
}

static void
tiers_window_show_supplier_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TiersSupplierFilter filter = {
    .kind = TIERS_SUPPLIER_FILTER_SUPPLIER,
    .code = g_variant_get_string (parameter, NULL),
  };

  _tiers_window_show_suppliers (TIERS_WINDOW (widget), &filter);
}

static void
tiers_window_withdraw_import_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TiersSession *session = tiers_window_get_session (TIERS_WINDOW (widget));

  if (session != NULL && !_tiers_window_is_busy (TIERS_WINDOW (widget)))
    gtk_window_present (GTK_WINDOW (tiers_batches_dialog_new (widget, session)));
}

void
_tiers_window_class_actions_init_data (TiersWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.add-supplier", NULL,
                                   tiers_window_add_supplier_action);
  gtk_widget_class_install_action (widget_class, "win.show-supplier", "s",
                                   tiers_window_show_supplier_action);
  gtk_widget_class_install_action (widget_class, "win.withdraw-import", NULL,
                                   tiers_window_withdraw_import_action);
}
