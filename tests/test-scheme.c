/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scheme.c: the scheme key file: defaults, round trip, and every refusal naming its
 * section and key. */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-scheme.h"

static const char minimal[] =
  "[Scheme]\n"
  "Name=Test\n"
  "GradeA=90\nGradeB=80\nGradeC=60\n"
  "[Criterion on_time]\n"
  "Name=On-time delivery\n"
  "Name[zh_CN]=准时交货率\n"
  "Dimension=delivery\nIndicator=on_time_rate\nWeight=30\nMethod=linear\nBest=1.0\nWorst=0.8\n"
  "[Criterion incidents]\n"
  "Name=Incidents\nDimension=quality\nIndicator=incident_rate\nWeight=10\nMethod=bands\n"
  "Bands=0:100;5:80;15:60\n";

static void
test_default (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  gboolean seen[TIERS_N_DIMENSIONS] = { FALSE };

  g_assert_true (tiers_scheme_validate (s, NULL));
  for (guint i = 0; i < s->criteria->len; i++)
    seen[((TiersCriterion *) g_ptr_array_index (s->criteria, i))->dimension] = TRUE;
  g_assert_true (seen[TIERS_DIMENSION_QUALITY]);
  g_assert_true (seen[TIERS_DIMENSION_PRICE]);
  g_assert_true (seen[TIERS_DIMENSION_DELIVERY]);
  g_assert_true (seen[TIERS_DIMENSION_SERVICE]);
}

static void
test_round_trip (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  g_autofree char *data = tiers_scheme_to_data (s);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) back = tiers_scheme_load_from_data (data, -1, &error);

  g_assert_no_error (error);
  g_assert_true (tiers_scheme_equal (s, back));
}

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) s = tiers_scheme_load_from_data (minimal, -1, &error);
  const TiersCriterion *c;

  g_assert_no_error (error);
  g_assert_cmpstr (s->name, ==, "Test");
  g_assert_cmpint (s->min_receipts, ==, 3);        /* defaults for keys not given */
  g_assert_cmpfloat (s->smoothing, ==, 1);
  g_assert_cmpuint (s->criteria->len, ==, 2);
  c = g_ptr_array_index (s->criteria, 0);
  g_assert_cmpstr (c->key, ==, "on_time");         /* scheme order is file order */
  g_assert_cmpstr (c->name_zh, ==, "准时交货率");
  g_assert_cmpfloat (c->best, ==, 1.0);
  g_assert_cmpfloat (c->worst, ==, 0.8);
  c = tiers_scheme_find_criterion (s, "incidents");
  g_assert_nonnull (c);
  g_assert_cmpuint (c->bands->len, ==, 3);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).threshold, ==, 5);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).score, ==, 80);
  g_assert_cmpfloat (tiers_criterion_rating_max (c), ==, 10);
}

/* Each bad scheme replaces one line of the minimal one; the error must name where. */
static void
assert_refused (const char *from,
                const char *to,
                const char *expected_place)
{
  g_autoptr(GString) text = g_string_new (minimal);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) s = NULL;

  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  else
    g_string_append (text, to);
  s = tiers_scheme_load_from_data (text->str, -1, &error);
  g_assert_null (s);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  if (strstr (error->message, expected_place) == NULL)
    g_error ("“%s” does not name “%s”", error->message, expected_place);
}

static void
test_refused (void)
{
  assert_refused ("Worst=0.8", "Worst=1.0", "[Criterion on_time] Best");
  assert_refused ("GradeA=90", "GradeA=80", "[Scheme] GradeA");
  assert_refused ("GradeB=80", "GradeB=50", "[Scheme] GradeB");
  assert_refused ("Indicator=on_time_rate", "Indicator=speed", "[Criterion on_time] Indicator");
  assert_refused ("Weight=30", "Weight=-1", "[Criterion on_time] Weight");
  assert_refused ("Bands=0:100;5:80;15:60", "Bands=0:100;five:80",
                  "[Criterion incidents] Bands");
  assert_refused ("Bands=0:100;5:80;15:60", "Bands=0:100;5:180",
                  "[Criterion incidents] Bands");
  assert_refused ("Method=linear", "Method=curve", "[Criterion on_time] Method");
  assert_refused ("Dimension=delivery", "Dimension=speed", "[Criterion on_time] Dimension");
  assert_refused ("Weight=30", "Wieght=30", "[Criterion on_time] Wieght");
  assert_refused ("Weight=30", "Weight=1,5", "[Criterion on_time] Weight");
}

