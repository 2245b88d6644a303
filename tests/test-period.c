/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-period.c: parsing, naming, labels, bounds and stepping of evaluation periods. */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-period.h"

static void
assert_round_trip (const char *text)
{
  TiersPeriod p;
  g_autofree char *back = NULL;

  g_assert_true (tiers_period_parse (text, &p, NULL));
  back = tiers_period_to_string (&p);
  g_assert_cmpstr (back, ==, text);
}

static void
test_parse_valid (void)
{
  TiersPeriod p;

  assert_round_trip ("2026");
  assert_round_trip ("2026-H1");
  assert_round_trip ("2026-H2");
  assert_round_trip ("2026-Q1");
  assert_round_trip ("2026-Q4");
  assert_round_trip ("2026-01");
  assert_round_trip ("2026-12");

  g_assert_true (tiers_period_parse ("2024-Q3", &p, NULL));
  g_assert_cmpint (p.kind, ==, TIERS_PERIOD_QUARTER);
  g_assert_cmpint (p.year, ==, 2024);
  g_assert_cmpint (p.index, ==, 3);
}

static void
test_parse_refused (void)
{
  const char *bad[] = { "2026-Q5", "2026-13", "26-Q1", "2026-Q0", "2026-H3", "2026-00",
                        "2026-", "", "abcd", "2026-q1", "2026-Q1x", "2026-1", " 2026",
                        "0000", "2026-W01" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      TiersPeriod p;

      g_assert_false (tiers_period_parse (bad[i], &p, &error));
      g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
assert_bounds (const char *text,
               const char *first,
               const char *last)
{
  TiersPeriod p;
  char a[11], b[11];

  g_assert_true (tiers_period_parse (text, &p, NULL));
  tiers_period_bounds_iso (&p, a, b);
  g_assert_cmpstr (a, ==, first);
  g_assert_cmpstr (b, ==, last);
}

static void
test_bounds (void)
{
  assert_bounds ("2024", "2024-01-01", "2024-12-31");
  assert_bounds ("2024-H2", "2024-07-01", "2024-12-31");
  assert_bounds ("2024-Q1", "2024-01-01", "2024-03-31");
  assert_bounds ("2024-Q3", "2024-07-01", "2024-09-30");
  assert_bounds ("2024-02", "2024-02-01", "2024-02-29");
  assert_bounds ("2025-02", "2025-02-01", "2025-02-28");
}

static void
assert_previous (const char *text,
                 const char *expected)
{
  TiersPeriod p, prev, next;
  g_autofree char *s = NULL;
  g_autofree char *back = NULL;

  g_assert_true (tiers_period_parse (text, &p, NULL));
  prev = tiers_period_previous (&p);
  s = tiers_period_to_string (&prev);
  g_assert_cmpstr (s, ==, expected);
  next = tiers_period_next (&prev);
  back = tiers_period_to_string (&next);
  g_assert_cmpstr (back, ==, text);
}

static void
test_previous (void)
{
  assert_previous ("2026-Q1", "2025-Q4");
  assert_previous ("2026-Q3", "2026-Q2");
  assert_previous ("2026-H1", "2025-H2");
  assert_previous ("2026-01", "2025-12");
  assert_previous ("2026", "2025");
}

static void
test_dates (void)
{
  GDate d;
  TiersPeriod q;

  g_assert_true (tiers_date_parse ("2024-02-29", &d));
  g_assert_false (tiers_date_parse ("2025-02-29", &d));
  g_assert_false (tiers_date_parse ("2025-04-31", &d));
  g_assert_false (tiers_date_parse ("2025-4-01", &d));
  g_assert_false (tiers_date_parse ("2025/04/01", &d));
  g_assert_false (tiers_date_parse ("2025-04-01 ", &d));
  g_assert_true (tiers_date_parse ("2025-08-15", &d));
  q = tiers_period_containing (TIERS_PERIOD_QUARTER, &d);
  g_assert_cmpint (q.year, ==, 2025);
  g_assert_cmpint (q.index, ==, 3);
}

static void
assert_label (const char *text,
              const char *label)
{
  TiersPeriod p;
  g_autofree char *shown = NULL;

  g_assert_true (tiers_period_parse (text, &p, NULL));
  shown = tiers_period_to_label (&p);
  g_assert_cmpstr (shown, ==, label);
}

/* What a person reads (untranslated here): not the file form "2026-Q3". */
static void
test_labels (void)
{
  assert_label ("2026-Q3", "2026 Q3");
  assert_label ("2026-H1", "2026 H1");
  assert_label ("2026-H2", "2026 H2");
  assert_label ("2026", "2026");
  assert_label ("2026-07", "July 2026");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/parse-valid", test_parse_valid);
  g_test_add_func ("/period/parse-refused", test_parse_refused);
  g_test_add_func ("/period/bounds", test_bounds);
  g_test_add_func ("/period/previous", test_previous);
  g_test_add_func ("/period/dates", test_dates);
  g_test_add_func ("/period/labels", test_labels);
  return g_test_run ();
}
