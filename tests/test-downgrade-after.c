/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-downgrade-after.c: the scheme key DowngradeAfter (docs/grading.md, "Downgrade after")
 * with hand-computed periods: a drop after 2 and after 3 periods in a row below the held
 * grade, recovery, an immediate upgrade, the reset by an ungraded period, smoothing, a
 * previous period graded without the key, DowngradeAfter=1 exactly as without it; the key in
 * the scheme file. One criterion, the service rating on a scale of 5 with weight 1, so a
 * supplier's score is its rating times 20; A from 90, B from 80, C from 60. Each period is
 * graded from the one before through their stored forms, as the store chains them. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-grading.h"

static const char scheme_head[] =
  "[Scheme]\nName=Hold\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=0\nGraceDays=0\n"
  "QuantityTolerance=0.05\n";
static const char scheme_criteria[] =
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=1\nMethod=scale\nScale=5\n";

static TiersScheme *
scheme_with (const char *settings)
{
  g_autofree char *text = g_strconcat (scheme_head, settings, scheme_criteria, NULL);
  g_autoptr(GError) error = NULL;
  TiersScheme *scheme = tiers_scheme_load_from_data (text, -1, &error);

  g_assert_no_error (error);
  return scheme;
}

/* Grades S1 with the raw score RAW (NAN: no data, ungraded) after BEFORE (NULL: nothing
 * stored), and checks that the stored results read back the same. */
static TiersEvaluation *
grade (const TiersScheme *scheme, double raw, const TiersEvaluation *before)
{
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = { 0 };
  g_autofree double *previous = NULL;
  g_autofree TiersHeldGrade *held = NULL;
  g_autoptr(GBytes) results = NULL;
  g_autoptr(TiersEvaluation) back = NULL;
  g_autoptr(GError) error = NULL;
  TiersEvaluation *e;

  if (!isnan (raw))
    {
      f.feedback_rows = 1;
      f.feedback_rating_sum = raw / 20;
    }
  tiers_facts_to_indicators (&f, s);
  if (before != NULL)
    {
      g_autoptr(GBytes) scores = tiers_evaluation_serialize_scores (before);

      previous = tiers_scores_align (scores, set, &error);
      g_assert_no_error (error);
      held = tiers_scores_align_held (scores, set, scheme, &error);
      g_assert_no_error (error);
    }
  e = tiers_evaluation_new_held (set, scheme, 1, previous, held);

  results = tiers_evaluation_serialize_results (e);
  back = tiers_evaluation_deserialize_results (set, scheme, 1, results, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->suppliers[0].grade, ==, e->suppliers[0].grade);
  g_assert_cmpint (back->suppliers[0].at_risk, ==, e->suppliers[0].at_risk);
  g_assert_cmpuint (back->suppliers[0].periods_below, ==, e->suppliers[0].periods_below);
  g_assert_cmpfloat (back->suppliers[0].score, ==, e->suppliers[0].score);
  return e;
}

typedef struct
{
  double      raw;            /* NAN: ungraded */
  double      score;          /* after smoothing and rounding */
  const char *grade;          /* "" ungraded */
  gboolean    at_risk;
  guint       periods_below;
} Step;

static void
run_steps (const TiersScheme *scheme, const Step *steps, guint n)
{
  g_autoptr(TiersEvaluation) before = NULL;

  for (guint i = 0; i < n; i++)
    {
      TiersEvaluation *e = grade (scheme, steps[i].raw, before);
      const TiersSupplierResult *r = &e->suppliers[0];

      if (strcmp (tiers_grade_to_string (r->grade), steps[i].grade) != 0 ||
          r->at_risk != steps[i].at_risk || r->periods_below != steps[i].periods_below ||
          (r->graded && fabs (r->score - steps[i].score) > 1e-9))
        g_error ("period %u: %.2f %s at risk %d below %u, expected %.2f %s %d %u", i + 1,
                 r->score, tiers_grade_to_string (r->grade), r->at_risk, r->periods_below,
                 steps[i].score, steps[i].grade, steps[i].at_risk, steps[i].periods_below);
      g_clear_pointer (&before, tiers_evaluation_free);
      before = e;
    }
}

