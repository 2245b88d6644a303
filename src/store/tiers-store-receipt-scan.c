/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-receipt-scan.c: a period's receipts, read for grading in one pass through the
 * covering index receipt_period, which holds them as numbers (item numbers and days late are
 * given at import). The period's days are cut into chunks of a week that every core reads
 * side by side, each through its own connection; the facts are then summed chunk by chunk in
 * date order, so the sums are the same to the last bit whatever the number of cores and
 * whichever core read which chunk. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-receipt-scan.h"

/* What grading needs of one receipt, decoded once. */
typedef struct
{
  guint   supplier;  /* slot */
  guint   item;      /* the item's number (item.id) */
  gint32  late;      /* received_date - promised_date, in days */
  guint32 accurate;  /* within QuantityTolerance of the ordered quantity */
  double  received;
  double  rejected;
  double  price;
} ReceiptRow;

/* Rows are kept in blocks well below malloc's threshold for mapping memory of its own:
 * growing one large array would move it with mremap, which stops every core to flush
 * its address translations. */
#define ROWS_PER_BLOCK 1024

typedef struct
{
  guint      n;
  ReceiptRow rows[ROWS_PER_BLOCK];
} RowBlock;

#define CHUNK_DAYS 7

/* Cores that read side by side, at most. */
#define MAX_WORKERS 4

typedef struct
{
  char       first[11];
  char       last[11];
  GPtrArray *blocks;  /* of RowBlock */
} DayChunk;

typedef struct
{
  const TiersSupplierSlots *slots;
  double                    tolerance;
  guint                     n_items;  /* item numbers are below this */
  DayChunk                 *chunks;
  guint                     n_chunks;
  gint                      next;     /* the next chunk to read, atomically taken */
  gint                      told;     /* whether a reader said it waits for another program */
} ScanPlan;

typedef struct
{
  ScanPlan   *plan;
  const char *path;
  gsize      *item_counts;  /* per item number: the receipts of it this worker read */
  GError     *error;
  TiersStoreWait wait;      /* of its own connection */
} ScanWorker;

static ReceiptRow *
chunk_append (DayChunk *chunk)
{
  RowBlock *block = chunk->blocks->len ? g_ptr_array_index (chunk->blocks,
                                                            chunk->blocks->len - 1) : NULL;

  if (block == NULL || block->n == ROWS_PER_BLOCK)
    {
      block = g_malloc (sizeof *block);
      block->n = 0;
      g_ptr_array_add (chunk->blocks, block);
    }
  return &block->rows[block->n++];
}

/* Item numbers are given at import, under the same write lock grading holds, so each is
 * below n_items. Every receipt has one (the importer or the migration to version 4 gave
 * it); should one read NULL all the same, it falls into item 0, which no item has. */
static void
decode_receipt (ScanWorker   *w,
                sqlite3_stmt *stmt,
                guint         supplier,
                ReceiptRow   *row)
{
  double ordered = sqlite3_column_double (stmt, 2);
  double received = sqlite3_column_double (stmt, 3);
  gint64 item = sqlite3_column_int64 (stmt, 1);

  row->supplier = supplier;
  row->item = item > 0 && item < w->plan->n_items ? (guint) item : 0;
  w->item_counts[row->item]++;
  row->late = (gint32) sqlite3_column_int64 (stmt, 6);
  row->accurate = ABS (received - ordered) <= w->plan->tolerance * ordered;
  row->received = received;
  row->rejected = sqlite3_column_double (stmt, 4);
  row->price = sqlite3_column_double (stmt, 5);
}

static int
read_chunk (ScanWorker   *w,
            sqlite3_stmt *stmt,
            DayChunk     *chunk)
{
  int rc;

  sqlite3_bind_text (stmt, 1, chunk->first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, chunk->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint supplier;

      if (tiers_supplier_slots_lookup (w->plan->slots, sqlite3_column_int64 (stmt, 0),
                                       &supplier))
        decode_receipt (w, stmt, supplier, chunk_append (chunk));
    }
  sqlite3_reset (stmt);
  return rc;
}

/* Reads chunks until none is left, taking the next free one each time: a core that started
 * late, or had other work first, simply reads fewer. Only numbers: no text to decode. */
