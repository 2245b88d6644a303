/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-grading.c: the scoring rules of docs/grading.md ("Scores", "Total and grade") with
 * hand-computed numbers: every method (bands and ratio in both directions), thresholds hit exactly,
 * renormalised weights, smoothing, rounding, provisional and ungraded suppliers, the CSV of
 * docs/cli.md. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-blob.h"
#include "tiers-error.h"
#include "tiers-grading.h"
#include "tiers-number.h"

static const char scheme_text[] =
  "[Scheme]\nName=Test\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=3\nGraceDays=0\n"
  "QuantityTolerance=0.05\nSmoothing=1\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0.9\n"
  "[Criterion price]\nName=Price\nDimension=price\nIndicator=unit_price\nWeight=30\n"
  "Method=ratio\n"
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=20\nMethod=scale\nScale=5\n";

static TiersScheme *
load_scheme (const char *text)
{
  g_autoptr(GError) error = NULL;
  TiersScheme *scheme = tiers_scheme_load_from_data (text, -1, &error);

  g_assert_no_error (error);
  return scheme;
}

static GArray *
bands (const TiersBand *list, guint n)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (TiersBand));

  g_array_append_vals (a, list, n);
  return a;
}

static void
test_linear (void)
{
  /* (0.95 - 0.9) / (1 - 0.9) x 100 = 50 */
  g_assert_cmpfloat_with_epsilon (tiers_score_linear (0.95, 1, 0.9), 50, 1e-9);
  g_assert_cmpfloat (tiers_score_linear (1.2, 1, 0.9), ==, 100);   /* clamped */
  g_assert_cmpfloat (tiers_score_linear (0.5, 1, 0.9), ==, 0);
  /* Best < Worst: lower is better. days late 2.5 with Best 0, Worst 10: (2.5 - 10) / -10 = 75 */
  g_assert_cmpfloat (tiers_score_linear (2.5, 0, 10), ==, 75);
  g_assert_cmpfloat (tiers_score_linear (12, 0, 10), ==, 0);
  g_assert_cmpfloat (tiers_score_linear (0, 0, 10), ==, 100);
}

static void
test_ratio (void)
{
  /* higher is better: 0.9 / 1.2 x 100 = 75; max 0 scores 0 */
  g_assert_cmpfloat_with_epsilon (tiers_score_ratio (0.9, 1.2, TRUE), 75, 1e-9);
  g_assert_cmpfloat (tiers_score_ratio (0, 0, TRUE), ==, 0);
  g_assert_cmpfloat (tiers_score_ratio (1.2, 1.2, TRUE), ==, 100);
  /* lower is better: min 2 / v 4 x 100 = 50; v 0 scores 100 */
  g_assert_cmpfloat (tiers_score_ratio (4, 2, FALSE), ==, 50);
  g_assert_cmpfloat (tiers_score_ratio (0, 0, FALSE), ==, 100);
}

static void
test_bands (void)
{
  /* written out of order on purpose */
  static const TiersBand higher[] = { { 0.95, 100 }, { 0, 20 }, { 0.9, 60 } };
  static const TiersBand lower[] = { { 0, 100 }, { 5, 80 }, { 15, 60 }, { 30, 30 } };
  g_autoptr(GArray) h = bands (higher, G_N_ELEMENTS (higher));
  g_autoptr(GArray) l = bands (lower, G_N_ELEMENTS (lower));

  /* higher is better: the highest threshold <= v */
  g_assert_cmpfloat (tiers_score_bands (h, 0.95, TRUE), ==, 100);   /* exactly on it */
  g_assert_cmpfloat (tiers_score_bands (h, 0.949, TRUE), ==, 60);
  g_assert_cmpfloat (tiers_score_bands (h, 0.9, TRUE), ==, 60);
  g_assert_cmpfloat (tiers_score_bands (h, 0.5, TRUE), ==, 20);
  g_assert_cmpfloat (tiers_score_bands (h, -0.1, TRUE), ==, 0);     /* none matches */
  /* lower is better: the lowest threshold >= v */
  g_assert_cmpfloat (tiers_score_bands (l, 0, FALSE), ==, 100);
  g_assert_cmpfloat (tiers_score_bands (l, 5, FALSE), ==, 80);      /* exactly on it */
  g_assert_cmpfloat (tiers_score_bands (l, 5.1, FALSE), ==, 60);
  g_assert_cmpfloat (tiers_score_bands (l, 30, FALSE), ==, 30);
  g_assert_cmpfloat (tiers_score_bands (l, 31, FALSE), ==, 0);      /* none matches */
}

