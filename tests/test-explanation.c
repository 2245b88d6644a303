/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-explanation.c: a supplier's breakdown and what moved its total against the previous
 * period, hand-computed. */
#include "config.h"

#include <math.h>

#include "tiers-error.h"
#include "tiers-explanation.h"

static const char two_criteria[] =
  "[Scheme]\nName=Now\nMinReceipts=0\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0.9\n"
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=50\nMethod=scale\nScale=5\n";

static const char three_criteria[] =
  "[Scheme]\nName=Then\nMinReceipts=0\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0.9\n"
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=50\nMethod=scale\nScale=5\n"
  "[Criterion coop]\nName=Cooperation\nDimension=other\nIndicator=manual\nWeight=100\n"
  "Method=scale\nScale=5\n";

static TiersEvaluation *
evaluate (const char *scheme_text, int quarter, double pass_rejected, double rating)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_load_from_data (scheme_text, -1, &error);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, quarter };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = { .receipts = 5, .received_qty = 100, .rejected_qty = pass_rejected,
                           .feedback_rows = 1, .feedback_rating_sum = rating };

  g_assert_no_error (error);
  tiers_facts_to_indicators (&f, s);
  tiers_supplier_indicators_add_manual (s, "coop", 5, 1);
  tiers_indicator_set_add (set, "S2", "bolts");
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, quarter, NULL);
}

static const TiersCriterionChange *
change (const TiersExplanation *e, guint i)
{
  return &g_array_index (e->changes, TiersCriterionChange, i);
}

/* Q1: pass 1 - 5/100 = 0.95 -> 50, service 4 -> 80: points 25 + 40 = 65.
 * Q2: pass 1 -> 100, service 3 -> 60: points 50 + 30 = 80.
 * Moves: pass +25, service -10; the score +15. */
static void
test_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersExplanation) e = tiers_explanation_new (evaluate (two_criteria, 2, 0, 3),
                                                         evaluate (two_criteria, 1, 5, 4),
                                                         "S1", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (e->current->score, ==, 80);
  g_assert_cmpfloat (e->previous->score, ==, 65);
  g_assert_true (e->has_score_delta);
  g_assert_cmpfloat_with_epsilon (e->score_delta, 15, 1e-9);
  g_assert_cmpuint (e->changes->len, ==, 2);
  g_assert_cmpstr (change (e, 0)->criterion->key, ==, "pass");
  g_assert_cmpfloat_with_epsilon (change (e, 0)->delta, 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (change (e, 0)->previous_points, 25, 1e-9);
  g_assert_cmpfloat (change (e, 0)->current_points, ==, 50);
  g_assert_cmpstr (change (e, 1)->criterion->key, ==, "service");
  g_assert_cmpfloat_with_epsilon (change (e, 1)->delta, -10, 1e-9);
  /* the breakdown itself: value, sample, share */
  g_assert_cmpfloat (e->current->criteria[1].indicator.value, ==, 3);
  g_assert_cmpuint (e->current->criteria[1].indicator.sample, ==, 1);
  g_assert_cmpfloat (e->current->criteria[1].weight_share, ==, 0.5);
}

/* The previous period used a scheme with a third criterion, coop (weight 100, rating 5 ->
 * 100): shares 0.25, 0.25, 0.5: points pass 0.25 x 50 = 12.5, service 0.25 x 80 = 20,
 * coop 50. Now: pass 50, service 30. Moves: coop -50, pass +37.5, service +10. */
static void
test_dropped_criterion (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersExplanation) e = tiers_explanation_new (evaluate (two_criteria, 2, 0, 3),
                                                         evaluate (three_criteria, 1, 5, 4),
                                                         "S1", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (e->changes->len, ==, 3);
  g_assert_cmpstr (change (e, 0)->criterion->key, ==, "coop");
  g_assert_cmpint (change (e, 0)->current_index, ==, -1);
  g_assert_cmpfloat (change (e, 0)->delta, ==, -50);
  g_assert_cmpstr (change (e, 1)->criterion->key, ==, "pass");
  g_assert_cmpfloat_with_epsilon (change (e, 1)->delta, 37.5, 1e-9);
  g_assert_cmpstr (change (e, 2)->criterion->key, ==, "service");
  g_assert_cmpfloat_with_epsilon (change (e, 2)->delta, 10, 1e-9);
}

/* No previous evaluation: every criterion moved by its whole points; no score delta. An
 * ungraded supplier has no score delta either. An unknown supplier is refused. */
static void
test_without_previous (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersExplanation) e = tiers_explanation_new (evaluate (two_criteria, 2, 0, 3),
                                                         NULL, "S1", &error);
  g_autoptr(TiersExplanation) s2 = NULL;
  g_autoptr(TiersExplanation) none = NULL;

  g_assert_no_error (error);
  g_assert_null (e->previous);
  g_assert_false (e->has_score_delta);
  g_assert_cmpfloat (change (e, 0)->delta, ==, 50);
  g_assert_cmpfloat (change (e, 1)->delta, ==, 30);

  s2 = tiers_explanation_new (evaluate (two_criteria, 2, 0, 3), evaluate (two_criteria, 1, 0, 3),
                              "S2", &error);
  g_assert_no_error (error);
  g_assert_false (s2->current->graded);
  g_assert_false (s2->has_score_delta);
  g_assert_cmpfloat (change (s2, 0)->delta, ==, 0);

  none = tiers_explanation_new (evaluate (two_criteria, 2, 0, 3), NULL, "S9", &error);
  g_assert_null (none);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/explanation/changes", test_changes);
  g_test_add_func ("/explanation/dropped-criterion", test_dropped_criterion);
  g_test_add_func ("/explanation/without-previous", test_without_previous);
  return g_test_run ();
}
