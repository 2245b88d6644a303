/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-review-movers.c: the movers of a quarterly review (tiers-review.h), hand-computed;
 * grades and override reasons as the command line spells them. */
#include "config.h"

#include <math.h>

#include "tiers-error.h"
#include "tiers-review.h"

/* Both criteria weigh the same: each one's points are half its score. */
static const char scheme_text[] =
  "[Scheme]\nName=Review\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=0\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0.9\n"
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=50\nMethod=scale\nScale=5\n";

typedef struct
{
  const char *code;
  double      rejected;   /* of 100 received; < 0: no data at all (ungraded) */
  double      rating;
} Row;

static TiersEvaluation *
evaluate (int quarter, const Row *rows, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_load_from_data (scheme_text, -1, &error);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, quarter };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      TiersSupplierIndicators *s = tiers_indicator_set_add (set, rows[i].code, "bolts");
      TiersSupplierFacts f = { .receipts = 5, .received_qty = 100,
                               .rejected_qty = rows[i].rejected, .feedback_rows = 1,
                               .feedback_rating_sum = rows[i].rating };

      if (rows[i].rejected >= 0)
        tiers_facts_to_indicators (&f, s);
    }
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, quarter, NULL);
}

/* Pass: 1 - rejected / 100, 0.9 scores 0 and 1 scores 100; service: rating / 5.
 * Q1                                Q2
 * S1 0, 5: 100 + 100 -> 100 A       5, 5: 50 + 100 -> 75 C    downgraded -25, pass -25
 * S2 5, 3: 50 + 60 -> 55 D          0, 4: 100 + 80 -> 90 A    upgraded +35, pass +25
 * S3 2, 4: 80 + 80 -> 80 B          the same                  not listed
 * S4 4, 3.5: 60 + 70 -> 65 C        4, 3: 60 + 60 -> 60 C     stayed_low -5, service -5
 * S5 ungraded                       0, 5 -> 100 A             new; pass and service +50
 *                                                             each, equal: by key, pass
 * S6 0, 4: 100 + 80 -> 90 A         not evaluated             ungraded, no criterion
 * S7 0, 4 -> 90 A                   ungraded                  ungraded, pass -50
 * S8 ungraded                       ungraded                  not listed
 * S9 10, 1: 0 + 20 -> 10 D          the same                  stayed_low, nothing moved */
static const Row q1[] = {
  { "S1", 0, 5 }, { "S2", 5, 3 }, { "S3", 2, 4 }, { "S4", 4, 3.5 }, { "S5", -1, 0 },
  { "S6", 0, 4 }, { "S7", 0, 4 }, { "S8", -1, 0 }, { "S9", 10, 1 },
};
static const Row q2[] = {
  { "S1", 5, 5 }, { "S2", 0, 4 }, { "S3", 2, 4 }, { "S4", 4, 3 }, { "S5", 0, 5 },
  { "S7", -1, 0 }, { "S8", -1, 0 }, { "S9", 10, 1 },
};

static const TiersMover *
mover (GArray *movers, guint i)
{
  return &g_array_index (movers, TiersMover, i);
}

static void
assert_mover (const TiersMover *m, const char *code, TiersReviewStatus status,
              TiersGrade previous_grade, TiersGrade grade, const char *top, double top_points)
{
  g_assert_cmpstr (m->supplier_code, ==, code);
  g_assert_cmpstr (tiers_review_status_to_string (m->status), ==,
                   tiers_review_status_to_string (status));
  g_assert_cmpint (m->previous_grade, ==, previous_grade);
  g_assert_cmpint (m->grade, ==, grade);
  g_assert_cmpstr (m->top_criterion, ==, top);
  if (top != NULL)
    g_assert_cmpfloat_with_epsilon (m->top_points, top_points, 1e-9);
}

