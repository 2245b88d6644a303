/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-indicators.c: a period's indicator values for every supplier, read from the
 * collected data: the receipts through tiers-store-receipt-scan.c on every core; the
 * suppliers, incidents, feedback and ratings on the calling thread meanwhile, through
 * covering indexes of their own. Ratings of an evaluator with a declared conflict of interest
 * with the supplier are left out, and counted in the set. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-receipt-scan.h"

/* Facts and suppliers are kept by slot (see TiersSupplierSlots): receipts can be summed
 * before the suppliers are even read. */
typedef struct
{
  TiersIndicatorSet        *set;
  TiersSupplierSlots        slots;
  TiersSupplierFacts       *facts;      /* per slot */
  TiersSupplierIndicators **suppliers;  /* per slot, NULL where no supplier has it */
  GHashTable               *left_out;   /* ids of suppliers terminated before the period */
} Collector;

/* Zeroed by writing, not by calloc: a calloc'd block of this size comes as pages mapped to
 * the shared zero page; the first "+=" reads one, then writes it, and with the scan threads
 * running each such copy-on-write flushes the address space on every core (an interrupt per
 * core on a virtual machine), a sixth of a first evaluation's time. Written first, each page
 * is simply allocated. */
static gpointer
new_zeroed (gsize n,
            gsize size)
{
  gsize bytes = MAX (n, 1) * size;

  return memset (g_malloc (bytes), 0, bytes);
}

static void
collector_clear (Collector *c)
{
  g_free (c->facts);
  g_free (c->suppliers);
  g_clear_pointer (&c->slots.by_sparse_id, g_hash_table_unref);
  g_clear_pointer (&c->left_out, g_hash_table_unref);
}

static gboolean
bind_period (sqlite3_stmt      *stmt,
             const TiersPeriod *period)
{
  char first[11], last[11];

  tiers_period_bounds_iso (period, first, last);
  return sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
         sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

/* Adds every supplier to the set, in code order already (byte order, as the set keeps it),
 * and to its slot. A supplier added since the slots were planned has none: a receipt of it
 * was not counted either. */
static gboolean
read_suppliers (TiersStore *store,
                Collector  *c,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT id, code, category FROM supplier ORDER BY code", error);
  gboolean dense = c->slots.by_sparse_id == NULL;
  guint i = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint slot = dense ? (guint) id : i++;
      TiersSupplierIndicators *s;

      if (dense ? id < 0 || (guint64) id >= c->slots.n_slots : slot >= c->slots.n_slots)
        continue;
      /* A terminated supplier leaves grading: its slot stays empty, so nothing of its rows
       * is counted for it (docs/grading.md, "Supplier status"). */
      if (g_hash_table_contains (c->left_out, GSIZE_TO_POINTER ((gsize) id)))
        continue;
      s = tiers_indicator_set_add (c->set, (const char *) sqlite3_column_text (stmt, 1),
                                   (const char *) sqlite3_column_text (stmt, 2));
      s->supplier_id = id;
      c->suppliers[slot] = s;
      if (!dense)
        g_hash_table_insert (c->slots.by_sparse_id, GSIZE_TO_POINTER ((gsize) id),
                             GUINT_TO_POINTER (slot + 1));
    }
  return rc == SQLITE_DONE ? TRUE : tiers_store_set_error (store, error);
}

/* Dense ids: slots up to the largest id, suppliers read while receipts are scanned. Sparse:
 * one slot per supplier, read first so the scans can map ids. */
static gboolean
plan_slots (TiersStore        *store,
            Collector         *c,
            const TiersPeriod *period,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT coalesce (max (id), 0), count(*) FROM supplier", error);
  gint64 max_id, count;

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return stmt ? tiers_store_set_error (store, error) : FALSE;
  if ((c->left_out = tiers_store_suppliers_left_out (store, period, error)) == NULL)
    return FALSE;
  max_id = sqlite3_column_int64 (stmt, 0);
  count = sqlite3_column_int64 (stmt, 1);
  if (max_id >= 0 && max_id <= count * 4 + 1024)
    c->slots.n_slots = (guint) max_id + 1;
  else
    {
      c->slots.n_slots = (guint) count;
      c->slots.by_sparse_id = g_hash_table_new (g_direct_hash, g_direct_equal);
    }
  c->facts = new_zeroed (c->slots.n_slots, sizeof (TiersSupplierFacts));
  c->suppliers = g_new0 (TiersSupplierIndicators *, MAX (c->slots.n_slots, 1));
  return c->slots.by_sparse_id == NULL || read_suppliers (store, c, error);
}

