/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-locks.c: every connection the store opens waits for another program's lock the
 * same way (docs/reliability.md, Concurrency): besides the store's own connection, the
 * backup's and the restore's copies, the automatic backup before a migration and the readers
 * of a period's receipts. Another program (here a connection of the test's, as `sqlite3`
 * would hold it) keeps a write transaction open: a restore waits for it, says so once, and
 * either goes through when the other program is done or fails after the time it was given
 * with the message a user understands, never a bare "database is locked", the database
 * unchanged. A backup and the readers need no write lock and do not wait at all. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store-backup.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  TiersStore *store;
} Fixture;

/* Another program's connection, in a write transaction until it is released. */
static sqlite3 *holder;
/* Whether the store's announcement that it waits releases the holder's lock. */
static gboolean release_when_told;
static guint waits_told;

static void
release_holder (void)
{
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
}

/* The store says it waits (after a second); the other program then finishes, as a user
 * would make it. The condition is the store's own announcement, not a time. */
static void
on_wait_told (const char *path)
{
  waits_told++;
  if (release_when_told)
    release_holder ();
}

/* Opens PATH as another program and starts a write transaction there: BEGIN EXCLUSIVE and
 * a change waiting to be committed, as `sqlite3` would keep them. */
static void
hold (const char *path,
      const char *change)
{
  g_autofree char *sql = g_strdup_printf ("BEGIN EXCLUSIVE; %s", change);

  g_assert_null (holder);
  g_assert_cmpint (sqlite3_open (path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
close_holder (void)
{
  if (sqlite3_get_autocommit (holder) == 0)
    release_holder ();
  sqlite3_close (holder);
  holder = NULL;
}

/* WAIT seconds at most; each wait announced once; RELEASE: the announcement ends the other
 * program's transaction. */
static void
set_wait (guint    wait,
          gboolean release)
{
  tiers_store_set_wait (wait, on_wait_told);
  waits_told = 0;
  release_when_told = release;
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-store-locks-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  f->store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 12;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (f->store, &options, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  if (holder != NULL)
    close_holder ();
  tiers_store_set_wait (30, NULL);
  g_clear_pointer (&f->store, tiers_store_close);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
in_dir (Fixture    *f,
        const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static gint64
count (TiersStore *store,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The message a user reads when the other program kept its lock too long. */
static void
assert_in_use (const GError *error)
{
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  tiers_test_assert_contains (error->message, "another program kept writing to it for more "
                                              "than 2 seconds");
  g_assert_null (strstr (error->message, "locked"));
}

/* Nothing of a refused restore is left beside the database. */
static void
assert_no_leftovers (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_null (strstr (name, "restore-"));
}

static const char pending_supplier[] =
  "INSERT INTO supplier (code, name, category) VALUES ('X1', 'Other program', 'c')";

/* A backup reads the database at one moment: another program's write transaction does not
 * hold it up, and what that program has not committed is not in the backup. */
static void
test_backup_while_locked (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = in_dir (f, "backup.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) copy = NULL;

  set_wait (30, FALSE);
  hold (f->path, pending_supplier);
  g_assert_true (tiers_store_back_up (f->store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waits_told, ==, 0);
  close_holder ();

  copy = tiers_store_open (backup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (copy, "SELECT count (*) FROM supplier WHERE code = 'X1'"), ==, 0);
  g_assert_cmpint (count (copy, "SELECT count (*) FROM supplier"), ==,
                   count (f->store, "SELECT count (*) FROM supplier"));
}

/* A restore replaces the database in one write transaction: it waits for the other program
 * as long as it was told, then gives up with the message, the database as it was; when the
 * other program finishes while it waits, it goes through. */
static void
test_restore_waits_for_writer (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = in_dir (f, "backup.db");
  g_autoptr(GError) error = NULL;
  gint64 entries, suppliers, start;

  g_assert_true (tiers_store_back_up (f->store, backup, &error));
  g_assert_true (tiers_store_exec (f->store, "DELETE FROM supplier_note", &error));
  entries = count (f->store, "SELECT count (*) FROM audit");
  suppliers = count (f->store, "SELECT count (*) FROM supplier");

  set_wait (2, FALSE);
  hold (f->path, pending_supplier);
  start = g_get_monotonic_time ();
  g_assert_false (tiers_store_restore (f->store, backup, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (waits_told, ==, 1);
  assert_in_use (error);
  g_clear_error (&error);
  close_holder ();
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit"), ==, entries);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM supplier"), ==, suppliers);
  assert_no_leftovers (f);

  set_wait (30, TRUE);
  hold (f->path, pending_supplier);
  g_assert_true (tiers_store_restore (f->store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waits_told, ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM supplier WHERE code = 'X1'"), ==, 0);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit "
                                    "WHERE action = 'database_restored'"), ==, 1);
  assert_no_leftovers (f);
}

/* The backup file itself may be in use: another program writing into it (a backup in
 * SQLite's rollback-journal mode, whose exclusive lock keeps readers out). */
static void
test_restore_backup_in_use (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = in_dir (f, "backup.db");
  g_autoptr(GError) error = NULL;
  gint64 entries, start;

  g_assert_true (tiers_store_back_up (f->store, backup, &error));
  entries = count (f->store, "SELECT count (*) FROM audit");

  set_wait (2, FALSE);
  hold (backup, "DELETE FROM supplier_note");
  start = g_get_monotonic_time ();
  g_assert_false (tiers_store_restore (f->store, backup, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (waits_told, ==, 1);
  assert_in_use (error);
  tiers_test_assert_contains (error->message, "backup.db");
  g_clear_error (&error);
  close_holder ();
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit"), ==, entries);
  assert_no_leftovers (f);

  set_wait (30, TRUE);
  hold (backup, "DELETE FROM supplier_note");
  g_assert_true (tiers_store_restore (f->store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waits_told, ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM audit"), ==, entries + 1);
}

/* Two programs opening the same old database at once both write its backup before the
 * migration: the second waits for the first. Here the backup file is held by another
 * program; the database is not upgraded until the backup is written. */
static void
test_migration_backup_in_use (Fixture *f, gconstpointer data)
{
  g_autofree char *old = in_dir (f, "old.db");
  g_autofree char *bak = in_dir (f, "old.db.v5.bak");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open_at_version (old, 5, &error);
  gint64 start;

  g_assert_no_error (error);
  g_clear_pointer (&store, tiers_store_close);

  set_wait (2, FALSE);
  hold (bak, "CREATE TABLE being_written (x)");
  start = g_get_monotonic_time ();
  store = tiers_store_open (old, &error);
  g_assert_null (store);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (waits_told, ==, 1);
  assert_in_use (error);
  tiers_test_assert_contains (error->message, "before upgrading");
  g_clear_error (&error);
  close_holder ();
  store = tiers_store_open_at_version (old, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, 5);
  g_clear_pointer (&store, tiers_store_close);

  set_wait (30, TRUE);
  hold (bak, "CREATE TABLE being_written (x)");
  store = tiers_store_open (old, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waits_told, ==, 1);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, TIERS_STORE_SCHEMA_VERSION);
  close_holder ();
  g_clear_pointer (&store, tiers_store_close);
  /* The backup is the database as it was, version 5. */
  store = tiers_store_open_at_version (bak, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tiers_store_get_schema_version (store), ==, 5);
}

/* Grading reads a period's receipts through readers of their own beside the store's
 * connection (tiers-store-receipt-scan.c); in write-ahead-log mode they read the last
 * committed data while another program writes, without waiting for it. */
static void
test_readers_while_locked (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersIndicatorSet) before = NULL;
  g_autoptr(TiersIndicatorSet) during = NULL;
  TiersPeriod period;

  g_assert_true (tiers_period_parse ("2026-Q2", &period, NULL));
  f->store->scan_readers = 3;
  before = tiers_store_compute_indicators (f->store, &period, 0, 0.05, &error);
  g_assert_no_error (error);

  set_wait (30, FALSE);
  hold (f->path, "DELETE FROM receipt");
  during = tiers_store_compute_indicators (f->store, &period, 0, 0.05, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waits_told, ==, 0);
  {
    g_autoptr(GBytes) a = tiers_indicator_set_serialize (before);
    g_autoptr(GBytes) b = tiers_indicator_set_serialize (during);

    /* Every receipt of the period, not what the other program has not committed. */
    g_assert_cmpuint (g_bytes_get_size (a), >, 0);
    g_assert_true (g_bytes_equal (a, b));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-locks/backup-while-locked", test_backup_while_locked);
  ADD ("/store-locks/restore-waits-for-writer", test_restore_waits_for_writer);
  ADD ("/store-locks/restore-backup-in-use", test_restore_backup_in_use);
  ADD ("/store-locks/migration-backup-in-use", test_migration_backup_in_use);
  ADD ("/store-locks/readers-while-locked", test_readers_while_locked);
#undef ADD
  return g_test_run ();
}
