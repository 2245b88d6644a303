/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-receipt-scan.c: a period's receipts, read for grading in one pass through the
 * covering index receipt_period. The period's days are cut into chunks of a week that every
 * core reads side by side, each through its own connection; the facts are then summed chunk
 * by chunk in date order, so the sums are the same to the last bit whatever the number of
 * cores and whichever core read which chunk. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-receipt-scan.h"

/* What grading needs of one receipt, decoded once. */
typedef struct
{
  guint   supplier;  /* slot */
  guint   item;      /* index into the reading worker's items */
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

typedef struct
{
  char       first[11];
  char       last[11];
  guint      worker;  /* which worker read it: whose item indices its rows hold */
  GPtrArray *blocks;  /* of RowBlock */
} DayChunk;

/* The distinct item codes one worker has seen: open addressing, item index + 1 per slot. */
typedef struct
{
  guint32      *slots;
  guint32      *hashes;  /* the hash of the item in each slot */
  guint         mask;    /* slots - 1, a power of two less one */
  GStringChunk *strings;
  GPtrArray    *codes;   /* index -> item code (in strings) */
  GArray       *counts;  /* index -> receipts of the item this worker read (gsize) */
} ItemTable;

typedef struct
{
  const TiersSupplierSlots *slots;
  double                    tolerance;
  DayChunk                 *chunks;
  guint                     n_chunks;
  gint                      next;  /* the next chunk to read, atomically taken */
} ScanPlan;

typedef struct
{
  ScanPlan   *plan;
  const char *path;
  guint       index;
  ItemTable   items;
  GError     *error;
} ScanWorker;

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

static void
item_table_init (ItemTable *t)
{
  t->mask = 4095;
  t->slots = g_new0 (guint32, t->mask + 1);
  t->hashes = g_new (guint32, t->mask + 1);
  t->strings = g_string_chunk_new (1 << 14);
  t->codes = g_ptr_array_new ();
  t->counts = g_array_new (FALSE, TRUE, sizeof (gsize));
}

static void
item_table_clear (ItemTable *t)
{
  g_clear_pointer (&t->slots, g_free);
  g_clear_pointer (&t->hashes, g_free);
  g_clear_pointer (&t->strings, g_string_chunk_free);
  g_clear_pointer (&t->codes, g_ptr_array_unref);
  g_clear_pointer (&t->counts, g_array_unref);
}

static guint32
hash_item (const char *item,
           gsize       length)
{
  guint32 h = 2166136261u;   /* FNV-1a: item codes are short, and this is the hot loop */

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) item[i]) * 16777619u;
  return h;
}

static void
grow_items (ItemTable *t)
{
  guint old_size = t->mask + 1;
  guint32 *old_slots = t->slots;
  guint32 *old_hashes = t->hashes;

  t->mask = old_size * 2 - 1;
  t->slots = g_new0 (guint32, old_size * 2);
  t->hashes = g_new (guint32, old_size * 2);
  for (guint i = 0; i < old_size; i++)
    if (old_slots[i] != 0)
      {
        guint at = old_hashes[i] & t->mask;

        while (t->slots[at] != 0)
          at = (at + 1) & t->mask;
        t->slots[at] = old_slots[i];
        t->hashes[at] = old_hashes[i];
      }
  g_free (old_slots);
  g_free (old_hashes);
}

/* The item's index among the table's items, adding it when new. A table of its own rather
 * than a GHashTable: this runs once per receipt of the period. */
static guint
intern_item (ItemTable  *t,
             const char *item,
             gsize       length)
{
  guint32 h = hash_item (item, length);
  guint at = h & t->mask;

  for (; t->slots[at] != 0; at = (at + 1) & t->mask)
    {
      const char *known = t->codes->pdata[t->slots[at] - 1];

      if (t->hashes[at] == h && strncmp (known, item, length) == 0 && known[length] == '\0')
        return t->slots[at] - 1;
    }

  g_ptr_array_add (t->codes, g_string_chunk_insert_len (t->strings, item, (gssize) length));
  g_array_set_size (t->counts, t->codes->len);
  t->slots[at] = t->codes->len;
  t->hashes[at] = h;
  if (t->codes->len * 2 > t->mask)
    grow_items (t);
  return t->codes->len - 1;
}

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

