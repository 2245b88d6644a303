/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-indicators.c: the indicators of docs/grading.md ("Indicators") from per-supplier aggregates,
 * with hand-computed values; missing values; the per-period set and its stored form. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tiers-blob.h"
#include "tiers-error.h"
#include "tiers-indicators.h"

static TiersPeriod
quarter (int year, int q)
{
  TiersPeriod p = { TIERS_PERIOD_QUARTER, year, q };
  return p;
}

static void
test_median (void)
{
  const double odd[] = { 1, 2, 30 };
  const double even[] = { 1, 2, 3, 10 };
  const double one[] = { 7.5 };

  g_assert_cmpfloat (tiers_median_of_sorted (odd, 3), ==, 2);
  /* even count: the mean of the two middle values, (2 + 3) / 2 = 2.5 */
  g_assert_cmpfloat (tiers_median_of_sorted (even, 4), ==, 2.5);
  g_assert_cmpfloat (tiers_median_of_sorted (one, 1), ==, 7.5);
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The linear-time median agrees with sorting, for odd and even counts, many duplicates,
 * sorted and reversed input. */
static void
test_median_unsorted (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double fixed[] = { 5, 1, 4, 2 };   /* (2 + 4) / 2 = 3 */

  g_assert_cmpfloat (tiers_median (fixed, 4), ==, 3);
  for (guint round = 0; round < 2000; round++)
    {
      gsize n = 1 + g_rand_int_range (rand, 0, 60);
      g_autofree double *v = g_new (double, n);
      g_autofree double *sorted = g_new (double, n);
      int shape = g_rand_int_range (rand, 0, 4);

      for (gsize i = 0; i < n; i++)
        v[i] = shape == 0 ? g_rand_int_range (rand, 0, 4)            /* duplicates */
             : shape == 1 ? (double) i                              /* sorted */
             : shape == 2 ? (double) (n - i)                        /* reversed */
             : g_rand_double_range (rand, 0, 100);
      memcpy (sorted, v, n * sizeof (double));
      qsort (sorted, n, sizeof (double), compare_double);
      g_assert_cmpfloat (tiers_median (v, n), ==, tiers_median_of_sorted (sorted, n));
    }
}

static void
assert_value (const TiersIndicatorValue *v,
              double                     expected,
              guint64                    sample)
{
  g_assert_true (v->has_value);
  g_assert_cmpfloat_with_epsilon (v->value, expected, 1e-12);
  g_assert_cmpuint (v->sample, ==, sample);
}

/* Four receipts: 3 on time, days late 0 + 0 + 0 + 6, 2 within the quantity tolerance,
 * 200 received with 10 rejected, worth 1100 against 1000 at reference prices; one minor and
 * one major incident; feedback 4 and 5, one with 12 response hours. */
static void
test_all_indicators (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = {
    .receipts = 4, .on_time = 3, .days_late_sum = 6, .quantity_accurate = 2,
    .received_qty = 200, .rejected_qty = 10, .value = 1100, .reference_value = 1000,
    .incident_points = 1 + 3, .feedback_rows = 2, .feedback_rating_sum = 9,
    .response_rows = 1, .response_hours_sum = 12,
  };

  tiers_facts_to_indicators (&f, s);
  g_assert_cmpuint (s->receipts, ==, 4);
  assert_value (&s->values[TIERS_INDICATOR_ON_TIME_RATE], 0.75, 4);          /* 3 / 4 */
  assert_value (&s->values[TIERS_INDICATOR_DAYS_LATE], 1.5, 4);              /* 6 / 4 */
  assert_value (&s->values[TIERS_INDICATOR_QUANTITY_ACCURACY], 0.5, 4);      /* 2 / 4 */
  assert_value (&s->values[TIERS_INDICATOR_PASS_RATE], 0.95, 4);             /* 1 - 10/200 */
  assert_value (&s->values[TIERS_INDICATOR_INCIDENT_RATE], 100, 4);          /* 4 x 100 / 4 */
  assert_value (&s->values[TIERS_INDICATOR_UNIT_PRICE], 5.5, 4);             /* 1100 / 200 */
  assert_value (&s->values[TIERS_INDICATOR_PRICE_INDEX], 1.1, 4);            /* 1100 / 1000 */
  assert_value (&s->values[TIERS_INDICATOR_SERVICE_RATING], 4.5, 2);         /* 9 / 2 */
  assert_value (&s->values[TIERS_INDICATOR_RESPONSE_HOURS], 12, 1);          /* 12 / 1 */
}

/* Receipts but no feedback: the receipt indicators have values, zero incidents is the value
 * 0, service_rating and response_hours have none. */
static void
test_receipts_without_feedback (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = {
    .receipts = 2, .on_time = 2, .quantity_accurate = 2, .received_qty = 10,
    .value = 30, .reference_value = 30,
  };

  tiers_facts_to_indicators (&f, s);
  assert_value (&s->values[TIERS_INDICATOR_INCIDENT_RATE], 0, 2);
  assert_value (&s->values[TIERS_INDICATOR_PASS_RATE], 1, 2);
  assert_value (&s->values[TIERS_INDICATOR_PRICE_INDEX], 1, 2);
  g_assert_false (s->values[TIERS_INDICATOR_SERVICE_RATING].has_value);
  g_assert_false (s->values[TIERS_INDICATOR_RESPONSE_HOURS].has_value);
  g_assert_cmpuint (s->values[TIERS_INDICATOR_SERVICE_RATING].sample, ==, 0);
}

/* Feedback without response hours: service_rating has a value, response_hours none; a
 * supplier with nothing has no value anywhere. */
static void
test_nothing (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *empty = tiers_indicator_set_add (set, "S0", "bolts");
  TiersSupplierIndicators *fb = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = { .feedback_rows = 3, .feedback_rating_sum = 10 };

  tiers_facts_to_indicators (&f, fb);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    {
      g_assert_false (empty->values[k].has_value);
      if (k != TIERS_INDICATOR_SERVICE_RATING)
        g_assert_false (fb->values[k].has_value);
    }
  g_assert_cmpuint (empty->receipts, ==, 0);
  assert_value (&fb->values[TIERS_INDICATOR_SERVICE_RATING], 10.0 / 3, 3);
}

/* Every reference price 0: a zero denominator means no value. */
static void
test_price_index_zero_reference (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  TiersSupplierFacts f = { .receipts = 1, .on_time = 1, .received_qty = 5 };

  tiers_facts_to_indicators (&f, s);
  g_assert_false (s->values[TIERS_INDICATOR_PRICE_INDEX].has_value);
  assert_value (&s->values[TIERS_INDICATOR_UNIT_PRICE], 0, 1);
}

/* Ratings are kept per criterion key: each manual criterion reads its own. */
static void
test_manual_per_key (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S1", "bolts");
  g_autoptr(TiersCriterion) coop = tiers_criterion_new ("cooperation");
  g_autoptr(TiersCriterion) innov = tiers_criterion_new ("innovation");
  g_autoptr(TiersCriterion) other = tiers_criterion_new ("other");
  g_autoptr(TiersCriterion) pass = tiers_criterion_new ("pass");

  pass->indicator = TIERS_INDICATOR_PASS_RATE;
  tiers_supplier_indicators_add_manual (s, "innovation", 7, 2);   /* (3 + 4) / 2 */
  tiers_supplier_indicators_add_manual (s, "cooperation", 12, 3); /* (5 + 4 + 3) / 3 */
  tiers_supplier_indicators_add_manual (s, "other", 0, 0);        /* no ratings: no value */
  assert_value (tiers_supplier_indicators_get (s, coop), 4, 3);
  assert_value (tiers_supplier_indicators_get (s, innov), 3.5, 2);
  g_assert_false (tiers_supplier_indicators_get (s, other)->has_value);
  g_assert_false (tiers_supplier_indicators_get (s, pass)->has_value);
}

static void
test_set_order_and_find (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  const char *codes[] = { "b", "\xc3\xa9", "B", "a", "A-10", "A-9" };
  const char *sorted[] = { "A-10", "A-9", "B", "a", "b", "\xc3\xa9" };
  guint index;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    tiers_indicator_set_add (set, codes[i], i % 2 ? "nuts" : "bolts");
  tiers_indicator_set_sort (set);
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_assert_cmpstr (((TiersSupplierIndicators *) set->suppliers->pdata[i])->code, ==,
                       sorted[i]);
      g_assert_true (tiers_indicator_set_find (set, sorted[i], &index));
      g_assert_cmpuint (index, ==, i);
    }
  g_assert_false (tiers_indicator_set_find (set, "c", &index));
  g_assert_cmpuint (set->categories->len, ==, 2);
}

