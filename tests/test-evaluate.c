/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-evaluate.c: `supplier-tiers-cli evaluate` end to end, from the CSV files under
 * data/evaluate through `import` to the printed CSV, against numbers computed by hand below:
 * every indicator and method of docs/grading.md, renormalised weights, provisional and ungraded
 * suppliers, smoothing across a year, re-evaluation, dry runs and refused periods. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store-evaluation.h"
#include "tiers-test-util.h"

/* scheme.ini: ten criteria of weight 10 each, so raw = the mean of the valued scores;
 * GraceDays 1, QuantityTolerance 0.1, MinReceipts 3. Period 2026-Q1.
 * Item medians: I1 8, 10, 11, 12 -> (10 + 11) / 2 = 10.5; I2 14, 20, 20, 30 -> 20;
 * I3 0 (C1 only); I4 6 (B1 only).
 * A1 (bolts): 4 receipts, late 0, 1, 4, -1 days.
 *   on_time 3/4 -> 75; late 5/4 = 1.25 -> (1.25 - 10) / (0 - 10) = 87.5;
 *   qty |0|, |5|, |10| > 5, |0| -> 3/4 = 0.75 -> band 0.5 -> 50;
 *   pass 1 - 10/285 -> (0.96491 - 0.5) / 0.5 = 92.98; incidents 1 x 100 / 4 = 25 -> the
 *   lowest threshold >= 25 is 50 -> 50; unit price 3940/285 = 13.8246, bolts' best A2's
 *   11.75 -> 11.75 / 13.8246 = 84.99; index 3940 / (195 x 10.5 + 90 x 20) = 1.02404 ->
 *   (1.02404 - 1.5) / (0.5 - 1.5) = 47.60; service (4 + 5) / 2 = 4.5 -> 90; response 2
 *   (the empty one left out) -> 90; coop (8 + 7) / 2 = 7.5 of 10 -> 75.
 *   raw = 743.07 / 10 = 74.31 -> C; 4 receipts and every value: final.
 * A2 (bolts, receipts but no feedback): on_time 2/3 -> 66.67; late 3/3 = 1 -> 90; qty 1 ->
 *   100; pass 1 - 2/40 -> 90; no incidents -> 0 -> 100; price 470/40 = 11.75, the best ->
 *   100; index 470 / 610 = 0.77049 -> 72.95. Renormalised over 7: 619.62 / 7 = 88.52 -> B.
 * B1 (nuts, 2 receipts < 3): 100, 100, 100, 100; incidents 10 x 100 / 2 = 500, no threshold
 *   >= 500 -> 0; price 330/15 = 22 against C1's 0 -> 0 / 22 = 0; index 330 / 230 = 1.43478
 *   -> 6.52; service 3 -> 60; response 10 -> 50. 516.52 / 9 = 57.39 -> D.
 * C1 (nuts): late 14 days -> 0 and 0; qty, pass, incidents 100; price 0 -> 100; index has no
 *   value (every reference price 0); coop 10 -> 100. 500 / 7 = 71.43 -> C.
 * D1 (feedback only): service 4.5 -> 90, response 2 -> 90: exactly GradeA -> A, provisional.
 * Z9: nothing at all -> ungraded, provisional. */
static const char expected_q1[] =
  "supplier_code,score,grade,provisional,on_time,late,qty,pass,incidents,price,index,service,"
  "response,coop\n"
  "A1,74.31,C,0,75.00,87.50,50.00,92.98,50.00,84.99,47.60,90.00,90.00,75.00\n"
  "A2,88.52,B,1,66.67,90.00,100.00,90.00,100.00,100.00,72.95,,,\n"
  "B1,57.39,D,1,100.00,100.00,100.00,100.00,0.00,0.00,6.52,60.00,50.00,\n"
  "C1,71.43,C,1,0.00,0.00,100.00,100.00,100.00,100.00,,,,100.00\n"
  "D1,90.00,A,1,,,,,,,,90.00,90.00,\n"
  "Z9,,,1,,,,,,,,,,\n";

/* 2025-Q4 holds one receipt of A1 (I1 at 10, its own median): 100 x 6 and index 1 -> 50:
 * 650 / 7 = 92.86 -> A, provisional (1 receipt). A2's incident has no receipts beside it. */
static const char expected_q4[] =
  "supplier_code,score,grade,provisional,on_time,late,qty,pass,incidents,price,index,service,"
  "response,coop\n"
  "A1,92.86,A,1,100.00,100.00,100.00,100.00,100.00,100.00,50.00,,,\n"
  "A2,,,1,,,,,,,,,,\n"
  "B1,,,1,,,,,,,,,,\n"
  "C1,,,1,,,,,,,,,,\n"
  "D1,,,1,,,,,,,,,,\n"
  "Z9,,,1,,,,,,,,,,\n";