static void
test_scale (void)
{
  g_assert_cmpfloat (tiers_score_scale (4, 5), ==, 80);     /* 4 / 5 x 100 */
  g_assert_cmpfloat (tiers_score_scale (7, 10), ==, 70);
  g_assert_cmpfloat (tiers_score_scale (6, 5), ==, 100);    /* clamped */
  g_assert_cmpfloat (tiers_score_scale (0, 5), ==, 0);
}

static void
test_smoothing_and_rounding (void)
{
  /* docs/grading.md, "Total and grade": 80 then raw 20 with f = 0.1: 80 x 0.9 + 20 x 0.1 = 74 */
  g_assert_cmpfloat (tiers_round2 (tiers_smooth (80, 20, 0.1)), ==, 74);
  g_assert_cmpfloat (tiers_smooth (80, 20, 1), ==, 20);
  /* half away from zero: 89.995 x 100 = 8999.5 -> 9000 */
  g_assert_cmpfloat (tiers_round2 (89.995), ==, 90);
  g_assert_cmpfloat (tiers_round2 (74.994), ==, 74.99);
}

static void
test_grade_boundaries (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);

  g_assert_cmpint (tiers_grade_for_score (s, 100), ==, TIERS_GRADE_A);
  g_assert_cmpint (tiers_grade_for_score (s, 90), ==, TIERS_GRADE_A);
  g_assert_cmpint (tiers_grade_for_score (s, 89.99), ==, TIERS_GRADE_B);
  g_assert_cmpint (tiers_grade_for_score (s, 80), ==, TIERS_GRADE_B);
  g_assert_cmpint (tiers_grade_for_score (s, 79.99), ==, TIERS_GRADE_C);
  g_assert_cmpint (tiers_grade_for_score (s, 60), ==, TIERS_GRADE_C);
  g_assert_cmpint (tiers_grade_for_score (s, 59.99), ==, TIERS_GRADE_D);
  g_assert_cmpint (tiers_grade_for_score (s, 0), ==, TIERS_GRADE_D);
  g_assert_cmpstr (tiers_grade_to_string (TIERS_GRADE_NONE), ==, "");
  g_assert_cmpstr (tiers_grade_to_string (TIERS_GRADE_C), ==, "C");
}

static TiersSupplierIndicators *
add (TiersIndicatorSet *set, const char *code, const char *category,
     guint64 receipts, double received, double rejected, double value,
     guint64 feedback, double rating_sum)
{
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, code, category);
  TiersSupplierFacts f = { 0 };

  f.receipts = receipts;
  f.on_time = receipts;
  f.quantity_accurate = receipts;
  f.received_qty = received;
  f.rejected_qty = rejected;
  f.value = value;
  f.reference_value = value;
  f.feedback_rows = feedback;
  f.feedback_rating_sum = rating_sum;
  tiers_facts_to_indicators (&f, s);
  return s;
}

/* A1 (bolts): pass 1 - 2/100 = 0.98 -> 80; unit price 500/100 = 5, best in bolts 4:
 *   4 / 5 x 100 = 80; service 9/2 = 4.5 -> 90.
 *   raw = (50 x 80 + 30 x 80 + 20 x 90) / 100 = 82 -> B, 4 receipts, all valued: final.
 * A2 (bolts): pass 1 -> 100; price 200/50 = 4 is the best -> 100; no feedback:
 *   raw = (50 x 100 + 30 x 100) / 80 = 100 -> A, provisional; shares 50/80, 30/80.
 * N1 (nuts): pass 1 - 1/10 = 0.9 -> 0; price 1, alone in nuts -> 100; service 12/3 = 4 -> 80:
 *   raw = (0 + 3000 + 1600) / 100 = 46 -> D, provisional (2 receipts < MinReceipts 3).
 * Z9 (nuts): nothing -> ungraded, provisional, no grade. */