static void
test_serialize_round_trip (void)
{
  TiersPeriod p = quarter (2025, 4);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 2, 0.1);
  g_autoptr(TiersIndicatorSet) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  g_autoptr(TiersCriterion) coop = tiers_criterion_new ("cooperation");
  TiersSupplierFacts f = { .receipts = 3, .on_time = 1, .received_qty = 30, .rejected_qty = 3,
                           .value = 90, .reference_value = 100 };
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, "S2", "nuts");
  const TiersSupplierIndicators *r;

  tiers_facts_to_indicators (&f, s);
  tiers_supplier_indicators_add_manual (s, "cooperation", 9, 2);
  tiers_indicator_set_add (set, "S1", "bolts");
  tiers_indicator_set_sort (set);

  bytes = tiers_indicator_set_serialize (set);
  back = tiers_indicator_set_deserialize (&p, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->grace_days, ==, 2);
  g_assert_cmpfloat (back->quantity_tolerance, ==, 0.1);
  g_assert_cmpuint (back->suppliers->len, ==, 2);
  r = back->suppliers->pdata[1];
  g_assert_cmpstr (r->code, ==, "S2");
  g_assert_cmpstr (r->category, ==, "nuts");
  g_assert_cmpuint (r->receipts, ==, 3);
  for (int k = 0; k < TIERS_N_INDICATORS; k++)
    {
      g_assert_cmpint (r->values[k].has_value, ==, s->values[k].has_value);
      g_assert_cmpfloat (r->values[k].value, ==, s->values[k].value);
      g_assert_cmpuint (r->values[k].sample, ==, s->values[k].sample);
    }
  assert_value (tiers_supplier_indicators_get (r, coop), 4.5, 2);

  /* GraceDays and QuantityTolerance decide whether the cache serves a scheme. */
  g_assert_false (tiers_indicator_set_fits (back, scheme));
  scheme->grace_days = 2;
  scheme->quantity_tolerance = 0.1;
  g_assert_true (tiers_indicator_set_fits (back, scheme));

  /* A cut blob is refused, not half read. */
  cut = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) - 3);
  g_clear_pointer (&back, tiers_indicator_set_unref);
  back = tiers_indicator_set_deserialize (&p, cut, &error);
  g_assert_null (back);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

