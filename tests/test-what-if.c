/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-what-if.c: the criteria page's what-if with hand-computed numbers: the distribution
 * before and after a weight edit, which suppliers change grade and in what order, suppliers
 * matched by code across two indicator sets, and which edits need fresh indicators. */
#include "config.h"

#include <math.h>

#include "tiers-what-if.h"

static const char scheme_text[] =
  "[Scheme]\nName=Test\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=3\nGraceDays=0\n"
  "QuantityTolerance=0.05\nSmoothing=1\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0\n"
  "[Criterion on_time]\nName=On time\nDimension=delivery\nIndicator=on_time_rate\n"
  "Weight=50\nMethod=linear\nBest=1\nWorst=0\n";

static TiersScheme *
load_scheme (void)
{
  g_autoptr(GError) error = NULL;
  TiersScheme *scheme = tiers_scheme_load_from_data (scheme_text, -1, &error);

  g_assert_no_error (error);
  return scheme;
}

static void
add (TiersIndicatorSet *set,
     const char        *code,
     double             pass,
     double             on_time,
     guint64            receipts)
{
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, code, "Parts");

  s->receipts = receipts;
  if (isnan (pass))
    return;
  s->values[TIERS_INDICATOR_PASS_RATE] = (TiersIndicatorValue) { pass, receipts, TRUE };
  s->values[TIERS_INDICATOR_ON_TIME_RATE] = (TiersIndicatorValue) { on_time, receipts, TRUE };
}

/* s1 90 A, s2 75 C, s3 70 C, s4 ungraded, s5 70 C provisional (2 receipts < 3). With the
 * weights 20 : 80 instead: s1 84 B, s2 90 A, s3 70 C, s5 58 D. */
static TiersIndicatorSet *
make_set (int grace_days)
{
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 3 };
  TiersIndicatorSet *set = tiers_indicator_set_new (&period, grace_days, 0.05);

  add (set, "s3", 0.7, 0.7, 10);
  add (set, "s1", 1.0, 0.8, 10);
  add (set, "s5", 0.9, 0.5, 2);
  add (set, "s2", 0.5, 1.0, 10);
  add (set, "s4", NAN, NAN, 0);
  tiers_indicator_set_sort (set);
  return set;
}

static void
assert_counts (const TiersGradeCounts *c,
               guint a, guint b, guint cc, guint d, guint none, guint provisional)
{
  g_assert_cmpuint (c->grades[TIERS_GRADE_A], ==, a);
  g_assert_cmpuint (c->grades[TIERS_GRADE_B], ==, b);
  g_assert_cmpuint (c->grades[TIERS_GRADE_C], ==, cc);
  g_assert_cmpuint (c->grades[TIERS_GRADE_D], ==, d);
  g_assert_cmpuint (c->grades[TIERS_GRADE_NONE], ==, none);
  g_assert_cmpuint (c->provisional, ==, provisional);
  g_assert_cmpuint (c->total, ==, a + b + cc + d + none);
}

static void
assert_change (const TiersWhatIf *w, guint i, const char *code,
               TiersGrade from, TiersGrade to, double before, double after)
{
  const TiersGradeChange *c = &g_array_index (w->changes, TiersGradeChange, i);

  g_assert_cmpstr (c->code, ==, code);
  g_assert_cmpint (c->from, ==, from);
  g_assert_cmpint (c->to, ==, to);
  g_assert_cmpfloat_with_epsilon (c->score_before, before, 1e-9);
  g_assert_cmpfloat_with_epsilon (c->score_after, after, 1e-9);
}

static void
test_weight_edit (void)
{
  g_autoptr(TiersIndicatorSet) set = make_set (0);
  g_autoptr(TiersScheme) current = load_scheme ();
  g_autoptr(TiersScheme) edited = load_scheme ();
  g_autoptr(TiersWhatIf) w = NULL;

  ((TiersCriterion *) edited->criteria->pdata[0])->weight = 20;
  ((TiersCriterion *) edited->criteria->pdata[1])->weight = 80;
  w = tiers_what_if_new (set, NULL, current, 7, edited);

  g_assert_cmpint (w->now->scheme_version, ==, 7);
  assert_counts (&w->counts_now, 1, 0, 3, 0, 1, 2);
  assert_counts (&w->counts_edited, 1, 1, 1, 1, 1, 2);
  /* Downgrades first, the larger drop first (s5 12 points, s1 6), then the upgrade. */
  g_assert_cmpuint (w->changes->len, ==, 3);
  assert_change (w, 0, "s5", TIERS_GRADE_C, TIERS_GRADE_D, 70, 58);
  assert_change (w, 1, "s1", TIERS_GRADE_A, TIERS_GRADE_B, 90, 84);
  assert_change (w, 2, "s2", TIERS_GRADE_C, TIERS_GRADE_A, 75, 90);
}

