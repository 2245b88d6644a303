/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-review.c: `finalize`, `reopen`, `override` and `review` run as a user runs them:
 * exit statuses, messages, and the review's CSV to the byte. Data: tests/data/review, one
 * receipt per supplier and quarter, graded by on-time delivery and pass rate, weighted the
 * same (each criterion's points are half its score):
 *        2025-Q4                            2026-Q1
 *   R1   on time, 20 rejected: 90 A         5 days late, none rejected: 50 D
 *   R2   late, none rejected: 50 D          on time, 10 rejected: 95 A
 *   R3   on time, 30 rejected: 85 B         on time, 25 rejected: 87.5 B (not listed)
 *   R4   late, 20 rejected: 40 D            late, 10 rejected: 45 D
 *   R5   nothing: ungraded                  on time, none rejected: 100 A
 *   R6   on time, none rejected: 100 A      nothing: ungraded
 *   R7   on time, 60 rejected: 70 C         on time, 50 rejected: 75 C
 * Top criterion: R1 on time 50 -> 0 points (-50; pass only +10), R2 on time +50, R5 both +50,
 * the tie broken by key: on_time; R6 both -50: on_time; R4 and R7 pass +5. */
#include "config.h"

#include <string.h>

#include "tiers-store-review.h"
#include "tiers-test-util.h"

static const char header[] =
  "supplier_code,name,previous_grade,grade,previous_score,score,change,top_criterion,"
  "top_points,status,override,reviewed,plan,replace\n";

static const char expected_rows[] =
  "R2,Ring Two,D,A,50.00,95.00,45.00,on_time,50.00,upgraded,,0,,0\n"
  "R1,Ring One,A,D,90.00,50.00,-40.00,on_time,-50.00,downgraded,C,0,,0\n"
  "R5,Ring Five,,A,,100.00,,on_time,50.00,new,,0,,0\n"
  "R6,Ring Six,A,,100.00,,,on_time,-50.00,ungraded,,0,,0\n"
  "R4,Ring Four,D,D,40.00,45.00,5.00,pass,5.00,stayed_low,,1,,1\n"
  "R7,\"Ring, Ltd\",C,C,70.00,75.00,5.00,pass,5.00,stayed_low,,0,,0\n";

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
mark_reviewed (Fixture *f, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->db, &error);
  TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };

  g_assert_no_error (error);
  g_assert_true (tiers_store_mark_reviewed (store, &q1, code, NULL, &error));
  g_assert_no_error (error);
}

static void
test_review (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *expected = g_strconcat (header, expected_rows, NULL);

  /* The first review evaluates both quarters; then the override and the mark show. */
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "C", "--reason",
                      "outside_control", "--comment", "Port strike", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Set grade C for R1 in 2026-Q1 (outside_control); the "
                                "computed grade stays beside it.\n");
  mark_reviewed (f, "R4");
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  /* evaluate keeps its own columns, the computed grade among them. */
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "supplier_code,score,grade,provisional,on_time,pass\n");
  tiers_test_assert_contains (run.out, "R1,50.00,D,0,0.00,100.00\n");

  /* Nothing at all in the period: the header alone. */
  tiers_test_run_cli (&run, f->db, "review", "2030-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, header);
  tiers_test_run_cli (&run, f->db, "review", "2026-Q5", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_cli (&run, f->db, "review", NULL);
  tiers_test_assert_status (&run, 2);
}

static void
test_finalize_and_reopen (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *late = g_test_build_filename (G_TEST_DIST, "data", "review",
                                                 "receipts-late.csv", NULL);
  g_autofree char *before = NULL;

  /* Not evaluated yet: finalizing evaluates it first. */
  tiers_test_run_cli (&run, f->db, "finalize", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Evaluated and finalized 2026-Q1: 7 suppliers, grades frozen.\n");
  tiers_test_run_cli (&run, f->db, "finalize", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "2026-Q1 is already finalized");

  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  before = g_strdup (run.out);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 1);
  g_assert_cmpstr (run.out, ==, "");
  tiers_test_assert_contains (run.err, "2026-Q1 is finalized");
  tiers_test_assert_contains (run.err, "reopen 2026-Q1 --reason");
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R2", "B", "--reason", "other",
                      "--comment", "Audit", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "finalized");

  /* An import later changes nothing of a finalized period. */
  tiers_test_run_cli (&run, f->db, "import", "receipts", late, NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, before);

  tiers_test_run_cli (&run, f->db, "reopen", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_cli (&run, f->db, "reopen", "2026-Q1", "--reason", " ", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_cli (&run, f->db, "reopen", "2026-Q1", "--reason", "Late receipt found",
                      NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Reopened 2026-Q1");
  tiers_test_run_cli (&run, f->db, "reopen", "2026-Q1", "--reason", "again", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "not finalized");

  /* A draft again: graded with the late receipt, R1 falls to 25. */
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "R1,Ring One,A,D,90.00,25.00,-65.00,on_time,-50.00,downgraded,,0,,0\n");
  tiers_test_run_cli (&run, f->db, "finalize", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Finalized 2026-Q1: 7 suppliers, grades frozen.\n");

  tiers_test_run_cli (&run, f->db, "finalize", "2030-Q1", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "nothing to finalize");
  tiers_test_run_cli (&run, f->db, "finalize", NULL);
  tiers_test_assert_status (&run, 2);
}

static void
test_override_refused (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  struct
  {
    const char *supplier, *grade, *reason, *comment, *message;
  } refused[] = {
    { "R1", "E", "other", "why", "Unknown grade “E”" },
    { "R1", "C", "weather", "why", "Unknown reason “weather”" },
    { "R1", "C", "other", "", "Write a comment" },
    { "R9", "C", "other", "why", "R9" },
  };

  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "C", "--reason", "other",
                      "--comment", "why", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "evaluate it first");
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      tiers_test_run_cli (&run, f->db, "override", "2026-Q1", refused[i].supplier,
                          refused[i].grade, "--reason", refused[i].reason, "--comment",
                          refused[i].comment, NULL);
      tiers_test_assert_status (&run, 1);
      tiers_test_assert_contains (run.err, refused[i].message);
    }
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "C", "--comment", "why", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "--withdraw", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "no override");
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "A", "--reason",
                      "new_information", "--comment", "Audit passed", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "R1", "--withdraw", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Withdrew the override of R1 in 2026-Q1: the computed grade "
                                "stands.\n");
  tiers_test_run_cli (&run, f->db, "review", "2026-Q1", NULL);
  tiers_test_assert_contains (run.out, "R1,Ring One,A,D,90.00,50.00,-40.00,on_time,-50.00,downgraded,,0,,0\n");
}

static void
test_help (Fixture *f, gconstpointer data)
{
  const char *commands[] = { "finalize", "reopen", "override", "review" };
  g_auto(TiersTestRun) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      tiers_test_run_cli (&run, f->db, commands[i], "--help", NULL);
      tiers_test_assert_status (&run, 0);
      tiers_test_assert_contains (run.out, "PERIOD");
    }
  tiers_test_run_cli (&run, f->db, "--help", NULL);
  tiers_test_assert_contains (run.out, "finalize");
  tiers_test_assert_contains (run.out, "review");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-review/review", test_review);
  ADD ("/cli-review/finalize-and-reopen", test_finalize_and_reopen);
  ADD ("/cli-review/override-refused", test_override_refused);
  ADD ("/cli-review/help", test_help);
#undef ADD
  return g_test_run ();
}