/* Sets cached by earlier versions name every supplier's category and rating keys in full
 * (format 1): still read as they were. A category numbered before it was ever named is
 * damage. */
static GBytes *
names_format_blob (guint64 category_ref)
{
  TiersBlobWriter w;

  tiers_blob_writer_init (&w);
  tiers_blob_put_uint (&w, category_ref == 0 ? 1 : 2);
  tiers_blob_put_uint (&w, 0);                /* GraceDays */
  tiers_blob_put_double (&w, 0.05);
  tiers_blob_put_uint (&w, 2);                /* suppliers */
  for (guint i = 0; i < 2; i++)
    {
      tiers_blob_put_string (&w, i == 0 ? "S1" : "S2");
      if (category_ref != 0)
        tiers_blob_put_uint (&w, category_ref);
      tiers_blob_put_string (&w, i == 0 ? "bolts" : "nuts");
      tiers_blob_put_uint (&w, 10 + i);      /* id */
      tiers_blob_put_uint (&w, 4);           /* receipts */
      tiers_blob_put_uint (&w, 1u << TIERS_INDICATOR_PASS_RATE);
      tiers_blob_put_double (&w, 0.5 + i * 0.25);
      tiers_blob_put_uint (&w, 4);
      tiers_blob_put_uint (&w, 1);           /* one rating key */
      tiers_blob_put_string (&w, "cooperation");
      tiers_blob_put_double (&w, 3 + i);
      tiers_blob_put_uint (&w, 2);
    }
  return tiers_blob_writer_finish (&w);
}

