/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-plan.c: `plan add|list|close`, `status` and the plan and replace columns of
 * `review`, run as a user runs them: exit statuses, messages on stderr, CSV to the byte.
 * Data: tests/data/review (scores in test-cli-review.c). In 2026-Q1: R2 passes 0.9 of what it
 * delivers (95 A, D before), R4 0.9 (45 D, D before), R6 has no receipts. */
#include "config.h"

#include <string.h>

#include "tiers-test-util.h"

static const char list_header[] =
  "id,supplier_code,criterion,direction,target,baseline,due_period,owner,status,"
  "checked_value,overdue,problem\n";

typedef TiersTestDatabase Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_database_set_up (f, "review");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_database_tear_down (f);
}

static void
test_plans (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "plan", "add", "R4", "--criterion", "pass", "--target",
                      "0.95", "--baseline", "0.8", "--due", "2026-Q1", "--owner", "Wang Fang",
                      "--problem", "Rejects, again", "--corrective", "New gauge", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Opened improvement plan 1 for R4, due 2026-Q1 (open).\n");
  tiers_test_run_cli (&run, f->db, "plan", "add", "R2", "--criterion", "pass", "--target",
                      "0.9", "--due", "2026-Q1", "--owner", "Li", "--problem", "Rejects",
                      NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "plan", "add", "R6", "--criterion", "on_time", "--at-most",
                      "--target", "1", "--due", "2026-Q1", "--owner", "Li", "--problem",
                      "Late", NULL);
  tiers_test_assert_status (&run, 0);

  /* Due periods far in the past: overdue though not checked yet. */
  tiers_test_run_cli (&run, f->db, "plan", "list", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==,
                   "id,supplier_code,criterion,direction,target,baseline,due_period,owner,"
                   "status,checked_value,overdue,problem\n"
                   "2,R2,pass,at_least,0.9,,2026-Q1,Li,open,,1,Rejects\n"
                   "1,R4,pass,at_least,0.95,0.8,2026-Q1,Wang Fang,open,,1,\"Rejects, again\"\n"
                   "3,R6,on_time,at_most,1,,2026-Q1,Li,open,,1,Late\n");

  /* Evaluating the due period checks them: 0.9 >= 0.9 met; 0.9 < 0.95 missed; R6 has no
   * value and stays open (and overdue). */
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "plan", "list", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==,
                   "id,supplier_code,criterion,direction,target,baseline,due_period,owner,"
                   "status,checked_value,overdue,problem\n"
                   "2,R2,pass,at_least,0.9,,2026-Q1,Li,met,0.9,0,Rejects\n"
                   "1,R4,pass,at_least,0.95,0.8,2026-Q1,Wang Fang,missed,0.9,1,\"Rejects, again\"\n"
                   "3,R6,on_time,at_most,1,,2026-Q1,Li,open,,1,Late\n");
  tiers_test_run_cli (&run, f->db, "plan", "list", "R4", "--status", "missed", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "\n1,R4,");
  g_assert_null (strstr (run.out, "R2"));
  tiers_test_run_cli (&run, f->db, "plan", "list", "--status", "met", NULL);
  tiers_test_assert_contains (run.out, "\n2,R2,");
  g_assert_null (strstr (run.out, "R4"));

  /* The review: R2's plan met, R4's missed and R4 D twice: flagged. */
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "status,override,reviewed,plan,replace\n");
  tiers_test_assert_contains (run.out, "R2,Ring Two,D,A,50.00,95.00,45.00,on_time,50.00,"
                                       "upgraded,,0,met,0\n");
  tiers_test_assert_contains (run.out, "R4,Ring Four,D,D,40.00,45.00,5.00,pass,5.00,"
                                       "stayed_low,,0,missed,1\n");
  tiers_test_assert_contains (run.out, "R1,Ring One,A,D,90.00,50.00,-40.00,on_time,-50.00,"
                                       "downgraded,,0,,0\n");

  /* Closed by hand: R4 stays flagged, being D twice; the plan shows closed. */
  tiers_test_run_cli (&run, f->db, "plan", "close", "1", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "--reason");
  tiers_test_run_cli (&run, f->db, "plan", "close", "1", "--reason", "Replaced", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Closed improvement plan 1.\n");
  tiers_test_run_cli (&run, f->db, "plan", "close", "1", "--reason", "Again", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "already closed");
  tiers_test_run_cli (&run, f->db, "plan", "close", "99", "--reason", "x", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "no improvement plan number 99");
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_contains (run.out, "stayed_low,,0,closed,1\n");
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  struct { const char *option, *value, *message; } refused[] = {
    { "--target", "95%", "--target: “95%” is not a number" },
    { "--baseline", "abc", "--baseline: “abc” is not a number" },
    { "--due", "2026-Q5", "2026-Q5" },
    { "--criterion", "speed", "“speed” is not a criterion of the current scheme" },
    { "--owner", " ", "Owner" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *args[] = { "--criterion", "pass", "--target", "0.9", "--due", "2026-Q2",
                             "--owner", "Li", "--problem", "Rejects" };
      const char *a[12];

      for (guint k = 0; k < G_N_ELEMENTS (args); k++)
        a[k] = args[k];
      a[10] = refused[i].option;
      a[11] = refused[i].value;
      tiers_test_run_cli (&run, f->db, "plan", "add", "R1", a[0], a[1], a[2], a[3], a[4], a[5],
                          a[6], a[7], a[8], a[9], a[10], a[11], NULL);
      tiers_test_assert_status (&run, 1);
      g_assert_cmpstr (run.out, ==, "");
      tiers_test_assert_contains (run.err, refused[i].message);
    }
  tiers_test_run_cli (&run, f->db, "plan", "add", "R1", "--criterion", "pass", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "a plan needs --target");
  tiers_test_run_cli (&run, f->db, "plan", "add", "R9", "--criterion", "pass", "--target", "1",
                      "--due", "2026-Q2", "--owner", "Li", "--problem", "x", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "R9");
  tiers_test_run_cli (&run, f->db, "plan", "list", "--status", "late", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_cli (&run, f->db, "plan", "close", "one", "--reason", "x", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_cli (&run, f->db, "plan", "remove", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_cli (&run, f->db, "plan", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_cli (&run, f->db, "plan", "list", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, list_header);

  /* A plan may not fall due in a finalized period. */
  tiers_test_run_cli (&run, f->db, "finalize", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "plan", "add", "R1", "--criterion", "pass", "--target", "1",
                      "--due", "2026-Q1", "--owner", "Li", "--problem", "x", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "2026-Q1 is finalized");
}

static void
test_status (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  /* R4 terminated before 2026-Q1 starts: left out of Q1's grading, kept in 2025-Q4's. */
  tiers_test_run_cli (&run, f->db, "status", "R4", "terminated", "--date", "2025-12-31",
                      "--reason", "Quality", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "status", "R4", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_true (g_str_has_prefix (run.out, "date,status,reason,set_by,set_at\n"
                                            "2025-12-31,terminated,Quality,"));
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_null (strstr (run.out, "\nR4,"));
  tiers_test_run_cli (&run, f->db, "evaluate", "2025-Q4", NULL);
  tiers_test_assert_contains (run.out, "\nR4,40.00,D,");

  tiers_test_run_cli (&run, f->db, "status", "R4", "terminated", "--date", "2026-01-05",
                      "--reason", "again", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "already");
  tiers_test_run_cli (&run, f->db, "status", "R4", "active", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "--date DATE and --reason TEXT");
  tiers_test_run_cli (&run, f->db, "status", "R4", "paused", "--date", "2026-01-05",
                      "--reason", "x", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "on_hold");
  tiers_test_run_cli (&run, f->db, "status", "R9", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_cli (&run, f->db, "status", NULL);
  tiers_test_assert_status (&run, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-plan/plans", test_plans);
  ADD ("/cli-plan/refused", test_refused);
  ADD ("/cli-plan/status", test_status);
  return g_test_run ();
}