static TiersIndicatorSet *
example_set (void)
{
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  TiersIndicatorSet *set = tiers_indicator_set_new (&p, 0, 0.05);

  add (set, "Z9", "nuts", 0, 0, 0, 0, 0, 0);
  add (set, "N1", "nuts", 2, 10, 1, 10, 3, 12);
  add (set, "A2", "bolts", 3, 50, 0, 200, 0, 0);
  add (set, "A1", "bolts", 4, 100, 2, 500, 2, 9);
  tiers_indicator_set_sort (set);
  return set;
}

static void
test_evaluation (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  g_autoptr(TiersIndicatorSet) set = example_set ();
  g_autoptr(TiersEvaluation) e = tiers_evaluation_new (set, s, 7, NULL);
  g_autofree char *csv = tiers_evaluation_to_csv (e);
  const TiersSupplierResult *a2 = tiers_evaluation_find (e, "A2");
  const TiersSupplierResult *z9 = tiers_evaluation_find (e, "Z9");

  g_assert_cmpstr (csv, ==,
                   "supplier_code,score,grade,provisional,pass,price,service\n"
                   "A1,82.00,B,0,80.00,80.00,90.00\n"
                   "A2,100.00,A,1,100.00,100.00,\n"
                   "N1,46.00,D,1,0.00,100.00,80.00\n"
                   "Z9,,,1,,,\n");
  g_assert_cmpint (e->scheme_version, ==, 7);
  /* weights renormalised over the valued criteria: 50/80 and 30/80; points sum to raw */
  g_assert_cmpfloat (a2->criteria[0].weight_share, ==, 0.625);
  g_assert_cmpfloat (a2->criteria[1].weight_share, ==, 0.375);
  g_assert_cmpfloat (a2->criteria[2].weight_share, ==, 0);
  g_assert_cmpfloat (a2->criteria[0].points, ==, 62.5);
  g_assert_cmpfloat (a2->criteria[1].points, ==, 37.5);
  g_assert_cmpuint (a2->criteria[1].indicator.sample, ==, 3);
  g_assert_cmpfloat (a2->criteria[1].indicator.value, ==, 4);
  g_assert_false (z9->graded);
  g_assert_true (z9->provisional);
  g_assert_cmpint (z9->grade, ==, TIERS_GRADE_NONE);
  g_assert_null (tiers_evaluation_find (e, "nobody"));
}

/* Ratio is against the best of the same category only: with higher-is-better pass rates
 * A1 0.98 and A2 1 in bolts, N1 0.9 alone in nuts: A1 98, A2 100, N1 100. */
static void
test_ratio_within_category (void)
{
  g_autoptr(TiersScheme) s = load_scheme (
      "[Scheme]\nName=R\n[Criterion pass]\nName=P\nDimension=quality\nIndicator=pass_rate\n"
      "Weight=1\nMethod=ratio\n");
  g_autoptr(TiersIndicatorSet) set = example_set ();
  g_autoptr(TiersEvaluation) e = tiers_evaluation_new (set, s, 0, NULL);

  g_assert_cmpfloat_with_epsilon (tiers_evaluation_find (e, "A1")->criteria[0].score, 98, 1e-9);
  g_assert_cmpfloat (tiers_evaluation_find (e, "A2")->criteria[0].score, ==, 100);
  g_assert_cmpfloat (tiers_evaluation_find (e, "N1")->criteria[0].score, ==, 100);
  g_assert_false (tiers_evaluation_find (e, "Z9")->criteria[0].indicator.has_value);
}

/* Smoothing 0.1: A1 had 80 stored for the previous period: 80 x 0.9 + 82 x 0.1 = 80.2 (B);
 * A2 had none: its raw 100 stands; N1's previous 50: 50 x 0.9 + 46 x 0.1 = 49.6. */
