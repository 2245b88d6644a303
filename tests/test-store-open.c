/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-open.c: opening problems and concurrency in the store (docs/reliability.md).
 * A file that is not a database, an empty file, a newer database, a read-only file or
 * folder, a database another program is writing to, a full disk: each is refused with a
 * message that says what is wrong and leaves the file exactly as it was. Two connections
 * (as a window and the command line have) importing and evaluating at once lose nothing. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-open-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  tiers_store_set_wait (30, NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_chmod (f->dir, 0700);
  g_chmod (f->path, 0600);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
  tiers_store_set_wait (30, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* Nothing beside the file either: no log, no shared memory. */
static void
assert_untouched (Fixture *f,
                  GBytes  *before)
{
  g_autoptr(GBytes) after = read_bytes (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
assert_refused (Fixture    *f,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);

  g_assert_null (store);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  tiers_test_assert_contains (error->message, expected);
}

/* A closed database whose log is folded into the file, so its bytes are all there is. */
static void
make_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (tiers_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_clear_pointer (&store, tiers_store_close);
}

static void
test_not_sqlite (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;

  g_assert_true (g_file_set_contents (f->path, "code,name\nS1,Bolt\n", -1, NULL));
  before = read_bytes (f->path);
  assert_refused (f, "is not a Supplier Tiers database");
  assert_untouched (f, before);
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  before = read_bytes (f->path);
  assert_refused (f, "is an empty file");
  assert_untouched (f, before);
}

/* A newer database in rollback-journal mode: turning on the write-ahead log would already
 * change its header, so the version is checked first. */
static void
test_newer_version (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;
  sqlite3 *db = NULL;

  make_database (f);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = read_bytes (f->path);
  assert_refused (f, "newer Supplier Tiers (schema 99");
  assert_untouched (f, before);
}

/* Another program's SQLite database that keeps a schema version of its own (as many do):
 * neither switched to write-ahead logging nor backed up before an upgrade, but refused. */
static void
test_foreign_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;
  g_autofree char *bak = g_strconcat (f->path, ".v3.bak", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contact (name TEXT); "
                                 "PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = read_bytes (f->path);
  assert_refused (f, "not one of Supplier Tiers");
  assert_untouched (f, before);
  g_assert_false (g_file_test (bak, G_FILE_TEST_EXISTS));
}

static void
test_read_only_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;

  make_database (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = read_bytes (f->path);
  assert_refused (f, "is read-only");
  assert_untouched (f, before);
}

/* The write-ahead log lives beside the database: a folder that cannot be written is refused
 * at once rather than failing at the first change. */
static void
test_read_only_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) before = NULL;

  make_database (f);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  before = read_bytes (f->path);
  assert_refused (f, "The folder");
  assert_untouched (f, before);
}

static gboolean
import_text (TiersStore      *store,
             TiersImportKind  kind,
             const char      *name,
             const char      *text,
             GError         **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  TiersImportResult result = { 0 };
  gboolean ok = tiers_store_import_stream (store, kind, name, stream, 0, NULL, NULL, NULL,
                                           &result, error);

  tiers_import_result_clear (&result);
  return ok;
}

static gint64
query_int (TiersStore *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static guint waits_told;

static void
count_wait (const char *path)
{
  waits_told++;
}

/* Another program holds an exclusive transaction (as `sqlite3` with BEGIN EXCLUSIVE would):
 * a change waits for it, says so once, and in the end gives a message a user understands,
 * never a bare "database is locked". Once the other program is done, it goes through. */
static void
test_locked_by_another_program (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  sqlite3 *other = NULL;
  gint64 start;

  make_database (f);
  tiers_store_set_wait (2, count_wait);
  waits_told = 0;
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE; "
                                 "INSERT INTO supplier (code, name, category) "
                                 "VALUES ('X1', 'Other program', 'c')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  start = g_get_monotonic_time ();
  g_assert_false (import_text (store, TIERS_IMPORT_SUPPLIERS, "s.csv",
                               "code,name,category\nS1,Bolt,c\n", &error));
  /* It waited for the other program, as long as it was told to. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (waits_told, ==, 1);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  tiers_test_assert_contains (error->message, "another program kept writing to it");
  g_assert_null (strstr (error->message, "database is locked"));
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (import_text (store, TIERS_IMPORT_SUPPLIERS, "s.csv",
                              "code,name,category\nS1,Bolt,c\n", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM supplier"), ==, 1);
}

static GString *
receipts_text (guint       rows,
               const char *po)
{
  GString *text = g_string_new ("supplier_code,po_number,item_code,ordered_qty,received_qty,"
                                "rejected_qty,unit_price,promised_date,received_date\n");

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, "S1,%s-%u,I%u,10,10,0,2.5,2026-01-%02u,2026-01-%02u\n",
                            po, i, i % 50, 1 + i % 28, 1 + i % 28);
  return text;
}

/* The disk fills up in the middle of an import and of an evaluation. SQLite reports a full
 * disk (SQLITE_FULL) the same way whether the file system is out of space or the database
 * reached the page limit set here, so the limit stands in for a small disk: the same code
 * path, without needing to mount a file system. The test with a real full file system is
 * test-cli-robust's. */
static void
test_full_disk (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GString) receipts = receipts_text (5000, "PO");
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autofree char *limit = NULL;
  TiersSampleOptions options;
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 1 };
  gint64 receipts_before;

  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.years = 1;
  /* Enough suppliers that their evaluation outgrows the room left in the database's pages
   * (16 KiB each). */
  options.suppliers = 400;
  g_date_set_dmy (&options.until, 31, G_DATE_MARCH, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (import_text (store, TIERS_IMPORT_SUPPLIERS, "s.csv",
                              "code,name,category\nS1,Bolt,c\n", &error));
  receipts_before = query_int (store, "SELECT count(*) FROM receipt");
  before = tiers_store_list_evaluations (store, TIERS_PERIOD_QUARTER, &error);
  g_assert_no_error (error);

  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           query_int (store, "PRAGMA page_count") + 4);
  g_assert_true (tiers_store_exec (store, limit, NULL));

  g_assert_false (import_text (store, TIERS_IMPORT_RECEIPTS, "r.csv", receipts->str, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  tiers_test_assert_contains (error->message, "The disk is full");
  g_clear_error (&error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM receipt"), ==, receipts_before);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM import_batch WHERE file_name = 'r.csv'"),
                   ==, 0);

  /* Not a page more: an evaluation fits in a few, and the empty table's page has room. */
  g_free (limit);
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           query_int (store, "PRAGMA page_count"));
  g_assert_true (tiers_store_exec (store, limit, NULL));
  evaluation = tiers_store_evaluate (store, &period, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_null (evaluation);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  tiers_test_assert_contains (error->message, "The disk is full");
  g_clear_error (&error);
  after = tiers_store_list_evaluations (store, TIERS_PERIOD_QUARTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);

  /* Space again: the same file and the same evaluation go through. */
  g_assert_true (tiers_store_exec (store, "PRAGMA max_page_count = 1073741823", NULL));
  g_assert_true (import_text (store, TIERS_IMPORT_RECEIPTS, "r.csv", receipts->str, &error));
  g_assert_no_error (error);
  evaluation = tiers_store_evaluate (store, &period, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM receipt"), ==, receipts_before + 5000);
}

typedef struct
{
  const char *path;
  guint       index;
  GError     *error;
} Writer;

/* One connection, as a second program has: it imports its own receipts in several files and
 * evaluates the quarter after each. */
static gpointer
write_from_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(TiersStore) store = tiers_store_open (w->path, &w->error);
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 1 };

  for (guint batch = 0; store != NULL && batch < 4 && w->error == NULL; batch++)
    {
      g_autofree char *po = g_strdup_printf ("T%u-%u", w->index, batch);
      g_autofree char *name = g_strdup_printf ("%s.csv", po);
      g_autoptr(GString) text = receipts_text (500, po);
      g_autoptr(TiersEvaluation) e = NULL;

      if (!import_text (store, TIERS_IMPORT_RECEIPTS, name, text->str, &w->error))
        break;
      e = tiers_store_evaluate (store, &period, NULL, TIERS_EVALUATE_FLAGS_NONE, &w->error);
    }
  return NULL;
}

/* Two connections opening a new file at the same moment (both find it empty; one creates
 * the tables while the other waits), then importing and evaluating at once: no error, and
 * every row of every batch is there. */
static void
test_two_connections (Fixture *f, gconstpointer data)
{
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *path = g_strdup_printf ("%s-%u", f->path, round);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      Writer writers[2] = { { path, 0, NULL }, { path, 1, NULL } };
      GThread *threads[2];
      g_autoptr(GError) error = NULL;
      g_autoptr(TiersStore) store = NULL;

      /* The suppliers first, on a connection of their own that is closed again. */
      if (round > 0)
        {
          store = tiers_store_open (path, &error);
          g_assert_no_error (error);
          g_assert_true (import_text (store, TIERS_IMPORT_SUPPLIERS, "s.csv",
                                      "code,name,category\nS1,Bolt,c\n", &error));
          g_clear_pointer (&store, tiers_store_close);
        }
      for (guint i = 0; i < 2; i++)
        threads[i] = g_thread_new ("writer", write_from_thread, &writers[i]);
      for (guint i = 0; i < 2; i++)
        g_thread_join (threads[i]);
      store = tiers_store_open (path, &error);
      g_assert_no_error (error);
      if (round == 0)
        {
          /* No suppliers yet: both open the new file fine and are refused for the reason
           * the user can act on. */
          for (guint i = 0; i < 2; i++)
            {
              g_assert_error (writers[i].error, TIERS_ERROR, TIERS_ERROR_INVALID);
              g_clear_error (&writers[i].error);
            }
          g_assert_cmpint (tiers_store_get_schema_version (store), ==,
                           TIERS_STORE_SCHEMA_VERSION);
        }
      else
        {
          for (guint i = 0; i < 2; i++)
            g_assert_no_error (writers[i].error);
          g_assert_cmpint (query_int (store, "SELECT count(*) FROM receipt"), ==, 2 * 4 * 500);
          g_assert_cmpint (query_int (store, "SELECT count(*) FROM import_batch "
                                             "WHERE kind = 'receipts'"), ==, 8);
        }
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_integrity_check "
                                         "WHERE integrity_check = 'ok'"), ==, 1);
      g_clear_pointer (&store, tiers_store_close);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-open/not-sqlite", test_not_sqlite);
  ADD ("/store-open/empty-file", test_empty_file);
  ADD ("/store-open/newer-version", test_newer_version);
  ADD ("/store-open/foreign-database", test_foreign_database);
  ADD ("/store-open/read-only-file", test_read_only_file);
  ADD ("/store-open/read-only-folder", test_read_only_folder);
  ADD ("/store-open/locked-by-another-program", test_locked_by_another_program);
  ADD ("/store-open/full-disk", test_full_disk);
  ADD ("/store-open/two-connections", test_two_connections);
#undef ADD

  return g_test_run ();
}
