/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-indicators.c: a period's indicator values for every supplier, read from the
 * collected data: the receipts in one pass through the covering index receipt_period, split by
 * date over a few threads with their own read connections; incidents, feedback and ratings
 * meanwhile, the same way through their covering indexes. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"

/* What one pass over a period's receipts needs to hand price_index its reference prices. */
typedef struct
{
  guint  item;       /* index into the period's distinct item codes */
  guint  supplier;   /* index into the facts */
  double price;
  double qty;
} PricedReceipt;

/* Facts and suppliers are kept by slot. Supplier ids come from INTEGER PRIMARY KEY and are
 * dense in practice, so the slot is the id itself: receipts can be summed before the
 * suppliers are even read, and each lookup is an array index. Sparse ids fall back to a map. */
typedef struct
{
  TiersIndicatorSet        *set;
  guint                     n_slots;
  TiersSupplierFacts       *facts;         /* per slot */
  TiersSupplierIndicators **suppliers;     /* per slot, NULL where no supplier has it */
  GHashTable               *by_sparse_id;  /* id -> slot + 1, or NULL: slot = id */
} Collector;

/* One thread's share of the period's receipts: its days, its own facts and prices. */
typedef struct
{
  const Collector    *collector;
  const char         *path;
  char                first[11];
  char                last[11];
  int                 grace_days;
  double              tolerance;
  TiersSupplierFacts *facts;
  guint32            *item_slots;  /* open addressing: item index + 1, 0 = free */
  guint32            *item_hashes; /* the hash of the item in each slot */
  guint               item_mask;   /* slots - 1, a power of two less one */
  GStringChunk       *item_strings;
  GPtrArray          *item_codes;  /* index -> item code (in item_strings) */
  GArray             *rows;        /* of PricedReceipt */
  GError             *error;
} ReceiptScan;

static void
collector_clear (Collector *c)
{
  g_free (c->facts);
  g_free (c->suppliers);
  g_clear_pointer (&c->by_sparse_id, g_hash_table_unref);
}

static gboolean
lookup_supplier (const Collector *c,
                 gint64           id,
                 guint           *slot)
{
  guint v;

  if (c->by_sparse_id == NULL)
    {
      if (id < 0 || (guint64) id >= c->n_slots)
        return FALSE;
      *slot = (guint) id;
      return TRUE;
    }
  v = GPOINTER_TO_UINT (g_hash_table_lookup (c->by_sparse_id, GSIZE_TO_POINTER ((gsize) id)));
  if (v == 0)
    return FALSE;
  *slot = v - 1;
  return TRUE;
}

/* Days since 1970-01-01 of an ISO date the importer checked (H. Hinnant's days_from_civil):
 * far cheaper than julianday () on every receipt of the period. */
static gint64
day_number (const unsigned char *iso)
{
  int y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  int d = (iso[8] - '0') * 10 + (iso[9] - '0');
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (gint64) era * 146097 + doe - 719468;
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
  gboolean dense = c->by_sparse_id == NULL;
  guint i = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint slot = dense ? (guint) id : i++;
      TiersSupplierIndicators *s;

      if (dense ? id < 0 || (guint64) id >= c->n_slots : slot >= c->n_slots)
        continue;
      s = tiers_indicator_set_add (c->set, (const char *) sqlite3_column_text (stmt, 1),
                                   (const char *) sqlite3_column_text (stmt, 2));
      s->supplier_id = id;
      c->suppliers[slot] = s;
      if (!dense)
        g_hash_table_insert (c->by_sparse_id, GSIZE_TO_POINTER ((gsize) id),
                             GUINT_TO_POINTER (slot + 1));
    }
  return rc == SQLITE_DONE ? TRUE : tiers_store_set_error (store, error);
}

/* Dense ids: slots up to the largest id, suppliers read while receipts are scanned. Sparse:
 * one slot per supplier, read first so the scans can map ids. */
