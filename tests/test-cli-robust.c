/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-robust.c: opening problems and concurrency on the command line
 * (docs/reliability.md): each problem is a message on stderr and exit status 1 with the file
 * left byte for byte as it was; two commands importing and evaluating the same database at
 * once both succeed and lose nothing; a full file system refuses an import whole. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "tiers-store.h"
#include "tiers-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-robust-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_chmod (f->dir, 0700);
  g_chmod (f->db, 0600);
  tiers_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static char *
read_text (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* A hash stands for the bytes, to compare databases of any size. */
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
make_database (Fixture *f)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "sample", "--suppliers=10", "--years=1",
                      "--until=2026-06-30", NULL);
  tiers_test_assert_status (&run, 0);
}

/* Runs a reading and a writing command: both refused, nothing changed. */
static void
assert_refused (Fixture    *f,
                const char *expected)
{
  g_autofree char *before = read_text (f->db);
  g_autofree char *after = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "s.csv", NULL);
  g_auto(TiersTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (csv, "code,name,category\nS1,Bolt,c\n", -1, NULL));
  tiers_test_run_cli (&run, f->db, "review", "2026-Q2", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, expected);
  tiers_test_run_cli (&run, f->db, "import", "suppliers", csv, NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, expected);
  g_assert_null (strstr (run.err, "database is locked"));
  after = read_text (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_not_sqlite (Fixture *f, gconstpointer data)
{
  g_assert_true (g_file_set_contents (f->db, "name,grade\nBolt,A\n", -1, NULL));
  assert_refused (f, "is not a Supplier Tiers database");
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  g_assert_true (g_file_set_contents (f->db, "", 0, NULL));
  assert_refused (f, "is an empty file");
}

static void
test_newer_version (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  make_database (f);
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, "newer Supplier Tiers");
}

static void
test_foreign_database (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contact (name TEXT); "
                                 "PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, "not one of Supplier Tiers");
}

