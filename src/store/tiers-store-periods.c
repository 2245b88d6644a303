/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-periods.c: the periods that hold data, found through the date indexes without
 * reading the tables, and the freshness of stored evaluations. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include "tiers-store-periods.h"
#include "tiers-store-private.h"

/* The first and last month that hold data, as year * 12 + month - 1; FALSE when none. */
static gboolean
data_month_range (TiersStore *store,
                  int        *first,
                  int        *last,
                  gboolean   *found,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT min (d), max (d) FROM ("
      "  SELECT min (received_date) AS d FROM receipt UNION ALL"
      "  SELECT max (received_date) FROM receipt UNION ALL"
      "  SELECT min (date) FROM incident UNION ALL SELECT max (date) FROM incident UNION ALL"
      "  SELECT min (date) FROM feedback UNION ALL SELECT max (date) FROM feedback UNION ALL"
      "  SELECT min (date) FROM rating UNION ALL SELECT max (date) FROM rating)",
      error);
  GDate a, b;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *found = sqlite3_column_type (stmt, 0) != SQLITE_NULL &&
           tiers_date_parse ((const char *) sqlite3_column_text (stmt, 0), &a) &&
           tiers_date_parse ((const char *) sqlite3_column_text (stmt, 1), &b);
  if (*found)
    {
      *first = g_date_get_year (&a) * 12 + g_date_get_month (&a) - 1;
      *last = g_date_get_year (&b) * 12 + g_date_get_month (&b) - 1;
    }
  return TRUE;
}

static void
add_once (GArray            *periods,
          const TiersPeriod *p)
{
  for (guint i = 0; i < periods->len; i++)
    if (tiers_period_equal (&g_array_index (periods, TiersPeriod, i), p))
      return;
  g_array_append_val (periods, *p);
}

/* Year by year, newest first; within a year its quarters, then its half-years, then the
 * year itself, each newest first: the order a period menu reads best in. */
static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const TiersPeriod *pa = a, *pb = b;

  if (pa->year != pb->year)
    return pb->year - pa->year;
  if (pa->kind != pb->kind)
    return pb->kind - pa->kind;   /* quarters (the larger kind) before half-years */
  return pb->index - pa->index;
}

GArray *
tiers_store_list_data_periods (TiersStore *store,
                               GError    **error)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (TiersPeriod));
  int first = 0, last = -1;
  gboolean found = FALSE;

  g_return_val_if_fail (store != NULL, NULL);

  if (!data_month_range (store, &first, &last, &found, error))
    return NULL;
  if (!found)
    return g_steal_pointer (&periods);

  /* One probe per month, each stopping at the first index entry it finds. */
  for (int month = first; month <= last; month++)
    {
      gboolean has_data = FALSE;
      int year = month / 12, m = month % 12;
      TiersPeriod quarter = { TIERS_PERIOD_QUARTER, year, m / 3 + 1 };
      TiersPeriod half = { TIERS_PERIOD_HALF, year, m / 6 + 1 };
      TiersPeriod whole = { TIERS_PERIOD_YEAR, year, 1 };
      TiersPeriod month_period = { TIERS_PERIOD_MONTH, year, m + 1 };

      if (!tiers_store_period_has_data (store, &month_period, &has_data, error))
        return NULL;
      if (!has_data)
        continue;
      add_once (periods, &quarter);
      add_once (periods, &half);
      add_once (periods, &whole);
    }
  g_array_sort (periods, newest_first);
  return g_steal_pointer (&periods);
}

/* Which collected data an evaluation saw: every import adds a batch, and every declared or
 * removed conflict of interest an event, every record entered, corrected or withdrawn by
 * hand a record change, and every status change of a supplier that was ever terminated one
 * more (termination takes it out of grading), so a different mark means the data changed
 * since.
 * Without any conflict event the mark is what it was before conflicts existed, so the
 * evaluations stored then stay current. */
char *
tiers_store_data_mark (TiersStore *store,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT coalesce (max (id), 0) || ':' || count(*)"
      "  || coalesce (':c' || (SELECT max (id) FROM conflict_event), '')"
      "  || coalesce (':r' || (SELECT max (id) FROM record_change), '')"
      /* Status changes of suppliers ever terminated: those are the ones grading sees. */
      "  || coalesce (':t' || (SELECT max (e.id) FROM supplier_status_event e"
      "       WHERE e.supplier_id IN (SELECT supplier_id FROM supplier_status_event"
      "                               WHERE status = 'terminated')), '')"
      "  FROM import_batch",
      error);

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error), NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
tiers_store_evaluation_is_current (TiersStore        *store,
                                   const TiersPeriod *period,
                                   gint64             scheme_version,
                                   gboolean          *current,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *mark = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL && current != NULL, FALSE);

  mark = tiers_store_data_mark (store, error);
  if (mark == NULL)
    return FALSE;
  /* A finalized period's stored evaluation stands as it was frozen, whatever changed since. */
  stmt = tiers_store_prepare (store,
      "SELECT 1 FROM evaluation WHERE period = ?1"
      " AND ((scheme_version = ?2 AND data_mark = ?3)"
      "      OR EXISTS (SELECT 1 FROM finalized_period WHERE period = ?1))",
      error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, scheme_version);
  sqlite3_bind_text (stmt, 3, mark, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  *current = rc == SQLITE_ROW;
  return TRUE;
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
