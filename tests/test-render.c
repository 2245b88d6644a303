/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-render.c: the palette, and the chart layouts: marks proportional to the data, bands at
 * the thresholds, labels inside the canvas and never overlapping at any size, the "no data"
 * state; and painting into image, PDF and SVG surfaces. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "tiers-chart-allocation.h"
#include "tiers-chart-concentration.h"
#include "tiers-chart-distribution.h"
#include "tiers-chart-export.h"
#include "tiers-chart-history.h"
#include "tiers-chart-profile.h"
#include "tiers-chart-transitions.h"
#include "tiers-chart-trend.h"

#define EPSILON 1e-6

static const char *trend_periods[] = { "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3",
                                       "2025-Q4", "2026-Q1", "2026-Q2" };

/* Sample data, in Chinese when ZH so CJK text goes through the same checks. */

static TiersDistributionData *
sample_distribution (gboolean zh)
{
  TiersDistributionData *data = tiers_distribution_data_new ("2026-Q2", zh ? "电子元件" : NULL);
  const guint counts[] = { 12, 31, 24, 8, 5 };
  const guint previous[] = { 15, 33, 18, 6, 0 };

  memcpy (data->counts, counts, sizeof counts);
  memcpy (data->previous_counts, previous, sizeof previous);
  data->has_previous = TRUE;
  data->previous_period = g_strdup ("2026-Q1");
  return data;
}

static TiersTrendData *
sample_trend (gboolean zh)
{
  TiersTrendData *data = tiers_trend_data_new (zh ? "电子元件" : NULL);

  for (guint i = 0; i < G_N_ELEMENTS (trend_periods); i++)
    {
      guint counts[] = { 12 - i, 35 - 2 * i, 20 + 2 * i, 8 + i, i == 0 ? 5 : 0 };

      if (i == 3)
        memset (counts, 0, sizeof counts);
      tiers_trend_data_add_period (data, trend_periods[i], counts);
    }
  return data;
}

static TiersTransitionData *
sample_transitions (gboolean zh)
{
  TiersTransitionData *data = tiers_transition_data_new ("2026-Q2", "2026-Q1",
                                                         zh ? "电子元件" : NULL);
  const guint counts[5][5] = { { 10, 3, 1, 0, 0 }, { 2, 25, 5, 1, 0 }, { 0, 3, 16, 2, 1 },
                               { 0, 0, 2, 5, 0 }, { 1, 2, 1, 0, 3 } };

  memcpy (data->counts, counts, sizeof counts);
  return data;
}

static const double history_scores[] = { 82, 85.5, 91, -1, 88, 79, 58, 63 };

static TiersHistoryData *
sample_history (gboolean zh)
{
  TiersHistoryData *data = tiers_history_data_new (zh ? "S001 华东精密机械" : "S001 Acme",
                                                   90, 80, 60);

  for (guint i = 0; i < G_N_ELEMENTS (history_scores); i++)
    {
      double s = history_scores[i];

      tiers_history_data_add_point (data, trend_periods[i], s >= 0, s,
                                    s >= 90 ? TIERS_CHART_GRADE_A : s >= 80
                                    ? TIERS_CHART_GRADE_B : s >= 60 ? TIERS_CHART_GRADE_C
                                    : TIERS_CHART_GRADE_D, i == 7);
    }
  return data;
}

static TiersProfileData *
sample_profile (gboolean zh)
{
  TiersProfileData *data = tiers_profile_data_new (zh ? "S001 华东精密机械" : "S001 Acme",
                                                   zh ? "电子元件" : "Electronics", "2026-Q2",
                                                   TIERS_CHART_GRADE_B);

  tiers_profile_data_add_dimension (data, zh ? "质量" : "Quality", TRUE, 90, TRUE, 80);
  tiers_profile_data_add_dimension (data, zh ? "价格" : "Price", TRUE, 45, TRUE, 75);
  tiers_profile_data_add_dimension (data, zh ? "交付" : "Delivery", TRUE, 3, TRUE, 82);
  tiers_profile_data_add_dimension (data, zh ? "服务" : "Service", FALSE, 0, FALSE, 0);
  return data;
}

static TiersConcentrationData *
sample_concentration (gboolean zh,
                      guint    n)
{
  TiersConcentrationData *data = tiers_concentration_data_new (zh ? "电子元件" : "Electronics",
                                                               "2026-Q2");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("S%03u", i);
      g_autofree char *name = g_strdup_printf (zh ? "供应商%u号有限公司" : "Supplier %u Ltd", i);

      tiers_concentration_data_add (data, code, name, 100.0 * ((i * 7) % 11 + 1), i % 5);
    }
  return data;
}

