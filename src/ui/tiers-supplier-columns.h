/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-columns.h: the columns of the suppliers page's column view, each with its
 * cell and its sorter, over a model of TiersSupplierRecord. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  TIERS_SUPPLIER_COLUMN_CODE,
  TIERS_SUPPLIER_COLUMN_NAME,
  TIERS_SUPPLIER_COLUMN_GRADE,      /* beside the name: what a narrow window shows first */
  TIERS_SUPPLIER_COLUMN_SCORE,
  TIERS_SUPPLIER_COLUMN_CHANGE,
  TIERS_SUPPLIER_COLUMN_CATEGORY,
  TIERS_SUPPLIER_COLUMN_PROVISIONAL,
  TIERS_SUPPLIER_COLUMN_RECEIPTS,
  TIERS_SUPPLIER_COLUMN_SPEND,
  TIERS_SUPPLIER_N_COLUMNS
} TiersSupplierColumn;

/* Appends every column, in the order above, to VIEW. */
void tiers_supplier_columns_add (GtkColumnView *view);
/* The column of VIEW that shows WHICH (VIEW's own reference), or NULL. */
GtkColumnViewColumn *tiers_supplier_columns_find (GtkColumnView       *view,
                                                  TiersSupplierColumn  which);

G_END_DECLS