/* A criterion's ratings over the period, by supplier: the manual indicator's facts. */
typedef struct
{
  double  *sum;
  guint64 *count;
} RatingTotals;

static void
rating_totals_free (gpointer data)
{
  RatingTotals *t = data;

  g_free (t->sum);
  g_free (t->count);
  g_free (t);
}

typedef void (*AddRow) (Collector *c, guint supplier, sqlite3_stmt *stmt, gpointer data);

/* Runs over the period's rows through a covering *_period index and hands each row to `add`
 * with its supplier; column 0 is the supplier id. Summing in C is several times faster than
 * a GROUP BY, which sorts every row into a temporary b-tree first. */
static gboolean
read_rows (TiersStore        *store,
           Collector         *c,
           const TiersPeriod *period,
           const char        *sql,
           AddRow             add,
           gpointer           data,
           GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL || !bind_period (stmt, period))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint s;

      if (tiers_supplier_slots_lookup (&c->slots, sqlite3_column_int64 (stmt, 0), &s))
        add (c, s, stmt, data);
    }
  return rc == SQLITE_DONE ? TRUE : tiers_store_set_error (store, error);
}

/* minor 1, major 3, critical 10 (docs/grading.md, "Indicators"); the schema allows no other
 * severity. */
static void
add_incident (Collector    *c,
              guint         s,
              sqlite3_stmt *stmt,
              gpointer      data)
{
  const char *severity = (const char *) sqlite3_column_text (stmt, 1);

  c->facts[s].incident_points += g_strcmp0 (severity, "minor") == 0 ? 1
                               : g_strcmp0 (severity, "major") == 0 ? 3 : 10;
}

static void
add_feedback (Collector    *c,
              guint         s,
              sqlite3_stmt *stmt,
              gpointer      data)
{
  TiersSupplierFacts *f = &c->facts[s];

  f->feedback_rows++;
  f->feedback_rating_sum += sqlite3_column_double (stmt, 1);
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    {
      f->response_rows++;
      f->response_hours_sum += sqlite3_column_double (stmt, 2);
    }
}

/* Ratings stay per criterion key: each key its own totals. */
static void
add_rating (Collector    *c,
            guint         s,
            sqlite3_stmt *stmt,
            gpointer      data)
{
  GHashTable *by_key = data;
  const char *key = (const char *) sqlite3_column_text (stmt, 1);
  RatingTotals *t = g_hash_table_lookup (by_key, key);

  if (t == NULL)
    {
      t = g_new0 (RatingTotals, 1);
      t->sum = new_zeroed (c->slots.n_slots, sizeof (double));
      t->count = new_zeroed (c->slots.n_slots, sizeof (guint64));
      g_hash_table_insert (by_key, g_strdup (key), t);
    }
  t->sum[s] += sqlite3_column_double (stmt, 2);
  t->count[s]++;
}

/* The ratings read_ratings leaves out: the ids of those whose evaluator declared a conflict
 * of interest with the supplier rated. */
typedef struct
{
  GHashTable *ids;      /* of gint64*, the rating ids */
  GHashTable *by_key;   /* what add_rating sums into */
} ExcludedIds;

static void
add_rating_unless_excluded (Collector    *c,
                            guint         s,
                            sqlite3_stmt *stmt,
                            gpointer      data)
{
  ExcludedIds *x = data;
  gint64 id = sqlite3_column_int64 (stmt, 3);

  if (!g_hash_table_contains (x->ids, &id))
    add_rating (c, s, stmt, x->by_key);
}

/* The period's ratings of evaluators with a declared conflict with the supplier rated
 * (docs/grading.md, "Conflicts of interest"), counted in the set; their ids go into IDS. The
 * conflicts are few: each is a lookup in the rating table's unique index, which starts with
 * the supplier; no conflicts, no rows, and nothing else changes. */