/* Pages overwritten: the first query finds it, and nothing is written. */
static void
test_damaged (Fixture *f, gconstpointer data)
{
  g_autofree char *bytes = NULL;
  gsize length = 0;

  make_database (f);
  g_assert_true (g_file_get_contents (f->db, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  memset (bytes + 100, 0x5a, 4096 - 100);
  g_assert_true (g_file_set_contents (f->db, bytes, (gssize) length, NULL));
  assert_refused (f, "The database file is damaged");
}

static void
test_read_only_file (Fixture *f, gconstpointer data)
{
  make_database (f);
  g_assert_cmpint (g_chmod (f->db, 0444), ==, 0);
  assert_refused (f, "is read-only");
}

static void
test_read_only_folder (Fixture *f, gconstpointer data)
{
  make_database (f);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_refused (f, "The folder");
}

/* Another program (here the test, as sqlite3 would) holds an exclusive transaction: the
 * command waits, says it is waiting, and gives up with a message, not "database is locked". */
static void
test_locked (Fixture *f, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (f->dir, "s.csv", NULL);
  g_auto(TiersTestRun) run = { 0 };
  sqlite3 *other = NULL;

  make_database (f);
  g_assert_true (g_file_set_contents (csv, "code,name,category\nZ1,Bolt,c\n", -1, NULL));
  g_assert_cmpint (sqlite3_open (f->db, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE; DELETE FROM supplier_note",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  tiers_test_run_cli (&run, NULL, "--db", f->db, "--wait", "2", "import", "suppliers", csv,
                      NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "waiting for another program that is writing to");
  tiers_test_assert_contains (run.err, "another program kept writing to it for more than 2");
  g_assert_null (strstr (run.err, "database is locked"));

  /* Once the other program is done, the same command goes through. */
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  tiers_test_run_cli (&run, NULL, "--db", f->db, "--wait", "2", "import", "suppliers", csv,
                      NULL);
  tiers_test_assert_status (&run, 0);
}

/* Backing up and restoring while another program writes: the backup reads the database at
 * one moment and goes through at once; the restore, one write transaction, waits, says so,
 * and gives up with the message, the database unchanged; it goes through once the other
 * program is done. */
static void
test_backup_restore_locked (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(TiersTestRun) run = { 0 };
  sqlite3 *other = NULL;

  make_database (f);
  g_assert_cmpint (sqlite3_open (f->db, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE; DELETE FROM supplier_note",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  tiers_test_run_cli (&run, NULL, "--db", f->db, "--wait", "2", "backup", backup, NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_null (strstr (run.err, "waiting for another program"));

  before = read_text (f->db);
  tiers_test_run_cli (&run, NULL, "--db", f->db, "--wait", "2", "restore", backup, NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "waiting for another program that is writing to");
  tiers_test_assert_contains (run.err, "another program kept writing to it for more than 2");
  g_assert_null (strstr (run.err, "locked"));
  after = read_text (f->db);
  g_assert_cmpstr (before, ==, after);

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  tiers_test_run_cli (&run, NULL, "--db", f->db, "--wait", "2", "restore", backup, NULL);
  tiers_test_assert_status (&run, 0);
}

static char *
write_receipts (Fixture *f,
                guint    index)
{
  g_autoptr(GString) text = g_string_new ("supplier_code,po_number,item_code,ordered_qty,"
                                          "received_qty,rejected_qty,unit_price,"
                                          "promised_date,received_date\n");
  g_autofree char *name = g_strdup_printf ("receipts-%u.csv", index);
  char *path = g_build_filename (f->dir, name, NULL);

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "S%04u,P%u-%u,ITEM-%u,10,10,%u,2,2026-05-%02u,2026-05-%02u\n",
                            1 + i % 10, index, i, i % 40, i % 2, 1 + i % 28, 1 + i % 28);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return path;
}

/* Two commands at once, several times over, each importing its own file and evaluating the
 * same period: every one succeeds and every row is there. */
static void
test_two_processes (Fixture *f, gconstpointer data)
{
  const char *cli = g_getenv ("SUPPLIER_TIERS_CLI");
  g_auto(TiersTestRun) run = { 0 };

  make_database (f);
  for (guint round = 0; round < 3; round++)
    {
      GSubprocess *procs[2];

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *csv = write_receipts (f, round * 2 + i);
          g_autofree char *script = g_strdup_printf (
              "\"$0\" --db \"$1\" import receipts \"$2\" && \"$0\" --db \"$1\" evaluate 2026-Q2");
          g_autoptr(GError) error = NULL;

          procs[i] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                       G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                       "sh", "-c", script, cli, f->db, csv, NULL);
          g_assert_no_error (error);
        }
      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *out = NULL;
          g_autofree char *err = NULL;
          g_autoptr(GError) error = NULL;

          g_assert_true (g_subprocess_communicate_utf8 (procs[i], NULL, NULL, &out, &err,
                                                        &error));
          g_assert_no_error (error);
          if (g_subprocess_get_exit_status (procs[i]) != 0)
            g_error ("a command failed beside the other: %s", err);
          g_assert_null (strstr (err, "locked"));
          g_object_unref (procs[i]);
        }
    }
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM receipt WHERE po_number "
                                             "GLOB 'P[0-9]*-*'", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 6 * 3000);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  tiers_test_run_cli (&run, f->db, "review", "2026-Q2", NULL);
  tiers_test_assert_status (&run, 0);
}

/* Runs SCRIPT with the command line as $0 and a tmpfs of SIZE mounted at $1, in a mount
 * namespace of the test's own (unshare: as root, or as a user where user namespaces are
 * allowed); its standard output and error. */