static void
test_refused_settings (void)
{
  assert_refused ("GradeC=60\n", "GradeC=60\nSmoothing=0\n", "[Scheme] Smoothing");
  assert_refused ("GradeC=60\n", "GradeC=60\nSmoothing=1.5\n", "[Scheme] Smoothing");
  assert_refused ("GradeC=60\n", "GradeC=60\nMinReceipts=-2\n", "[Scheme] MinReceipts");
  assert_refused ("GradeC=60\n", "GradeC=60\nGraceDays=1.5\n", "[Scheme] GraceDays");
  assert_refused ("GradeC=60\n", "GradeC=60\nQuantityTolerance=nan\n",
                  "[Scheme] QuantityTolerance");
  assert_refused ("GradeA=90", "GradeA=120", "[Scheme] GradeA");
  assert_refused ("[Criterion on_time]", "[Criterion On-Time]", "[Criterion On-Time]");
  assert_refused (NULL, "[Extra]\nFoo=1\n", "[Extra]");
  assert_refused ("[Scheme]", "[Schema]", "[Scheme]");
}

static void
test_all_weights_zero (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_load_from_data (minimal, -1, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < s->criteria->len; i++)
    ((TiersCriterion *) g_ptr_array_index (s->criteria, i))->weight = 0;
  g_assert_false (tiers_scheme_validate (s, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "[Scheme]"));
}

/* Names with backslashes survive saving and loading as they are, the Chinese name too, and
 * no Chinese name appears where there was none (the input fuzz-scheme found, reduced). */
static void
test_backslashes_round_trip (void)
{
  const char *text =
    "[Scheme]\nName=Back\\\\slash\n\n"
    "[Criterion on_time]\nName=On time\\\\\\y\nDimension=delivery\n"
    "Indicator=on_time_rate\nWeight=10\nMethod=linear\nBest=1\nWorst=0\n\n"
    "[Criterion late]\nName=Late\nName[zh_CN]=\xe5\xbb\xb6\xe8\xbf\x9f\\\\x\nDimension=delivery\n"
    "Indicator=days_late\nWeight=10\nMethod=linear\nBest=0\nWorst=10\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) first = tiers_scheme_load_from_data (text, -1, &error);
  g_autoptr(TiersScheme) second = NULL;
  g_autoptr(TiersScheme) third = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  const TiersCriterion *on_time, *late;

  g_assert_no_error (error);
  on_time = tiers_scheme_find_criterion (first, "on_time");
  late = tiers_scheme_find_criterion (first, "late");
  g_assert_cmpstr (on_time->name, ==, "On time\\\\\\y");
  g_assert_null (on_time->name_zh);
  g_assert_cmpstr (late->name_zh, ==, "\xe5\xbb\xb6\xe8\xbf\x9f\\\\x");
  once = tiers_scheme_to_data (first);
  second = tiers_scheme_load_from_data (once, -1, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_scheme_equal (first, second));
  twice = tiers_scheme_to_data (second);
  g_assert_cmpstr (once, ==, twice);
  third = tiers_scheme_load_from_data (twice, -1, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_scheme_equal (first, third));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scheme/default", test_default);
  g_test_add_func ("/scheme/round-trip", test_round_trip);
  g_test_add_func ("/scheme/backslashes-round-trip", test_backslashes_round_trip);
  g_test_add_func ("/scheme/load", test_load);
  g_test_add_func ("/scheme/refused", test_refused);
  g_test_add_func ("/scheme/refused-settings", test_refused_settings);
  g_test_add_func ("/scheme/all-weights-zero", test_all_weights_zero);
  return g_test_run ();
}
