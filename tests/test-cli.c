/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: supplier-tiers-cli run as a user runs it: exit statuses of docs/cli.md ("Exit
 * status"), messages on the right stream, and that a refused command changed nothing. */
#include "config.h"
#include "tiers-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  char *dir;
  char *db;
} Fixture;


static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-cli-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *content)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, content, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_version_and_help (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, NULL, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "supplier-tiers-cli " PACKAGE_VERSION "\n");

  tiers_test_run_cli (&run, NULL, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "Commands:");
  tiers_test_assert_contains (run.out, "scheme");
  tiers_test_assert_contains (run.out, "sample");
  tiers_test_assert_contains (run.out, "import");
  tiers_test_assert_contains (run.out, "evaluate");

  tiers_test_run_cli (&run, f->db, "sample", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "--suppliers=N");
  tiers_test_assert_contains (run.out, "--years=Y");
  tiers_test_assert_contains (run.out, "--seed=S");
  /* Asking for help creates no database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  tiers_test_assert_contains (run.err, "no command given");
  g_assert_cmpstr (run.out, ==, "");

  tiers_test_run_cli (&run, f->db, "grade-everything", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tiers_test_assert_contains (run.err, "unknown command “grade-everything”");

  tiers_test_run_cli (&run, f->db, "scheme", "frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_scheme (Fixture *f, gconstpointer data)
{
  g_autofree char *exported = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *bad_grade = NULL;
  g_autofree char *bad_method = NULL;
  g_autofree char *path = NULL;
  g_auto(TiersTestRun) run = { 0 };
  g_auto(GStrv) halves = NULL;

  tiers_test_run_cli (&run, f->db, "scheme", "export", NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "[Scheme]");
  tiers_test_assert_contains (run.out, "[Criterion on_time]");
  exported = g_steal_pointer (&run.out);

  /* What export writes, import takes back, as a new version with the same content. */
  path = write_file (f, "scheme.ini", exported);
  tiers_test_run_cli (&run, f->db, "scheme", "import", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "stored as version");
  tiers_test_run_cli (&run, f->db, "scheme", "export", NULL);
  g_assert_cmpstr (run.out, ==, exported);

  /* A contradictory file is refused with its section and key named, and changes nothing. */
  halves = g_strsplit (exported, "GradeA=90", 2);
  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  copy = g_strconcat (halves[0], "GradeA=70", halves[1], NULL);
  bad_grade = write_file (f, "bad-grade.ini", copy);
  tiers_test_run_cli (&run, f->db, "scheme", "import", bad_grade, NULL);
  g_assert_cmpint (run.status, ==, 1);
  tiers_test_assert_contains (run.err, "bad-grade.ini");
  tiers_test_assert_contains (run.err, "[Scheme] GradeA");
  g_assert_cmpstr (run.out, ==, "");

  g_strfreev (halves);
  g_free (copy);
  halves = g_strsplit (exported, "Method=linear", 2);
  copy = g_strconcat (halves[0], "Method=curve", halves[1], NULL);
  bad_method = write_file (f, "bad-method.ini", copy);
  tiers_test_run_cli (&run, f->db, "scheme", "import", bad_method, NULL);
  g_assert_cmpint (run.status, ==, 1);
  tiers_test_assert_contains (run.err, "[Criterion pass_rate] Method");

  tiers_test_run_cli (&run, f->db, "scheme", "export", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, exported);
}

static void
test_sample (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *first = NULL;

  tiers_test_run_cli (&run, f->db, "sample", "--suppliers", "15", "--years", "1", "--until", "2026-06-30",
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "from 2025-07-01 to 2026-06-30");
  g_assert_true (g_regex_match_simple ("Suppliers +15\n", run.out, 0, 0));
  g_assert_true (g_regex_match_simple ("Receipts +[1-9][0-9]+\n", run.out, 0, 0));
  g_assert_true (g_regex_match_simple ("Ratings +120\n", run.out, 0, 0));   /* 15 x 4 x 2 */
  first = g_steal_pointer (&run.out);

  /* A second time the database holds suppliers: refused, nothing added. */
  tiers_test_run_cli (&run, f->db, "sample", NULL);
  g_assert_cmpint (run.status, ==, 1);
  tiers_test_assert_contains (run.err, "already holds suppliers");
  g_assert_cmpstr (run.out, ==, "");

  /* The same options into another database: the same rows. */
  {
    g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);

    tiers_test_run_cli (&run, other, "sample", "--suppliers", "15", "--years", "1", "--until",
             "2026-06-30", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, first);
  }
}