/* on-time-only.ini weighs on_time alone: the score is its score; D1's valued criteria all
 * weigh 0, so D1 is ungraded. Criterion scores are printed all the same. */
static const char expected_on_time_only[] =
  "supplier_code,score,grade,provisional,on_time,late,qty,pass,incidents,price,index,service,"
  "response,coop\n"
  "A1,75.00,C,0,75.00,87.50,50.00,92.98,50.00,84.99,47.60,90.00,90.00,75.00\n"
  "A2,66.67,C,1,66.67,90.00,100.00,90.00,100.00,100.00,72.95,,,\n"
  "B1,100.00,A,1,100.00,100.00,100.00,100.00,0.00,0.00,6.52,60.00,50.00,\n"
  "C1,0.00,D,1,0.00,0.00,100.00,100.00,100.00,100.00,,,,100.00\n"
  "D1,,,1,,,,,,,,90.00,90.00,\n"
  "Z9,,,1,,,,,,,,,,\n";

/* ratio.ini: pass rate by ratio, higher is better, within the category. bolts: A1 275/285 =
 * 0.96491 is the best -> 100; A2 0.95 / 0.96491 = 98.45. nuts: B1 and C1 both 1 -> 100.
 * A2 now has every criterion of the scheme valued and 3 receipts: final. */
static const char expected_ratio[] =
  "supplier_code,score,grade,provisional,pass\n"
  "A1,100.00,A,0,100.00\n"
  "A2,98.45,A,0,98.45\n"
  "B1,100.00,A,1,100.00\n"
  "C1,100.00,A,1,100.00\n"
  "D1,,,1,\n"
  "Z9,,,1,\n";

typedef struct
{
  char *dir;
  char *db;
} Fixture;


static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "evaluate", name, NULL);
}

static void
assert_success (TiersTestRun *run)
{
  if (run->status != 0)
    g_error ("exit %d: %s", run->status, run->err);
}

static void
import (Fixture *f, const char *kind, const char *file)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *path = data_file (file);

  tiers_test_run_cli (&run, f->db, "import", kind, path, NULL);
  assert_success (&run);
}

static void
evaluate (Fixture *f, const char *period, const char *scheme, gboolean dry_run, TiersTestRun *run)
{
  g_autofree char *path = scheme ? data_file (scheme) : NULL;

  if (path != NULL && dry_run)
    tiers_test_run_cli (run, f->db, "evaluate", period, "--scheme", path, "--dry-run", NULL);
  else if (path != NULL)
    tiers_test_run_cli (run, f->db, "evaluate", period, "--scheme", path, NULL);
  else if (dry_run)
    tiers_test_run_cli (run, f->db, "evaluate", period, "--dry-run", NULL);
  else
    tiers_test_run_cli (run, f->db, "evaluate", period, NULL);
}

/* The scheme first: ratings name criterion keys of the current scheme. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *scheme = data_file ("scheme.ini");

  f->dir = g_dir_make_tmp ("tiers-evaluate-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
  tiers_test_run_cli (&run, f->db, "scheme", "import", scheme, NULL);
  assert_success (&run);
  import (f, "suppliers", "suppliers.csv");
  import (f, "receipts", "receipts.csv");
  import (f, "incidents", "incidents.csv");
  import (f, "feedback", "feedback.csv");
  import (f, "ratings", "ratings.csv");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static TiersEvaluation *
load_stored (Fixture *f, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->db, &error);
  TiersEvaluation *e;
  TiersPeriod period;

  g_assert_no_error (error);
  g_assert_true (tiers_period_parse (name, &period, NULL));
  e = tiers_store_load_evaluation (store, &period, &error);
  g_assert_no_error (error);
  return e;
}

static gint64
scheme_versions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->db, &error);
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;

  g_assert_no_error (error);
  scheme = tiers_store_load_scheme (store, &version, &error);
  g_assert_no_error (error);
  return version;
}

static void
test_every_rule (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autoptr(TiersEvaluation) stored = NULL;
  const TiersSupplierResult *a2;

  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_q1);

  /* What was stored: the scheme version, values with samples, shares and points. */
  stored = load_stored (f, "2026-Q1");
  g_assert_cmpint (stored->scheme_version, ==, scheme_versions (f));
  a2 = tiers_evaluation_find (stored, "A2");
  g_assert_cmpuint (a2->criteria[0].indicator.sample, ==, 3);
  g_assert_cmpfloat_with_epsilon (a2->criteria[0].indicator.value, 2.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (a2->criteria[0].weight_share, 1.0 / 7, 1e-12);
  g_assert_cmpfloat_with_epsilon (a2->criteria[0].points, 200.0 / 3 / 7, 1e-9);
  g_assert_false (a2->criteria[7].indicator.has_value);
  g_assert_cmpfloat (a2->criteria[7].weight_share, ==, 0);
  g_assert_cmpuint (tiers_evaluation_find (stored, "A1")->criteria[9].indicator.sample, ==, 2);
  g_assert_cmpuint (tiers_evaluation_find (stored, "A1")->criteria[7].indicator.sample, ==, 2);
  g_assert_cmpuint (tiers_evaluation_find (stored, "A1")->criteria[8].indicator.sample, ==, 1);
  g_assert_cmpfloat (tiers_evaluation_find (stored, "A1")->score, ==, 74.31);
}