static void
decode_receipt (ScanWorker   *w,
                sqlite3_stmt *stmt,
                guint         supplier,
                ReceiptRow   *row)
{
  double ordered = sqlite3_column_double (stmt, 2);
  double received = sqlite3_column_double (stmt, 3);

  row->supplier = supplier;
  row->item = intern_item (&w->items, (const char *) sqlite3_column_text (stmt, 1),
                           (gsize) sqlite3_column_bytes (stmt, 1));
  g_array_index (w->items.counts, gsize, row->item)++;
  row->late = (gint32) (day_number (sqlite3_column_text (stmt, 7)) -
                        day_number (sqlite3_column_text (stmt, 6)));
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

  chunk->worker = w->index;
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
 * late, or had other work first, simply reads fewer. */
static gboolean
read_chunks (ScanWorker *w,
             sqlite3    *db)
{
  ScanPlan *plan = w->plan;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
      "SELECT supplier_id, item_code, ordered_qty, received_qty, rejected_qty, unit_price, "
      "promised_date, received_date FROM receipt INDEXED BY receipt_period "
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
      g_set_error (&w->error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Database error: %s"), sqlite3_errmsg (db));
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

  if (sqlite3_open_v2 (w->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (&w->error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot open the database %s: %s"), w->path,
                   db ? sqlite3_errmsg (db) : "");
      g_atomic_int_set (&w->plan->next, (gint) w->plan->n_chunks);
    }
  else
    {
      sqlite3_busy_timeout (db, 5000);
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

/* Each worker's item indices mapped onto the first worker's, whose table then holds every
 * item of the period and the receipts of each. */
static guint **
map_items (ScanWorker *workers,
           guint       n_workers)
{
  guint **maps = g_new0 (guint *, n_workers);

  for (guint k = 1; k < n_workers; k++)
    {
      GPtrArray *codes = workers[k].items.codes;

      maps[k] = g_new (guint, MAX (codes->len, 1));
      for (guint i = 0; i < codes->len; i++)
        {
          maps[k][i] = intern_item (&workers[0].items, codes->pdata[i],
                                    strlen (codes->pdata[i]));
          g_array_index (workers[0].items.counts, gsize, maps[k][i]) +=
            g_array_index (workers[k].items.counts, gsize, i);
        }
    }
  return maps;
}

typedef void (*RowFunc) (const ReceiptRow *row,
                         guint             item,
                         gpointer          data);

/* Calls FUNC on every row in date order (index order), with its item in the first
 * worker's numbering. */
static void
for_each_row (const ScanPlan *plan,
              guint         **maps,
              RowFunc         func,
              gpointer        data)
{
  for (guint c = 0; c < plan->n_chunks; c++)
    {
      const DayChunk *chunk = &plan->chunks[c];
      const guint *map = maps[chunk->worker];

      for (guint b = 0; b < chunk->blocks->len; b++)
        {
          const RowBlock *block = g_ptr_array_index (chunk->blocks, b);

          for (guint r = 0; r < block->n; r++)
            func (&block->rows[r], map ? map[block->rows[r].item] : block->rows[r].item, data);
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
           guint             item,
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
  s->prices[s->start[item]++] = row->price;
}

static void
add_reference (const ReceiptRow *row,
               guint             item,
               gpointer          data)
{
  Summing *s = data;

  s->facts[row->supplier].reference_value += s->ref[item] * row->received;
}

/* After gathering, start[i] is where item i's prices end, which is where item i + 1's
 * begin. */
static void
find_medians (Summing *s)
{
  for (guint i = 0; i < s->n_items; i++)
    {
      gsize begin = i == 0 ? 0 : s->start[i - 1];

      s->ref[i] = tiers_median (s->prices + begin, s->start[i] - begin);
    }
}

/* COUNTS: the receipts of each item, as the workers counted them while reading. */
static void
sum_facts (const ScanPlan     *plan,
           guint             **maps,
           const gsize        *counts,
           guint               n_items,
           int                 grace_days,
           TiersSupplierFacts *facts)
{
  Summing s = { facts, grace_days, n_items, g_new (gsize, n_items + 1), NULL,
                g_new (double, MAX (n_items, 1)) };

  /* start[item] is where the item's prices begin, and advances while they are gathered. */
  s.start[0] = 0;
  for (guint i = 0; i < n_items; i++)
    s.start[i + 1] = s.start[i] + counts[i];
  s.prices = g_new (double, MAX (s.start[n_items], 1));
  for_each_row (plan, maps, add_facts, &s);
  find_medians (&s);
  for_each_row (plan, maps, add_reference, &s);
  g_free (s.start);
  g_free (s.prices);
  g_free (s.ref);
}

#define MAX_WORKERS 4

static guint
count_workers (TiersStore *store)
{
  if (!tiers_store_has_file (store))
    return 1;
  return CLAMP ((guint) g_get_num_processors (), 1, MAX_WORKERS);
}

static void
plan_clear (ScanPlan   *plan,
            ScanWorker *workers,
            guint       n_workers,
            guint     **maps)
{
  for (guint i = 0; i < plan->n_chunks; i++)
    g_ptr_array_unref (plan->chunks[i].blocks);
  g_free (plan->chunks);
  for (guint k = 0; k < n_workers; k++)
    {
      item_table_clear (&workers[k].items);
      g_clear_error (&workers[k].error);
      if (maps != NULL)
        g_free (maps[k]);
    }
  g_free (maps);
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
  ScanPlan plan = { slots, quantity_tolerance, NULL, 0, 0 };
  ScanWorker workers[MAX_WORKERS] = { { 0 } };
  GThread *threads[MAX_WORKERS] = { 0 };
  guint n_workers = count_workers (store);
  guint **maps = NULL;
  gboolean ok;

  plan_chunks (&plan, period);
  for (guint k = 0; k < n_workers; k++)
    {
      workers[k] = (ScanWorker) { &plan, store->path, k, { 0 }, NULL };
      item_table_init (&workers[k].items);
    }
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
      maps = map_items (workers, n_workers);
      sum_facts (&plan, maps, (const gsize *) workers[0].items.counts->data,
                 workers[0].items.codes->len, grace_days, facts);
    }
  plan_clear (&plan, workers, n_workers, maps);
  return ok;
}