static void
test_evaluation_smoothing (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  g_autoptr(TiersIndicatorSet) set = example_set ();
  g_autoptr(TiersEvaluation) e = NULL;
  const double previous[] = { 80, NAN, 50, 70 };   /* A1, A2, N1, Z9 */
  const TiersSupplierResult *a1;

  s->smoothing = 0.1;
  e = tiers_evaluation_new (set, s, 0, previous);
  a1 = tiers_evaluation_find (e, "A1");
  g_assert_cmpfloat (a1->score, ==, 80.2);
  g_assert_true (a1->has_previous);
  g_assert_cmpfloat (a1->raw, ==, 82);
  g_assert_cmpint (a1->grade, ==, TIERS_GRADE_B);
  g_assert_cmpfloat (tiers_evaluation_find (e, "A2")->score, ==, 100);
  g_assert_false (tiers_evaluation_find (e, "A2")->has_previous);
  g_assert_cmpfloat (tiers_evaluation_find (e, "N1")->score, ==, 49.6);
  g_assert_false (tiers_evaluation_find (e, "Z9")->graded);   /* a past score grades nobody */
}

/* A period of thousands: every supplier graded once, exactly as grading it alone gives,
 * against the ratio best of its category over all suppliers. */
static void
test_large_period (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  g_autoptr(TiersEvaluation) e = NULL;
  double previous[6000];
  double best[2][3];

  for (guint i = 0; i < G_N_ELEMENTS (previous); i++)
    {
      g_autofree char *code = g_strdup_printf ("S%05u", i);

      add (set, code, i % 2 ? "bolts" : "nuts", 1 + i % 5, 100, i % 7, 1000 - i % 600,
           i % 3, (double) (i % 3) * (1 + i % 4));
      previous[i] = i % 4 ? 50 + i % 50 : NAN;
    }
  tiers_indicator_set_sort (set);
  s->smoothing = 0.5;
  e = tiers_evaluation_new (set, s, 1, previous);
  g_assert_cmpuint (e->n_suppliers, ==, 6000);

  /* unit price, lower is better: the cheapest nut (even i) is 402 / 100, the cheapest
   * bolt (odd i) 401 / 100; nuts came first, so they are category 0 */
  for (guint c = 0; c < 2; c++)
    {
      best[c][0] = NAN;
      best[c][1] = c == 0 ? 4.02 : 4.01;
      best[c][2] = NAN;
    }
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      const TiersSupplierIndicators *si = set->suppliers->pdata[i];
      TiersCriterionResult criteria[3];
      TiersSupplierResult alone = { .supplier = si, .criteria = criteria };

      tiers_grade_supplier (e->scheme, si, best[si->category_index], previous[i], &alone);
      g_assert_true (e->suppliers[i].supplier == si);
      g_assert_cmpint (e->suppliers[i].graded, ==, alone.graded);
      g_assert_cmpint (e->suppliers[i].grade, ==, alone.grade);
      g_assert_cmpfloat (e->suppliers[i].score, ==, alone.score);
      g_assert_cmpfloat (e->suppliers[i].criteria[1].score, ==, criteria[1].score);
    }
}

/* Only a criterion of weight 0 has a value: ungraded, never a D. */
static void
test_zero_weight_ungraded (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  g_autoptr(TiersEvaluation) e = NULL;
  const TiersSupplierResult *r;

  ((TiersCriterion *) s->criteria->pdata[2])->weight = 0;
  add (set, "F1", "bolts", 0, 0, 0, 0, 2, 10);
  e = tiers_evaluation_new (set, s, 0, NULL);
  r = &e->suppliers[0];
  g_assert_true (r->criteria[2].indicator.has_value);
  g_assert_false (r->graded);
  g_assert_true (r->provisional);
  g_assert_cmpint (r->grade, ==, TIERS_GRADE_NONE);
}

