/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-suppliers.c: the supplier list with receipt counts, and the supplier count. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include "tiers-store-private.h"
#include "tiers-store-suppliers.h"

void
tiers_supplier_row_free (TiersSupplierRow *row)
{
  if (row == NULL)
    return;
  g_free (row->code);
  g_free (row->name);
  g_free (row->category);
  g_free (row->contact);
  g_free (row);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text ? g_strdup ((const char *) text) : NULL;
}

/* The receipt counts come from one GROUP BY over the (supplier_id, received_date) index,
 * joined once, rather than a correlated count per supplier. */
GPtrArray *
tiers_store_list_suppliers (TiersStore *store,
                            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT s.id, s.code, s.name, s.category, s.contact, coalesce (r.n, 0)"
      " FROM supplier s"
      " LEFT JOIN (SELECT supplier_id, count(*) AS n FROM receipt GROUP BY supplier_id) r"
      "   ON r.supplier_id = s.id"
      " ORDER BY s.code COLLATE BINARY",
      error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_supplier_row_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersSupplierRow *row = g_new0 (TiersSupplierRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->code = column_dup (stmt, 1);
      row->name = column_dup (stmt, 2);
      row->category = column_dup (stmt, 3);
      row->contact = column_dup (stmt, 4);
      row->receipts = (guint64) sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
tiers_store_count_suppliers (TiersStore *store,
                             guint64    *count,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = tiers_store_prepare (store, "SELECT count(*) FROM supplier", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *count = (guint64) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}
