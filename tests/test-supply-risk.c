/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-supply-risk.c: supply risk (HHI, bands, single sources, flags), the allocation rule
 * and the alternatives to a C or D supplier (tiers-supply-risk.h, tiers-allocation.h,
 * tiers-alternatives.h), on hand-computed numbers. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-allocation.h"
#include "tiers-alternatives.h"
#include "tiers-review.h"
#include "tiers-supply-risk.h"

/* Both criteria weigh the same: pass rate 0.9 scores 0 and 1 scores 100, service
 * rating / 5. */
static const char scheme_text[] =
  "[Scheme]\nName=Risk\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=0\n"
  "[Criterion pass]\nName=Pass\nDimension=quality\nIndicator=pass_rate\nWeight=50\n"
  "Method=linear\nBest=1\nWorst=0.9\n"
  "[Criterion service]\nName=Service\nDimension=service\nIndicator=service_rating\n"
  "Weight=50\nMethod=scale\nScale=5\n";

typedef struct
{
  const char *code;
  const char *category;
  double      rejected;   /* of 100 received */
  double      rating;
} Row;

/* Q2, the period of the risk:
 *   S1 bolts  4, 3.5: 60 + 70 -> 65 C      S5 paint 0, 5 -> 100 A
 *   S2 bolts 10, 1:    0 + 20 -> 10 D      S6 paint 1, 4: 90 + 80 -> 85 B
 *   S3 bolts  0, 5:          -> 100 A      S7 paint 4, 3.5 -> 65 C
 *   S4 nuts   2, 4:   80 + 80 -> 80 B      S8 bolts 0, 4: 100 + 80 -> 90 A (no spend)
 * S9 (paint) and T01..T11 (tape) are not evaluated: ungraded.
 * Q1, the period before: S4 0, 4 -> 90 (its score fell to 80); S1 4, 3 -> 60 (rose). */
static const Row q2[] = {
  { "S1", "bolts", 4, 3.5 }, { "S2", "bolts", 10, 1 }, { "S3", "bolts", 0, 5 },
  { "S4", "nuts", 2, 4 }, { "S5", "paint", 0, 5 }, { "S6", "paint", 1, 4 },
  { "S7", "paint", 4, 3.5 }, { "S8", "bolts", 0, 4 },
};
static const Row q1[] = {
  { "S1", "bolts", 4, 3 }, { "S4", "nuts", 0, 4 },
};

/* Spend in Q2. bolts: 500 + 300 + 200 = 1000, shares .5 .3 .2, HHI 2500 + 900 + 400 = 3800,
 * high. nuts: S4 alone, HHI 10000, high, single source. paint: four times 100, shares .25,
 * HHI 4 x 625 = 2500, moderate (the upper edge). tape: 6, 3, 2, 2 and seven times 1 of 20,
 * HHI 25 x (36 + 9 + 4 + 4 + 7) = 1500, moderate (the lower edge). glue: received at price
 * 0, no spend: no row. */
typedef struct
{
  const char *code;
  const char *category;
  guint64     receipts;
  double      spend;
} Spend;

static const Spend spends[] = {
  { "G1", "glue", 2, 0 },
  { "S1", "bolts", 5, 500 }, { "S2", "bolts", 5, 300 }, { "S3", "bolts", 5, 200 },
  { "S4", "nuts", 5, 50 }, { "S5", "paint", 5, 100 }, { "S6", "paint", 5, 100 },
  { "S7", "paint", 5, 100 }, { "S8", "bolts", 0, 0 }, { "S9", "paint", 1, 100 },
  { "T01", "tape", 1, 6 }, { "T02", "tape", 1, 3 }, { "T03", "tape", 1, 2 },
  { "T04", "tape", 1, 2 }, { "T05", "tape", 1, 1 }, { "T06", "tape", 1, 1 },
  { "T07", "tape", 1, 1 }, { "T08", "tape", 1, 1 }, { "T09", "tape", 1, 1 },
  { "T10", "tape", 1, 1 }, { "T11", "tape", 1, 1 },
};

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
      TiersSupplierIndicators *s = tiers_indicator_set_add (set, rows[i].code,
                                                            rows[i].category);
      TiersSupplierFacts f = { .receipts = 5, .received_qty = 100,
                               .rejected_qty = rows[i].rejected, .feedback_rows = 1,
                               .feedback_rating_sum = rows[i].rating };

      tiers_facts_to_indicators (&f, s);
    }
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, quarter, NULL);
}

