/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart-widgets.c: the chart widget on a real display: clicking a mark and the keyboard
 * emit `selected` with what the mark stands for; the layout is kept until data, size or
 * theme change; the summary describes the data. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-chart.h"

typedef struct
{
  guint  count;
  guint  kind;
  int    index;
  int    index2;
  char  *key;
} Selection;

typedef struct
{
  GtkWidget *window;
  TiersChart *chart;
  Selection  selection;
} Fixture;

static void
on_chart_selected_cb (TiersChart *chart,
                      guint       kind,
                      int         index,
                      int         index2,
                      const char *key,
                      Selection  *selection)
{
  selection->count++;
  selection->kind = kind;
  selection->index = index;
  selection->index2 = index2;
  g_free (selection->key);
  selection->key = g_strdup (key);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("the chart was never given a size");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the window has laid the chart out at W x H. */
static void
wait_for_size (Fixture *f,
               int      width,
               int      height)
{
  guint timeout = g_timeout_add_seconds (20, on_timeout_cb, NULL);

  while (gtk_widget_get_width (GTK_WIDGET (f->chart)) != width
         || gtk_widget_get_height (GTK_WIDGET (f->chart)) != height)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = gtk_window_new ();
  f->chart = TIERS_CHART (tiers_chart_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->chart));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 400);
  g_signal_connect (f->chart, "selected", G_CALLBACK (on_chart_selected_cb), &f->selection);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_size (f, 640, 400);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_free (f->selection.key);
}

static TiersDistributionData *
distribution (void)
{
  TiersDistributionData *data = tiers_distribution_data_new ("2026-Q2", NULL);
  const guint counts[] = { 4, 9, 6, 2, 1 };

  memcpy (data->counts, counts, sizeof counts);
  return data;
}

