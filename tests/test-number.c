/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-number.c: the strict number syntax of docs/formats.md ("Every file") and two-decimal
 * rounding (docs/grading.md, "Total and grade"). */
#include "config.h"

#include <math.h>

#include "tiers-number.h"

static void
test_valid (void)
{
  struct { const char *text; double value; } cases[] = {
    { "0", 0 }, { "12", 12 }, { "-3", -3 }, { "+3", 3 }, { "1.5", 1.5 }, { ".5", 0.5 },
    { "5.", 5 }, { "1e3", 1000 }, { "1E-2", 0.01 }, { "-2.5e+1", -25 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double v = -999;

      g_assert_true (tiers_number_parse (cases[i].text, &v));
      g_assert_cmpfloat (v, ==, cases[i].value);
    }
}

static void
test_refused (void)
{
  const char *bad[] = { "", "-", ".", "1,000", "0x10", "inf", "nan", "Infinity", "1e", "1e+",
                        "1 2", " 1", "1 ", "1.2.3", "1e400", "--1", "e3", "１２" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double v;

      g_assert_false (tiers_number_parse (bad[i], &v));
    }
}

static void
test_integer (void)
{
  gint64 v;

  g_assert_true (tiers_integer_parse ("3", &v));
  g_assert_cmpint (v, ==, 3);
  g_assert_true (tiers_integer_parse ("3.0", &v));
  g_assert_false (tiers_integer_parse ("3.5", &v));
}

static void
test_round2 (void)
{
  g_assert_cmpfloat (tiers_round2 (74.0), ==, 74.0);
  g_assert_cmpfloat (tiers_round2 (89.995), ==, round (89.995 * 100) / 100);
  g_assert_cmpfloat (tiers_round2 (0.125), ==, 0.13);
  g_assert_cmpfloat (tiers_round2 (-0.125), ==, -0.13);
  g_assert_cmpfloat (tiers_round2 (79.994), ==, 79.99);
}

static void
test_format (void)
{
  g_autofree char *a = tiers_number_format (0.1);
  g_autofree char *b = tiers_number_format (30);
  g_autofree char *c = tiers_number_format (1.0 / 3);

  g_assert_cmpstr (a, ==, "0.1");
  g_assert_cmpstr (b, ==, "30");
  g_assert_cmpfloat (g_ascii_strtod (c, NULL), ==, 1.0 / 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/number/valid", test_valid);
  g_test_add_func ("/number/refused", test_refused);
  g_test_add_func ("/number/integer", test_integer);
  g_test_add_func ("/number/round2", test_round2);
  g_test_add_func ("/number/format", test_format);
  return g_test_run ();
}