static GPtrArray *
details_new (void)
{
  GPtrArray *details = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_supplier_details_free);

  for (guint i = 0; i < G_N_ELEMENTS (spends); i++)
    {
      TiersSupplierDetails *row = g_new0 (TiersSupplierDetails, 1);

      row->code = g_strdup (spends[i].code);
      row->name = g_strdup_printf ("Name of %s", spends[i].code);
      row->category = g_strdup (spends[i].category);
      row->receipts = spends[i].receipts;
      row->spend = spends[i].spend;
      g_ptr_array_add (details, row);
    }
  return details;
}

typedef struct
{
  TiersEvaluation *now;
  TiersEvaluation *before;
  GPtrArray       *details;
  TiersPeriod      period;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->now = evaluate (2, q2, G_N_ELEMENTS (q2));
  f->before = evaluate (1, q1, G_N_ELEMENTS (q1));
  f->details = details_new ();
  f->period = f->now->period;
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  tiers_evaluation_free (f->now);
  tiers_evaluation_free (f->before);
  g_ptr_array_unref (f->details);
}

static const TiersRiskSupplier *
supplier_at (const TiersCategoryRisk *category, guint i)
{
  g_assert_cmpuint (i, <, category->suppliers->len);
  return &g_array_index (category->suppliers, TiersRiskSupplier, i);
}

static void
test_hhi_and_bands (void)
{
  const double halves[] = { 0.5, 0.5 };
  const double thirds[] = { 0.6, 0.2, 0.2 };

  g_assert_cmpfloat_with_epsilon (tiers_risk_hhi (halves, 2), 5000, 1e-9);
  g_assert_cmpfloat_with_epsilon (tiers_risk_hhi (thirds, 3), 3600 + 400 + 400, 1e-9);
  g_assert_cmpfloat (tiers_risk_hhi (NULL, 0), ==, 0);
  /* Below 1,500 low; 1,500 and 2,500 themselves moderate; above 2,500 high. */
  g_assert_cmpint (tiers_risk_band_of (0), ==, TIERS_RISK_LOW);
  g_assert_cmpint (tiers_risk_band_of (1499.99), ==, TIERS_RISK_LOW);
  g_assert_cmpint (tiers_risk_band_of (1500), ==, TIERS_RISK_MODERATE);
  g_assert_cmpint (tiers_risk_band_of (2500), ==, TIERS_RISK_MODERATE);
  g_assert_cmpint (tiers_risk_band_of (2500.01), ==, TIERS_RISK_HIGH);
  g_assert_cmpint (tiers_risk_band_of (10000), ==, TIERS_RISK_HIGH);
  g_assert_cmpstr (tiers_risk_band_to_string (TIERS_RISK_LOW), ==, "low");
  g_assert_cmpstr (tiers_risk_band_to_string (TIERS_RISK_MODERATE), ==, "moderate");
  g_assert_cmpstr (tiers_risk_band_to_string (TIERS_RISK_HIGH), ==, "high");
}

static void
test_flag_rule (void)
{
  /* Above the threshold, not at it; C or D, or a score that fell. */
  g_assert_true (tiers_risk_is_flagged (0.31, 0.30, TIERS_GRADE_C, FALSE));
  g_assert_true (tiers_risk_is_flagged (0.31, 0.30, TIERS_GRADE_D, FALSE));
  g_assert_true (tiers_risk_is_flagged (0.31, 0.30, TIERS_GRADE_A, TRUE));
  g_assert_false (tiers_risk_is_flagged (0.30, 0.30, TIERS_GRADE_D, TRUE));
  g_assert_false (tiers_risk_is_flagged (0.9, 0.30, TIERS_GRADE_B, FALSE));
  g_assert_false (tiers_risk_is_flagged (0.9, 0.30, TIERS_GRADE_NONE, FALSE));
  g_assert_true (tiers_risk_threshold_valid (0));
  g_assert_true (tiers_risk_threshold_valid (1));
  g_assert_false (tiers_risk_threshold_valid (-0.01));
  g_assert_false (tiers_risk_threshold_valid (1.5));
  g_assert_false (tiers_risk_threshold_valid (NAN));
}