/* DowngradeAfter=2: A 92; 85 is below A's 90: keeps A, at risk (1); 84 again below: the
 * second period in a row, drops to B. 70 below B: keeps B (1); 82 reaches B again: the
 * count ends; 75: at risk from 1 again; 95: up to A at once; no data: ungraded; then 70
 * holds nothing and is C at once. */
static void
test_after_two (void)
{
  g_autoptr(TiersScheme) scheme = scheme_with ("Smoothing=1\nDowngradeAfter=2\n");
  const Step steps[] = {
    { 92, 92, "A", FALSE, 0 },
    { 85, 85, "A", TRUE, 1 },
    { 84, 84, "B", FALSE, 0 },
    { 70, 70, "B", TRUE, 1 },
    { 82, 82, "B", FALSE, 0 },
    { 75, 75, "B", TRUE, 1 },
    { 95, 95, "A", FALSE, 0 },
    { NAN, 0, "", FALSE, 0 },
    { 70, 70, "C", FALSE, 0 },
  };

  run_steps (scheme, steps, G_N_ELEMENTS (steps));
}

/* DowngradeAfter=3: A 92; 85 (B-level) and 65 (C-level) are both below A: at risk 1, 2; the
 * third, 50, drops it straight to the grade its score earns, D. Then D 50, 95: A at once;
 * 85: at risk 1; 91: back at A, the count ends; 85, 85: at risk 1, 2 again. */
static void
test_after_three (void)
{
  g_autoptr(TiersScheme) scheme = scheme_with ("Smoothing=1\nDowngradeAfter=3\n");
  const Step steps[] = {
    { 92, 92, "A", FALSE, 0 },
    { 85, 85, "A", TRUE, 1 },
    { 65, 65, "A", TRUE, 2 },
    { 50, 50, "D", FALSE, 0 },
    { 95, 95, "A", FALSE, 0 },
    { 85, 85, "A", TRUE, 1 },
    { 91, 91, "A", FALSE, 0 },
    { 85, 85, "A", TRUE, 1 },
    { 85, 85, "A", TRUE, 2 },
  };

  run_steps (scheme, steps, G_N_ELEMENTS (steps));
}

/* With Smoothing=0.5 the rule reads the smoothed, rounded score: raw 100 -> 100 A; raw 70
 * -> 100 x 0.5 + 70 x 0.5 = 85, below A: A at risk; raw 70 -> 85 x 0.5 + 70 x 0.5 = 77.5,
 * below A a second time: drops to C (77.5 is below B's 80). */
static void
test_smoothed (void)
{
  g_autoptr(TiersScheme) scheme = scheme_with ("Smoothing=0.5\nDowngradeAfter=2\n");
  const Step steps[] = {
    { 100, 100, "A", FALSE, 0 },
    { 70, 85, "A", TRUE, 1 },
    { 70, 77.5, "C", FALSE, 0 },
  };

  run_steps (scheme, steps, G_N_ELEMENTS (steps));
}

/* A previous period graded without the key holds the grade its score earns under the
 * current thresholds: 92 is A, so 85 now is A at risk. */
static void
test_previous_without_key (void)
{
  g_autoptr(TiersScheme) plain = scheme_with ("Smoothing=1\n");
  g_autoptr(TiersScheme) scheme = scheme_with ("Smoothing=1\nDowngradeAfter=2\n");
  g_autoptr(TiersEvaluation) first = grade (plain, 92, NULL);
  g_autoptr(TiersEvaluation) second = grade (scheme, 85, first);

  g_assert_cmpint (second->suppliers[0].grade, ==, TIERS_GRADE_A);
  g_assert_true (second->suppliers[0].at_risk);
}