/* Re-evaluating replaces the stored result; a dry run with another scheme prints that
 * scheme's grades and stores nothing, neither a scheme version nor an evaluation. */
static void
test_replace_and_dry_run (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autoptr(TiersEvaluation) first = NULL;
  g_autoptr(TiersEvaluation) after = NULL;
  gint64 versions;

  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  first = load_stored (f, "2026-Q1");
  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_q1);

  versions = scheme_versions (f);
  evaluate (f, "2026-Q1", "on-time-only.ini", TRUE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_on_time_only);
  g_assert_cmpint (scheme_versions (f), ==, versions);
  after = load_stored (f, "2026-Q1");
  g_assert_cmpint (after->scheme_version, ==, first->scheme_version);
  g_assert_cmpfloat (tiers_evaluation_find (after, "B1")->score, ==, 57.39);

  evaluate (f, "2026-Q1", "ratio.ini", TRUE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_ratio);

  /* The plain dry run reproduces the stored grades. */
  evaluate (f, "2026-Q1", NULL, TRUE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_q1);
}

/* A dry run that changes GraceDays needs fresh indicators: with 0 days A1's receipt one day
 * late no longer counts: on time 2/4 -> 50. New data also invalidates the cache. */
static void
test_what_if_fresh_indicators (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *before = NULL;

  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  evaluate (f, "2026-Q1", "no-grace.ini", TRUE, &run);
  assert_success (&run);
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);
    g_auto(GStrv) a1 = g_strsplit (lines[1], ",", -1);

    g_assert_cmpstr (a1[0], ==, "A1");
    g_assert_cmpstr (a1[4], ==, "50.00");
  }

  /* A2's new receipt, 19 days late and all rejected, shows at once in a dry run. */
  evaluate (f, "2026-Q1", NULL, TRUE, &run);
  before = g_strdup (run.out);
  import (f, "receipts", "late.csv");
  evaluate (f, "2026-Q1", NULL, TRUE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, !=, before);
  g_assert_nonnull (strstr (run.out, "\nA2,"));
  g_assert_null (strstr (run.out, "\nA2,88.52,B,"));
}

/* 2025-Q4 evaluated after 2026-Q1 with a smoothing scheme: Q4 is stored, and the later Q1 is
 * graded again with it: A1 = 92.86 x 0.5 + 74.307 x 0.5 = 83.58 (B); the others had no
 * score in Q4 and keep their raw one. --scheme stored a new version, used by both. */
