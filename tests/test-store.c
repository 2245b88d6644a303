/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: opening, migrating and refusing databases; scheme versions. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "sub", "tiers.db", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

static int
user_version (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int v;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static void
exec_sql (const char *path, const char *sql)
{
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_fresh (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(TiersScheme) defaults = tiers_scheme_new_default ();
  gint64 version = 0;

  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, TIERS_STORE_SCHEMA_VERSION);
  scheme = tiers_store_load_scheme (store, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);
  g_assert_true (tiers_scheme_equal (scheme, defaults));
}

static void
test_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 version = 0;

  tiers_store_close (tiers_store_open (f->path, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autoptr(TiersScheme) scheme = NULL;

    g_assert_no_error (error);
    scheme = tiers_store_load_scheme (store, &version, &error);
    g_assert_no_error (error);
    g_assert_cmpint (version, ==, 1);   /* no second default scheme */
  }
  g_assert_cmpint (user_version (f->path), ==, TIERS_STORE_SCHEMA_VERSION);
}

static void
test_scheme_versions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  g_autoptr(TiersScheme) back = NULL;
  gint64 version = 0;

  g_assert_true (tiers_store_save_scheme (store, scheme, "test", &version, &error));
  g_assert_cmpint (version, ==, 1);    /* unchanged: no new version */
  scheme->grade_a = 95;
  g_assert_true (tiers_store_save_scheme (store, scheme, "test", &version, &error));
  g_assert_cmpint (version, ==, 2);
  back = tiers_store_load_scheme (store, &version, &error);
  g_assert_cmpint (version, ==, 2);
  g_assert_cmpfloat (back->grade_a, ==, 95);

  scheme->grade_a = 10;                /* invalid: below GradeB; refused, nothing stored */
  g_assert_false (tiers_store_save_scheme (store, scheme, "test", &version, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_pointer (&back, tiers_scheme_free);
  back = tiers_store_load_scheme (store, &version, NULL);
  g_assert_cmpint (version, ==, 2);
}

static const char v3_suppliers[] =
  "code,name,category\nS1,Acme,Steel\nS2,Bolt,Steel\nS3,Coil,Wire\n";
static const char v3_receipts[] =
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
  "promised_date,received_date\n"
  "S1,P1,I2,10,10,1,4,2026-01-05,2026-01-07\n"
  "S1,P2,I1,10,9,0,2,2026-02-28,2026-02-27\n"
  "S2,P3,I2,5,5,0,6,2026-01-20,2026-01-20\n"
  "S2,P4,I1,8,8,2,3,2026-03-01,2026-03-04\n"
  "S3,P5,I3,1,1,0,9,2025-12-30,2026-01-02\n";

static char *
evaluate_csv (TiersStore *store)
{
  g_autoptr(GError) error = NULL;
  TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersEvaluation) e = tiers_store_evaluate (store, &q1, NULL,
                                                       TIERS_EVALUATE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return tiers_evaluation_to_csv (e);
}

/* A version 3 database, as the receipts were stored before item numbers and days late:
 * the import of the files above, written as that version's importer did. */
static void
write_version_3 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open_at_version (path, 3, &error);

  g_assert_no_error (error);
  g_assert_true (tiers_store_exec (store,
      "INSERT INTO import_batch (kind, file_name, sha256, imported_at, row_count)"
      "  VALUES ('suppliers', 's.csv', 'a', '2026-04-01', 3),"
      "         ('receipts', 'r.csv', 'b', '2026-04-01', 5);"
      "INSERT INTO supplier (code, name, category) VALUES ('S1', 'Acme', 'Steel'),"
      "  ('S2', 'Bolt', 'Steel'), ('S3', 'Coil', 'Wire');"
      "INSERT INTO receipt (supplier_id, batch_id, po_number, item_code, ordered_qty,"
      "  received_qty, rejected_qty, unit_price, promised_date, received_date) VALUES"
      "  (1, 2, 'P1', 'I2', 10, 10, 1, 4, '2026-01-05', '2026-01-07'),"
      "  (1, 2, 'P2', 'I1', 10, 9, 0, 2, '2026-02-28', '2026-02-27'),"
      "  (2, 2, 'P3', 'I2', 5, 5, 0, 6, '2026-01-20', '2026-01-20'),"
      "  (2, 2, 'P4', 'I1', 8, 8, 2, 3, '2026-03-01', '2026-03-04'),"
      "  (3, 2, 'P5', 'I3', 1, 1, 0, 9, '2025-12-30', '2026-01-02');", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, 3);
}

/* Version 4 numbers the items and stores each receipt's days late: a database of version 3
 * is backed up, migrated, and grades exactly as the same files imported afresh. */
static void
test_migrates_receipts (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".v3.bak", NULL);
  g_autofree char *fresh_path = g_strconcat (f->path, ".fresh", NULL);
  g_autofree char *migrated_csv = NULL, *fresh_csv = NULL;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(TiersStore) fresh = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GString *rows = g_string_new (NULL);
  g_autofree char *text = NULL;

  write_version_3 (f->path);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, TIERS_STORE_SCHEMA_VERSION);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (user_version (backup), ==, 3);

  stmt = tiers_store_prepare (store, "SELECT po_number, i.code, days_late FROM receipt r"
                                     " JOIN item i ON i.id = r.item_id ORDER BY po_number",
                              &error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (rows, "%s,%s,%d;", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_int (stmt, 2));
  text = g_string_free (rows, FALSE);
  g_assert_cmpstr (text, ==, "P1,I2,2;P2,I1,-1;P3,I2,0;P4,I1,3;P5,I3,3;");
  migrated_csv = evaluate_csv (store);

  fresh = tiers_store_open (fresh_path, &error);
  g_assert_no_error (error);
  {
    TiersImportResult result = { 0 };
    g_autoptr(GInputStream) s = g_memory_input_stream_new_from_data (v3_suppliers, -1, NULL);
    g_autoptr(GInputStream) r = g_memory_input_stream_new_from_data (v3_receipts, -1, NULL);

    g_assert_true (tiers_store_import_stream (fresh, TIERS_IMPORT_SUPPLIERS, "s.csv", s, 0,
                                              NULL, NULL, NULL, &result, &error));
    tiers_import_result_clear (&result);
    g_assert_true (tiers_store_import_stream (fresh, TIERS_IMPORT_RECEIPTS, "r.csv", r, 0,
                                              NULL, NULL, NULL, &result, &error));
    tiers_import_result_clear (&result);
    g_assert_no_error (error);
  }
  fresh_csv = evaluate_csv (fresh);
  g_assert_cmpstr (migrated_csv, ==, fresh_csv);
  /* days late (default scheme: 0 days scores 100, 10 days 0): S1 (2 + 0) / 2 = 1 -> 90,
   * S2 (0 + 3) / 2 -> 85, S3 3 -> 70; price index (0.9 scores 100, 1.15 scores 0) against
   * the medians I1 2.5, I2 5, I3 9: S1 58 / 72.5 = 0.8 -> 100, S2 54 / 45 = 1.2 -> 0,
   * S3 1 -> 60 */
  g_assert_cmpstr (migrated_csv, ==,
                   "supplier_code,score,grade,provisional,pass_rate,incidents,on_time,"
                   "days_late,quantity,price,service,response,cooperation\n"
                   "S1,51.49,D,1,47.37,100.00,0.00,90.00,0.00,100.00,,,\n"
                   "S2,26.94,D,1,0.00,100.00,0.00,85.00,100.00,0.00,,,\n"
                   "S3,67.22,C,1,100.00,100.00,0.00,70.00,100.00,60.00,,,\n");
}

/* Version 5 adds the review's tables and triggers to a version 4 database, backed up first;
 * its periods can then be finalized, and the triggers guard them. */
static void
test_migrates_to_review (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, ".v4.bak", NULL);
  g_autoptr(TiersStore) store = NULL;
  TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };
  guint n = 0;

  write_version_3 (f->path);
  store = tiers_store_open_at_version (f->path, 4, &error);
  g_assert_no_error (error);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_cmpint (user_version (f->path), ==, 4);

  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, TIERS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (user_version (backup), ==, 4);
  g_assert_true (tiers_store_finalize_period (store, &q1, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_false (tiers_store_exec (store, "DELETE FROM evaluation", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

/* An empty file is most likely a copy that went wrong: it is refused and stays as it is,
 * rather than silently becoming a new, empty database (docs/reliability.md). */
static void
test_empty_file_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autoptr(TiersStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize length = 1;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = tiers_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
}

static void
test_not_a_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *contents = NULL;
  TiersStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "code,name\nS1,Acme\n", -1, NULL));
  store = tiers_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "code,name\nS1,Acme\n");   /* untouched */
}

static void
test_foreign_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  exec_sql (f->path, "CREATE TABLE invoices (id INTEGER)");
  g_assert_null (tiers_store_open (f->path, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  g_assert_cmpint (user_version (f->path), ==, 0);
}

static void
test_newer_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  tiers_store_close (tiers_store_open (f->path, &error));
  g_assert_no_error (error);
  exec_sql (f->path, "PRAGMA user_version = 999");
  g_assert_null (tiers_store_open (f->path, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  g_assert_nonnull (strstr (error->message, "newer"));
}

static void
test_pragmas (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  /* A new database has the page size the importer is measured with. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 16384);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/fresh", test_fresh);
  ADD ("/store/reopen", test_reopen);
  ADD ("/store/scheme-versions", test_scheme_versions);
  ADD ("/store/empty-file-refused", test_empty_file_refused);
  ADD ("/store/migrates-receipts", test_migrates_receipts);
  ADD ("/store/migrates-to-review", test_migrates_to_review);
  ADD ("/store/not-a-database", test_not_a_database);
  ADD ("/store/foreign-database", test_foreign_database);
  ADD ("/store/newer-database", test_newer_database);
  ADD ("/store/pragmas", test_pragmas);
#undef ADD
  return g_test_run ();
}