static gboolean
plan_slots (TiersStore *store,
            Collector  *c,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT coalesce (max (id), 0), count(*) FROM supplier", error);
  gint64 max_id, count;

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return stmt ? tiers_store_set_error (store, error) : FALSE;
  max_id = sqlite3_column_int64 (stmt, 0);
  count = sqlite3_column_int64 (stmt, 1);
  if (max_id >= 0 && max_id <= count * 4 + 1024)
    c->n_slots = (guint) max_id + 1;
  else
    {
      c->n_slots = (guint) count;
      c->by_sparse_id = g_hash_table_new (g_direct_hash, g_direct_equal);
    }
  c->facts = g_new0 (TiersSupplierFacts, MAX (c->n_slots, 1));
  c->suppliers = g_new0 (TiersSupplierIndicators *, MAX (c->n_slots, 1));
  return c->by_sparse_id == NULL || read_suppliers (store, c, error);
}

/* ref (item) = the median unit_price of the item over every supplier's receipts of the
 * period; each supplier's reference value is then sum (ref (item) x received_qty). */
static void
add_reference_values (TiersSupplierFacts  *facts,
                      const PricedReceipt *rows,
                      gsize                n_rows,
                      guint                n_items)
{
  g_autofree gsize *start = g_new0 (gsize, n_items + 1);
  g_autofree gsize *fill = g_new0 (gsize, n_items);
  g_autofree double *prices = g_new (double, MAX (n_rows, 1));
  g_autofree double *ref = g_new (double, MAX (n_items, 1));

  for (gsize r = 0; r < n_rows; r++)
    start[rows[r].item + 1]++;
  for (guint i = 0; i < n_items; i++)
    start[i + 1] += start[i];
  for (gsize r = 0; r < n_rows; r++)
    prices[start[rows[r].item] + fill[rows[r].item]++] = rows[r].price;
  for (guint i = 0; i < n_items; i++)
    ref[i] = tiers_median (prices + start[i], start[i + 1] - start[i]);
  for (gsize r = 0; r < n_rows; r++)
    facts[rows[r].supplier].reference_value += ref[rows[r].item] * rows[r].qty;
}

/* Sums one receipt into its supplier's facts and fills in the row the medians need. */
static void
add_receipt (ReceiptScan   *scan,
             sqlite3_stmt  *stmt,
             PricedReceipt *row)
{
  TiersSupplierFacts *f = &scan->facts[row->supplier];
  double ordered = sqlite3_column_double (stmt, 2);
  double received = sqlite3_column_double (stmt, 3);
  double price = sqlite3_column_double (stmt, 5);
  gint64 late = day_number (sqlite3_column_text (stmt, 7)) -
                day_number (sqlite3_column_text (stmt, 6));

  f->receipts++;
  f->on_time += late <= scan->grace_days;
  f->days_late_sum += MAX (late, 0);
  f->quantity_accurate += ABS (received - ordered) <= scan->tolerance * ordered;
  f->received_qty += received;
  f->rejected_qty += sqlite3_column_double (stmt, 4);
  f->value += price * received;
  row->price = price;
  row->qty = received;
}

static guint32
hash_item (const char *item)
{
  guint32 h = 2166136261u;   /* FNV-1a: item codes are short, and this is the hot loop */

  for (const guchar *p = (const guchar *) item; *p; p++)
    h = (h ^ *p) * 16777619u;
  return h;
}

static void
grow_items (ReceiptScan *scan)
{
  guint old_size = scan->item_mask + 1;
  guint32 *old_slots = scan->item_slots;
  guint32 *old_hashes = scan->item_hashes;

  scan->item_mask = old_size * 2 - 1;
  scan->item_slots = g_new0 (guint32, old_size * 2);
  scan->item_hashes = g_new (guint32, old_size * 2);
  for (guint i = 0; i < old_size; i++)
    if (old_slots[i] != 0)
      {
        guint at = old_hashes[i] & scan->item_mask;

        while (scan->item_slots[at] != 0)
          at = (at + 1) & scan->item_mask;
        scan->item_slots[at] = old_slots[i];
        scan->item_hashes[at] = old_hashes[i];
      }
  g_free (old_slots);
  g_free (old_hashes);
}

