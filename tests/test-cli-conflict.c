/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-conflict.c: `conflict add`, `conflict remove` and `conflict list` run as a user
 * runs them: exit statuses, messages, the list's CSV, and what `evaluate` prints before and
 * after a conflict is declared. Data: tests/data/conflicts (see test-store-conflicts.c):
 * in 2026-Q1 S1 scores (8 + 7 + 5) / 3 x 10 = 66.67, 80 without Li Wei's 7 and 5. */
#include "config.h"

#include <string.h>

#include "tiers-test-util.h"

typedef TiersTestDatabase Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const char *kinds[] = { "suppliers", "ratings", NULL };

  tiers_test_database_set_up_with (f, "conflicts", kinds);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_database_tear_down (f);
}

static void
test_add_list_remove (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;

  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "supplier_code,score,grade,provisional,cooperation\n"
                                "S1,66.67,C,0,66.67\n"
                                "S2,60.00,C,0,60.00\n");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "add", "Zhang, Min", "S2", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "add", "Li Wei", "S1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Li Wei");
  tiers_test_assert_contains (run.out, "S1");

  /* Sorted by evaluator, then supplier; a comma quoted as in the import files. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "list", NULL);
  tiers_test_assert_status (&run, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "evaluator,supplier_code,declared_by,declared_at");
  expected = g_strdup_printf ("Li Wei,S1,%s,", g_get_user_name ());
  g_assert_true (g_str_has_prefix (lines[1], expected));
  g_free (expected);
  expected = g_strdup_printf ("\"Zhang, Min\",S2,%s,", g_get_user_name ());
  g_assert_true (g_str_has_prefix (lines[2], expected));
  g_assert_cmpstr (lines[3], ==, "");

  /* The stored evaluation is stale now: graded again without Li Wei's ratings of S1. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "supplier_code,score,grade,provisional,cooperation\n"
                                "S1,80.00,B,0,80.00\n"
                                "S2,60.00,C,0,60.00\n");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "remove", "Li Wei", "S1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "list", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_true (g_str_has_prefix (run.out, "evaluator,supplier_code,declared_by,declared_at\n"
                                            "\"Zhang, Min\",S2,"));
  g_assert_null (strstr (run.out, "Li Wei"));
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "conflict", "add", "Li Wei", "S9", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "S9");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "remove", "Li Wei", "S1", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "nothing to remove");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "add", "Li Wei", "S1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "conflict", "add", "Li Wei", "S1", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "already");
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_usage (Fixture *f, gconstpointer data)
{
  const char *wrong[][4] = {
    { "conflict", NULL }, { "conflict", "add", "Li Wei", NULL },
    { "conflict", "list", "extra", NULL }, { "conflict", "drop", "Li Wei", "S1" },
    { "conflict", "--frobnicate", "list", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(TiersTestRun) run = { 0 };

      tiers_test_run_cli (&run, f->db, wrong[i][0], wrong[i][1], wrong[i][2], wrong[i][3],
                          NULL);
      tiers_test_assert_status (&run, 2);
      tiers_test_assert_contains (run.err, "add EVALUATOR SUPPLIER");
    }
  {
    g_auto(TiersTestRun) run = { 0 };

    tiers_test_run_cli (&run, f->db, "conflict", "--help", NULL);
    tiers_test_assert_status (&run, 0);
    tiers_test_assert_contains (run.out, "conflict of interest");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-conflict/add-list-remove", test_add_list_remove);
  ADD ("/cli-conflict/refused", test_refused);
  ADD ("/cli-conflict/usage", test_usage);
#undef ADD
  return g_test_run ();
}
