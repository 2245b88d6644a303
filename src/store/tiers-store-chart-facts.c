/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-chart-facts.c: spend per supplier, supplier names and the data check of a
 * period, each one query over the indexed dates. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include "tiers-store-chart-facts.h"
#include "tiers-store-private.h"

static void
clear_spend (gpointer data)
{
  TiersSupplierSpend *spend = data;

  g_free (spend->code);
  g_free (spend->name);
}

GArray *
tiers_store_load_spend (TiersStore        *store,
                        const TiersPeriod *period,
                        const char        *category,
                        GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = NULL;
  char first[11], last[11];
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL && category != NULL, NULL);

  /* No receipt index leads with supplier_id, so a join from the category's suppliers would
   * walk the period's receipts once per supplier. Summing the period's range of the covering
   * index once, by supplier, and only then keeping the category's suppliers reads each
   * receipt once. */
  stmt = tiers_store_prepare (store,
      "SELECT s.code, s.name, t.spend"
      " FROM (SELECT supplier_id, sum (unit_price * received_qty) AS spend"
      "       FROM receipt INDEXED BY receipt_period"
      "       WHERE received_date BETWEEN ?2 AND ?3 GROUP BY supplier_id) AS t"
      " JOIN supplier s ON s.id = t.supplier_id"
      " WHERE s.category = ?1 ORDER BY s.code COLLATE BINARY",
      error);
  if (stmt == NULL)
    return NULL;
  tiers_period_bounds_iso (period, first, last);
  sqlite3_bind_text (stmt, 1, category, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_TRANSIENT);

  rows = g_array_new (FALSE, TRUE, sizeof (TiersSupplierSpend));
  g_array_set_clear_func (rows, clear_spend);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersSupplierSpend row = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        sqlite3_column_double (stmt, 2),
      };

      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GHashTable *
tiers_store_load_supplier_names (TiersStore *store,
                                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) names = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store, "SELECT code, name FROM supplier", error);
  if (stmt == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

gboolean
tiers_store_period_has_data (TiersStore        *store,
                             const TiersPeriod *period,
                             gboolean          *has_data,
                             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char first[11], last[11];

  g_return_val_if_fail (store != NULL && period != NULL && has_data != NULL, FALSE);

  /* Each EXISTS stops at the first row the date indexes find. */
  stmt = tiers_store_prepare (store,
      "SELECT EXISTS (SELECT 1 FROM receipt WHERE received_date BETWEEN ?1 AND ?2)"
      "    OR EXISTS (SELECT 1 FROM incident WHERE date BETWEEN ?1 AND ?2)"
      "    OR EXISTS (SELECT 1 FROM feedback WHERE date BETWEEN ?1 AND ?2)"
      "    OR EXISTS (SELECT 1 FROM rating WHERE date BETWEEN ?1 AND ?2)",
      error);
  if (stmt == NULL)
    return FALSE;
  tiers_period_bounds_iso (period, first, last);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *has_data = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}
