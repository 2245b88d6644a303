/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-risk-view.c: supply risk, allocation and alternatives driven through their real
 * widgets on sample data: the Overview's Supply Risk list shows core's figures for the
 * session's period, highest concentration first, follows the `risk-share-threshold` setting,
 * and a flagged supplier's button asks for that supplier; a segment of the allocation chart
 * asks for its grade in its category; on the scorecard of a C or D supplier the alternatives
 * are core's, best first, and one click opens the first one's scorecard. */
#define G_LOG_DOMAIN "test-risk-view"

#include "config.h"

#include <adwaita.h>

#include "tiers-alternatives.h"
#include "tiers-alternatives-view.h"
#include "tiers-grade-badge.h"
#include "tiers-grade-counts.h"
#include "tiers-overview-page.h"
#include "tiers-scorecard.h"
#include "tiers-store-sample.h"
#include "tiers-suppliers-page.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"

typedef struct
{
  char         *dir;
  char         *path;
  TiersSession *session;
  GtkWidget    *window;
  /* What the last "show-suppliers" asked for. */
  guint         shown;
  TiersSupplierFilterKind kind;
  TiersGrade    grade;
  char         *category;
  char         *code;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-risk-view-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 40;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 900);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "risk-share-threshold");
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_free (f->category);
  g_free (f->code);
}

static void
on_show_suppliers_cb (GtkWidget                 *page,
                      const TiersSupplierFilter *filter,
                      Fixture                   *f)
{
  f->shown++;
  f->kind = filter->kind;
  f->grade = filter->grade;
  g_free (f->category);
  f->category = g_strdup (filter->category);
  g_free (f->code);
  f->code = g_strdup (filter->code);
}

static GHashTable *
adjusted (Fixture *f)
{
  const TiersPeriodReview *review = tiers_session_get_review (f->session);

  return review != NULL ? review->overrides : NULL;
}

/* Core's supply risk of the session's period, as the list should show it. */
static TiersSupplyRisk *
expected_risk (Fixture *f, double threshold)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);

  return tiers_supply_risk_new (&evaluation->period, evaluation,
                                tiers_session_get_previous_evaluation (f->session),
                                tiers_session_get_details (f->session), adjusted (f),
                                threshold);
}

static GPtrArray *
flagged_buttons (GtkWidget *widget, GPtrArray *found)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "tiers-flagged"))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    flagged_buttons (child, found);
  return found;
}

static guint
n_flagged (const TiersSupplyRisk *risk)
{
  guint n = 0;

  for (guint c = 0; c < risk->categories->len; c++)
    n += ((TiersCategoryRisk *) g_ptr_array_index (risk->categories, c))->n_flagged;
  return n;
}

static void
assert_list_matches (TiersRiskView *view, const TiersSupplyRisk *expected)
{
  g_autoptr(GPtrArray) order = tiers_supply_risk_by_concern (expected);
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (tiers_risk_view_get_list (view)));
  const TiersSupplyRisk *shown = tiers_risk_view_get_risk (view);

  g_assert_cmpuint (shown->categories->len, ==, expected->categories->len);
  for (guint c = 0; c < order->len; c++, row = gtk_widget_get_next_sibling (row))
    {
      const TiersCategoryRisk *want = g_ptr_array_index (order, c);
      const TiersCategoryRisk *got = tiers_supply_risk_find (shown, want->category);
      g_autofree char *hhi = g_strdup_printf ("HHI %.0f", want->hhi);

      g_assert_nonnull (row);
      g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "category"), ==, want->category);
      g_assert_cmpfloat_with_epsilon (got->hhi, want->hhi, 1e-9);
      g_assert_cmpuint (got->n_flagged, ==, want->n_flagged);
      /* The band in words and the index beside the name. */
      g_assert_nonnull (tiers_test_find_label (row, tiers_risk_band_label (want->band)));
      g_assert_nonnull (tiers_test_find_label (row, hhi));
      /* Highest first. */
      if (c > 0)
        g_assert_cmpfloat (want->hhi, <=,
                           ((TiersCategoryRisk *) g_ptr_array_index (order, c - 1))->hhi);
    }
  g_assert_null (row);
}

