/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-order.c: receipts import the same in any row order. The same rows in date
 * order, shuffled and sorted by supplier give the very same database (receipt and item
 * numbers included), also when added to stored receipts with duplicates skipped, and the
 * bad rows of a shuffled file are reported at their lines, in line order. The store sorts
 * in a small memory here, so the rows go through many runs on the disk as a large file's
 * would. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-record-sort.h"
#include "tiers-store-private.h"

/* About a hundred rows per run at this size. */
#define SMALL_SORT_BYTES (16 * 1024)

typedef enum { IN_DATE_ORDER, SHUFFLED, BY_SUPPLIER, N_ORDERS } Order;

typedef struct
{
  char       *dir;
  char       *path[N_ORDERS];
  TiersStore *store[N_ORDERS];
} Fixture;

static const char suppliers_csv[] =
  "code,name,category\n"
  "S1,Acme,Steel\n"
  "S2,Bolt,Fasteners\n"
  "S3,Cog,Gears\n"
  "S4,Dent,Steel\n";

static const char receipts_header[] =
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
  "promised_date,received_date\n";

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-import-order-XXXXXX", NULL);
  for (Order o = 0; o < N_ORDERS; o++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("order-%d.db", o);

      f->path[o] = g_build_filename (f->dir, name, NULL);
      f->store[o] = tiers_store_open (f->path[o], &error);
      g_assert_no_error (error);
      f->store[o]->import_sort_bytes = SMALL_SORT_BYTES;
    }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  for (Order o = 0; o < N_ORDERS; o++)
    {
      tiers_store_close (f->store[o]);
      g_free (f->path[o]);
    }
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->dir);
}

static gboolean
import_text (TiersStore         *store,
             TiersImportKind     kind,
             const char         *text,
             TiersImportFlags    flags,
             TiersImportResult  *result,
             GError            **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);

  return tiers_store_import_stream (store, kind, "r.csv", stream, flags, NULL, NULL, NULL,
                                    result, error);
}

/* Rows in date order: several receipts a day of each supplier, items and quantities
 * repeating, so that the sort compares every column; "10" and "10.0" alike. */
static GPtrArray *
make_rows (guint n,
           guint first_day,
           guint seed)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n; i++)
    {
      GDate received, promised;
      char r[16], p[16];
      guint qty = (guint) g_rand_int_range (rand, 1, 6) * 10;

      g_date_clear (&received, 1);
      g_date_set_dmy (&received, 1, G_DATE_JANUARY, 2024);
      g_date_add_days (&received, first_day + i / 40);
      promised = received;
      g_date_subtract_days (&promised, (guint) g_rand_int_range (rand, 0, 4));
      g_date_strftime (r, sizeof r, "%Y-%m-%d", &received);
      g_date_strftime (p, sizeof p, "%Y-%m-%d", &promised);
      g_ptr_array_add (rows, g_strdup_printf ("S%d,PO%05u,I%d,%u%s,%u,%d,%d.%02d,%s,%s",
                                              g_rand_int_range (rand, 1, 5), i,
                                              g_rand_int_range (rand, 1, 30), qty,
                                              i % 3 ? "" : ".0", qty,
                                              g_rand_int_range (rand, 0, 2),
                                              g_rand_int_range (rand, 1, 90),
                                              g_rand_int_range (rand, 0, 100), p, r));
    }
  return rows;
}

static int
compare_by_supplier (gconstpointer a,
                     gconstpointer b)
{
  const char *x = *(const char * const *) a, *y = *(const char * const *) b;

  return strncmp (x, y, 2);
}