static void
test_read_names_format (void)
{
  TiersPeriod p = quarter (2025, 4);
  g_autoptr(GBytes) bytes = names_format_blob (0);
  g_autoptr(GBytes) damaged = names_format_blob (5);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_deserialize (&p, bytes, &error);
  g_autoptr(TiersIndicatorSet) refused = NULL;
  g_autoptr(TiersCriterion) coop = tiers_criterion_new ("cooperation");
  const TiersSupplierIndicators *s2;

  g_assert_no_error (error);
  g_assert_cmpuint (set->suppliers->len, ==, 2);
  s2 = set->suppliers->pdata[1];
  g_assert_cmpstr (s2->code, ==, "S2");
  g_assert_cmpstr (s2->category, ==, "nuts");
  g_assert_cmpint (s2->supplier_id, ==, 11);
  assert_value (&s2->values[TIERS_INDICATOR_PASS_RATE], 0.75, 4);
  assert_value (tiers_supplier_indicators_get (s2, coop), 4, 2);
  g_assert_cmpuint (set->categories->len, ==, 2);

  refused = tiers_indicator_set_deserialize (&p, damaged, &error);
  g_assert_null (refused);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

static gboolean
read_bytes (gpointer  source,
            void     *buffer,
            gsize     offset,
            gsize     n)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (source, &size);

  g_assert_cmpuint (offset + n, <=, size);
  memcpy (buffer, data + offset, n);
  return TRUE;
}

static guint
count_in (GBytes     *bytes,
          const char *text)
{
  gsize size, length = strlen (text);
  const char *data = g_bytes_get_data (bytes, &size);
  guint n = 0;

  for (gsize i = 0; i + length <= size; i++)
    n += memcmp (data + i, text, length) == 0;
  return n;
}

/* Read through a window much smaller than the set, records cross every refill: the set comes
 * back byte for byte; a source cut short is refused. */
static void
test_read_windowed (void)
{
  TiersPeriod p = quarter (2025, 4);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 1, 0.05);
  g_autoptr(TiersIndicatorSet) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *code = g_strdup_printf ("S%05u", i);
      g_autofree char *category = g_strdup_printf ("category %u", i % 7);
      TiersSupplierFacts f = { .receipts = i % 13 + 1, .on_time = i % 5, .received_qty = i,
                               .value = i * 1.5, .reference_value = i * 1.25 + 1 };
      TiersSupplierIndicators *s = tiers_indicator_set_add (set, code, category);

      tiers_facts_to_indicators (&f, s);
      if (i % 3 != 0)
        tiers_supplier_indicators_add_manual (s, i % 2 ? "quality" : "cooperation", i % 9, 2);
      if (i % 4 == 0)
        tiers_supplier_indicators_add_manual (s, "delivery", 7, 3);
    }
  tiers_indicator_set_sort (set);
  bytes = tiers_indicator_set_serialize (set);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 4 * (1 << 16));
  /* each category and key named once, for 5,000 suppliers */
  g_assert_cmpuint (count_in (bytes, "category 3"), ==, 1);
  g_assert_cmpuint (count_in (bytes, "cooperation"), ==, 1);

  back = tiers_indicator_set_read (&p, read_bytes, bytes, g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  again = tiers_indicator_set_serialize (back);
  g_assert_true (g_bytes_equal (bytes, again));
  g_assert_cmpuint (back->categories->len, ==, 7);

  g_clear_pointer (&back, tiers_indicator_set_unref);
  back = tiers_indicator_set_read (&p, read_bytes, bytes, g_bytes_get_size (bytes) - 5, &error);
  g_assert_null (back);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
}