static void
test_categories (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersSupplyRisk) risk = tiers_supply_risk_new (&f->period, f->now, f->before,
                                                           f->details, NULL, 0.30);
  const TiersCategoryRisk *bolts, *nuts, *paint, *tape;
  g_autoptr(GPtrArray) concern = NULL;

  /* By name; glue had receipts but no spend. */
  g_assert_cmpuint (risk->categories->len, ==, 4);
  bolts = g_ptr_array_index (risk->categories, 0);
  nuts = g_ptr_array_index (risk->categories, 1);
  paint = g_ptr_array_index (risk->categories, 2);
  tape = g_ptr_array_index (risk->categories, 3);
  g_assert_cmpstr (bolts->category, ==, "bolts");
  g_assert_cmpstr (tape->category, ==, "tape");
  g_assert_null (tiers_supply_risk_find (risk, "glue"));
  g_assert_true (tiers_supply_risk_find (risk, "paint") == paint);

  g_assert_cmpfloat (bolts->spend, ==, 1000);
  g_assert_cmpuint (bolts->suppliers->len, ==, 3);   /* S8 spent nothing */
  g_assert_cmpfloat_with_epsilon (bolts->hhi, 3800, 1e-6);
  g_assert_cmpint (bolts->band, ==, TIERS_RISK_HIGH);
  g_assert_false (bolts->single_source);
  g_assert_cmpstr (tiers_category_risk_top (bolts)->code, ==, "S1");
  g_assert_cmpfloat_with_epsilon (tiers_category_risk_top (bolts)->share, 0.5, 1e-12);
  /* S1: C at .5, flagged; S2: D at exactly .30, not above the threshold; S3: A. */
  g_assert_cmpint (supplier_at (bolts, 0)->grade, ==, TIERS_GRADE_C);
  g_assert_true (supplier_at (bolts, 0)->flagged);
  g_assert_false (supplier_at (bolts, 0)->score_fell);   /* 60 -> 65 */
  g_assert_cmpstr (supplier_at (bolts, 1)->code, ==, "S2");
  g_assert_cmpint (supplier_at (bolts, 1)->grade, ==, TIERS_GRADE_D);
  g_assert_false (supplier_at (bolts, 1)->flagged);
  g_assert_cmpstr (supplier_at (bolts, 2)->code, ==, "S3");
  g_assert_cmpfloat (supplier_at (bolts, 2)->score, ==, 100);
  g_assert_cmpuint (bolts->n_flagged, ==, 1);

  /* nuts: B, but its score fell from 90 to 80 at a share of 1. */
  g_assert_true (nuts->single_source);
  g_assert_cmpfloat_with_epsilon (nuts->hhi, 10000, 1e-6);
  g_assert_cmpint (nuts->band, ==, TIERS_RISK_HIGH);
  g_assert_cmpint (supplier_at (nuts, 0)->grade, ==, TIERS_GRADE_B);
  g_assert_true (supplier_at (nuts, 0)->score_fell);
  g_assert_true (supplier_at (nuts, 0)->flagged);

  g_assert_cmpfloat_with_epsilon (paint->hhi, 2500, 1e-6);
  g_assert_cmpint (paint->band, ==, TIERS_RISK_MODERATE);
  g_assert_cmpuint (paint->n_flagged, ==, 0);
  g_assert_cmpint (supplier_at (paint, 3)->grade, ==, TIERS_GRADE_NONE);   /* S9 */

  g_assert_cmpuint (tape->suppliers->len, ==, 11);
  g_assert_cmpfloat_with_epsilon (tape->spend, 20, 1e-12);
  g_assert_cmpfloat_with_epsilon (tape->hhi, 1500, 1e-6);
  g_assert_cmpint (tape->band, ==, TIERS_RISK_MODERATE);
  g_assert_cmpstr (tiers_category_risk_top (tape)->code, ==, "T01");
  g_assert_cmpfloat_with_epsilon (tiers_category_risk_top (tape)->share, 0.3, 1e-12);
  /* Ungraded and not evaluated: never flagged, even above the threshold. */
  g_assert_cmpuint (tape->n_flagged, ==, 0);

  /* The highest HHI first; equal ones by name. */
  concern = tiers_supply_risk_by_concern (risk);
  g_assert_cmpstr (((TiersCategoryRisk *) g_ptr_array_index (concern, 0))->category, ==,
                   "nuts");
  g_assert_cmpstr (((TiersCategoryRisk *) g_ptr_array_index (concern, 1))->category, ==,
                   "bolts");
  g_assert_cmpstr (((TiersCategoryRisk *) g_ptr_array_index (concern, 2))->category, ==,
                   "paint");
  g_assert_cmpstr (((TiersCategoryRisk *) g_ptr_array_index (concern, 3))->category, ==,
                   "tape");
}