/* The sample is there to be graded: every grade shows up in its latest quarter. */
static void
test_sample_evaluate (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean seen[4] = { FALSE };

  tiers_test_run_cli (&run, f->db, "sample", "--until", "2026-09-30", NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q3", NULL);
  g_assert_cmpint (run.status, ==, 0);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 80 + 1);   /* header, rows, final "" */
  g_assert_true (g_str_has_prefix (lines[0], "supplier_code,score,grade,provisional,"));
  for (guint i = 1; i <= 80; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 4);
      const char *grade = fields[2];

      g_assert_cmpuint (strlen (grade), ==, 1);
      g_assert_true (grade[0] >= 'A' && grade[0] <= 'D');
      seen[grade[0] - 'A'] = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_true (seen[i]);
}

static void
test_sample_usage (Fixture *f, gconstpointer data)
{
  const char *bad[][2] = {
    { "--suppliers", "0" }, { "--suppliers", "many" }, { "--suppliers", "-4" },
    { "--suppliers", "10000" }, { "--years", "0" }, { "--years", "21" }, { "--seed", "x" },
    { "--until", "2026-02-30" }, { "--colour", "blue" },
  };
  g_auto(TiersTestRun) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      tiers_test_run_cli (&run, f->db, "sample", bad[i][0], bad[i][1], NULL);
      g_assert_cmpint (run.status, ==, 2);
      tiers_test_assert_contains (run.err, "supplier-tiers-cli: ");
      g_assert_cmpstr (run.out, ==, "");
    }
  tiers_test_run_cli (&run, f->db, "sample", "extra", NULL);
  g_assert_cmpint (run.status, ==, 2);

  /* None of them touched the database: a proper run still finds it empty. */
  tiers_test_run_cli (&run, f->db, "sample", "--suppliers", "3", "--years", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_import (Fixture *f, gconstpointer data)
{
  g_autofree char *suppliers = write_file (f, "suppliers.csv",
      "code,name,category,contact\n"
      "S1,Apex Fasteners Ltd,Fasteners,James Miller\n"
      "S2,宁波恒达紧固件有限公司,Fasteners,王芳\n");
  g_autofree char *bad_receipts = write_file (f, "receipts.csv",
      "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
      "promised_date,received_date\n"
      "S1,PO-1,FST-1001,100,100,0,0.12,2026-01-10,2026-01-09\n"
      "S9,PO-2,FST-1001,100,100,0,0.12,2026-01-10,2026-01-09\n"
      "S2,PO-3,FST-1001,100,100,120,0.12,2026-01-10,2026-02-30\n");
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "import", "suppliers", suppliers, NULL);
  g_assert_cmpint (run.status, ==, 0);
  tiers_test_assert_contains (run.out, "2 rows");

  tiers_test_run_cli (&run, f->db, "import", "receipts", bad_receipts, NULL);
  g_assert_cmpint (run.status, ==, 1);
  {
    g_autofree char *line3 = g_strdup_printf ("%s:3: ", bad_receipts);
    g_autofree char *line4 = g_strdup_printf ("%s:4: ", bad_receipts);

    tiers_test_assert_contains (run.err, line3);
    tiers_test_assert_contains (run.err, line4);
  }

  /* The same file again counts nothing twice; an unknown kind is a usage error. */
  tiers_test_run_cli (&run, f->db, "import", "suppliers", suppliers, NULL);
  g_assert_cmpint (run.status, ==, 1);
  tiers_test_assert_contains (run.err, "already imported");
  tiers_test_run_cli (&run, f->db, "import", "invoices", suppliers, NULL);
  g_assert_cmpint (run.status, ==, 2);
  tiers_test_assert_contains (run.err, "invoices");

  /* Real suppliers are in: the sample refuses to mix with them. */
  tiers_test_run_cli (&run, f->db, "sample", NULL);
  g_assert_cmpint (run.status, ==, 1);
}

/* Run from the build tree without SUPPLIER_TIERS_LOCALEDIR, the program still finds the
 * build's translations, as `meson devenv` would give them. */
static void
test_build_tree_translations (void)
{
  g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "SUPPLIER_TIERS_LOCALEDIR");
  const char *argv[] = { g_getenv ("SUPPLIER_TIERS_CLI"), "--help", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  env = g_environ_setenv (env, "LANGUAGE", "zh_CN", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &wait_status, &error));
  g_assert_no_error (error);
  tiers_test_assert_contains (out, "检查审计记录和数据库文件");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/build-tree-translations", test_build_tree_translations);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/version-and-help", test_version_and_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/scheme", test_scheme);
  ADD ("/cli/sample", test_sample);
  ADD ("/cli/sample-evaluate", test_sample_evaluate);
  ADD ("/cli/sample-usage", test_sample_usage);
  ADD ("/cli/import", test_import);
#undef ADD
  return g_test_run ();
}