/* The centre of the first mark of KIND with INDEX (and INDEX2 unless -2). */
static void
centre_of (TiersChart         *chart,
           TiersChartItemKind  kind,
           int                 index,
           int                 index2,
           double             *x,
           double             *y)
{
  const TiersChartLayout *layout = tiers_chart_get_layout (chart);

  g_assert_nonnull (layout);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TiersChartItem *item = &g_array_index (layout->items, TiersChartItem, i);

      if (item->kind == kind && item->index == index && (index2 == -2 || item->index2 == index2))
        {
          *x = item->box.x + item->box.width / 2;
          *y = item->box.y + item->box.height / 2;
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_click_grade (Fixture       *f,
                  gconstpointer  data)
{
  double x, y;

  tiers_chart_set_distribution (f->chart, distribution ());
  centre_of (f->chart, TIERS_CHART_ITEM_GRADE, TIERS_CHART_GRADE_C, -2, &x, &y);
  g_assert_true (tiers_chart_select_at (f->chart, x, y));
  g_assert_cmpuint (f->selection.count, ==, 1);
  g_assert_cmpuint (f->selection.kind, ==, TIERS_CHART_ITEM_GRADE);
  g_assert_cmpint (f->selection.index, ==, TIERS_CHART_GRADE_C);
  g_assert_cmpstr (f->selection.key, ==, "C");

  /* Outside every mark: nothing is selected. */
  g_assert_false (tiers_chart_select_at (f->chart, 1, 1));
  g_assert_cmpuint (f->selection.count, ==, 1);
}

/* Hovering a mark has a tooltip; the empty corner has none. */
static void
test_tooltip (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;
  double x, y;

  tiers_chart_set_distribution (f->chart, distribution ());
  centre_of (f->chart, TIERS_CHART_ITEM_GRADE, TIERS_CHART_GRADE_B, -2, &x, &y);
  g_signal_emit_by_name (f->chart, "query-tooltip", (int) x, (int) y, FALSE, tooltip, &shown);
  g_assert_true (shown);
  shown = TRUE;
  g_signal_emit_by_name (f->chart, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_false (shown);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  tiers_chart_set_distribution (f->chart, distribution ());
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->chart)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->chart)));
  g_assert_cmpint (tiers_chart_get_highlighted (f->chart), ==, -1);

  /* Right arrow twice, Left once, Right again: the third grade; Enter selects it. */
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.next", NULL);
  g_assert_cmpint (tiers_chart_get_highlighted (f->chart), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select", NULL);
  g_assert_cmpuint (f->selection.count, ==, 1);
  g_assert_cmpint (f->selection.index, ==, TIERS_CHART_GRADE_C);

  /* The highlight stops at the last mark. */
  for (int i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.next", NULL);
  g_assert_cmpint (tiers_chart_get_highlighted (f->chart), ==, TIERS_CHART_UNGRADED);
  gtk_widget_activate_action (GTK_WIDGET (f->chart), "chart.select", NULL);
  g_assert_cmpstr (f->selection.key, ==, "");
}

static void
test_click_transition (Fixture       *f,
                       gconstpointer  data)
{
  TiersTransitionData *transitions = tiers_transition_data_new ("2026-Q2", "2026-Q1", NULL);
  double x, y;

  transitions->counts[1][1] = 20;
  transitions->counts[1][2] = 4;
  transitions->counts[2][1] = 3;
  tiers_chart_set_transitions (f->chart, transitions);
  g_assert_nonnull (strstr (tiers_chart_get_summary (f->chart), "3 upgraded, 4 downgraded"));

  for (int view = TIERS_TRANSITION_VIEW_MATRIX; view <= TIERS_TRANSITION_VIEW_FLOW; view++)
    {
      tiers_chart_set_transition_view (f->chart, view);
      centre_of (f->chart, TIERS_CHART_ITEM_TRANSITION, TIERS_CHART_GRADE_B,
                 TIERS_CHART_GRADE_C, &x, &y);
      g_assert_true (tiers_chart_select_at (f->chart, x, y));
      g_assert_cmpuint (f->selection.kind, ==, TIERS_CHART_ITEM_TRANSITION);
      g_assert_cmpint (f->selection.index, ==, TIERS_CHART_GRADE_B);
      g_assert_cmpint (f->selection.index2, ==, TIERS_CHART_GRADE_C);
    }
  g_assert_cmpuint (f->selection.count, ==, 2);
}

static void
test_click_supplier_and_period (Fixture       *f,
                                gconstpointer  data)
{
  TiersConcentrationData *spend = tiers_concentration_data_new ("Bolts", "2026-Q2");
  TiersHistoryData *history = tiers_history_data_new ("S002 Beta", 90, 80, 60);
  double x, y;

  tiers_concentration_data_add (spend, "S001", "Alpha", 100, TIERS_CHART_GRADE_A);
  tiers_concentration_data_add (spend, "S002", "Beta", 900, TIERS_CHART_GRADE_C);
  tiers_chart_set_concentration (f->chart, spend);
  centre_of (f->chart, TIERS_CHART_ITEM_SUPPLIER, 1, -2, &x, &y);
  g_assert_true (tiers_chart_select_at (f->chart, x, y));
  g_assert_cmpuint (f->selection.kind, ==, TIERS_CHART_ITEM_SUPPLIER);
  g_assert_cmpstr (f->selection.key, ==, "S002");

  tiers_history_data_add_point (history, "2026-Q1", TRUE, 85, TIERS_CHART_GRADE_B, FALSE);
  tiers_history_data_add_point (history, "2026-Q2", TRUE, 75, TIERS_CHART_GRADE_C, TRUE);
  tiers_chart_set_history (f->chart, history);
  centre_of (f->chart, TIERS_CHART_ITEM_PERIOD, 1, -2, &x, &y);
  g_assert_true (tiers_chart_select_at (f->chart, x, y));
  g_assert_cmpuint (f->selection.kind, ==, TIERS_CHART_ITEM_PERIOD);
  g_assert_cmpstr (f->selection.key, ==, "2026-Q2");
  g_assert_cmpint (f->selection.index2, ==, TIERS_CHART_GRADE_C);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Kept while nothing changes; laid out again for new data, a new size or a new theme. */
static void
test_layout_cache (Fixture       *f,
                   gconstpointer  data)
{
  const TiersChartLayout *first, *layout;
  guint summaries = 0;

  g_assert_nonnull (strstr (tiers_chart_get_summary (f->chart), "No data"));
  g_signal_connect (f->chart, "notify::summary", G_CALLBACK (on_notify_cb), &summaries);
  tiers_chart_set_distribution (f->chart, distribution ());
  g_assert_cmpuint (summaries, ==, 1);
  g_assert_nonnull (strstr (tiers_chart_get_summary (f->chart), "B 9"));

  first = tiers_chart_get_layout (f->chart);
  gtk_widget_queue_draw (GTK_WIDGET (f->chart));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (tiers_chart_get_layout (f->chart) == first);
  g_assert_false (first->options.dark);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  layout = tiers_chart_get_layout (f->chart);
  g_assert_true (layout->options.dark);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 700, 450);
  wait_for_size (f, 700, 450);
  layout = tiers_chart_get_layout (f->chart);
  g_assert_cmpfloat (layout->canvas.width, ==, 700);
  g_assert_cmpfloat (layout->canvas.height, ==, 450);

  /* The same data again gives the same summary: no notification. */
  tiers_chart_set_distribution (f->chart, distribution ());
  g_assert_cmpuint (summaries, ==, 1);
  tiers_chart_clear (f->chart);
  g_assert_cmpuint (summaries, ==, 2);
  g_assert_true (tiers_chart_get_layout (f->chart)->empty);
}

static void
test_finalize (void)
{
  GtkWidget *chart = g_object_ref_sink (tiers_chart_new ());

  tiers_chart_set_profile (TIERS_CHART (chart),
                           tiers_profile_data_new ("S001", "Bolts", "2026-Q2",
                                                   TIERS_CHART_GRADE_A));
  tiers_chart_set_trend (TIERS_CHART (chart), tiers_trend_data_new (NULL));
  g_assert_finalize_object (chart);
}

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("/chart-widget/click-grade", test_click_grade);
  ADD ("/chart-widget/tooltip", test_tooltip);
  ADD ("/chart-widget/keyboard", test_keyboard);
  ADD ("/chart-widget/click-transition", test_click_transition);
  ADD ("/chart-widget/click-supplier-and-period", test_click_supplier_and_period);
  ADD ("/chart-widget/layout-cache", test_layout_cache);
  g_test_add_func ("/chart-widget/finalize", test_finalize);
  return g_test_run ();
}
