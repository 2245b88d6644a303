/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-completeness.c: a period's receipts, feedback and manual ratings per supplier,
 * and whether each had any data in it and the two periods before it. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include "tiers-store-completeness.h"
#include "tiers-store-private.h"

/* Runs SQL (?1, ?2 the dates) and hands each row's supplier id and statement to FUNC. */
static gboolean
each_row (TiersStore  *store,
          const char  *sql,
          const char  *first,
          const char  *last,
          GHashTable  *rows,
          void       (*func) (TiersCompletenessRow *row, sqlite3_stmt *stmt),
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TiersCompletenessRow *row = g_hash_table_lookup (rows, &id);

      if (row != NULL)
        func (row, stmt);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

static void
set_receipts (TiersCompletenessRow *row,
              sqlite3_stmt         *stmt)
{
  row->receipts = (guint64) sqlite3_column_int64 (stmt, 1);
}

static void
set_feedback (TiersCompletenessRow *row,
              sqlite3_stmt         *stmt)
{
  row->feedback = (guint64) sqlite3_column_int64 (stmt, 1);
}

static void
add_rated (TiersCompletenessRow *row,
           sqlite3_stmt         *stmt)
{
  g_ptr_array_add (row->rated, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
}

static void
set_recent (TiersCompletenessRow *row,
            sqlite3_stmt         *stmt)
{
  row->recent_data = TRUE;
}

GPtrArray *
tiers_store_completeness (TiersStore        *store,
                          const TiersPeriod *period,
                          const TiersScheme *scheme,
                          GError           **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_completeness_row_free);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  TiersPeriod earliest;
  char first[11], last[11], window_first[11], unused[11];
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL && scheme != NULL, NULL);

  tiers_period_bounds_iso (period, first, last);
  earliest = tiers_period_previous (period);
  earliest = tiers_period_previous (&earliest);
  tiers_period_bounds_iso (&earliest, window_first, unused);

  stmt = tiers_store_prepare (store, "SELECT id, code, name FROM supplier ORDER BY code", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersCompletenessRow *row = tiers_completeness_row_new (
          (const char *) sqlite3_column_text (stmt, 1),
          (const char *) sqlite3_column_text (stmt, 2));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_ptr_array_add (result, row);
      g_hash_table_insert (rows, g_memdup2 (&id, sizeof id), row);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;

  if (!each_row (store, "SELECT supplier_id, count(*) FROM receipt"
                        " WHERE received_date BETWEEN ?1 AND ?2 GROUP BY supplier_id",
                 first, last, rows, set_receipts, error) ||
      !each_row (store, "SELECT supplier_id, count(*) FROM feedback"
                        " WHERE date BETWEEN ?1 AND ?2 GROUP BY supplier_id",
                 first, last, rows, set_feedback, error) ||
      !each_row (store, "SELECT DISTINCT supplier_id, criterion FROM rating r"
                        " WHERE date BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM"
                        "  rating_conflict c WHERE c.supplier_id = r.supplier_id"
                        "  AND c.evaluator = r.evaluator)",
                 first, last, rows, add_rated, error) ||
      !each_row (store, "SELECT DISTINCT supplier_id FROM receipt"
                        " WHERE received_date BETWEEN ?1 AND ?2"
                        " UNION SELECT supplier_id FROM incident WHERE date BETWEEN ?1 AND ?2"
                        " UNION SELECT supplier_id FROM feedback WHERE date BETWEEN ?1 AND ?2"
                        " UNION SELECT supplier_id FROM rating WHERE date BETWEEN ?1 AND ?2",
                 window_first, last, rows, set_recent, error))
    return NULL;

  for (guint i = 0; i < result->len; i++)
    tiers_completeness_judge (scheme, g_ptr_array_index (result, i));
  return g_steal_pointer (&result);
}
