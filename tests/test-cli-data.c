/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-data.c: `completeness PERIOD`, `batches` and `withdraw BATCH --reason TEXT` run
 * as a user runs them: the exact CSV, exit statuses and messages. Data: tests/data/records
 * (see test-store-records.c for what each supplier has in which quarter). */
#include "config.h"

#include <string.h>

#include "tiers-test-util.h"

typedef TiersTestDatabase Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const char *kinds[] = { "suppliers", "receipts", "feedback", "ratings", NULL };

  tiers_test_database_set_up_with (f, "records", kinds);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_database_tear_down (f);
}

static void
test_completeness (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "completeness", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  /* S1 lacks nothing and is left out; S3's name needs quotes. */
  g_assert_cmpstr (run.out, ==,
                   "supplier_code,name,receipts,feedback,missing_ratings,issue\n"
                   "S2,Bolt Brothers,1,0,audit,few_receipts;no_feedback;missing_ratings\n"
                   "S3,\"Nuts, Ltd\",0,0,cooperation;audit,"
                   "no_receipts;no_feedback;missing_ratings\n"
                   "S4,Quiet Castings,0,0,cooperation;audit,"
                   "no_receipts;no_feedback;missing_ratings;stale\n");

  /* S1's and S2's data all lie in 2026: nothing from 2025-Q2 to 2025-Q4. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "completeness", "2025-Q4", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==,
                   "supplier_code,name,receipts,feedback,missing_ratings,issue\n"
                   "S1,Acme Bolts,0,0,cooperation;audit,"
                   "no_receipts;no_feedback;missing_ratings;stale\n"
                   "S2,Bolt Brothers,0,0,cooperation;audit,"
                   "no_receipts;no_feedback;missing_ratings;stale\n"
                   "S3,\"Nuts, Ltd\",0,1,cooperation;audit,no_receipts;missing_ratings\n"
                   "S4,Quiet Castings,0,0,cooperation;audit,"
                   "no_receipts;no_feedback;missing_ratings\n");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "completeness", "2026-Q5", NULL);
  tiers_test_assert_status (&run, 1);
  g_assert_cmpstr (run.out, ==, "");
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "completeness", NULL);
  tiers_test_assert_status (&run, 2);
}

static void
test_withdraw (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  tiers_test_run_cli (&run, f->db, "batches", NULL);
  tiers_test_assert_status (&run, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "batch,kind,file_name,imported_at,rows,withdrawable,why_not");
  g_assert_cmpuint (g_strv_length (lines), ==, 6);   /* four files and the last newline */
  g_assert_true (g_str_has_prefix (lines[2], "3,feedback,"));
  g_assert_true (g_str_has_suffix (lines[2], ",2,1,"));
  g_assert_true (g_str_has_prefix (lines[4], "1,suppliers,"));

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "withdraw", "3", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_assert_contains (run.err, "--reason");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "withdraw", "1", "--reason", "wrong", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "suppliers file");

  /* 2025-Q4 holds S3's feedback from the file: finalized, the file stays. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "finalize", "2025-Q4", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "withdraw", "3", "--reason", "wrong file", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "2025-Q4");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "reopen", "2025-Q4", "--reason", "withdraw a file", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "withdraw", "3", "--reason", "wrong file", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, "Withdrew batch 3: 2 rows deleted.\n");

  /* Its feedback is gone: S1 now has none in 2026-Q1. */
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "completeness", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "\nS1,Acme Bolts,3,0,,no_feedback\n");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-data/completeness", Fixture, NULL, fixture_set_up, test_completeness,
              fixture_tear_down);
  g_test_add ("/cli-data/withdraw", Fixture, NULL, fixture_set_up, test_withdraw,
              fixture_tear_down);
  return g_test_run ();
}