/* A lower threshold flags S2 (D at .30) too; without the previous period nothing fell. */
static void
test_threshold_and_previous (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersSupplyRisk) low = tiers_supply_risk_new (&f->period, f->now, f->before,
                                                          f->details, NULL, 0.25);
  g_autoptr(TiersSupplyRisk) alone = tiers_supply_risk_new (&f->period, f->now, NULL,
                                                            f->details, NULL, 0.30);
  const TiersCategoryRisk *bolts = tiers_supply_risk_find (low, "bolts");

  g_assert_cmpuint (bolts->n_flagged, ==, 2);
  g_assert_true (supplier_at (bolts, 1)->flagged);
  g_assert_false (supplier_at (tiers_supply_risk_find (alone, "nuts"), 0)->score_fell);
  g_assert_cmpuint (tiers_supply_risk_find (alone, "nuts")->n_flagged, ==, 0);
}

static GHashTable *
adjust (const char *code, TiersGrade grade)
{
  GHashTable *adjusted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) tiers_override_free);
  TiersOverride *override = g_new0 (TiersOverride, 1);

  override->grade = grade;
  override->comment = g_strdup ("");
  override->set_by = g_strdup ("tester");
  override->set_at = g_strdup ("2026-07-01T10:00:00+00:00");
  g_hash_table_insert (adjusted, g_strdup (code), override);
  return adjusted;
}

/* The grade shown counts: S1 adjusted from C to B is no longer flagged. */
static void
test_adjusted (Fixture *f, gconstpointer data)
{
  g_autoptr(GHashTable) adjusted = adjust ("S1", TIERS_GRADE_B);
  g_autoptr(TiersSupplyRisk) risk = tiers_supply_risk_new (&f->period, f->now, f->before,
                                                           f->details, adjusted, 0.30);
  const TiersCategoryRisk *bolts = tiers_supply_risk_find (risk, "bolts");

  g_assert_cmpint (supplier_at (bolts, 0)->grade, ==, TIERS_GRADE_B);
  g_assert_false (supplier_at (bolts, 0)->flagged);
  g_assert_cmpuint (bolts->n_flagged, ==, 0);
}

static void
assert_shares (const double *got, double a, double b, double c, double d, double ungraded)
{
  const double want[] = { a, b, c, d, ungraded };

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    g_assert_cmpfloat_with_epsilon (got[g], want[g], 1e-12);
}

/* Half the C share and all the D share go to A and B in proportion to their shares. */
static void
test_allocation_rule (void)
{
  const double now[] = { 0.2, 0.1, 0.3, 0.3, 0.1 };
  const double none[] = { 0, 0, 0.6, 0.4, 0 };
  double suggested[TIERS_CHART_N_GRADES];

  /* moved = .15 + .3 = .45; A .2 + .45 x 2/3 = .5, B .1 + .45 x 1/3 = .25. */
  g_assert_true (tiers_allocation_suggest (now, suggested));
  assert_shares (suggested, 0.5, 0.25, 0.15, 0, 0.1);
  /* No A or B: nothing moves. */
  g_assert_false (tiers_allocation_suggest (none, suggested));
  assert_shares (suggested, 0, 0, 0.6, 0.4, 0);
}

static void
test_allocation (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersSupplyRisk) risk = tiers_supply_risk_new (&f->period, f->now, f->before,
                                                           f->details, NULL, 0.30);
  g_autoptr(TiersAllocationData) all = tiers_allocation_new ("2026-Q2", risk, NULL);
  g_autoptr(TiersAllocationData) one = tiers_allocation_new ("2026-Q2", risk, "paint");
  const TiersCategoryAllocation *c;

  /* Largest spend first: bolts 1000, paint 400, nuts 50, tape 20. */
  g_assert_cmpuint (all->categories->len, ==, 4);
  c = &g_array_index (all->categories, TiersCategoryAllocation, 0);
  g_assert_cmpstr (c->category, ==, "bolts");
  /* A .2, C .5, D .3: moved .25 + .3 = .55, all to A. */
  assert_shares (c->now, 0.2, 0, 0.5, 0.3, 0);
  assert_shares (c->suggested, 0.75, 0, 0.25, 0, 0);
  g_assert_true (c->can_shift);
  g_assert_cmpstr (g_array_index (all->categories, TiersCategoryAllocation, 1).category, ==,
                   "paint");
  c = &g_array_index (all->categories, TiersCategoryAllocation, 3);
  g_assert_cmpstr (c->category, ==, "tape");
  g_assert_false (c->can_shift);
  assert_shares (c->suggested, 0, 0, 0, 0, 1);

  /* paint: A, B, C and ungraded a quarter each; moved .125, half each to A and B. */
  g_assert_cmpuint (one->categories->len, ==, 1);
  c = &g_array_index (one->categories, TiersCategoryAllocation, 0);
  assert_shares (c->now, 0.25, 0.25, 0.25, 0, 0.25);
  assert_shares (c->suggested, 0.3125, 0.3125, 0.125, 0, 0.25);
}

