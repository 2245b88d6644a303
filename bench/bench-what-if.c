/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-what-if.c: the criteria page's live what-if of docs/benchmarks.md. It builds one
 * period's indicators for N suppliers in memory (deterministic: a fixed seed), grades them
 * once with the default scheme (the "now" the page keeps), then times what every weight edit
 * costs on the main loop: grading the edited scheme and comparing it with "now" (counts and
 * the sorted list of grade changes). Median and worst over many repetitions, against the
 * 16 ms of one frame. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>

#include "tiers-what-if.h"

#define FRAME_MS 16.0

static void
fill_supplier (TiersSupplierIndicators *s,
               const TiersScheme       *scheme,
               GRand                   *rand)
{
  double quality = g_rand_double (rand);   /* one trait, so the indicators agree a little */
  guint64 receipts = (guint64) g_rand_int_range (rand, 0, 60);

  s->receipts = receipts;
  if (receipts == 0)
    return;
#define SET(ind, v) s->values[ind] = (TiersIndicatorValue) { (v), receipts, TRUE }
  SET (TIERS_INDICATOR_ON_TIME_RATE,
       CLAMP (0.6 + 0.4 * quality + g_rand_double_range (rand, -0.1, 0.1), 0, 1));
  SET (TIERS_INDICATOR_DAYS_LATE, (1 - quality) * g_rand_double_range (rand, 0, 10));
  SET (TIERS_INDICATOR_QUANTITY_ACCURACY, CLAMP (0.8 + 0.2 * quality, 0, 1));
  SET (TIERS_INDICATOR_PASS_RATE,
       CLAMP (0.9 + 0.1 * quality - g_rand_double_range (rand, 0, 0.05), 0, 1));
  SET (TIERS_INDICATOR_INCIDENT_RATE, (1 - quality) * g_rand_double_range (rand, 0, 0.2));
  SET (TIERS_INDICATOR_UNIT_PRICE, g_rand_double_range (rand, 5, 500));
  SET (TIERS_INDICATOR_PRICE_INDEX, g_rand_double_range (rand, 0.85, 1.2));
  SET (TIERS_INDICATOR_SERVICE_RATING, 1 + 4 * quality);
  SET (TIERS_INDICATOR_RESPONSE_HOURS, g_rand_double_range (rand, 1, 72));
#undef SET
  for (guint c = 0; c < scheme->criteria->len; c++)
    {
      const TiersCriterion *criterion = scheme->criteria->pdata[c];
      guint64 ratings = (guint64) g_rand_int_range (rand, 1, 5);

      if (criterion->indicator == TIERS_INDICATOR_MANUAL)
        tiers_supplier_indicators_add_manual (s, criterion->key,
                                              ratings * (1 + quality * (criterion->scale - 1)),
                                              ratings);
    }
}

static TiersIndicatorSet *
build_set (guint              n,
           const TiersScheme *scheme)
{
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2024, 3 };
  TiersIndicatorSet *set = tiers_indicator_set_new (&period, scheme->grace_days,
                                                    scheme->quantity_tolerance);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240703);

  for (guint i = 0; i < n; i++)
    {
      char code[16], category[16];

      g_snprintf (code, sizeof code, "S%05u", i + 1);
      g_snprintf (category, sizeof category, "Category %u", i % 10 + 1);
      fill_supplier (tiers_indicator_set_add (set, code, category), scheme, rand);
    }
  tiers_indicator_set_sort (set);
  return set;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  int suppliers = 10000, repeat = 200;
  GOptionEntry entries[] = {
    { "suppliers", 0, 0, G_OPTION_ARG_INT, &suppliers, "Suppliers in the period", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Weight edits to time", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the criteria what-if");
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  g_autoptr(TiersScheme) edited = NULL;
  g_autoptr(TiersIndicatorSet) set = NULL;
  g_autoptr(TiersEvaluation) now = NULL;
  g_autofree double *previous = NULL;
  g_autofree double *ms = NULL;
  TiersCriterion *first;
  double base_weight, sum_changes = 0;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || suppliers < 1 || repeat < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--suppliers and --repeat must be above 0");
      return EXIT_FAILURE;
    }

  set = build_set ((guint) suppliers, scheme);
  /* Half of them have a previous score, so smoothing has work when it is on. */
  previous = g_new (double, set->suppliers->len);
  for (guint i = 0; i < set->suppliers->len; i++)
    previous[i] = i % 2 ? 40 + (i % 60) : NAN;

  start = g_get_monotonic_time ();
  now = tiers_evaluation_new (set, scheme, 1, previous);
  g_print ("suppliers: %u; grading \"now\" once: %.2f ms\n", set->suppliers->len,
           (g_get_monotonic_time () - start) / 1000.0);

  edited = tiers_scheme_copy (scheme);
  first = edited->criteria->pdata[0];
  base_weight = first->weight;
  ms = g_new (double, repeat);
  for (int r = 0; r < repeat; r++)
    {
      g_autoptr(TiersWhatIf) what_if = NULL;

      /* A different weight each time, as a spin button steps through them. */
      first->weight = base_weight + 1 + r % 40;
      start = g_get_monotonic_time ();
      what_if = tiers_what_if_compare (now, tiers_evaluation_new (set, edited, 0, previous));
      ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      sum_changes += what_if->changes->len;
    }
  qsort (ms, (size_t) repeat, sizeof *ms, compare_doubles);
  g_print ("weight edits: %d; suppliers changing grade: %.0f on average\n", repeat,
           sum_changes / repeat);
  g_print ("re-score + what-if: median %.2f ms, 90th percentile %.2f ms, worst %.2f ms; "
           "frame budget %.0f ms: %s\n", ms[repeat / 2], ms[(repeat * 9) / 10],
           ms[repeat - 1], FRAME_MS, ms[repeat / 2] < FRAME_MS ? "met" : "missed");
  return EXIT_SUCCESS;
}