static void
run_on_small_disk (Fixture    *f,
                   const char *size,
                   const char *script,
                   char      **out,
                   char      **err)
{
  g_autofree char *mount_point = g_build_filename (f->dir, "small", NULL);
  g_autofree char *full = g_strdup_printf ("mount -t tmpfs -o size=%s tmpfs \"$1\" || exit 99\n"
                                           "%s", size, script);
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { "unshare", "--map-root-user", "--mount", "sh", "-c", full,
                         g_getenv ("SUPPLIER_TIERS_CLI"), mount_point, NULL };

  g_assert_cmpint (g_mkdir (mount_point, 0700), ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("could not mount a small file system: %s", *err);
}

/* A real full file system. Loading the sample data into 4 MiB (an import of several files)
 * runs out of space half-way: a clear message, exit 1, and the database is whole and holds
 * nothing of it. */
static void
test_full_disk (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_on_small_disk (f, "4m",
                     "\"$0\" --db \"$1/t.db\" sample --suppliers=300 --years=3\n"
                     "echo \"status $?\"\n"
                     "sqlite3 \"$1/t.db\" 'PRAGMA integrity_check' 'SELECT count(*) FROM supplier'\n",
                     &out, &err);
  tiers_test_assert_contains (err, "The disk is full. Nothing was changed");
  g_assert_null (strstr (err, "database or disk is full"));
  g_assert_cmpstr (out, ==, "status 1\nok\n0\n");
}

/* The disk fills up while a period is evaluated: the data fits, then a file takes all but
 * 40 KiB, of which SQLite's shared memory beside the database takes 32: the evaluation's
 * writes run out of space. Then the disk has not even room for the shared memory when the
 * command opens the database. Each time the message, exit 1, the database whole and no
 * evaluation stored. */
static void
test_full_disk_evaluating (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_on_small_disk (f, "6m",
                     "\"$0\" --db \"$1/t.db\" sample --suppliers=150 --years=1 "
                     "--until=2026-06-30 > /dev/null || exit 98\n"
                     "dd if=/dev/zero of=\"$1/reserve\" bs=4k count=10 2> /dev/null\n"
                     "dd if=/dev/zero of=\"$1/fill\" bs=4k 2> /dev/null\n"
                     "rm \"$1/reserve\"\n"
                     "\"$0\" --db \"$1/t.db\" evaluate 2026-Q2 > /dev/null\n"
                     "echo \"status $?\"\n"
                     "rm \"$1/t.db-shm\" \"$1/t.db-wal\"\n"
                     "dd if=/dev/zero of=\"$1/fill-more\" bs=4k 2> /dev/null\n"
                     "\"$0\" --db \"$1/t.db\" evaluate 2026-Q2 > /dev/null\n"
                     "echo \"status $?\"\n"
                     "rm \"$1/fill\" \"$1/fill-more\"\n"
                     "sqlite3 \"$1/t.db\" 'PRAGMA integrity_check' "
                     "'SELECT count(*) FROM evaluation'\n",
                     &out, &err);
  g_assert_cmpstr (out, ==, "status 1\nstatus 1\nok\n0\n");
  tiers_test_assert_contains (err, "The disk is full. Nothing was changed");
  /* Both times: the message, never SQLite's own. */
  g_assert_null (strstr (err, "disk I/O error"));
  g_assert_null (strstr (err, "database or disk is full"));
  {
    g_auto(GStrv) lines = g_strsplit (g_strstrip (err), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 2);
    for (guint i = 0; i < 2; i++)
      tiers_test_assert_contains (lines[i], "The disk is full");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-robust/not-sqlite", test_not_sqlite);
  ADD ("/cli-robust/empty-file", test_empty_file);
  ADD ("/cli-robust/newer-version", test_newer_version);
  ADD ("/cli-robust/foreign-database", test_foreign_database);
  ADD ("/cli-robust/damaged", test_damaged);
  ADD ("/cli-robust/read-only-file", test_read_only_file);
  ADD ("/cli-robust/read-only-folder", test_read_only_folder);
  ADD ("/cli-robust/locked", test_locked);
  ADD ("/cli-robust/backup-restore-locked", test_backup_restore_locked);
  ADD ("/cli-robust/two-processes", test_two_processes);
  ADD ("/cli-robust/full-disk", test_full_disk);
  ADD ("/cli-robust/full-disk-evaluating", test_full_disk_evaluating);
#undef ADD

  return g_test_run ();
}