/* DowngradeAfter=1, written or not, grades and stores exactly as without it: 92 A, then 85
 * B at once; the stored forms are byte for byte those of tiers_evaluation_new. */
static void
test_after_one (void)
{
  g_autoptr(TiersScheme) plain = scheme_with ("Smoothing=1\n");
  g_autoptr(TiersScheme) one = scheme_with ("Smoothing=1\nDowngradeAfter=1\n");
  const Step steps[] = {
    { 92, 92, "A", FALSE, 0 },
    { 85, 85, "B", FALSE, 0 },
    { 70, 70, "C", FALSE, 0 },
  };
  g_autoptr(TiersEvaluation) first = grade (one, 92, NULL);
  g_autoptr(TiersEvaluation) second = grade (one, 85, first);
  g_autoptr(TiersEvaluation) plain_first = grade (plain, 92, NULL);
  g_autoptr(TiersEvaluation) plain_second = grade (plain, 85, plain_first);
  g_autoptr(GBytes) scores = tiers_evaluation_serialize_scores (second);
  g_autoptr(GBytes) plain_scores = tiers_evaluation_serialize_scores (plain_second);
  g_autoptr(GBytes) results = tiers_evaluation_serialize_results (second);
  g_autoptr(GBytes) plain_results = tiers_evaluation_serialize_results (plain_second);
  g_autofree char *data = tiers_scheme_to_data (one);
  g_autofree char *plain_data = tiers_scheme_to_data (plain);

  run_steps (one, steps, G_N_ELEMENTS (steps));
  run_steps (plain, steps, G_N_ELEMENTS (steps));
  g_assert_true (g_bytes_equal (scores, plain_scores));
  g_assert_true (g_bytes_equal (results, plain_results));
  g_assert_cmpstr (data, ==, plain_data);
  g_assert_null (strstr (data, "DowngradeAfter"));
}

static void
assert_refused (const char *settings, const char *message)
{
  g_autofree char *text = g_strconcat (scheme_head, settings, scheme_criteria, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_load_from_data (text, -1, &error);

  g_assert_null (scheme);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_scheme_key (void)
{
  g_autoptr(TiersScheme) scheme = scheme_with ("Smoothing=1\nDowngradeAfter=3\n");
  g_autoptr(TiersScheme) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = tiers_scheme_to_data (scheme);
  g_autoptr(TiersScheme) fresh = tiers_scheme_new_default ();
  g_autofree char *fresh_data = tiers_scheme_to_data (fresh);

  g_assert_cmpint (scheme->downgrade_after, ==, 3);
  g_assert_nonnull (strstr (data, "\nDowngradeAfter=3\n"));
  back = tiers_scheme_load_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_scheme_equal (scheme, back));
  g_assert_cmpint (fresh->downgrade_after, ==, 1);
  g_assert_null (strstr (fresh_data, "DowngradeAfter"));

  assert_refused ("DowngradeAfter=0\n",
                  "[Scheme] DowngradeAfter: must be a whole number of 1 or more (1 drops a "
                  "grade at once)");
  assert_refused ("DowngradeAfter=-2\n",
                  "[Scheme] DowngradeAfter: must be a whole number of 1 or more (1 drops a "
                  "grade at once)");
  assert_refused ("DowngradeAfter=1.5\n",
                  "[Scheme] DowngradeAfter: “1.5” is not a whole number");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/downgrade-after/two", test_after_two);
  g_test_add_func ("/downgrade-after/three", test_after_three);
  g_test_add_func ("/downgrade-after/smoothed", test_smoothed);
  g_test_add_func ("/downgrade-after/previous-without-key", test_previous_without_key);
  g_test_add_func ("/downgrade-after/one-as-before", test_after_one);
  g_test_add_func ("/downgrade-after/scheme-key", test_scheme_key);
  return g_test_run ();
}
