/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-backup.c: backups and restores through SQLite's online backup API: a backup
 * taken while a second connection keeps writing is whole and its audit trail intact; a
 * restore refuses what is not a Supplier Tiers database and leaves the database as it was;
 * a restore reaches a second connection that stays open; and only the newest automatic
 * backups before migrations are kept. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store-audit.h"
#include "tiers-store-backup.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-private.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  TiersStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-store-backup-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  f->store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 12;
  options.years = 1;
  g_assert_true (tiers_store_load_sample (f->store, &options, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_pointer (&f->store, tiers_store_close);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
in_dir (Fixture *f, const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static gint64
count (TiersStore *store, const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The number of audit entries of the database at PATH, after checking that it verifies. */
static gint64
verified_entries (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (path, &error);
  TiersVerifyReport report = { 0 };
  gint64 n;

  g_assert_no_error (error);
  g_assert_true (tiers_store_verify (store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.broken_id, ==, 0);
  g_assert_null (report.integrity);
  n = report.n_entries;
  tiers_verify_report_clear (&report);
  return n;
}

typedef struct
{
  const char *path;
  gint        writes;   /* atomic */
  gint        stop;     /* atomic */
} Writer;

/* Another program working on the database: declaring and removing conflicts of interest,
 * each an audited change, as fast as it can. */
static gpointer
write_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (w->path, &error);

  g_assert_no_error (error);
  while (!g_atomic_int_get (&w->stop))
    {
      g_assert_true (tiers_store_add_conflict (store, "Busy Writer", "S0001", &error));
      g_assert_true (tiers_store_remove_conflict (store, "Busy Writer", "S0001", &error));
      g_atomic_int_add (&w->writes, 2);
    }
  return NULL;
}

static void
test_backup_while_writing (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = in_dir (f, "backup.db");
  g_autoptr(GError) error = NULL;
  Writer writer = { f->path, 0, 0 };
  GThread *thread = g_thread_new ("writer", write_thread, &writer);
  gint64 previous = 0;

  for (int i = 0; i < 3; i++)
    {
      gint before = g_atomic_int_get (&writer.writes);
      gint64 n;

      /* Each backup starts while the writer is under way. */
      while (g_atomic_int_get (&writer.writes) < before + 2)
        g_thread_yield ();
      g_assert_true (tiers_store_back_up (f->store, backup, &error));
      g_assert_no_error (error);
      n = verified_entries (backup);
      g_assert_cmpint (n, >, previous);
      previous = n;
    }
  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_assert_cmpint (g_atomic_int_get (&writer.writes), >=, 6);
  /* The backup is one file: nothing of SQLite's beside it. */
  {
    g_autofree char *wal = g_strconcat (backup, "-wal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
}

static void
test_backup_refuses (Fixture *f, gconstpointer data)
{
  g_autofree char *text = in_dir (f, "notes.txt");
  g_autofree char *content = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (tiers_store_back_up (f->store, f->path, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  tiers_test_assert_contains (error->message, "the database itself");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "keep me", -1, NULL));
  g_assert_false (tiers_store_back_up (f->store, text, &error));
  tiers_test_assert_contains (error->message, "not a database");
  g_assert_true (g_file_get_contents (text, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "keep me");
}

/* Refused, with MESSAGE; the database and its trail stay as they were. */
static void
assert_restore_refused (Fixture *f, const char *path, const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 entries = count (f->store, "SELECT count (*) FROM audit");
  gint64 suppliers = count (f->store, "SELECT count (*) FROM supplier");

  g_assert_false (tiers_store_restore (f->store, path, &error));
  g_assert_nonnull (error);
  tiers_test_assert_contains (error->message, message);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit"), ==, entries);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM supplier"), ==, suppliers);
}

static void
make_sqlite (const char *path, const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_restore_refuses (Fixture *f, gconstpointer data)
{
  g_autofree char *text = in_dir (f, "suppliers.csv");
  g_autofree char *empty = in_dir (f, "empty.db");
  g_autofree char *other = in_dir (f, "other.db");
  g_autofree char *newer = in_dir (f, "newer.db");
  g_autofree char *damaged = in_dir (f, "damaged.db");
  g_autofree char *missing = in_dir (f, "missing.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (text, "code,name,category\nS1,One,bolts\n", -1, NULL));
  assert_restore_refused (f, text, "not a database at all");
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_restore_refused (f, empty, "not a database at all");
  assert_restore_refused (f, missing, "does not exist");
  make_sqlite (other, "CREATE TABLE contact (name TEXT); PRAGMA user_version = 3");
  assert_restore_refused (f, other, "not one of Supplier Tiers");
  assert_restore_refused (f, f->path, "the database itself");

  g_assert_true (tiers_store_back_up (f->store, newer, &error));
  make_sqlite (newer, "PRAGMA user_version = 99");
  assert_restore_refused (f, newer, "newer Supplier Tiers (schema 99");

  /* A backup whose pages were overwritten halfway. */
  g_assert_true (tiers_store_back_up (f->store, damaged, &error));
  g_assert_true (g_file_get_contents (damaged, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (bytes + 4096, 0x5a, length / 2);
  g_assert_true (g_file_set_contents (damaged, bytes, length, NULL));
  assert_restore_refused (f, damaged, "damaged.db");

  /* Nothing of the attempts is left beside the database. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_null (strstr (name, "restore"));
  }
}

/* The window keeps its connections open while it restores: they read the restored data. */
static void
test_restore_with_connection_open (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = in_dir (f, "backup.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) other = tiers_store_open (f->path, &error);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 entries;

  g_assert_no_error (error);
  g_assert_true (tiers_store_back_up (f->store, backup, &error));
  entries = count (f->store, "SELECT count (*) FROM audit");
  g_assert_true (tiers_store_add_conflict (other, "Li Wei", "S0002", &error));
  conflicts = tiers_store_list_conflicts (other, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  g_assert_true (tiers_store_restore (f->store, backup, &error));
  g_assert_no_error (error);
  conflicts = tiers_store_list_conflicts (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  /* The backup's trail, then the restore. */
  list = tiers_store_list_audit (other, NULL, &error);
  g_assert_cmpuint (list->len, ==, entries + 1);
  g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->action, ==, TIERS_AUDIT_RESTORED);
  {
    g_autofree char *after = g_strdup_printf ("{\"file\":\"backup.db\",\"schema\":%d}",
                                              TIERS_STORE_SCHEMA_VERSION);

    g_assert_cmpstr (((TiersAuditEntry *) list->pdata[0])->after, ==, after);
  }
  g_clear_pointer (&other, tiers_store_close);
  g_clear_pointer (&f->store, tiers_store_close);
  g_assert_cmpint (verified_entries (f->path), ==, entries + 1);
}

/* A backup of an older version is upgraded on the way in, with no backup of its own. */
static void
test_restore_older_version (Fixture *f, gconstpointer data)
{
  g_autofree char *old = in_dir (f, "old.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open_at_version (old, 5, &error);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_no_error (error);
  g_clear_pointer (&store, tiers_store_close);
  g_assert_true (tiers_store_restore (f->store, old, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (f->store), ==, TIERS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM supplier"), ==, 0);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit"), ==, 2);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".bak"));
}

static void
test_migration_backups_pruned (Fixture *f, gconstpointer data)
{
  g_autofree char *path = in_dir (f, "old.db");
  g_autofree char *unrelated = in_dir (f, "old.db.v1.bak.keep");
  g_autofree char *other = in_dir (f, "older.db.v1.bak");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (unrelated, "", 0, NULL));
  g_assert_true (g_file_set_contents (other, "", 0, NULL));
  for (int version = 1; version <= 6; version++)
    {
      TiersStore *store = tiers_store_open_at_version (path, version, &error);

      g_assert_no_error (error);
      tiers_store_close (store);
    }
  /* Backups before versions 2 to 6 were made: those of the three newest versions stay. */
  for (int version = 1; version <= 5; version++)
    {
      g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, version);

      g_assert_cmpint (g_file_test (backup, G_FILE_TEST_EXISTS), ==, version >= 3);
    }
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-backup/backup-while-writing", test_backup_while_writing);
  ADD ("/store-backup/backup-refuses", test_backup_refuses);
  ADD ("/store-backup/restore-refuses", test_restore_refuses);
  ADD ("/store-backup/restore-with-connection-open", test_restore_with_connection_open);
  ADD ("/store-backup/restore-older-version", test_restore_older_version);
  ADD ("/store-backup/migration-backups-pruned", test_migration_backups_pruned);
#undef ADD
  return g_test_run ();
}