static void
test_movers (void)
{
  g_autoptr(TiersEvaluation) before = evaluate (1, q1, G_N_ELEMENTS (q1));
  g_autoptr(TiersEvaluation) now = evaluate (2, q2, G_N_ELEMENTS (q2));
  g_autoptr(GArray) movers = tiers_review_movers (now, before);

  g_assert_cmpuint (movers->len, ==, 7);
  assert_mover (mover (movers, 0), "S2", TIERS_REVIEW_UPGRADED, TIERS_GRADE_D, TIERS_GRADE_A,
                "pass", 25);
  g_assert_true (mover (movers, 0)->has_change);
  g_assert_cmpfloat (mover (movers, 0)->change, ==, 35);
  g_assert_cmpfloat (mover (movers, 0)->previous_score, ==, 55);
  g_assert_cmpfloat (mover (movers, 0)->score, ==, 90);
  assert_mover (mover (movers, 1), "S1", TIERS_REVIEW_DOWNGRADED, TIERS_GRADE_A, TIERS_GRADE_C,
                "pass", -25);
  g_assert_cmpfloat (mover (movers, 1)->change, ==, -25);
  assert_mover (mover (movers, 2), "S5", TIERS_REVIEW_NEW, TIERS_GRADE_NONE, TIERS_GRADE_A,
                "pass", 50);
  g_assert_false (mover (movers, 2)->has_previous_score);
  g_assert_false (mover (movers, 2)->has_change);
  g_assert_true (mover (movers, 2)->has_score);
  assert_mover (mover (movers, 3), "S6", TIERS_REVIEW_UNGRADED, TIERS_GRADE_A, TIERS_GRADE_NONE,
                NULL, 0);
  g_assert_false (mover (movers, 3)->has_score);
  g_assert_cmpfloat (mover (movers, 3)->previous_score, ==, 90);
  assert_mover (mover (movers, 4), "S7", TIERS_REVIEW_UNGRADED, TIERS_GRADE_A, TIERS_GRADE_NONE,
                "pass", -50);
  assert_mover (mover (movers, 5), "S4", TIERS_REVIEW_STAYED_LOW, TIERS_GRADE_C, TIERS_GRADE_C,
                "service", -5);
  g_assert_cmpfloat (mover (movers, 5)->change, ==, -5);
  assert_mover (mover (movers, 6), "S9", TIERS_REVIEW_STAYED_LOW, TIERS_GRADE_D, TIERS_GRADE_D,
                NULL, 0);
  g_assert_true (mover (movers, 6)->has_change);
  g_assert_cmpfloat (mover (movers, 6)->change, ==, 0);
}

/* Without an evaluation before, everyone graded now is new (S3 too); without one now,
 * everyone graded before is ungraded. */
static void
test_one_side_missing (void)
{
  g_autoptr(TiersEvaluation) before = evaluate (1, q1, G_N_ELEMENTS (q1));
  g_autoptr(TiersEvaluation) now = evaluate (2, q2, G_N_ELEMENTS (q2));
  g_autoptr(GArray) only_now = tiers_review_movers (now, NULL);
  g_autoptr(GArray) only_before = tiers_review_movers (NULL, before);
  const char *new_codes[] = { "S1", "S2", "S3", "S4", "S5", "S9" };
  const char *gone_codes[] = { "S1", "S2", "S3", "S4", "S6", "S7", "S9" };

  g_assert_cmpuint (only_now->len, ==, G_N_ELEMENTS (new_codes));
  for (guint i = 0; i < only_now->len; i++)
    {
      g_assert_cmpstr (mover (only_now, i)->supplier_code, ==, new_codes[i]);
      g_assert_cmpint (mover (only_now, i)->status, ==, TIERS_REVIEW_NEW);
    }
  g_assert_cmpuint (only_before->len, ==, G_N_ELEMENTS (gone_codes));
  for (guint i = 0; i < only_before->len; i++)
    {
      g_assert_cmpstr (mover (only_before, i)->supplier_code, ==, gone_codes[i]);
      g_assert_cmpint (mover (only_before, i)->status, ==, TIERS_REVIEW_UNGRADED);
      g_assert_null (mover (only_before, i)->top_criterion);
    }
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  TiersOverrideReason reason;
  TiersGrade grade;

  g_assert_true (tiers_grade_parse ("b", &grade, &error));
  g_assert_cmpint (grade, ==, TIERS_GRADE_B);
  g_assert_true (tiers_grade_parse ("D", &grade, &error));
  g_assert_cmpint (grade, ==, TIERS_GRADE_D);
  g_assert_false (tiers_grade_parse ("E", &grade, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_grade_parse ("AB", &grade, &error));
  g_clear_error (&error);
  g_assert_false (tiers_grade_parse ("", &grade, &error));
  g_clear_error (&error);

  g_assert_true (tiers_override_reason_parse ("outside_control", &reason, &error));
  g_assert_cmpint (reason, ==, TIERS_OVERRIDE_OUTSIDE_CONTROL);
  g_assert_cmpstr (tiers_override_reason_to_string (TIERS_OVERRIDE_NEW_INFORMATION), ==,
                   "new_information");
  g_assert_false (tiers_override_reason_parse ("Other", &reason, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/review/movers", test_movers);
  g_test_add_func ("/review/one-side-missing", test_one_side_missing);
  g_test_add_func ("/review/parse", test_parse);
  return g_test_run ();
}