/* The rows as a file in the given order: a fixed shuffle, or a stable sort by supplier. */
static char *
file_text (GPtrArray *rows,
           Order      order)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_sized_new (rows->len);  /* borrows the rows */
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GString *text = g_string_new (receipts_header);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (copy, rows->pdata[i]);

  if (order == SHUFFLED)
    for (guint i = copy->len; i > 1; i--)
      {
        guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
        gpointer t = copy->pdata[i - 1];

        copy->pdata[i - 1] = copy->pdata[j];
        copy->pdata[j] = t;
      }
  else if (order == BY_SUPPLIER)
    g_ptr_array_sort (copy, compare_by_supplier);  /* stable: a merge sort */
  for (guint i = 0; i < copy->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) copy->pdata[i]);
  return g_string_free (text, FALSE);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *v = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s%s", i ? "," : "", v ? v : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* Everything an import of receipts writes, in the database's own numbering: every receipt
 * with all its values, its item's number and code, its supplier and its batch; the items;
 * the suppliers; the batches but for their file's checksum and time; and the grading
 * index, read in its own order. */
static char *
canonical_dump (const char *path)
{
  static const char * const queries[] = {
    "SELECT r.id, s.code, r.batch_id, r.po_number, r.item_code, r.item_id, i.code, "
    "r.ordered_qty, r.received_qty, r.rejected_qty, r.unit_price, r.promised_date, "
    "r.received_date, r.days_late FROM receipt r JOIN supplier s ON s.id = r.supplier_id "
    "JOIN item i ON i.id = r.item_id ORDER BY r.id",
    "SELECT id, code FROM item ORDER BY id",
    "SELECT id, code, name, category FROM supplier ORDER BY id",
    "SELECT id, kind, file_name, row_count, skipped_count, length (sha256) "
    "FROM import_batch ORDER BY id",
    "SELECT id FROM receipt INDEXED BY receipt_period WHERE received_date > '' "
    "ORDER BY received_date, supplier_id, item_id",
    "PRAGMA integrity_check",
  };
  GString *dump = g_string_new (NULL);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *part = query_text (db, queries[q]);

      g_string_append_printf (dump, "-- %u\n%s", q, part);
    }
  sqlite3_close (db);
  return g_string_free (dump, FALSE);
}

static void
import_suppliers (Fixture *f)
{
  for (Order o = 0; o < N_ORDERS; o++)
    {
      g_autoptr(GError) error = NULL;
      TiersImportResult result = { 0 };

      g_assert_true (import_text (f->store[o], TIERS_IMPORT_SUPPLIERS, suppliers_csv, 0,
                                  &result, &error));
      g_assert_no_error (error);
      tiers_import_result_clear (&result);
    }
}

/* Imports the rows in each order into its own database: the rows imported and skipped are
 * the same for every order. */
static void
import_in_every_order (Fixture          *f,
                       GPtrArray        *rows,
                       TiersImportFlags  flags,
                       guint64           expect_imported,
                       guint64           expect_skipped)
{
  for (Order o = 0; o < N_ORDERS; o++)
    {
      g_autofree char *text = file_text (rows, o);
      g_autoptr(GError) error = NULL;
      TiersImportResult result = { 0 };

      g_assert_true (import_text (f->store[o], TIERS_IMPORT_RECEIPTS, text, flags, &result,
                                  &error));
      g_assert_no_error (error);
      g_assert_cmpuint (result.rows_imported, ==, expect_imported);
      g_assert_cmpuint (result.duplicates_skipped, ==, expect_skipped);
      tiers_import_result_clear (&result);
    }
}

static void
assert_same_databases (Fixture *f)
{
  g_autofree char *reference = canonical_dump (f->path[IN_DATE_ORDER]);

  g_assert_nonnull (strstr (reference, "\nok\n"));
  for (Order o = SHUFFLED; o < N_ORDERS; o++)
    {
      g_autofree char *dump = canonical_dump (f->path[o]);

      g_assert_cmpstr (dump, ==, reference);
    }
}