static void
test_overview (Fixture *f, gconstpointer data)
{
  TiersOverviewPage *page = TIERS_OVERVIEW_PAGE (tiers_overview_page_new (f->session));
  TiersRiskView *view = tiers_overview_page_get_risk_view (page);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(TiersSupplyRisk) expected = NULL;
  g_autoptr(TiersSupplyRisk) low = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  TiersChart *chart = tiers_risk_view_get_allocation_chart (view);
  const TiersChartLayout *layout;
  const TiersChartItem *item;
  const char *code;

  g_signal_connect (page, "show-suppliers", G_CALLBACK (on_show_suppliers_cb), f);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_details (f->session) != NULL
                         && tiers_session_get_review (f->session) != NULL
                         && tiers_risk_view_get_risk (view) != NULL);

  /* The setting's default, and core's figures in the order of concern. */
  g_assert_cmpfloat (tiers_risk_view_get_threshold (view), ==, 0.30);
  expected = expected_risk (f, 0.30);
  g_assert_cmpuint (expected->categories->len, >, 1);
  assert_list_matches (view, expected);
  buttons = flagged_buttons (GTK_WIDGET (view), g_ptr_array_new ());
  g_assert_cmpuint (buttons->len, ==, n_flagged (expected));

  /* A lower share in Preferences flags more; each flagged supplier is a button. */
  g_settings_set_double (settings, "risk-share-threshold", 0.05);
  TIERS_TEST_WAIT_UNTIL (tiers_risk_view_get_risk (view)->threshold == 0.05);
  low = expected_risk (f, 0.05);
  assert_list_matches (view, low);
  g_ptr_array_set_size (buttons, 0);
  flagged_buttons (GTK_WIDGET (view), buttons);
  g_assert_cmpuint (buttons->len, ==, n_flagged (low));
  g_assert_cmpuint (buttons->len, >, n_flagged (expected));

  /* Clicking one asks for that supplier (the window then opens its scorecard). */
  code = g_object_get_data (G_OBJECT (g_ptr_array_index (buttons, 0)), "code");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  g_assert_cmpuint (f->shown, ==, 1);
  g_assert_cmpint (f->kind, ==, TIERS_SUPPLIER_FILTER_SUPPLIER);
  g_assert_cmpstr (f->code, ==, code);

  /* The allocation chart: a segment per grade with a share, asking for that grade in that
   * category. */
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  TIERS_TEST_WAIT_UNTIL ((layout = tiers_chart_get_layout (chart)) != NULL
                         && layout->items->len > 0);
  g_assert_false (layout->empty);
  item = &g_array_index (layout->items, TiersChartItem, 0);
  g_assert_cmpint (item->kind, ==, TIERS_CHART_ITEM_CATEGORY);
  g_assert_nonnull (tiers_supply_risk_find (expected, item->key));
  g_assert_true (tiers_chart_select_at (chart, item->box.x + item->box.width / 2,
                                        item->box.y + item->box.height / 2));
  g_assert_cmpuint (f->shown, ==, 2);
  g_assert_cmpint (f->kind, ==, TIERS_SUPPLIER_FILTER_GRADE);
  g_assert_cmpint (f->grade, ==, tiers_chart_grade_to_grade (item->index));
  g_assert_cmpstr (f->category, ==, item->key);
}

/* A C or D supplier that has alternatives in the session's period, or NULL. */
static char *
supplier_with_alternatives (Fixture *f, GArray **alternatives)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);

  for (guint s = 0; s < evaluation->n_suppliers; s++)
    {
      const TiersSupplierResult *result = &evaluation->suppliers[s];
      g_autoptr(GArray) found = tiers_alternatives_find (evaluation,
                                                         tiers_session_get_details (f->session),
                                                         adjusted (f), result->supplier->code);

      if (found->len >= 2)
        {
          *alternatives = g_steal_pointer (&found);
          return g_strdup (result->supplier->code);
        }
    }
  return NULL;
}

static void
test_alternatives (Fixture *f, gconstpointer data)
{
  TiersSuppliersPage *page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  g_autoptr(GArray) alternatives = NULL;
  g_autofree char *code = NULL;
  TiersAlternativesView *view;
  TiersSupplierFilter filter = { TIERS_SUPPLIER_FILTER_SUPPLIER, 0, 0, NULL, NULL };
  GtkWidget *row;
  guint i = 0;

  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (!tiers_suppliers_page_get_loading (page)
                         && tiers_session_get_details (f->session) != NULL
                         && tiers_session_get_review (f->session) != NULL
                         && g_list_model_get_n_items (tiers_suppliers_page_get_shown (page)) > 0);
  code = supplier_with_alternatives (f, &alternatives);
  g_assert_nonnull (code);

  filter.code = code;
  tiers_suppliers_page_show (page, &filter);
  view = TIERS_ALTERNATIVES_VIEW (tiers_test_find_by_type (GTK_WIDGET (page),
                                                           TIERS_TYPE_ALTERNATIVES_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  g_assert_cmpuint (tiers_alternatives_view_get_n_alternatives (view), ==, alternatives->len);
  /* Best first, as core has them, each with its grade's letter and its code. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (tiers_alternatives_view_get_list (view)));
       row != NULL; row = gtk_widget_get_next_sibling (row), i++)
    {
      const TiersAlternative *alternative = &g_array_index (alternatives, TiersAlternative, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       alternative->name);
      g_assert_nonnull (tiers_test_find_label (row, alternative->code));
      g_assert_cmpint (tiers_grade_badge_get_grade (TIERS_GRADE_BADGE (
                         tiers_test_find_by_type (row, TIERS_TYPE_GRADE_BADGE))), ==,
                       alternative->grade);
      if (i > 0)
        g_assert_cmpfloat (alternative->score, <=,
                           g_array_index (alternatives, TiersAlternative, i - 1).score);
    }
  g_assert_cmpuint (i, ==, alternatives->len);

  /* One click on the first opens its scorecard. */
  row = gtk_widget_get_first_child (GTK_WIDGET (tiers_alternatives_view_get_list (view)));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (tiers_suppliers_page_get_selected_code (page), ==,
                   g_array_index (alternatives, TiersAlternative, 0).code);
  {
    TiersScorecard *scorecard = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (page),
                                                                          TIERS_TYPE_SCORECARD));

    g_assert_cmpstr (tiers_supplier_record_get_code (tiers_scorecard_get_supplier (scorecard)),
                     ==, g_array_index (alternatives, TiersAlternative, 0).code);
  }
  /* An A or B supplier has none to show. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/risk-view/overview", Fixture, NULL, fixture_set_up, test_overview,
              fixture_tear_down);
  g_test_add ("/risk-view/alternatives", Fixture, NULL, fixture_set_up, test_alternatives,
              fixture_tear_down);
  return g_test_run ();
}