/* A score exactly on a threshold earns that grade; a raw of 79.995 rounds to 80.00: B. */
static void
test_threshold_exact (void)
{
  g_autoptr(TiersScheme) s = load_scheme (
      "[Scheme]\nName=T\nMinReceipts=0\n[Criterion svc]\nName=S\nDimension=service\n"
      "Indicator=service_rating\nWeight=1\nMethod=scale\nScale=100\n");
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  g_autoptr(TiersEvaluation) e = NULL;

  add (set, "T1", "x", 0, 0, 0, 0, 1, 90);      /* 90 / 100 x 100 = 90: A */
  add (set, "T2", "x", 0, 0, 0, 0, 1, 79.995);  /* 79.995 -> 80.00: B */
  add (set, "T3", "x", 0, 0, 0, 0, 1, 59.994);  /* 59.994 -> 59.99: D */
  tiers_indicator_set_sort (set);
  e = tiers_evaluation_new (set, s, 0, NULL);
  g_assert_cmpfloat (e->suppliers[0].score, ==, 90);
  g_assert_cmpint (e->suppliers[0].grade, ==, TIERS_GRADE_A);
  g_assert_cmpfloat (e->suppliers[1].score, ==, 80);
  g_assert_cmpint (e->suppliers[1].grade, ==, TIERS_GRADE_B);
  g_assert_cmpfloat (e->suppliers[2].score, ==, 59.99);
  g_assert_cmpint (e->suppliers[2].grade, ==, TIERS_GRADE_D);
  /* no receipts, but MinReceipts 0 and every criterion valued: not provisional */
  g_assert_false (e->suppliers[0].provisional);
}

static void
assert_same_results (const TiersEvaluation *a,
                     const TiersEvaluation *b)
{
  guint n = a->scheme->criteria->len;

  g_assert_cmpuint (a->n_suppliers, ==, b->n_suppliers);
  for (guint i = 0; i < a->n_suppliers; i++)
    {
      const TiersSupplierResult *x = &a->suppliers[i], *y = &b->suppliers[i];

      g_assert_cmpint (x->graded, ==, y->graded);
      g_assert_cmpint (x->provisional, ==, y->provisional);
      g_assert_cmpint (x->grade, ==, y->grade);
      g_assert_cmpint (x->has_previous, ==, y->has_previous);
      g_assert_cmpfloat (x->previous, ==, y->previous);
      g_assert_cmpfloat (x->raw, ==, y->raw);
      g_assert_cmpfloat (x->score, ==, y->score);
      g_assert_cmpfloat (x->weight_sum, ==, y->weight_sum);
      for (guint c = 0; c < n; c++)
        {
          g_assert_cmpint (x->criteria[c].indicator.has_value, ==,
                           y->criteria[c].indicator.has_value);
          g_assert_cmpfloat (x->criteria[c].score, ==, y->criteria[c].score);
          g_assert_cmpfloat (x->criteria[c].weight_share, ==, y->criteria[c].weight_share);
          g_assert_cmpfloat (x->criteria[c].points, ==, y->criteria[c].points);
        }
    }
}

/* The example graded as scheme version 3 with Smoothing 0.1 and previous scores: A1 80,
 * A2 none, N1 50, Z9 70 (see test_evaluation_smoothing). */
static TiersEvaluation *
smoothed_example (TiersIndicatorSet *set)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  const double previous[] = { 80, NAN, 50, 70 };   /* A1, A2, N1, Z9 */

  s->smoothing = 0.1;
  return tiers_evaluation_new (set, s, 3, previous);
}

/* Stored results are the previous scores smoothing blended in; read back, they grade to
 * the very same results, blended scores included. */
static void
test_results_round_trip (void)
{
  g_autoptr(TiersIndicatorSet) set = example_set ();
  g_autoptr(TiersEvaluation) e = smoothed_example (set);
  g_autoptr(GBytes) bytes = tiers_evaluation_serialize_results (e);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) back = NULL;
  g_autoptr(TiersScheme) other = load_scheme (scheme_text);
  g_autoptr(TiersEvaluation) refused = NULL;

  back = tiers_evaluation_deserialize_results (set, e->scheme, 3, bytes, &error);
  g_assert_no_error (error);
  assert_same_results (e, back);
  g_assert_cmpfloat (tiers_evaluation_find (back, "A1")->score, ==, 80.2);
  g_assert_cmpfloat (back->suppliers[1].criteria[0].weight_share, ==, 0.625);

  /* read against a scheme with another criteria count: refused */
  g_ptr_array_remove_index (other->criteria, 2);
  refused = tiers_evaluation_deserialize_results (set, other, 3, bytes, &error);
  g_assert_null (refused);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