static void
test_same_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) first = make_rows (1500, 0, 1);
  g_autoptr(GPtrArray) second = make_rows (800, 30, 2);
  g_autofree char *shuffled = file_text (first, SHUFFLED);
  g_autofree char *in_order = file_text (first, IN_DATE_ORDER);
  g_autofree char *receipts = NULL;

  /* the files really differ in order */
  g_assert_cmpstr (shuffled, !=, in_order);
  import_suppliers (f);
  import_in_every_order (f, first, 0, 1500, 0);
  assert_same_databases (f);
  {
    sqlite3 *db;

    g_assert_cmpint (sqlite3_open (f->path[SHUFFLED], &db), ==, SQLITE_OK);
    receipts = query_text (db, "SELECT count(*), count(DISTINCT item_id), "
                               "min(received_date), max(received_date) FROM receipt");
    sqlite3_close (db);
  }
  g_assert_cmpstr (receipts, ==, "1500,29,2024-01-01,2024-02-07\n");

  /* Added to what is stored, the dates overlapping (days 30 to 37: searched in the
   * database), with 100 rows of the first file again and 50 of the second twice (most of
   * them after day 37: found beside their twin in the sorted order): skipped alike in every
   * order. */
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (second, g_strdup (first->pdata[first->len - 1 - i * 3]));
  for (guint i = 0; i < 50; i++)
    g_ptr_array_add (second, g_strdup (second->pdata[i * 15]));
  import_in_every_order (f, second, TIERS_IMPORT_SKIP_DUPLICATES, 800, 150);
  assert_same_databases (f);
}

static void
assert_problems (TiersImportResult *result,
                 GPtrArray         *expected,
                 guint64            total)
{
  g_assert_cmpuint (result->problems_total, ==, total);
  g_assert_cmpuint (result->problems->len, ==, MIN (expected->len, TIERS_IMPORT_MAX_PROBLEMS));
  for (guint i = 0; i < result->problems->len; i++)
    g_assert_cmpstr (result->problems->pdata[i], ==, expected->pdata[i]);
}

/* A shuffled file with bad values, unknown suppliers, a copy of a stored receipt and rows
 * that repeat an earlier one: each reported at its own line, in line order, the first
 * hundred of them, and nothing lands. */
static void
test_bad_rows_shuffled (Fixture *f, gconstpointer data)
{
  TiersStore *store = f->store[SHUFFLED];
  g_autoptr(GPtrArray) stored = make_rows (200, 0, 3);
  g_autoptr(GPtrArray) rows = make_rows (1000, 2, 4);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *stored_text = file_text (stored, SHUFFLED);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  TiersImportResult result = { 0 };
  guint64 total = 0;

  import_suppliers (f);
  g_assert_true (import_text (store, TIERS_IMPORT_RECEIPTS, stored_text, 0, &result, &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);

  /* 150 repeats spread over the file, 3 copies of stored receipts, 2 bad values, 1 unknown
   * supplier */
  for (guint i = 0; i < 150; i++)
    g_ptr_array_add (rows, g_strdup (rows->pdata[(i * 13) % 1000]));
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (rows, g_strdup (stored->pdata[199 - i]));
  g_ptr_array_add (rows, g_strdup ("S1,PO9,I1,ten,10,0,1.00,2024-01-10,2024-01-10"));
  g_ptr_array_add (rows, g_strdup ("S2,PO9,I1,10,10,11,1.00,2024-01-10,2024-01-10"));
  g_ptr_array_add (rows, g_strdup ("S9,PO9,I1,10,10,0,1.00,2024-01-10,2024-01-10"));
  text = file_text (rows, SHUFFLED);

  /* what to expect, read off the shuffled file line by line */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      const char *row = lines[i];
      guint line = i + 1;
      char *reason = NULL;

      if (strstr (row, ",ten,"))
        reason = g_strdup ("ordered_qty: “ten” is not a number");
      else if (strstr (row, ",11,"))
        reason = g_strdup ("rejected_qty must be between 0 and 10, not 11");
      else if (g_str_has_prefix (row, "S9,"))
        reason = g_strdup ("unknown supplier code “S9” (import the suppliers first)");
      else if (g_ptr_array_find_with_equal_func (stored, row, g_str_equal, NULL))
        reason = g_strdup ("duplicate receipt: already imported (use --skip-duplicates to "
                           "skip such rows)");
      else if (g_hash_table_contains (seen, row))
        reason = g_strdup ("duplicate receipt: the same as an earlier row of this file (use "
                           "--skip-duplicates to skip such rows)");
      g_hash_table_add (seen, (gpointer) row);
      if (reason != NULL)
        {
          total++;
          g_ptr_array_add (expected, g_strdup_printf ("r.csv:%u: %s", line, reason));
          g_free (reason);
        }
    }
  g_assert_cmpuint (total, ==, 156);

  before = canonical_dump (f->path[SHUFFLED]);
  g_assert_false (import_text (store, TIERS_IMPORT_RECEIPTS, text, 0, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "... and 56 more"));
  assert_problems (&result, expected, total);
  g_assert_cmpuint (result.rows_imported, ==, 0);
  tiers_import_result_clear (&result);
  after = canonical_dump (f->path[SHUFFLED]);
  g_assert_cmpstr (after, ==, before);
}

