/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scorecard.c: the scorecard's words: indicator values in their units, sample sizes,
 * the rank in the category, why an evaluation is provisional, and why the grade changed,
 * over evaluations built in memory; and the grade badge's letter, label and dark mode. */
#include "config.h"

#include <adwaita.h>

#include "tiers-grade-badge.h"
#include "tiers-scorecard-text.h"

static TiersCriterion *
criterion (const char     *key,
           const char     *name,
           TiersIndicator  indicator,
           TiersMethod     method)
{
  TiersCriterion *c = tiers_criterion_new (key);

  g_free (c->name);
  c->name = g_strdup (name);
  c->indicator = indicator;
  c->method = method;
  c->weight = 1;
  c->best = 1.0;
  c->worst = 0.5;
  c->scale = 5;
  return c;
}

/* On-time delivery (linear 0.5..1) and a service rating (scale 5), weighing the same. */
static TiersScheme *
two_criteria (void)
{
  TiersScheme *scheme = tiers_scheme_new ();

  g_ptr_array_add (scheme->criteria, criterion ("on_time", "On-time delivery",
                                                TIERS_INDICATOR_ON_TIME_RATE,
                                                TIERS_METHOD_LINEAR));
  g_ptr_array_add (scheme->criteria, criterion ("service", "Service rating",
                                                TIERS_INDICATOR_SERVICE_RATING,
                                                TIERS_METHOD_SCALE));
  return scheme;
}

static TiersSupplierIndicators *
add_supplier (TiersIndicatorSet *set,
              const char        *code,
              guint64            receipts,
              double             on_time,
              double             service)
{
  TiersSupplierIndicators *s = tiers_indicator_set_add (set, code, "Bolts");

  s->receipts = receipts;
  s->values[TIERS_INDICATOR_ON_TIME_RATE] = (TiersIndicatorValue) { on_time, receipts, TRUE };
  if (service > 0)
    s->values[TIERS_INDICATOR_SERVICE_RATING] = (TiersIndicatorValue) { service, 2, TRUE };
  return s;
}

static TiersEvaluation *
evaluate (const TiersScheme *scheme,
          int                quarter,
          double             on_time,
          double             service)
{
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, quarter };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&period, 0, 0.05);

  add_supplier (set, "S1", 10, on_time, service);
  add_supplier (set, "S2", 10, 0.99, 5.0);   /* the best of Bolts */
  add_supplier (set, "S3", 10, 0.55, 1.0);
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, 1, NULL);
}