static gboolean
read_chunks (ScanWorker *w,
             sqlite3    *db)
{
  ScanPlan *plan = w->plan;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
      "SELECT supplier_id, item_id, ordered_qty, received_qty, rejected_qty, unit_price, "
      "days_late FROM receipt INDEXED BY receipt_period "
      "WHERE received_date BETWEEN ?1 AND ?2", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      guint i;

      rc = SQLITE_DONE;
      while (rc == SQLITE_DONE &&
             (i = (guint) g_atomic_int_add (&plan->next, 1)) < plan->n_chunks)
        rc = read_chunk (w, stmt, &plan->chunks[i]);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_db_error (db, &w->error);
      g_atomic_int_set (&plan->next, (gint) plan->n_chunks);  /* the others stop too */
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* A worker thread reads through its own connection: SQLite serialises the statements of one
 * connection, and WAL lets several readers run side by side. It sees the last committed
 * data, which is all the caller's transaction holds of receipts (it never writes any). */
static gpointer
read_chunks_thread (gpointer data)
{
  ScanWorker *w = data;
  sqlite3 *db = NULL;

  /* In write-ahead-log mode another program's writing never holds a reader up, but SQLite
   * may still make one wait (while another program recovers the log after a crash): it
   * waits as the store's own connection would, and readers waiting together say so once. */
  w->wait.shared = &w->plan->told;
  if (tiers_store_open_connection (w->path, SQLITE_OPEN_READONLY, &w->wait, &db) != SQLITE_OK)
    {
      g_set_error (&w->error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot open the database %s: %s"), w->path,
                   db ? sqlite3_errmsg (db) : "");
      g_atomic_int_set (&w->plan->next, (gint) w->plan->n_chunks);
    }
  else
    {
      sqlite3_exec (db, TIERS_STORE_GRADING_MMAP, NULL, NULL, NULL);
      read_chunks (w, db);
    }
  sqlite3_close_v2 (db);
  return NULL;
}

/* The period's days in chunks of CHUNK_DAYS: a fixed cut, the same on every machine. */
static void
plan_chunks (ScanPlan          *plan,
             const TiersPeriod *period)
{
  GDate first, last, day;
  guint days;

  tiers_period_bounds (period, &first, &last);
  days = (guint) g_date_days_between (&first, &last) + 1;
  plan->n_chunks = (days + CHUNK_DAYS - 1) / CHUNK_DAYS;
  plan->chunks = g_new0 (DayChunk, plan->n_chunks);
  for (guint i = 0; i < plan->n_chunks; i++)
    {
      DayChunk *chunk = &plan->chunks[i];

      day = first;
      g_date_add_days (&day, i * CHUNK_DAYS);
      g_snprintf (chunk->first, sizeof chunk->first, "%04d-%02d-%02d", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      g_date_add_days (&day, CHUNK_DAYS - 1);
      if (g_date_compare (&day, &last) > 0)
        day = last;
      g_snprintf (chunk->last, sizeof chunk->last, "%04d-%02d-%02d", g_date_get_year (&day),
                  g_date_get_month (&day), g_date_get_day (&day));
      chunk->blocks = g_ptr_array_new_with_free_func (g_free);
    }
}

typedef void (*RowFunc) (const ReceiptRow *row,
                         gpointer          data);

/* Calls FUNC on every row in date order (index order). */
static void
for_each_row (const ScanPlan *plan,
              RowFunc         func,
              gpointer        data)
{
  for (guint c = 0; c < plan->n_chunks; c++)
    {
      const GPtrArray *blocks = plan->chunks[c].blocks;

      for (guint b = 0; b < blocks->len; b++)
        {
          const RowBlock *block = g_ptr_array_index (blocks, b);

          for (guint r = 0; r < block->n; r++)
            func (&block->rows[r], data);
        }
    }
}

/* ref (item) = the median unit_price of the item over every supplier's receipts of the
 * period; each supplier's reference value is then sum (ref (item) x received_qty). */
typedef struct
{
  TiersSupplierFacts *facts;
  int                 grace_days;
  guint               n_items;
  gsize              *start;   /* per item: where its prices begin; then where they end */
  double             *prices;
  double             *ref;
} Summing;

/* Sums the row into its supplier's facts and puts its price among its item's. */
static void
add_facts (const ReceiptRow *row,
           gpointer          data)
{
  Summing *s = data;
  TiersSupplierFacts *f = &s->facts[row->supplier];

  f->receipts++;
  f->on_time += row->late <= s->grace_days;
  f->days_late_sum += MAX (row->late, 0);
  f->quantity_accurate += row->accurate;
  f->received_qty += row->received;
  f->rejected_qty += row->rejected;
  f->value += row->price * row->received;
  s->prices[s->start[row->item]++] = row->price;
}

static void
add_reference (const ReceiptRow *row,
               gpointer          data)
{
  Summing *s = data;

  s->facts[row->supplier].reference_value += s->ref[row->item] * row->received;
}

/* After gathering, start[i] is where item i's prices end, which is where item i + 1's
 * begin. Items without receipts in the period have no median, and no receipt asks. */
static void
find_medians (Summing *s)
{
  for (guint i = 0; i < s->n_items; i++)
    {
      gsize begin = i == 0 ? 0 : s->start[i - 1];

      s->ref[i] = s->start[i] > begin ? tiers_median (s->prices + begin, s->start[i] - begin)
                                      : 0;
    }
}

/* COUNTS: the receipts of each item number, as the workers counted them while reading. */
static void
sum_facts (const ScanPlan     *plan,
           const gsize        *counts,
           int                 grace_days,
           TiersSupplierFacts *facts)
{
  guint n_items = plan->n_items;
  Summing s = { facts, grace_days, n_items, g_new (gsize, n_items + 1), NULL,
                g_new (double, n_items) };

  /* start[item] is where the item's prices begin, and advances while they are gathered. */
  s.start[0] = 0;
  for (guint i = 0; i < n_items; i++)
    s.start[i + 1] = s.start[i] + counts[i];
  s.prices = g_new (double, MAX (s.start[n_items], 1));
  for_each_row (plan, add_facts, &s);
  find_medians (&s);
  for_each_row (plan, add_reference, &s);
  g_free (s.start);
  g_free (s.prices);
  g_free (s.ref);
}

static guint
count_workers (TiersStore *store)
{
  if (!tiers_store_has_file (store))
    return 1;
  if (store->scan_readers > 0)
    return MIN (store->scan_readers, MAX_WORKERS);
  return CLAMP ((guint) g_get_num_processors (), 1, MAX_WORKERS);
}

/* Item numbers run from 1 to the largest given; 0 stands for none. */
static gboolean
count_items (TiersStore *store,
             guint      *n_items,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT coalesce (max (id), 0) FROM item", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *n_items = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT - 1) + 1;
  return TRUE;
}

static void
plan_clear (ScanPlan   *plan,
            ScanWorker *workers,
            guint       n_workers)
{
  for (guint i = 0; i < plan->n_chunks; i++)
    g_ptr_array_unref (plan->chunks[i].blocks);
  g_free (plan->chunks);
  for (guint k = 0; k < n_workers; k++)
    {
      g_free (workers[k].item_counts);
      g_clear_error (&workers[k].error);
    }
}

gboolean
tiers_store_scan_receipts (TiersStore               *store,
                           const TiersPeriod        *period,
                           int                       grace_days,
                           double                    quantity_tolerance,
                           const TiersSupplierSlots *slots,
                           TiersSupplierFacts       *facts,
                           TiersMeanwhileFunc        meanwhile,
                           gpointer                  meanwhile_data,
                           GError                  **error)
{
  ScanPlan plan = { slots, quantity_tolerance, 0, NULL, 0, 0, 0 };
  ScanWorker workers[MAX_WORKERS] = { { 0 } };
  GThread *threads[MAX_WORKERS] = { 0 };
  guint n_workers = count_workers (store);
  gboolean ok;

  if (!count_items (store, &plan.n_items, error))
    return FALSE;
  plan_chunks (&plan, period);
  for (guint k = 0; k < n_workers; k++)
    workers[k] = (ScanWorker) { &plan, store->path, g_new0 (gsize, plan.n_items), NULL,
                                { 0 } };
  for (guint k = 1; k < n_workers; k++)
    threads[k] = g_thread_new ("tiers-receipts", read_chunks_thread, &workers[k]);
  ok = meanwhile (meanwhile_data, error);
  if (!ok)
    g_atomic_int_set (&plan.next, (gint) plan.n_chunks);
  else
    read_chunks (&workers[0], store->db);
  for (guint k = 1; k < n_workers; k++)
    g_thread_join (threads[k]);
  for (guint k = 0; k < n_workers && ok; k++)
    if (workers[k].error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&workers[k].error));
        ok = FALSE;
      }
  if (ok)
    {
      for (guint k = 1; k < n_workers; k++)
        for (guint i = 0; i < plan.n_items; i++)
          workers[0].item_counts[i] += workers[k].item_counts[i];
      sum_facts (&plan, workers[0].item_counts, grace_days, facts);
    }
  plan_clear (&plan, workers, n_workers);
  return ok;
}