/* ---- the sorter itself ---- */

typedef struct
{
  guint64 key;      /* a copy of the sort key, to check the order by */
  guint32 value;
  guint32 serial;
  guint32 size;
  guint32 fill;
  guint8  tail[];
} TestRecord;

static int
compare_test_records (gconstpointer a,
                      gconstpointer b)
{
  const TestRecord *x = a, *y = b;

  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return x->serial < y->serial ? -1 : x->serial > y->serial;
}

/* Records of many sizes, one larger than the chunk, equal keys ordered by the compare
 * function: they come back all, whole, in order, whether they stayed in memory or went
 * through runs on the disk. */
static void
test_record_sort (void)
{
  static const gsize chunk_sizes[] = { 64 * 1024 * 1024, 4096 };

  for (guint s = 0; s < G_N_ELEMENTS (chunk_sizes); s++)
    {
      g_autoptr(TiersRecordSort) sort = tiers_record_sort_new (chunk_sizes[s],
                                                               compare_test_records);
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);
      g_autoptr(GError) error = NULL;
      const guint n = 5000;
      TestRecord previous = { 0 };
      const TestRecord *r;
      guint count = 0;

      for (guint i = 0; i < n; i++)
        {
          gsize size = sizeof (TestRecord) +
                       (i == 77 ? 10000 : 8 * (gsize) g_rand_int_range (rand, 0, 20));
          guint64 key = (guint64) g_rand_int_range (rand, 0, 50) << 40;
          TestRecord *t = tiers_record_sort_add (sort, key, size, &error);

          g_assert_no_error (error);
          t->key = key;
          t->value = (guint32) g_rand_int_range (rand, 0, 1000);
          t->serial = i;
          t->size = (guint32) size;
          t->fill = i & 0xff;
          memset (t->tail, (int) t->fill, size - sizeof *t);
        }
      g_assert_cmpuint (tiers_record_sort_count (sort), ==, n);
      g_assert_true (tiers_record_sort_finish (sort, &error));
      while ((r = tiers_record_sort_next (sort, &error)) != NULL)
        {
          if (count > 0)
            g_assert_true (previous.key < r->key ||
                           (previous.key == r->key &&
                            compare_test_records (&previous, r) < 0));
          g_assert_cmpuint (r->fill, ==, r->serial & 0xff);
          for (gsize b = 0; b < r->size - sizeof *r; b++)
            g_assert_cmpuint (r->tail[b], ==, r->fill);
          previous = *r;
          count++;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (count, ==, n);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import-order/same-database", test_same_database);
  ADD ("/import-order/bad-rows-shuffled", test_bad_rows_shuffled);
#undef ADD
  g_test_add_func ("/import-order/record-sort", test_record_sort);
  return g_test_run ();
}