static void
test_smoothing_across_years (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autoptr(TiersEvaluation) q1 = NULL;
  g_autoptr(TiersEvaluation) q4 = NULL;
  gint64 versions;

  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  versions = scheme_versions (f);

  evaluate (f, "2025-Q4", "smooth.ini", FALSE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==, expected_q4);
  g_assert_cmpint (scheme_versions (f), ==, versions + 1);

  q4 = load_stored (f, "2025-Q4");
  q1 = load_stored (f, "2026-Q1");
  g_assert_cmpint (q4->scheme_version, ==, versions + 1);
  g_assert_cmpint (q1->scheme_version, ==, versions + 1);
  g_assert_cmpfloat (tiers_evaluation_find (q1, "A1")->score, ==, 83.58);
  g_assert_true (tiers_evaluation_find (q1, "A1")->has_previous);
  g_assert_cmpfloat (tiers_evaluation_find (q1, "A1")->previous, ==, 92.86);
  g_assert_cmpint (tiers_evaluation_find (q1, "A1")->grade, ==, TIERS_GRADE_B);
  g_assert_cmpfloat (tiers_evaluation_find (q1, "A2")->score, ==, 88.52);

  /* Evaluating Q1 itself now gives the same, smoothed against the stored Q4. */
  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);
  g_assert_nonnull (strstr (run.out, "\nA1,83.58,B,0,75.00,"));
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  const char *impossible[] = { "2026-Q5", "2026-13", "26-Q1" };
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.ini", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    {
      evaluate (f, impossible[i], NULL, FALSE, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, impossible[i]));
      g_assert_nonnull (strstr (run.err, "is not a period"));
    }

  /* GradeA <= GradeB: refused, naming the section and key; nothing stored */
  evaluate (f, "2026-Q1", "bad.ini", FALSE, &run);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "[Scheme] GradeA"));
  g_assert_cmpint (scheme_versions (f), ==, 2);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", "--scheme", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);

  tiers_test_run_cli (&run, f->db, "evaluate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tiers_test_run_cli (&run, f->db, "evaluate", "2026-Q1", "2026-Q2", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tiers_test_run_cli (&run, f->db, "evaluate", "--bogus", "2026-Q1", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* A period without any data exits 0 with every supplier ungraded. */
static void
test_empty_period (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  evaluate (f, "2030-07", NULL, FALSE, &run);
  assert_success (&run);
  g_assert_cmpstr (run.out, ==,
                   "supplier_code,score,grade,provisional,on_time,late,qty,pass,incidents,"
                   "price,index,service,response,coop\n"
                   "A1,,,1,,,,,,,,,,\nA2,,,1,,,,,,,,,,\nB1,,,1,,,,,,,,,,\n"
                   "C1,,,1,,,,,,,,,,\nD1,,,1,,,,,,,,,,\nZ9,,,1,,,,,,,,,,\n");
}

/* The explanation of a stored grade: the breakdown and the change against 2025-Q4. */
static void
test_explanation (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(TiersExplanation) e = NULL;
  const TiersCriterionChange *top;
  TiersPeriod q1;

  evaluate (f, "2025-Q4", "smooth.ini", FALSE, &run);
  assert_success (&run);
  evaluate (f, "2026-Q1", NULL, FALSE, &run);
  assert_success (&run);

  store = tiers_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_period_parse ("2026-Q1", &q1, NULL));
  e = tiers_store_explain (store, &q1, "A1", &error);
  g_assert_no_error (error);
  /* Q4: every one of 7 valued criteria had 1/7 of the weight: 100/7 points each, index
   * 50/7. Q1: ten criteria, 1/10 each. The largest moves are incidents and qty, 100 -> 50
   * each: 5 - 14.29 = -9.29, a tie listed by key. */
  g_assert_true (e->has_score_delta);
  g_assert_cmpfloat_with_epsilon (e->score_delta, 83.58 - 92.86, 1e-9);
  top = &g_array_index (e->changes, TiersCriterionChange, 0);
  g_assert_cmpstr (top->criterion->key, ==, "incidents");
  g_assert_cmpfloat_with_epsilon (top->delta, 5 - 100.0 / 7, 1e-9);
  top = &g_array_index (e->changes, TiersCriterionChange, 1);
  g_assert_cmpstr (top->criterion->key, ==, "qty");
  g_assert_cmpfloat_with_epsilon (top->delta, 5 - 100.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (top->previous_points, 100.0 / 7, 1e-9);
  g_assert_cmpfloat (top->current_points, ==, 5);

  tiers_explanation_free (g_steal_pointer (&e));
  e = tiers_store_explain (store, &q1, "NOBODY", &error);
  g_assert_null (e);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/evaluate/every-rule", Fixture, NULL, fixture_set_up, test_every_rule,
              fixture_tear_down);
  g_test_add ("/evaluate/replace-and-dry-run", Fixture, NULL, fixture_set_up,
              test_replace_and_dry_run, fixture_tear_down);
  g_test_add ("/evaluate/what-if-fresh-indicators", Fixture, NULL, fixture_set_up,
              test_what_if_fresh_indicators, fixture_tear_down);
  g_test_add ("/evaluate/smoothing-across-years", Fixture, NULL, fixture_set_up,
              test_smoothing_across_years, fixture_tear_down);
  g_test_add ("/evaluate/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/evaluate/empty-period", Fixture, NULL, fixture_set_up, test_empty_period,
              fixture_tear_down);
  g_test_add ("/evaluate/explanation", Fixture, NULL, fixture_set_up, test_explanation,
              fixture_tear_down);
  return g_test_run ();
}
