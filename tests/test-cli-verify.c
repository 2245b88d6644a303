/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-verify.c: `verify`, `backup` and `restore` run as a user runs them: the sample
 * data verifies; an entry edited, removed or put in with sqlite3 (after dropping the
 * triggers that refuse it) makes `verify` exit 1 naming the first broken entry; backups and
 * restores, and the refusals of files that are not backups. */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tiers-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  f->dir = g_dir_make_tmp ("tiers-cli-verify-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
  tiers_test_run_cli (&run, f->db, "sample", "--suppliers", "20", "--years", "1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q3", NULL);
  tiers_test_assert_status (&run, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* What someone with sqlite3 could do, through the same library. */
static void
tamper (Fixture *f, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, "DROP TRIGGER IF EXISTS audit_keep_update;"
                        "DROP TRIGGER IF EXISTS audit_keep_delete;", NULL, NULL, &message) !=
        SQLITE_OK ||
      sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
assert_broken (Fixture *f, const char *message)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "verify", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, message);
  g_assert_null (strstr (run.out, "all as written"));
}

static void
test_intact (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "verify", NULL);
  tiers_test_assert_status (&run, 0);
  /* The start, the sample's five files and one evaluation. */
  tiers_test_assert_contains (run.out, "Audit trail: 7 entries, all as written");
  tiers_test_assert_contains (run.out, "Database file: intact");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_edit_detected (Fixture *f, gconstpointer data)
{
  tamper (f, "UPDATE audit SET after = replace (after, '\"rows\":', '\"rows\":1') WHERE id = 3");
  assert_broken (f, "audit entry 3 (import) is broken: its content was changed after it was "
                    "written");
}

static void
test_delete_detected (Fixture *f, gconstpointer data)
{
  tamper (f, "DELETE FROM audit WHERE id = 4");
  assert_broken (f, "audit entry 5 (import) is broken: the entry before it, number 4, was "
                    "removed");
}

static void
test_delete_newest_detected (Fixture *f, gconstpointer data)
{
  tamper (f, "DELETE FROM audit WHERE id = 7");
  assert_broken (f, "audit entry 7 is broken: the newest entries, from number 7 to 7, were "
                    "removed");
}

static void
test_insert_detected (Fixture *f, gconstpointer data)
{
  tamper (f, "INSERT INTO audit (happened_at, user_name, action, object, after, previous_hash,"
             " hash) SELECT happened_at, user_name, 'override_set', 'supplier:S001',"
             " '{\"grade\":\"A\"}', hash, hash FROM audit WHERE id = 7");
  assert_broken (f, "audit entry 8 (override_set) is broken");
}

static void
test_backup_and_restore (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "backup", backup, NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Backed up the database into");
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "finalize", "2026-Q3", NULL);
  tiers_test_assert_status (&run, 0);

  tiers_test_run_clear (&run);
  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  tiers_test_run_cli (&run, f->db, "restore", text, NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "is not a Supplier Tiers backup");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "restore", backup, NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Restored the database from");
  /* The period is a draft again, as in the backup: evaluating it is allowed. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q3", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "verify", NULL);
  tiers_test_assert_status (&run, 0);
  /* Evaluating again with nothing changed records nothing. */
  tiers_test_assert_contains (run.out, "Audit trail: 8 entries");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "backup", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "verify", "extra", NULL);
  tiers_test_assert_status (&run, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-verify/intact", test_intact);
  ADD ("/cli-verify/edit-detected", test_edit_detected);
  ADD ("/cli-verify/delete-detected", test_delete_detected);
  ADD ("/cli-verify/delete-newest-detected", test_delete_newest_detected);
  ADD ("/cli-verify/insert-detected", test_insert_detected);
  ADD ("/cli-verify/backup-and-restore", test_backup_and_restore);
#undef ADD
  return g_test_run ();
}