/* Evaluations stored by earlier versions hold every result written out (format 2): they
 * are still read as they were stored. */
static GBytes *
full_results_blob (const TiersEvaluation *e)
{
  guint n = e->scheme->criteria->len;
  TiersBlobWriter w;

  tiers_blob_writer_init (&w);
  tiers_blob_put_uint (&w, 2);
  tiers_blob_put_uint (&w, e->n_suppliers);
  tiers_blob_put_uint (&w, n);
  for (guint i = 0; i < e->n_suppliers; i++)
    {
      const TiersSupplierResult *r = &e->suppliers[i];

      tiers_blob_put_uint (&w, (r->graded ? 1 : 0) | (r->provisional ? 2 : 0) |
                               (r->has_previous ? 4 : 0) | (guint) r->grade << 3);
      if (r->graded)
        {
          tiers_blob_put_double (&w, r->raw);
          tiers_blob_put_double (&w, r->score);
          tiers_blob_put_double (&w, r->weight_sum);
        }
      if (r->has_previous)
        tiers_blob_put_double (&w, r->previous);
      for (guint c = 0; c < n; c++)
        if (r->criteria[c].indicator.has_value)
          tiers_blob_put_double (&w, r->criteria[c].score);
    }
  return tiers_blob_writer_finish (&w);
}

static void
test_results_full_format (void)
{
  g_autoptr(TiersIndicatorSet) set = example_set ();
  g_autoptr(TiersEvaluation) e = smoothed_example (set);
  g_autoptr(GBytes) bytes = full_results_blob (e);
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) back = NULL;

  back = tiers_evaluation_deserialize_results (set, e->scheme, 3, bytes, &error);
  g_assert_no_error (error);
  assert_same_results (e, back);

  /* a blob cut short is damage, not a half-read evaluation */
  cut = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) - 3);
  g_clear_pointer (&back, tiers_evaluation_free);
  back = tiers_evaluation_deserialize_results (set, e->scheme, 3, cut, &error);
  g_assert_null (back);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

static void
test_csv_quoting (void)
{
  g_autoptr(TiersScheme) s = load_scheme (scheme_text);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 1 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  g_autoptr(TiersEvaluation) e = NULL;
  g_autofree char *csv = NULL;

  tiers_indicator_set_add (set, "A,\"1\"", "x");
  e = tiers_evaluation_new (set, s, 0, NULL);
  csv = tiers_evaluation_to_csv (e);
  g_assert_nonnull (strstr (csv, "\n\"A,\"\"1\"\"\",,,1,,,\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/grading/linear", test_linear);
  g_test_add_func ("/grading/ratio", test_ratio);
  g_test_add_func ("/grading/bands", test_bands);
  g_test_add_func ("/grading/scale", test_scale);
  g_test_add_func ("/grading/smoothing-and-rounding", test_smoothing_and_rounding);
  g_test_add_func ("/grading/grade-boundaries", test_grade_boundaries);
  g_test_add_func ("/grading/evaluation", test_evaluation);
  g_test_add_func ("/grading/ratio-within-category", test_ratio_within_category);
  g_test_add_func ("/grading/smoothing", test_evaluation_smoothing);
  g_test_add_func ("/grading/large-period", test_large_period);
  g_test_add_func ("/grading/zero-weight-ungraded", test_zero_weight_ungraded);
  g_test_add_func ("/grading/threshold-exact", test_threshold_exact);
  g_test_add_func ("/grading/results-round-trip", test_results_round_trip);
  g_test_add_func ("/grading/results-full-format", test_results_full_format);
  g_test_add_func ("/grading/csv-quoting", test_csv_quoting);
  return g_test_run ();
}
