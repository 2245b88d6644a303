/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-import.c: `supplier-tiers-cli import` as a script sees it: what it prints, the
 * problem lines on stderr, and the exit statuses 0 (done), 1 (refused) and 2 (usage). */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

static char *dir;
static char *db;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_import (Run        *run,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  run_clear (run);
  g_ptr_array_add (argv, (char *) g_getenv ("SUPPLIER_TIERS_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, db);
  g_ptr_array_add (argv, (char *) "import");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
write_file (const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_import (void)
{
  g_autofree char *suppliers = write_file ("suppliers.csv",
      "code,name,category\nS1,Acme,Steel\nS2,Bolt,Fasteners\n");
  g_autofree char *receipts = write_file ("receipts.csv",
      "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
      "promised_date,received_date\n"
      "S1,PO1,I1,10,10,0,1,2024-01-01,2024-01-02\n"
      "S1,PO1,I1,10,10,0,1,2024-01-01,2024-01-02\n"
      "S2,PO2,I1,10,10,0,1,2024-01-01,2024-01-03\n");
  g_autofree char *bad = write_file ("bad.csv",
      "supplier_code,date,severity\nS1,2024-01-01,minor\nS3,2024-01-01,minor\n"
      "S1,2024-02-30,major\n");
  g_autofree char *expected_err = g_strdup_printf (
      "%s:3: unknown supplier code “S3” (import the suppliers first)\n"
      "%s:4: date: “2024-02-30” is not a date (YYYY-MM-DD)\n"
      "supplier-tiers-cli: %s refused; nothing was imported\n", bad, bad, bad);
  Run run = { 0 };

  run_import (&run, "suppliers", suppliers, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 2 rows of suppliers.\n");

  /* Every problem line as it is, then one line that says nothing landed. */
  run_import (&run, "incidents", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected_err);
  g_assert_cmpstr (run.out, ==, "");

  run_import (&run, "receipts", receipts, NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_import (&run, "receipts", receipts, "--skip-duplicates", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 2 rows of receipts.\nSkipped 1 duplicate.\n");

  run_import (&run, "receipts", receipts, "--skip-duplicates", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "already imported on "));
  run_clear (&run);
}

static void
test_usage (void)
{
  g_autofree char *suppliers = write_file ("s.csv", "code,name,category\nS1,A,B\n");
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  Run run = { 0 };

  run_import (&run, "invoices", suppliers, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "unknown kind “invoices”"));
  run_import (&run, "suppliers", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_import (&run, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_import (&run, "suppliers", suppliers, "--fast", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_import (&run, "suppliers", suppliers, "extra", NULL);
  g_assert_cmpint (run.status, ==, 2);
  /* A file that is not there is refused input, not a usage error. */
  run_import (&run, "suppliers", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing.csv"));
  run_import (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--skip-duplicates"));
  run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cmd = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("tiers-cli-import-XXXXXX", NULL);
  db = g_build_filename (dir, "tiers.db", NULL);

  g_test_add_func ("/cli-import/import", test_import);
  g_test_add_func ("/cli-import/usage", test_usage);
  status = g_test_run ();

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
  g_free (db);
  g_free (dir);
  return status;
}