static gboolean
find_excluded_ratings (TiersStore        *store,
                       Collector         *c,
                       const TiersPeriod *period,
                       GHashTable        *ids,
                       GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT r.supplier_id, r.evaluator, r.id FROM rating_conflict k"
      " JOIN rating r ON r.supplier_id = k.supplier_id AND r.evaluator = k.evaluator"
      " WHERE r.date BETWEEN ?1 AND ?2", error);
  int rc;

  if (stmt == NULL || !bind_period (stmt, period))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      guint s;

      *id = sqlite3_column_int64 (stmt, 2);
      g_hash_table_add (ids, id);
      if (tiers_supplier_slots_lookup (&c->slots, sqlite3_column_int64 (stmt, 0), &s) &&
          c->suppliers[s] != NULL)
        tiers_indicator_set_exclude_rating (c->set, c->suppliers[s],
                                            (const char *) sqlite3_column_text (stmt, 1));
    }
  return rc == SQLITE_DONE ? TRUE : tiers_store_set_error (store, error);
}

static gboolean
read_ratings (TiersStore        *store,
              Collector         *c,
              const TiersPeriod *period,
              GError           **error)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        rating_totals_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                     NULL);
  ExcludedIds excluded = { ids, by_key };
  GHashTableIter iter;
  gpointer key, value;

  if (!find_excluded_ratings (store, c, period, ids, error))
    return FALSE;
  /* The rating id is the index's row id: reading it costs no visit to the table. */
  if (g_hash_table_size (ids) == 0
      ? !read_rows (store, c, period,
                    "SELECT supplier_id, criterion, rating FROM rating INDEXED BY rating_period "
                    "WHERE date BETWEEN ?1 AND ?2", add_rating, by_key, error)
      : !read_rows (store, c, period,
                    "SELECT supplier_id, criterion, rating, id FROM rating "
                    "INDEXED BY rating_period WHERE date BETWEEN ?1 AND ?2",
                    add_rating_unless_excluded, &excluded, error))
    return FALSE;
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RatingTotals *t = value;

      for (guint s = 0; s < c->slots.n_slots; s++)
        if (c->suppliers[s] != NULL)
          tiers_supplier_indicators_add_manual (c->suppliers[s], key, t->sum[s], t->count[s]);
    }
  return TRUE;
}

/* What the calling thread reads while the receipts are scanned. */
typedef struct
{
  TiersStore        *store;
  Collector         *collector;
  const TiersPeriod *period;
} OtherData;

/* The suppliers (when their ids are the slots), incidents, feedback and ratings: small,
 * read while the receipts are scanned. */
static gboolean
read_other_data (gpointer  data,
                 GError  **error)
{
  OtherData *d = data;
  TiersStore *store = d->store;
  Collector *c = d->collector;

  return (c->slots.by_sparse_id != NULL || read_suppliers (store, c, error)) &&
         read_rows (store, c, d->period,
                    "SELECT supplier_id, severity FROM incident INDEXED BY incident_period "
                    "WHERE date BETWEEN ?1 AND ?2", add_incident, NULL, error) &&
         read_rows (store, c, d->period,
                    "SELECT supplier_id, rating, response_hours FROM feedback "
                    "INDEXED BY feedback_period WHERE date BETWEEN ?1 AND ?2",
                    add_feedback, NULL, error) &&
         read_ratings (store, c, d->period, error);
}

TiersIndicatorSet *
tiers_store_compute_indicators (TiersStore        *store,
                                const TiersPeriod *period,
                                int                grace_days,
                                double             quantity_tolerance,
                                GError           **error)
{
  g_autoptr(TiersIndicatorSet) set = NULL;
  Collector c = { 0 };
  OtherData other = { store, &c, period };
  gboolean ok;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  set = tiers_indicator_set_new (period, grace_days, quantity_tolerance);
  c.set = set;
  ok = plan_slots (store, &c, period, error) &&
       tiers_store_scan_receipts (store, period, grace_days, quantity_tolerance, &c.slots,
                                  c.facts, read_other_data, &other, error);
  if (ok)
    for (guint i = 0; i < c.slots.n_slots; i++)
      if (c.suppliers[i] != NULL)
        tiers_facts_to_indicators (&c.facts[i], c.suppliers[i]);
  collector_clear (&c);
  if (!ok)
    return NULL;
  tiers_indicator_set_sort (set);
  return g_steal_pointer (&set);
}
