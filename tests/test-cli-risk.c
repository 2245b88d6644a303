/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-risk.c: `risk PERIOD` run as a user runs it: the CSV to the byte, the threshold,
 * adjusted grades, and refused input. Data: tests/data/risk, one receipt per supplier in
 * 2026-Q1 (B1 also in 2025-Q4), graded by on-time delivery and pass rate of equal weight:
 *   bolts  B1 500 (85 B; 95 A before: fell), B2 300 (late, 20 rejected: 40 D), B3 200 (100 A):
 *          shares .5 .3 .2, HHI 2500 + 900 + 400 = 3800, high; B1 flagged (fell), B2 at
 *          exactly .30 not above the default threshold
 *   glue   G1 received at price 0: no spend, no row
 *   nuts   N1 10 x 12.3456 = 123.456: alone, HHI 10000, single source, A
 *   paint  P1..P4 100 each: HHI 4 x 625 = 2500, moderate (the upper edge)
 *   "tape, wide"  T01 60 (late, all rejected: 0 D), T02 30, T03 20, T04 20, T05..T11 10 of 200:
 *          HHI 900 + 225 + 100 + 100 + 7 x 25 = 1500, moderate (the lower edge)
 *   wire   W1..W7 1 each: HHI 10000 / 7 = 1428.57, low; the top by code, 1/7 = 0.1429 */
#include "config.h"

#include "tiers-test-util.h"

static const char header[] =
  "category,spend,suppliers,hhi,band,top_supplier,top_share,single_source,flagged\n";

typedef TiersTestDatabase Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_database_set_up (f, "risk");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_database_tear_down (f);
}

static void
test_risk (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *expected = g_strconcat (header,
    "bolts,1000.00,3,3800.00,high,B1,0.5000,0,B1\n"
    "nuts,123.46,1,10000.00,high,N1,1.0000,1,\n"
    "paint,400.00,4,2500.00,moderate,P1,0.2500,0,\n"
    "\"tape, wide\",200.00,11,1500.00,moderate,T01,0.3000,0,\n"
    "wire,7.00,7,1428.57,low,W1,0.1429,0,\n", NULL);

  tiers_test_run_cli (&run, f->db, "risk", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

/* At 0.25, B2 (D at .30) and T01 (D at .30) are above it too, in order of share. */
static void
test_threshold (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "risk", "2026-Q1", "--threshold", "0.25", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "\nbolts,1000.00,3,3800.00,high,B1,0.5000,0,B1;B2\n");
  tiers_test_assert_contains (run.out,
                              "\n\"tape, wide\",200.00,11,1500.00,moderate,T01,0.3000,0,T01\n");
  /* Nobody is above a share of 1. */
  tiers_test_run_cli (&run, f->db, "risk", "2026-Q1", "--threshold", "1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "\nbolts,1000.00,3,3800.00,high,B1,0.5000,0,\n");
}

/* The grade shown counts: N1, A by its score, adjusted to C, is flagged at a share of 1. */
static void
test_adjusted (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  /* An adjustment needs the period's grades first. */
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "override", "2026-Q1", "N1", "C", "--reason", "other",
                      "--comment", "Audit findings", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_cli (&run, f->db, "risk", "2026-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "\nnuts,123.46,1,10000.00,high,N1,1.0000,1,N1\n");
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  const char *bad[] = { "1.5", "-0.1", "abc", "nan", "0,3" };

  /* A period without data: the header alone. */
  tiers_test_run_cli (&run, f->db, "risk", "2030-Q1", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_cmpstr (run.out, ==, header);
  tiers_test_run_cli (&run, f->db, "risk", "2026-Q5", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "2026-Q5");
  g_assert_cmpstr (run.out, ==, "");
  tiers_test_run_cli (&run, f->db, "risk", NULL);
  tiers_test_assert_status (&run, 2);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      tiers_test_run_cli (&run, f->db, "risk", "2026-Q1", "--threshold", bad[i], NULL);
      tiers_test_assert_status (&run, 2);
      tiers_test_assert_contains (run.err, "--threshold");
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* `chart allocation` writes the chart of every category, or of the one named. */
static void
test_allocation_chart (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *all = g_build_filename (f->dir, "all.png", NULL);
  g_autofree char *one = g_build_filename (f->dir, "bolts.svg", NULL);
  g_autofree char *svg = NULL;

  tiers_test_run_cli (&run, f->db, "chart", "allocation", "2026-Q1", "--png", all, NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_true (g_file_test (all, G_FILE_TEST_IS_REGULAR));
  tiers_test_run_cli (&run, f->db, "chart", "allocation", "2026-Q1", "--category", "bolts",
                      "--svg", one, NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_true (g_file_get_contents (one, &svg, NULL, NULL));
  tiers_test_assert_contains (svg, "<svg");
  tiers_test_run_cli (&run, f->db, "chart", "allocation", NULL);
  tiers_test_assert_status (&run, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli-risk/risk", Fixture, NULL, fixture_set_up, test_risk, fixture_tear_down);
  g_test_add ("/cli-risk/threshold", Fixture, NULL, fixture_set_up, test_threshold,
              fixture_tear_down);
  g_test_add ("/cli-risk/adjusted", Fixture, NULL, fixture_set_up, test_adjusted,
              fixture_tear_down);
  g_test_add ("/cli-risk/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/cli-risk/allocation-chart", Fixture, NULL, fixture_set_up,
              test_allocation_chart, fixture_tear_down);
  return g_test_run ();
}