/* The item's index among the scan's distinct items, adding it when new. A table of its own
 * rather than a GHashTable: this runs once per receipt of the period. */
static guint
intern_item (ReceiptScan *scan,
             const char  *item)
{
  guint32 h = hash_item (item);
  guint at = h & scan->item_mask;

  for (; scan->item_slots[at] != 0; at = (at + 1) & scan->item_mask)
    if (scan->item_hashes[at] == h &&
        strcmp (scan->item_codes->pdata[scan->item_slots[at] - 1], item) == 0)
      return scan->item_slots[at] - 1;

  g_ptr_array_add (scan->item_codes, g_string_chunk_insert (scan->item_strings, item));
  scan->item_slots[at] = scan->item_codes->len;
  scan->item_hashes[at] = h;
  if (scan->item_codes->len * 2 > scan->item_mask)
    grow_items (scan);
  return scan->item_codes->len - 1;
}

/* The receipts of the scan's days, through the covering index receipt_period: no table
 * lookups, no GROUP BY sort, and the same pass gathers the prices the item medians need. */
static gboolean
scan_receipts (ReceiptScan *scan,
               sqlite3     *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
      "SELECT supplier_id, item_code, ordered_qty, received_qty, rejected_qty, unit_price, "
      "promised_date, received_date FROM receipt INDEXED BY receipt_period "
      "WHERE received_date BETWEEN ?1 AND ?2", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, scan->first, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, scan->last, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PricedReceipt row;

          if (!lookup_supplier (scan->collector, sqlite3_column_int64 (stmt, 0), &row.supplier))
            continue;
          add_receipt (scan, stmt, &row);
          row.item = intern_item (scan, (const char *) sqlite3_column_text (stmt, 1));
          g_array_append_val (scan->rows, row);
        }
    }
  if (rc != SQLITE_DONE)
    g_set_error (&scan->error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                 _("Database error: %s"), sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* A worker reads through its own connection: SQLite serialises the statements of one
 * connection, and WAL lets several readers run side by side. It sees the last committed
 * data, which is all the caller's transaction holds of receipts (it never writes any). */
static gpointer
scan_receipts_thread (gpointer data)
{
  ReceiptScan *scan = data;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (scan->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    g_set_error (&scan->error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                 _("Cannot open the database %s: %s"), scan->path,
                 db ? sqlite3_errmsg (db) : "");
  else
    {
      sqlite3_busy_timeout (db, 5000);
      sqlite3_exec (db, TIERS_STORE_GRADING_MMAP, NULL, NULL, NULL);
      scan_receipts (scan, db);
    }
  sqlite3_close_v2 (db);
  return NULL;
}

static void
scan_init (ReceiptScan       *scan,
           const Collector   *c,
           const char        *path,
           const GDate       *first,
           const GDate       *last,
           int                grace_days,
           double             tolerance)
{
  scan->collector = c;
  scan->path = path;
  g_snprintf (scan->first, sizeof scan->first, "%04d-%02d-%02d", g_date_get_year (first),
              g_date_get_month (first), g_date_get_day (first));
  g_snprintf (scan->last, sizeof scan->last, "%04d-%02d-%02d", g_date_get_year (last),
              g_date_get_month (last), g_date_get_day (last));
  scan->grace_days = grace_days;
  scan->tolerance = tolerance;
  scan->facts = g_new0 (TiersSupplierFacts, MAX (c->n_slots, 1));
  scan->item_mask = 4095;
  scan->item_slots = g_new0 (guint32, scan->item_mask + 1);
  scan->item_hashes = g_new (guint32, scan->item_mask + 1);
  scan->item_strings = g_string_chunk_new (1 << 14);
  scan->item_codes = g_ptr_array_new ();
  scan->rows = g_array_sized_new (FALSE, FALSE, sizeof (PricedReceipt), 1 << 15);
}

static void
scan_clear (ReceiptScan *scan)
{
  g_free (scan->facts);
  g_clear_pointer (&scan->item_slots, g_free);
  g_clear_pointer (&scan->item_hashes, g_free);
  g_clear_pointer (&scan->item_strings, g_string_chunk_free);
  g_clear_pointer (&scan->item_codes, g_ptr_array_unref);
  g_clear_pointer (&scan->rows, g_array_unref);
  g_clear_error (&scan->error);
}

static void
facts_add (TiersSupplierFacts       *to,
           const TiersSupplierFacts *from)
{
  to->receipts += from->receipts;
  to->on_time += from->on_time;
  to->days_late_sum += from->days_late_sum;
  to->quantity_accurate += from->quantity_accurate;
  to->received_qty += from->received_qty;
  to->rejected_qty += from->rejected_qty;
  to->value += from->value;
}

/* Folds a scan into the first one: facts summed, item indices mapped onto the first's (in
 * place, then the rows appended in one copy). */
static void
scan_merge (ReceiptScan *into,
            ReceiptScan *from)
{
  g_autofree guint *map = g_new (guint, MAX (from->item_codes->len, 1));
  PricedReceipt *rows = (PricedReceipt *) from->rows->data;

  for (guint i = 0; i < into->collector->n_slots; i++)
    facts_add (&into->facts[i], &from->facts[i]);
  for (guint i = 0; i < from->item_codes->len; i++)
    map[i] = intern_item (into, from->item_codes->pdata[i]);
  for (guint r = 0; r < from->rows->len; r++)
    rows[r].item = map[rows[r].item];
  g_array_append_vals (into->rows, rows, from->rows->len);
}

#define MAX_SCAN_THREADS 4

/* Splits the period's days into one slice per processor (receipts spread over the days). */
static guint
split_period (const TiersPeriod *period,
              const char        *path,
              GDate              firsts[MAX_SCAN_THREADS],
              GDate              lasts[MAX_SCAN_THREADS])
{
  GDate first, last;
  guint days, n;

  tiers_period_bounds (period, &first, &last);
  days = (guint) g_date_days_between (&first, &last) + 1;
  n = CLAMP ((guint) g_get_num_processors (), 1, MAX_SCAN_THREADS);
  /* A private in-memory database has no second connection to read it through. */
  if (path == NULL || *path == '\0' || g_str_has_prefix (path, ":memory:") || days < n)
    n = 1;
  for (guint i = 0; i < n; i++)
    {
      firsts[i] = first;
      g_date_add_days (&firsts[i], days * i / n);
      lasts[i] = first;
      g_date_add_days (&lasts[i], days * (i + 1) / n - 1);
    }
  return n;
}

static gboolean
read_receipts (TiersStore        *store,
               Collector         *c,
               const TiersPeriod *period,
               int                grace_days,
               double             tolerance,
               gboolean         (*meanwhile) (TiersStore *, Collector *, const TiersPeriod *,
                                              GError **),
               GError           **error)
{
  GDate firsts[MAX_SCAN_THREADS], lasts[MAX_SCAN_THREADS];
  ReceiptScan scans[MAX_SCAN_THREADS] = { { 0 } };
  GThread *threads[MAX_SCAN_THREADS] = { 0 };
  guint n = split_period (period, store->path, firsts, lasts);
  gboolean ok;

  for (guint i = 0; i < n; i++)
    scan_init (&scans[i], c, store->path, &firsts[i], &lasts[i], grace_days, tolerance);
  if (n == 1)
    ok = scan_receipts (&scans[0], store->db) && meanwhile (store, c, period, error);
  else
    {
      for (guint i = 0; i < n; i++)
        threads[i] = g_thread_new ("tiers-receipts", scan_receipts_thread, &scans[i]);
      ok = meanwhile (store, c, period, error);
      for (guint i = 0; i < n; i++)
        g_thread_join (threads[i]);
    }
  for (guint i = 0; i < n; i++)
    if (scans[i].error != NULL && ok)
      {
        g_propagate_error (error, g_steal_pointer (&scans[i].error));
        ok = FALSE;
      }
  if (ok)
    {
      for (guint i = 1; i < n; i++)
        scan_merge (&scans[0], &scans[i]);
      for (guint i = 0; i < c->n_slots; i++)
        facts_add (&c->facts[i], &scans[0].facts[i]);
      add_reference_values (c->facts, (const PricedReceipt *) scans[0].rows->data,
                            scans[0].rows->len, scans[0].item_codes->len);
    }
  for (guint i = 0; i < n; i++)
    scan_clear (&scans[i]);
  return ok;
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

      if (lookup_supplier (c, sqlite3_column_int64 (stmt, 0), &s))
        add (c, s, stmt, data);
    }
  return rc == SQLITE_DONE ? TRUE : tiers_store_set_error (store, error);
}

/* minor 1, major 3, critical 10 (CONTRACT.md 4.2); the schema allows no other severity. */
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
      t->sum = g_new0 (double, MAX (c->n_slots, 1));
      t->count = g_new0 (guint64, MAX (c->n_slots, 1));
      g_hash_table_insert (by_key, g_strdup (key), t);
    }
  t->sum[s] += sqlite3_column_double (stmt, 2);
  t->count[s]++;
}