/* Ratings left out for conflicts of interest travel with the set (format 3), read in place
 * too; a set without any is written as format 2, byte for byte as before. */
static void
test_serialize_excluded (void)
{
  TiersPeriod p = quarter (2026, 1);
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  g_autoptr(TiersIndicatorSet) back = NULL;
  g_autoptr(TiersIndicatorSet) windowed = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  TiersSupplierIndicators *s2 = tiers_indicator_set_add (set, "S2", "bolts");
  TiersSupplierIndicators *s1 = tiers_indicator_set_add (set, "S1", "bolts");
  const TiersExcludedRatings *x;

  tiers_indicator_set_sort (set);
  plain = tiers_indicator_set_serialize (set);
  g_assert_cmpuint (((const guint8 *) g_bytes_get_data (plain, NULL))[0], ==, 2);

  tiers_indicator_set_exclude_rating (set, s2, "Li Wei");
  tiers_indicator_set_exclude_rating (set, s1, "Zhang Min");
  tiers_indicator_set_exclude_rating (set, s2, "Lena Koch");
  tiers_indicator_set_exclude_rating (set, s2, "Li Wei");
  x = tiers_indicator_set_find_excluded (set, "S2");
  g_assert_cmpuint (x->ratings, ==, 3);
  g_assert_cmpuint (x->evaluators->len, ==, 2);
  g_assert_cmpstr (x->evaluators->pdata[0], ==, "Lena Koch");
  g_assert_cmpstr (x->evaluators->pdata[1], ==, "Li Wei");

  bytes = tiers_indicator_set_serialize (set);
  g_assert_cmpuint (((const guint8 *) g_bytes_get_data (bytes, NULL))[0], ==, 3);
  back = tiers_indicator_set_deserialize (&p, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->excluded->len, ==, 2);
  g_assert_cmpuint (tiers_indicator_set_find_excluded (back, "S1")->ratings, ==, 1);
  x = tiers_indicator_set_find_excluded (back, "S2");
  g_assert_cmpuint (x->ratings, ==, 3);
  g_assert_cmpstr (x->evaluators->pdata[1], ==, "Li Wei");
  again = tiers_indicator_set_serialize (back);
  g_assert_true (g_bytes_equal (bytes, again));
  windowed = tiers_indicator_set_read (&p, read_bytes, bytes, g_bytes_get_size (bytes),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tiers_indicator_set_find_excluded (windowed, "S2")->ratings, ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/indicators/median", test_median);
  g_test_add_func ("/indicators/median-unsorted", test_median_unsorted);
  g_test_add_func ("/indicators/all", test_all_indicators);
  g_test_add_func ("/indicators/receipts-without-feedback", test_receipts_without_feedback);
  g_test_add_func ("/indicators/nothing", test_nothing);
  g_test_add_func ("/indicators/price-index-zero-reference", test_price_index_zero_reference);
  g_test_add_func ("/indicators/manual-per-key", test_manual_per_key);
  g_test_add_func ("/indicators/set-order-and-find", test_set_order_and_find);
  g_test_add_func ("/indicators/serialize", test_serialize_round_trip);
  g_test_add_func ("/indicators/read-windowed", test_read_windowed);
  g_test_add_func ("/indicators/serialize-excluded", test_serialize_excluded);
  g_test_add_func ("/indicators/read-names-format", test_read_names_format);
  return g_test_run ();
}