/* Shares A, B, C, D, ungraded: the first category can move C and D to A and B, the second
 * has no A or B supplier. */
static TiersAllocationData *
sample_allocation (gboolean zh,
                   guint    n)
{
  TiersAllocationData *data = tiers_allocation_data_new ("2026-Q2");
  const double shares[][TIERS_CHART_N_GRADES] = {
    { 0.2, 0.1, 0.3, 0.3, 0.1 }, { 0, 0, 0.6, 0.4, 0 }, { 0.5, 0.5, 0, 0, 0 },
    { 0.25, 0.25, 0.25, 0, 0.25 },
  };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf (zh ? "品类%u号" : "Category %u", i);

      tiers_allocation_data_add (data, name, 1000.0 - i, shares[i % G_N_ELEMENTS (shares)]);
    }
  return data;
}

/* Every chart, by number, laid out from its sample data. */
#define N_CHARTS 8

static TiersChartLayout *
layout_chart (guint                    chart,
              const TiersChartOptions *options)
{
  gboolean zh = options->language != NULL && g_str_has_prefix (options->language, "zh");

  switch (chart)
    {
    case 0:
      {
        g_autoptr(TiersDistributionData) data = sample_distribution (zh);
        return tiers_distribution_chart_layout (data, options, NULL);
      }
    case 1:
      {
        g_autoptr(TiersTrendData) data = sample_trend (zh);
        return tiers_trend_chart_layout (data, options, NULL);
      }
    case 2:
    case 3:
      {
        g_autoptr(TiersTransitionData) data = sample_transitions (zh);
        return tiers_transition_chart_layout (data, chart == 2 ? TIERS_TRANSITION_VIEW_MATRIX
                                              : TIERS_TRANSITION_VIEW_FLOW, options, NULL);
      }
    case 4:
      {
        g_autoptr(TiersHistoryData) data = sample_history (zh);
        return tiers_history_chart_layout (data, options, NULL);
      }
    case 5:
      {
        g_autoptr(TiersProfileData) data = sample_profile (zh);
        return tiers_profile_chart_layout (data, options, NULL);
      }
    case 6:
      {
        g_autoptr(TiersConcentrationData) data = sample_concentration (zh, 30);
        return tiers_concentration_chart_layout (data, options, NULL);
      }
    case 7:
    default:
      {
        g_autoptr(TiersAllocationData) data = sample_allocation (zh, 7);
        return tiers_allocation_chart_layout (data, options, NULL);
      }
    }
}

static void
test_palette (void)
{
  TiersChartGrade grade;
  g_autofree char *css = NULL;

  for (int dark = 0; dark < 2; dark++)
    {
      const TiersPalette *palette = tiers_palette_get (dark);
      double previous_grey = -1;

      /* Greyscale print: the four grades' lightness differs clearly, in a fixed order. */
      for (guint g = 0; g < TIERS_CHART_N_LETTER_GRADES && !dark; g++)
        {
          static const guint by_lightness[] = { TIERS_CHART_GRADE_A, TIERS_CHART_GRADE_D,
                                                TIERS_CHART_GRADE_B, TIERS_CHART_GRADE_C };
          const TiersColor *c = &palette->grade[by_lightness[g]];
          double grey = 0.299 * c->red + 0.587 * c->green + 0.114 * c->blue;

          g_assert_cmpfloat (grey, >, previous_grey + 0.12);
          previous_grey = grey;
        }
      for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
        for (guint h = g + 1; h < TIERS_CHART_N_GRADES; h++)
          g_assert_false (memcmp (&palette->grade[g], &palette->grade[h], sizeof (TiersColor))
                          == 0);
    }
  g_assert_false (memcmp (&tiers_palette_get (TRUE)->background,
                          &tiers_palette_get (FALSE)->background, sizeof (TiersColor)) == 0);

  g_assert_cmpstr (tiers_chart_grade_letter (TIERS_CHART_GRADE_C), ==, "C");
  g_assert_true (tiers_chart_grade_from_letter ("D", &grade));
  g_assert_cmpint (grade, ==, TIERS_CHART_GRADE_D);
  g_assert_true (tiers_chart_grade_from_letter ("", &grade));
  g_assert_cmpint (grade, ==, TIERS_CHART_UNGRADED);
  g_assert_false (tiers_chart_grade_from_letter ("E", &grade));
  g_assert_false (tiers_chart_grade_from_letter ("AB", &grade));
  css = tiers_color_to_css (&tiers_palette_get (FALSE)->background);
  g_assert_cmpstr (css, ==, "#ffffff");
}