static const TiersAlternative *
alternative_at (GArray *alternatives, guint i)
{
  return &g_array_index (alternatives, TiersAlternative, i);
}

static void
test_alternatives (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) for_c = tiers_alternatives_find (f->now, f->details, NULL, "S1");
  g_autoptr(GArray) for_d = tiers_alternatives_find (f->now, f->details, NULL, "S2");
  g_autoptr(GArray) for_a = tiers_alternatives_find (f->now, f->details, NULL, "S3");
  g_autoptr(GArray) unknown = tiers_alternatives_find (f->now, f->details, NULL, "T01");
  g_autoptr(GArray) paint = tiers_alternatives_find (f->now, f->details, NULL, "S7");
  g_autoptr(GHashTable) adjusted = adjust ("S3", TIERS_GRADE_C);
  g_autoptr(GArray) after = tiers_alternatives_find (f->now, f->details, adjusted, "S1");
  g_autoptr(GArray) self = tiers_alternatives_find (f->now, f->details, adjusted, "S3");

  /* bolts: S3 (100, A, .2), then S8 (90, A, no spend). */
  g_assert_cmpuint (for_c->len, ==, 2);
  g_assert_cmpstr (alternative_at (for_c, 0)->code, ==, "S3");
  g_assert_cmpstr (alternative_at (for_c, 0)->name, ==, "Name of S3");
  g_assert_cmpint (alternative_at (for_c, 0)->grade, ==, TIERS_GRADE_A);
  g_assert_cmpfloat (alternative_at (for_c, 0)->score, ==, 100);
  g_assert_cmpfloat_with_epsilon (alternative_at (for_c, 0)->share, 0.2, 1e-12);
  g_assert_cmpstr (alternative_at (for_c, 1)->code, ==, "S8");
  g_assert_cmpfloat (alternative_at (for_c, 1)->share, ==, 0);
  g_assert_cmpuint (for_d->len, ==, 2);
  g_assert_cmpuint (for_a->len, ==, 0);
  g_assert_cmpuint (unknown->len, ==, 0);
  /* paint: S5 (100, A) before S6 (85, B), a quarter of the spend each. */
  g_assert_cmpuint (paint->len, ==, 2);
  g_assert_cmpstr (alternative_at (paint, 0)->code, ==, "S5");
  g_assert_cmpstr (alternative_at (paint, 1)->code, ==, "S6");
  g_assert_cmpint (alternative_at (paint, 1)->grade, ==, TIERS_GRADE_B);
  g_assert_cmpfloat_with_epsilon (alternative_at (paint, 1)->share, 0.25, 1e-12);
  /* S3 adjusted to C is no alternative any more, and gets its own. */
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (alternative_at (after, 0)->code, ==, "S8");
  g_assert_cmpuint (self->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/supply-risk/hhi-and-bands", test_hhi_and_bands);
  g_test_add_func ("/supply-risk/flag-rule", test_flag_rule);
  g_test_add ("/supply-risk/categories", Fixture, NULL, fixture_setup, test_categories,
              fixture_teardown);
  g_test_add ("/supply-risk/threshold-and-previous", Fixture, NULL, fixture_setup,
              test_threshold_and_previous, fixture_teardown);
  g_test_add ("/supply-risk/adjusted", Fixture, NULL, fixture_setup, test_adjusted,
              fixture_teardown);
  g_test_add_func ("/supply-risk/allocation-rule", test_allocation_rule);
  g_test_add ("/supply-risk/allocation", Fixture, NULL, fixture_setup, test_allocation,
              fixture_teardown);
  g_test_add ("/supply-risk/alternatives", Fixture, NULL, fixture_setup, test_alternatives,
              fixture_teardown);
  return g_test_run ();
}