static gboolean
read_ratings (TiersStore        *store,
              Collector         *c,
              const TiersPeriod *period,
              GError           **error)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        rating_totals_free);
  GHashTableIter iter;
  gpointer key, value;

  if (!read_rows (store, c, period,
                  "SELECT supplier_id, criterion, rating FROM rating INDEXED BY rating_period "
                  "WHERE date BETWEEN ?1 AND ?2", add_rating, by_key, error))
    return FALSE;
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RatingTotals *t = value;

      for (guint s = 0; s < c->n_slots; s++)
        if (c->suppliers[s] != NULL)
          tiers_supplier_indicators_add_manual (c->suppliers[s], key, t->sum[s], t->count[s]);
    }
  return TRUE;
}

/* The suppliers (when their ids are the slots), incidents, feedback and ratings: small,
 * read while the receipts are scanned. */
static gboolean
read_other_data (TiersStore        *store,
                 Collector         *c,
                 const TiersPeriod *period,
                 GError           **error)
{
  return (c->by_sparse_id != NULL || read_suppliers (store, c, error)) &&
         read_rows (store, c, period,
                    "SELECT supplier_id, severity FROM incident INDEXED BY incident_period "
                    "WHERE date BETWEEN ?1 AND ?2", add_incident, NULL, error) &&
         read_rows (store, c, period,
                    "SELECT supplier_id, rating, response_hours FROM feedback "
                    "INDEXED BY feedback_period WHERE date BETWEEN ?1 AND ?2",
                    add_feedback, NULL, error) &&
         read_ratings (store, c, period, error);
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
  gboolean ok;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  set = tiers_indicator_set_new (period, grace_days, quantity_tolerance);
  c.set = set;
  ok = plan_slots (store, &c, error) &&
       read_receipts (store, &c, period, grace_days, quantity_tolerance, read_other_data,
                      error);
  if (ok)
    for (guint i = 0; i < c.n_slots; i++)
      if (c.suppliers[i] != NULL)
        tiers_facts_to_indicators (&c.facts[i], c.suppliers[i]);
  collector_clear (&c);
  if (!ok)
    return NULL;
  tiers_indicator_set_sort (set);
  return g_steal_pointer (&set);
}