static void
test_steps (void)
{
  g_assert_cmpfloat_with_epsilon (tiers_chart_nice_step (35, 5, TRUE), 10, EPSILON);
  g_assert_cmpfloat_with_epsilon (tiers_chart_nice_step (35, 10, TRUE), 5, EPSILON);
  g_assert_cmpfloat_with_epsilon (tiers_chart_nice_step (3, 10, TRUE), 1, EPSILON);
  g_assert_cmpfloat_with_epsilon (tiers_chart_nice_step (0.3, 10, FALSE), 0.05, EPSILON);
  g_assert_cmpuint (tiers_chart_thin_step (100, 30), ==, 1);
  g_assert_cmpuint (tiers_chart_thin_step (20, 50), ==, 3);
}

static void
assert_labels_fit (const TiersChartLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TiersChartLabel *a = &g_array_index (layout->labels, TiersChartLabel, i);

      g_assert_true (tiers_rect_contains_rect (&layout->canvas, &a->box));
      g_assert_cmpfloat (a->box.width, >, 0);
      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          const TiersChartLabel *b = &g_array_index (layout->labels, TiersChartLabel, j);

          g_assert_false (tiers_rect_intersects (&a->box, &b->box));
        }
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TiersChartItem *item = &g_array_index (layout->items, TiersChartItem, i);

      g_assert_true (tiers_rect_contains_rect (&layout->canvas, &item->box));
      g_assert_nonnull (item->tooltip);
    }
}