static void
test_indicator_values (void)
{
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  struct { const char *key; double value; const char *expected; } cases[] = {
    { "pass_rate", 0.923, "92.3 %" },
    { "on_time", 0.8, "80.0 %" },
    { "days_late", 1.5, "1.5 days late" },
    { "incidents", 6.25, "6.2 points per 100 receipts" },
    { "price", 1.04, "index 1.04" },
    { "service", 4.2, "4.2 / 5" },
    { "response", 18, "18.0 hours" },
    { "cooperation", 3.8, "3.8 / 5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TiersIndicatorValue value = { cases[i].value, 4, TRUE };
      g_autofree char *text =
        tiers_format_indicator_value (tiers_scheme_find_criterion (scheme, cases[i].key), &value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
  {
    TiersIndicatorValue none = { 0, 0, FALSE };
    g_autofree char *text =
      tiers_format_indicator_value (tiers_scheme_find_criterion (scheme, "on_time"), &none);

    g_assert_cmpstr (text, ==, "no data");
  }
}

static void
test_samples_and_rank (void)
{
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  g_autofree char *one = tiers_format_sample (tiers_scheme_find_criterion (scheme, "on_time"), 1);
  g_autofree char *many = tiers_format_sample (tiers_scheme_find_criterion (scheme, "on_time"),
                                               23);
  g_autofree char *replies =
    tiers_format_sample (tiers_scheme_find_criterion (scheme, "service"), 5);
  g_autofree char *ratings =
    tiers_format_sample (tiers_scheme_find_criterion (scheme, "cooperation"), 3);
  g_autoptr(TiersScheme) two = two_criteria ();
  g_autoptr(TiersEvaluation) evaluation = evaluate (two, 3, 0.85, 4.0);
  g_autofree char *rank = NULL;
  guint position, of;

  g_assert_cmpstr (one, ==, "1 receipt");
  g_assert_cmpstr (many, ==, "23 receipts");
  g_assert_cmpstr (replies, ==, "5 feedback replies");
  g_assert_cmpstr (ratings, ==, "3 ratings");

  g_assert_true (tiers_evaluation_rank_in_category (evaluation,
                                                    tiers_evaluation_find (evaluation, "S1"),
                                                    &position, &of));
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpuint (of, ==, 3);
  rank = tiers_format_rank (position, of, "Bolts");
  g_assert_cmpstr (rank, ==, "Rank 2 of 3 in Bolts");
}

/* Previously B (on time 95 %: 90, service 4.0: 80, 85 in all); now on time 85 % (70) and no
 * feedback, so the service rating drops out: 70, a C, provisional. On-time delivery now
 * carries all the weight: its points rise though its value fell, and the sentence says why. */
static void
test_why_the_grade_changed (void)
{
  g_autoptr(TiersScheme) scheme = two_criteria ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersExplanation) explanation = NULL;
  g_autofree char *why = NULL;
  g_autofree char *provisional = NULL;
  TiersEvaluation *current = evaluate (scheme, 3, 0.85, 0);
  TiersEvaluation *previous = evaluate (scheme, 2, 0.95, 4.0);

  provisional = tiers_describe_provisional (current, tiers_evaluation_find (current, "S1"));
  g_assert_cmpstr (provisional, ==, "Provisional: no data for Service rating in this period.");
  g_assert_null (tiers_describe_provisional (current, tiers_evaluation_find (current, "S2")));

  explanation = tiers_explanation_new (current, previous, "S1", &error);
  g_assert_no_error (error);
  why = tiers_describe_change (explanation);
  g_assert_cmpstr (why, ==,
                   "Score fell 15.00 points to 70.00 (B → C). "
                   "Service rating cost 40.00 points (4.0 / 5 → no data). "
                   "On-time delivery added 25.00 points (95.0 % → 85.0 %; weight share 50 % → "
                   "100 %).");
}

static void
test_nothing_to_compare (void)
{
  g_autoptr(TiersScheme) scheme = two_criteria ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersExplanation) explanation =
    tiers_explanation_new (evaluate (scheme, 3, 0.85, 4.0), NULL, "S1", &error);
  g_autofree char *why = NULL;

  g_assert_no_error (error);
  why = tiers_describe_change (explanation);
  g_assert_cmpstr (why, ==, "Not evaluated in the previous period: nothing to compare with.");
}

static void
test_badge (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *badge = tiers_grade_badge_new (TIERS_GRADE_C);
  const char *tooltip;
  int width, height;

  gtk_window_set_child (GTK_WINDOW (window), badge);
  gtk_window_present (GTK_WINDOW (window));
  tooltip = gtk_widget_get_tooltip_text (badge);
  g_assert_cmpstr (tooltip, ==, "Grade C");
  gtk_widget_measure (badge, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  gtk_widget_measure (badge, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  g_assert_cmpint (width, >=, height);   /* never narrower than high */

  tiers_grade_badge_set_grade (TIERS_GRADE_BADGE (badge), TIERS_GRADE_NONE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, "Ungraded");
  tiers_grade_badge_set_large (TIERS_GRADE_BADGE (badge), TRUE);
  {
    int large_height;

    gtk_widget_measure (badge, GTK_ORIENTATION_VERTICAL, -1, &large_height, NULL, NULL, NULL);
    g_assert_cmpint (large_height, >, height);
  }
  /* Switching to dark redraws with the dark palette, without warnings. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/scorecard/indicator-values", test_indicator_values);
  g_test_add_func ("/scorecard/samples-and-rank", test_samples_and_rank);
  g_test_add_func ("/scorecard/why-the-grade-changed", test_why_the_grade_changed);
  g_test_add_func ("/scorecard/nothing-to-compare", test_nothing_to_compare);
  g_test_add_func ("/scorecard/badge", test_badge);
  return g_test_run ();
}
