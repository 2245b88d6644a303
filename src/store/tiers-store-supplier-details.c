/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-supplier-details.c: every supplier's contact details with its receipts and
 * spend in a period, in one query. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include "tiers-store-private.h"
#include "tiers-store-supplier-details.h"

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup ((const char *) text) : NULL;
}

/* The inner GROUP BY reads only the receipt_period index (received_date first, and it covers
 * supplier_id, received_qty and unit_price), so the period is one range scan that never
 * touches the receipt table; the suppliers are joined once afterwards. */
GPtrArray *
tiers_store_load_supplier_details (TiersStore        *store,
                                   const TiersPeriod *period,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  char first[11], last[11];
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT s.code, s.name, s.category, s.contact, s.email, s.phone,"
      "       coalesce (r.n, 0), coalesce (r.spend, 0)"
      " FROM supplier s"
      " LEFT JOIN (SELECT supplier_id, count(*) AS n,"
      "                   sum (unit_price * received_qty) AS spend"
      "            FROM receipt WHERE received_date BETWEEN ?1 AND ?2"
      "            GROUP BY supplier_id) r"
      "   ON r.supplier_id = s.id"
      " ORDER BY s.code COLLATE BINARY",
      error);
  if (stmt == NULL)
    return NULL;
  tiers_period_bounds_iso (period, first, last);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_supplier_details_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersSupplierDetails *row = g_new0 (TiersSupplierDetails, 1);

      row->code = column_dup (stmt, 0);
      row->name = column_dup (stmt, 1);
      row->category = column_dup (stmt, 2);
      row->contact = column_dup (stmt, 3);
      row->email = column_dup (stmt, 4);
      row->phone = column_dup (stmt, 5);
      row->receipts = (guint64) sqlite3_column_int64 (stmt, 6);
      row->spend = sqlite3_column_double (stmt, 7);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