static gboolean
has_label (const TiersChartLayout *layout,
           const char             *text)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TiersChartLabel *label = &g_array_index (layout->labels, TiersChartLabel, i);

      if (g_strcmp0 (pango_layout_get_text (label->layout), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* At 300x200 and 1600x1000 (and between), light and dark, English and Chinese: every label
 * inside the canvas, none overlapping another, every chart with marks and a summary. */
static void
test_labels_fit (void)
{
  const double sizes[][2] = { { 300, 200 }, { 640, 400 }, { 1600, 1000 }, { 200, 600 } };
  const char *languages[] = { "en", "zh_CN" };

  for (guint chart = 0; chart < N_CHARTS; chart++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (int dark = 0; dark < 2; dark++)
          {
            TiersChartOptions options = { sizes[s][0], sizes[s][1], dark, languages[l] };
            g_autoptr(TiersChartLayout) layout = layout_chart (chart, &options);

            g_assert_false (layout->empty);
            g_assert_cmpuint (layout->labels->len, >, 3);
            g_assert_cmpuint (layout->items->len, >, 0);
            g_assert_nonnull (layout->summary);
            assert_labels_fit (layout);
            /* Thinning never drops what a chart is about: the grade letters. */
            for (guint g = 0; g < TIERS_CHART_N_LETTER_GRADES && (chart == 0 || chart == 2);
                 g++)
              g_assert_true (has_label (layout, tiers_chart_grade_letter (g)));
          }
}

static void
test_distribution (void)
{
  g_autoptr(TiersDistributionData) data = sample_distribution (FALSE);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersDistributionGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_distribution_chart_layout (data, &options,
                                                                        &geometry);
  double per_supplier = geometry.bars[0].height / data->counts[0];
  double bottom = layout->plot.y + layout->plot.height;
  int hit;

  g_assert_cmpfloat (geometry.top, >=, 33);
  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    {
      g_assert_cmpfloat_with_epsilon (geometry.bars[g].height, per_supplier * data->counts[g],
                                      EPSILON);
      g_assert_cmpfloat_with_epsilon (geometry.previous[g].height,
                                      per_supplier * data->previous_counts[g], EPSILON);
      g_assert_cmpfloat_with_epsilon (geometry.bars[g].y + geometry.bars[g].height, bottom,
                                      EPSILON);
      g_assert_true (has_label (layout, tiers_chart_grade_letter (g))
                     || g == TIERS_CHART_UNGRADED);
    }
  /* The ungraded stand apart: a wider gap before them than between grades. */
  g_assert_cmpfloat (geometry.bars[4].x - geometry.bars[3].x, >,
                     1.3 * (geometry.bars[3].x - geometry.bars[2].x));
  g_assert_true (has_label (layout, "31 · 39%"));

  hit = tiers_chart_layout_item_at (layout, geometry.bars[2].x + 1, geometry.bars[2].y + 1);
  g_assert_cmpint (hit, >=, 0);
  g_assert_cmpint (g_array_index (layout->items, TiersChartItem, hit).kind, ==,
                   TIERS_CHART_ITEM_GRADE);
  g_assert_cmpint (g_array_index (layout->items, TiersChartItem, hit).index, ==, 2);
  g_assert_cmpstr (g_array_index (layout->items, TiersChartItem, hit).key, ==, "C");
  g_assert_nonnull (strstr (layout->summary, "B 31 (39%)"));
}

static void
test_trend (void)
{
  g_autoptr(TiersTrendData) data = sample_trend (FALSE);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersTrendGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_trend_chart_layout (data, &options, &geometry);

  g_assert_cmpuint (geometry.segments->len, ==, 8 * TIERS_CHART_N_GRADES);
  for (guint p = 0; p < data->periods->len; p++)
    {
      const TiersTrendPeriod *period = &g_array_index (data->periods, TiersTrendPeriod, p);
      const TiersRect *segments = &g_array_index (geometry.segments, TiersRect,
                                                  p * TIERS_CHART_N_GRADES);
      guint total = 0;
      double stacked = 0;

      for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
        total += period->counts[g];
      if (total == 0)
        {
          /* Not evaluated: no segment at all, a dashed outline instead. */
          for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
            g_assert_cmpfloat (segments[g].height, ==, 0);
          continue;
        }
      for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
        {
          g_assert_cmpfloat_with_epsilon (segments[g].height,
                                          layout->plot.height * period->counts[g] / total,
                                          1e-6);
          stacked += segments[g].height;
        }
      g_assert_cmpfloat_with_epsilon (stacked, layout->plot.height, 1e-6);
      /* D on the axis, C on D, ... A on top. */
      g_assert_cmpfloat_with_epsilon (segments[TIERS_CHART_GRADE_D].y
                                      + segments[TIERS_CHART_GRADE_D].height,
                                      layout->plot.y + layout->plot.height, 1e-6);
      g_assert_cmpfloat_with_epsilon (segments[TIERS_CHART_GRADE_C].y
                                      + segments[TIERS_CHART_GRADE_C].height,
                                      segments[TIERS_CHART_GRADE_D].y, 1e-6);
    }
  /* The axis shows the period as a person reads it; the key a click reports stays "2026-Q2". */
  g_assert_true (has_label (layout, "2026 Q2"));
  g_assert_false (has_label (layout, "2026-Q2"));
  tiers_trend_geometry_clear (&geometry);
}

static void
test_transitions (void)
{
  g_autoptr(TiersTransitionData) data = sample_transitions (FALSE);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersTransitionGeometry geometry;
  g_autoptr(TiersChartLayout) layout = NULL;
  const TiersChartItem *item;
  const TiersRect *cell;
  int hit;

  layout = tiers_transition_chart_layout (data, TIERS_TRANSITION_VIEW_MATRIX, &options,
                                          &geometry);
  cell = &geometry.cells[1][2];
  g_assert_cmpfloat_with_epsilon (cell->width, cell->height, EPSILON);
  g_assert_cmpfloat_with_epsilon (geometry.cells[1][3].x - cell->x, cell->width, EPSILON);
  g_assert_cmpfloat_with_epsilon (geometry.cells[2][2].y - cell->y, cell->height, EPSILON);
  hit = tiers_chart_layout_item_at (layout, cell->x + cell->width / 2, cell->y + cell->height / 2);
  item = &g_array_index (layout->items, TiersChartItem, hit);
  g_assert_cmpint (item->kind, ==, TIERS_CHART_ITEM_TRANSITION);
  g_assert_cmpint (item->index, ==, TIERS_CHART_GRADE_B);
  g_assert_cmpint (item->index2, ==, TIERS_CHART_GRADE_C);
  g_assert_true (has_label (layout, "5"));
  g_assert_nonnull (strstr (layout->summary, "7 upgraded, 12 downgraded, 59 unchanged"));

  /* The flow: node heights by count, equal totals on both sides. */
  g_clear_pointer (&layout, tiers_chart_layout_free);
  layout = tiers_transition_chart_layout (data, TIERS_TRANSITION_VIEW_FLOW, &options, &geometry);
  {
    double per = geometry.from_nodes[1].height / 33.0;   /* 33 suppliers were B */

    g_assert_cmpfloat_with_epsilon (geometry.from_nodes[0].height, per * 14, 1e-6);
    g_assert_cmpfloat_with_epsilon (geometry.to_nodes[2].height, per * 25, 1e-6);
    g_assert_cmpfloat (geometry.from_nodes[0].x, <, geometry.to_nodes[0].x);
  }
}

static void
test_history (void)
{
  g_autoptr(TiersHistoryData) data = sample_history (FALSE);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersHistoryGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_history_chart_layout (data, &options, &geometry);
  const double thresholds[] = { 90, 80, 60 };
  guint hollow = 0, rings = 0;

  for (guint t = 0; t < 3; t++)
    {
      g_assert_cmpfloat_with_epsilon (geometry.threshold_y[t],
                                      tiers_chart_layout_value_y (layout, thresholds[t], 100),
                                      EPSILON);
      /* Bands meet at the thresholds. */
      g_assert_cmpfloat_with_epsilon (geometry.bands[t].y + geometry.bands[t].height,
                                      geometry.bands[t + 1].y, EPSILON);
    }
  g_assert_cmpfloat_with_epsilon (geometry.bands[0].y, layout->plot.y, EPSILON);
  g_assert_cmpfloat_with_epsilon (geometry.bands[3].y + geometry.bands[3].height,
                                  layout->plot.y + layout->plot.height, EPSILON);

  for (guint i = 0; i < geometry.points->len; i++)
    {
      const TiersRect *p = &g_array_index (geometry.points, TiersRect, i);

      if (history_scores[i] < 0)
        g_assert_cmpfloat (p->width, ==, 0);   /* a gap */
      else
        g_assert_cmpfloat_with_epsilon (p->y, tiers_chart_layout_value_y (layout,
                                                                          history_scores[i],
                                                                          100), EPSILON);
    }
  /* Provisional points are hollow (background fill); grade changes ringed (no fill). */
  for (guint i = 0; i < layout->shapes->len; i++)
    {
      const TiersShape *shape = &g_array_index (layout->shapes, TiersShape, i);

      if (shape->kind != TIERS_SHAPE_CIRCLE)
        continue;
      if (!shape->has_fill)
        rings++;
      else if (memcmp (&shape->fill, &layout->palette->background, sizeof (TiersColor)) == 0)
        hollow++;
    }
  g_assert_cmpuint (hollow, ==, 1);
  g_assert_cmpuint (rings, ==, 5);   /* B->A, A->B (across the gap), B->C, C->D, D->C */
  tiers_history_geometry_clear (&geometry);
}

/* Every grade band keeps its letter beside the plot, in both languages, down to the size
 * the printed scorecard gives the chart (half an A4 or Letter page's width, 190 points
 * high): a Chinese font's taller line box once made the narrow B band's letter collide with
 * A's and C's and be dropped. */
static void
test_history_band_letters (void)
{
  const double sizes[][2] = { { 240, 190 }, { 260, 190 }, { 400, 250 }, { 800, 500 } };
  const char *languages[] = { "en", "zh_CN" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(TiersHistoryData) data = sample_history (l == 1);
        TiersChartOptions options = { sizes[s][0], sizes[s][1], FALSE, languages[l] };
        TiersHistoryGeometry geometry;
        g_autoptr(TiersChartLayout) layout = tiers_history_chart_layout (data, &options,
                                                                         &geometry);
        g_autoptr(GString) letters = g_string_new (NULL);

        for (guint i = 0; i < layout->labels->len; i++)
          {
            const TiersChartLabel *label = &g_array_index (layout->labels, TiersChartLabel, i);
            const char *text = pango_layout_get_text (label->layout);

            if (label->box.x >= layout->plot.x + layout->plot.width && strlen (text) == 1)
              {
                guint g = text[0] - 'A';

                g_string_append (letters, text);
                /* Beside its own band. */
                g_assert_cmpuint (g, <, 4);
                g_assert_cmpfloat (label->box.y + label->box.height / 2, >=,
                                   geometry.bands[g].y - EPSILON);
                g_assert_cmpfloat (label->box.y + label->box.height / 2, <=,
                                   geometry.bands[g].y + geometry.bands[g].height + EPSILON);
              }
          }
        g_assert_cmpstr (letters->str, ==, "ABCD");
        tiers_history_geometry_clear (&geometry);
      }
}

static void
test_profile (void)
{
  g_autoptr(TiersProfileData) data = sample_profile (FALSE);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersProfileGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_profile_chart_layout (data, &options, &geometry);
  const TiersRect *bars = (const TiersRect *) (gpointer) geometry.bars->data;
  const double *averages = (const double *) (gpointer) geometry.averages->data;

  g_assert_cmpuint (geometry.bars->len, ==, 4);
  g_assert_cmpfloat_with_epsilon (bars[0].width / 90, bars[1].width / 45, EPSILON);
  g_assert_cmpfloat_with_epsilon (bars[0].width / 90, layout->plot.width / 100, EPSILON);
  g_assert_cmpfloat (bars[3].width, ==, 0);
  g_assert_cmpfloat_with_epsilon (averages[0], layout->plot.x + layout->plot.width * 0.8,
                                  EPSILON);
  g_assert_cmpfloat (averages[3], ==, -1);
  g_assert_true (has_label (layout, "no score"));
  tiers_profile_geometry_clear (&geometry);

  /* An average just inside the bar's end does not run through the score's number. */
  {
    g_autoptr(TiersProfileData) close = tiers_profile_data_new ("S002", "Bolts", "2026-Q2",
                                                                TIERS_CHART_GRADE_C);
    g_autoptr(TiersChartLayout) close_layout = NULL;
    double marker;

    tiers_profile_data_add_dimension (close, "Price", TRUE, 55, TRUE, 53.5);
    close_layout = tiers_profile_chart_layout (close, &options, &geometry);
    marker = g_array_index (geometry.averages, double, 0);
    for (guint i = 0; i < close_layout->labels->len; i++)
      {
        const TiersChartLabel *label = &g_array_index (close_layout->labels, TiersChartLabel, i);

        if (g_strcmp0 (pango_layout_get_text (label->layout), "55") == 0)
          g_assert_false (marker > label->box.x && marker < label->box.x + label->box.width);
      }
    g_assert_true (has_label (close_layout, "55"));
    tiers_profile_geometry_clear (&geometry);
  }
}

static void
test_concentration (void)
{
  g_autoptr(TiersConcentrationData) data = sample_concentration (FALSE, 30);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersConcentrationGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_concentration_chart_layout (data, &options,
                                                                         &geometry);
  guint n = geometry.bars->len;

  g_assert_cmpuint (n, ==, TIERS_CONCENTRATION_MAX_BARS);
  g_assert_cmpint (g_array_index (geometry.order, int, n - 1), ==, -1);
  for (guint b = 1; b + 1 < n; b++)
    g_assert_cmpfloat (g_array_index (geometry.bars, TiersRect, b).height, <=,
                       g_array_index (geometry.bars, TiersRect, b - 1).height + EPSILON);
  /* The cumulative line rises to 100% at the last bar. */
  g_assert_cmpuint (geometry.cumulative->len, ==, 2 * n);
  g_assert_cmpfloat_with_epsilon (g_array_index (geometry.cumulative, double, 2 * n - 1),
                                  layout->plot.y, 1e-6);
  for (guint i = 3; i < geometry.cumulative->len; i += 2)
    g_assert_cmpfloat (g_array_index (geometry.cumulative, double, i), <=,
                       g_array_index (geometry.cumulative, double, i - 2));
  g_assert_cmpstr (g_array_index (layout->items, TiersChartItem, 0).key, ==,
                   g_array_index (data->suppliers, TiersSpendShare,
                                  g_array_index (geometry.order, int, 0)).code);
  tiers_concentration_geometry_clear (&geometry);
}

static const TiersRect *
allocation_rect (GArray *rects, guint category, TiersChartGrade grade)
{
  return &g_array_index (rects, TiersRect, category * TIERS_CHART_N_GRADES + grade);
}

/* Segments side by side across the plot in proportion to their shares, now above
 * suggested; a category without A or B has no suggested bar. */
static void
test_allocation (void)
{
  g_autoptr(TiersAllocationData) data = sample_allocation (FALSE, 2);
  TiersChartOptions options = { 800, 500, FALSE, "en" };
  TiersAllocationGeometry geometry;
  g_autoptr(TiersChartLayout) layout = tiers_allocation_chart_layout (data, &options,
                                                                      &geometry);
  const TiersRect *a = allocation_rect (geometry.now, 0, TIERS_CHART_GRADE_A);
  double width = layout->plot.width;

  g_assert_cmpuint (geometry.n_shown, ==, 2);
  g_assert_cmpuint (geometry.now->len, ==, 2 * TIERS_CHART_N_GRADES);
  g_assert_cmpuint (geometry.suggested->len, ==, 2 * TIERS_CHART_N_GRADES);
  /* Now: A .2 B .1 C .3 D .3 ungraded .1, from the plot's left edge. */
  g_assert_cmpfloat_with_epsilon (a->x, layout->plot.x, EPSILON);
  g_assert_cmpfloat_with_epsilon (a->width, 0.2 * width, EPSILON);
  for (TiersChartGrade g = TIERS_CHART_GRADE_B; g < TIERS_CHART_N_GRADES; g++)
    {
      const TiersRect *before = allocation_rect (geometry.now, 0, g - 1);

      g_assert_cmpfloat_with_epsilon (allocation_rect (geometry.now, 0, g)->x,
                                      before->x + before->width, EPSILON);
      g_assert_cmpfloat_with_epsilon (allocation_rect (geometry.now, 0, g)->y, a->y, EPSILON);
    }
  g_assert_cmpfloat_with_epsilon (allocation_rect (geometry.now, 0, TIERS_CHART_UNGRADED)->x
                                  + 0.1 * width, layout->plot.x + width, EPSILON);
  /* Suggested: A .5 B .25 C .15 D 0 ungraded .1, beneath. */
  g_assert_cmpfloat_with_epsilon (allocation_rect (geometry.suggested, 0,
                                                   TIERS_CHART_GRADE_A)->width, 0.5 * width,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (allocation_rect (geometry.suggested, 0,
                                                   TIERS_CHART_GRADE_C)->width, 0.15 * width,
                                  EPSILON);
  g_assert_cmpfloat (allocation_rect (geometry.suggested, 0, TIERS_CHART_GRADE_D)->width, ==,
                     0);
  g_assert_cmpfloat (allocation_rect (geometry.suggested, 0, TIERS_CHART_GRADE_A)->y, >=,
                     a->y + a->height);
  /* The second category below the first, with nothing suggested. */
  g_assert_cmpfloat (allocation_rect (geometry.now, 1, TIERS_CHART_GRADE_C)->y, >,
                     allocation_rect (geometry.suggested, 0, TIERS_CHART_GRADE_A)->y);
  for (TiersChartGrade g = TIERS_CHART_GRADE_A; g < TIERS_CHART_N_GRADES; g++)
    g_assert_cmpfloat (allocation_rect (geometry.suggested, 1, g)->width, ==, 0);
  g_assert_true (has_label (layout, "No A or B supplier to move spend to"));
  g_assert_true (has_label (layout, "A 20%"));
  g_assert_true (has_label (layout, "A 50%"));
  /* A segment's mark names its grade, its bar and its category. */
  g_assert_cmpint (g_array_index (layout->items, TiersChartItem, 0).kind, ==,
                   TIERS_CHART_ITEM_CATEGORY);
  g_assert_cmpstr (g_array_index (layout->items, TiersChartItem, 0).key, ==, "Category 0");
  tiers_allocation_geometry_clear (&geometry);

  /* Thirty categories do not fit 300x200: the first ones are drawn, the rest counted. */
  {
    g_autoptr(TiersAllocationData) many = sample_allocation (FALSE, 30);
    TiersChartOptions small = { 300, 200, FALSE, "en" };
    g_autoptr(TiersChartLayout) crowded = tiers_allocation_chart_layout (many, &small,
                                                                         &geometry);
    g_autofree char *more = NULL;

    g_assert_cmpuint (geometry.n_shown, >, 0);
    g_assert_cmpuint (geometry.n_shown, <, 30);
    g_assert_cmpuint (geometry.now->len, ==, geometry.n_shown * TIERS_CHART_N_GRADES);
    more = g_strdup_printf ("%u more categories not shown", 30 - geometry.n_shown);
    g_assert_true (has_label (crowded, more));
    for (guint i = 0; i < geometry.now->len; i++)
      g_assert_cmpfloat (g_array_index (geometry.now, TiersRect, i).height, >=, 6 - EPSILON);
    assert_labels_fit (crowded);
    tiers_allocation_geometry_clear (&geometry);
  }
}

static void
assert_empty (TiersChartLayout *layout)
{
  g_assert_true (layout->empty);
  g_assert_cmpuint (layout->items->len, ==, 0);
  g_assert_true (has_label (layout, "No data"));
  g_assert_nonnull (strstr (layout->summary, "No data"));
  assert_labels_fit (layout);
  tiers_chart_layout_free (layout);
}

static void
test_no_data (void)
{
  TiersChartOptions options = { 300, 200, FALSE, "en" };
  g_autoptr(TiersDistributionData) distribution = tiers_distribution_data_new ("2026-Q2", NULL);
  g_autoptr(TiersTrendData) trend = tiers_trend_data_new (NULL);
  g_autoptr(TiersTransitionData) transitions = tiers_transition_data_new ("2026-Q2", "2026-Q1",
                                                                         NULL);
  g_autoptr(TiersHistoryData) history = tiers_history_data_new ("S001", 90, 80, 60);
  g_autoptr(TiersProfileData) profile = tiers_profile_data_new ("S001", "Bolts", "2026-Q2",
                                                                TIERS_CHART_UNGRADED);
  g_autoptr(TiersConcentrationData) concentration = tiers_concentration_data_new ("Bolts",
                                                                                  "2026-Q2");
  const guint none[TIERS_CHART_N_GRADES] = { 0 };

  tiers_trend_data_add_period (trend, "2026-Q1", none);
  tiers_history_data_add_point (history, "2026-Q1", FALSE, 0, TIERS_CHART_UNGRADED, TRUE);
  tiers_profile_data_add_dimension (profile, "Quality", FALSE, 0, TRUE, 70);
  tiers_concentration_data_add (concentration, "S001", "Acme", 0, TIERS_CHART_GRADE_A);

  assert_empty (tiers_distribution_chart_layout (distribution, &options, NULL));
  assert_empty (tiers_trend_chart_layout (trend, &options, NULL));
  assert_empty (tiers_transition_chart_layout (transitions, TIERS_TRANSITION_VIEW_MATRIX,
                                               &options, NULL));
  assert_empty (tiers_history_chart_layout (history, &options, NULL));
  assert_empty (tiers_profile_chart_layout (profile, &options, NULL));
  assert_empty (tiers_concentration_chart_layout (concentration, &options, NULL));
  {
    g_autoptr(TiersAllocationData) allocation = tiers_allocation_data_new ("2026-Q2");

    assert_empty (tiers_allocation_chart_layout (allocation, &options, NULL));
  }
}

/* A painted image differs from a blank canvas: marks and text landed. */
static guint
count_painted_pixels (cairo_surface_t *surface,
                      guint32          background)
{
  guchar *pixels;
  int stride, width, height;
  guint painted = 0;

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((*(guint32 *) (gpointer) (pixels + y * stride + x * 4) & 0xffffff) != background)
        painted++;
  return painted;
}

static void
test_paint_image (void)
{
  for (guint chart = 0; chart < N_CHARTS; chart++)
    for (int dark = 0; dark < 2; dark++)
      {
        TiersChartOptions options = { 400, 300, dark, "zh_CN" };
        g_autoptr(TiersChartLayout) layout = layout_chart (chart, &options);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
        cairo_t *cr = cairo_create (surface);
        guint painted;

        tiers_chart_layout_paint (layout, cr);
        tiers_chart_layout_paint_focus (layout, cr, 0);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        painted = count_painted_pixels (surface, dark ? 0x242424 : 0xffffff);
        /* Marks cover a good part, yet the background shows: not blank, not a flood. */
        g_assert_cmpuint (painted, >, 400 * 300 / 50);
        g_assert_cmpuint (painted, <, 400 * 300);
        cairo_surface_destroy (surface);
      }
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tiers-render-XXXXXX", NULL);
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf" };
  const char *magic[] = { "\x89PNG", "<?xml", "%PDF" };

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      TiersChartOptions options = { 640, 400, FALSE, "zh_CN" };
      g_autoptr(TiersChartLayout) layout = layout_chart (4, &options);
      g_autofree char *path = g_build_filename (dir, names[f], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (tiers_chart_layout_export (layout, (TiersChartFormat) f, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, magic[f]));
      if (f == 0)
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (path);

          g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
          g_assert_cmpint (cairo_image_surface_get_height (png), ==, 400);
          cairo_surface_destroy (png);
        }
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  /* A file that cannot be written is an error the user can act on, not a crash. */
  {
    TiersChartOptions options = { 300, 200, FALSE, "en" };
    g_autoptr(TiersChartLayout) layout = layout_chart (0, &options);
    g_autofree char *path = g_build_filename (dir, "missing", "chart.png", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (tiers_chart_layout_export (layout, TIERS_CHART_FORMAT_PNG, path, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "chart.png"));
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/palette", test_palette);
  g_test_add_func ("/render/steps", test_steps);
  g_test_add_func ("/render/labels-fit", test_labels_fit);
  g_test_add_func ("/render/distribution", test_distribution);
  g_test_add_func ("/render/trend", test_trend);
  g_test_add_func ("/render/transitions", test_transitions);
  g_test_add_func ("/render/history", test_history);
  g_test_add_func ("/render/history-band-letters", test_history_band_letters);
  g_test_add_func ("/render/profile", test_profile);
  g_test_add_func ("/render/concentration", test_concentration);
  g_test_add_func ("/render/allocation", test_allocation);
  g_test_add_func ("/render/no-data", test_no_data);
  g_test_add_func ("/render/paint-image", test_paint_image);
  g_test_add_func ("/render/export", test_export);
  return g_test_run ();
}