static void
test_no_edit (void)
{
  g_autoptr(TiersIndicatorSet) set = make_set (0);
  g_autoptr(TiersScheme) current = load_scheme ();
  g_autoptr(TiersWhatIf) w = tiers_what_if_new (set, NULL, current, 1, current);

  g_assert_cmpuint (w->changes->len, ==, 0);
  g_assert_cmpmem (&w->counts_now, sizeof w->counts_now,
                   &w->counts_edited, sizeof w->counts_edited);
}

static void
test_threshold_and_smoothing (void)
{
  g_autoptr(TiersIndicatorSet) set = make_set (0);
  g_autoptr(TiersScheme) current = load_scheme ();
  g_autoptr(TiersScheme) edited = load_scheme ();
  /* set order is by code: s1 s2 s3 s4 s5 */
  const double previous[] = { 80, NAN, NAN, NAN, NAN };
  g_autoptr(TiersWhatIf) w = NULL;

  /* GradeC 72 drops s3 and s5 (70) to D; smoothing 0.5 blends s1: 0.5 x 90 + 0.5 x 80 = 85,
   * a B. The current scheme does not smooth, so now s1 is still 90. */
  edited->grade_c = 72;
  edited->smoothing = 0.5;
  w = tiers_what_if_new (set, previous, current, 1, edited);
  assert_counts (&w->counts_edited, 0, 1, 1, 2, 1, 2);
  g_assert_cmpuint (w->changes->len, ==, 3);
  assert_change (w, 0, "s1", TIERS_GRADE_A, TIERS_GRADE_B, 90, 85);
  assert_change (w, 1, "s3", TIERS_GRADE_C, TIERS_GRADE_D, 70, 70);
  assert_change (w, 2, "s5", TIERS_GRADE_C, TIERS_GRADE_D, 70, 70);
}

static void
test_two_sets (void)
{
  g_autoptr(TiersIndicatorSet) before = make_set (0);
  g_autoptr(TiersIndicatorSet) after = make_set (2);
  g_autoptr(TiersScheme) current = load_scheme ();
  g_autoptr(TiersScheme) edited = load_scheme ();
  g_autoptr(TiersEvaluation) now = NULL;
  g_autoptr(TiersWhatIf) w = NULL;
  TiersSupplierIndicators *s6;

  edited->grace_days = 2;
  g_assert_false (tiers_what_if_needs_indicators (before, current));
  g_assert_true (tiers_what_if_needs_indicators (before, edited));
  g_assert_false (tiers_what_if_needs_indicators (after, edited));

  /* With two days' grace s2's on-time rate falls (an invented figure) and a new supplier
   * appears: matched by code, s6 counts as gaining a grade, listed after the downgrade. */
  ((TiersSupplierIndicators *) after->suppliers->pdata[1])->values[TIERS_INDICATOR_ON_TIME_RATE]
    .value = 0.5;   /* s2: 0.5 x 50 + 0.5 x 50 = 50, a D */
  s6 = tiers_indicator_set_add (after, "s6", "Parts");
  s6->receipts = 5;
  s6->values[TIERS_INDICATOR_PASS_RATE] = (TiersIndicatorValue) { 1, 5, TRUE };
  tiers_indicator_set_sort (after);

  now = tiers_evaluation_new (before, current, 1, NULL);
  w = tiers_what_if_compare (now, tiers_evaluation_new (after, edited, 0, NULL));
  g_assert_true (w->now == now);
  assert_counts (&w->counts_edited, 2, 0, 2, 1, 1, 3);   /* s6 has no on-time: provisional */
  g_assert_cmpuint (w->changes->len, ==, 2);
  assert_change (w, 0, "s2", TIERS_GRADE_C, TIERS_GRADE_D, 75, 50);
  assert_change (w, 1, "s6", TIERS_GRADE_NONE, TIERS_GRADE_A, 0, 100);
}

static void
test_indicator_edit_fits (void)
{
  g_autoptr(TiersIndicatorSet) set = make_set (0);
  g_autoptr(TiersScheme) edited = load_scheme ();
  TiersCriterion *pass = edited->criteria->pdata[0];

  /* Another indicator or a rating key is in the set already: no recomputation. */
  pass->indicator = TIERS_INDICATOR_DAYS_LATE;
  g_assert_false (tiers_what_if_needs_indicators (set, edited));
  pass->indicator = TIERS_INDICATOR_MANUAL;
  g_assert_false (tiers_what_if_needs_indicators (set, edited));
  edited->quantity_tolerance = 0.1;
  g_assert_true (tiers_what_if_needs_indicators (set, edited));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/what-if/weight-edit", test_weight_edit);
  g_test_add_func ("/what-if/no-edit", test_no_edit);
  g_test_add_func ("/what-if/threshold-and-smoothing", test_threshold_and_smoothing);
  g_test_add_func ("/what-if/two-sets", test_two_sets);
  g_test_add_func ("/what-if/indicator-edit-fits", test_indicator_edit_fits);
  return g_test_run ();
}
