/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: opening, migrating and refusing databases; scheme versions. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store.h"

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

static void
test_empty_file_migrates (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autoptr(TiersStore) store = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (f->path), ==, TIERS_STORE_SCHEMA_VERSION);
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
  ADD ("/store/empty-file-migrates", test_empty_file_migrates);
  ADD ("/store/not-a-database", test_not_a_database);
  ADD ("/store/foreign-database", test_foreign_database);
  ADD ("/store/newer-database", test_newer_database);
  ADD ("/store/pragmas", test_pragmas);
#undef ADD
  return g_test_run ();
}
