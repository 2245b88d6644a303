/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-list.h: the suppliers as a table that sorts by any column. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TIERS_TYPE_SUPPLIER_LIST (tiers_supplier_list_get_type ())

G_DECLARE_FINAL_TYPE (TiersSupplierList, tiers_supplier_list, TIERS, SUPPLIER_LIST, GtkWidget)

/* Replaces the rows by `rows`, a GPtrArray of TiersSupplierRow (not taken). */
void           tiers_supplier_list_set_rows        (TiersSupplierList *self,
                                                    GPtrArray         *rows);
guint          tiers_supplier_list_get_n_suppliers (TiersSupplierList *self);
GtkColumnView *tiers_supplier_list_get_column_view (TiersSupplierList *self);

G_END_DECLS
