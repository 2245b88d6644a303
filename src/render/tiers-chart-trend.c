/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-trend.c: stacked bars of the grade shares over periods: D at the bottom, A at
 * the top, the ungraded above them in grey, each segment lettered when it has room. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-chart-trend.h"
#include "tiers-period.h"

void
tiers_trend_geometry_clear (TiersTrendGeometry *geometry)
{
  g_clear_pointer (&geometry->segments, g_array_unref);
}

static guint
period_total (const TiersTrendPeriod *period)
{
  guint total = 0;

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    total += period->counts[g];
  return total;
}

/* Bottom to top: the worst grade sits on the axis, so a growing C or D rises visibly. */
static const TiersChartGrade stack_order[] = {
  TIERS_CHART_GRADE_D, TIERS_CHART_GRADE_C, TIERS_CHART_GRADE_B, TIERS_CHART_GRADE_A,
  TIERS_CHART_UNGRADED,
};

static void
add_segment_label (TiersChartLayout *layout,
                   const TiersRect  *segment,
                   guint             grade,
                   double            share)
{
  g_autofree char *both = g_strdup_printf ("%s %.0f%%", tiers_chart_grade_letter (grade),
                                           share * 100.0);
  double height;

  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, both, &height);
  if (segment->height < height)
    return;
  if (tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, both, NULL) <= segment->width)
    tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, both,
                                  segment->x + segment->width / 2,
                                  segment->y + segment->height / 2, 0.5, 0.5, segment->width,
                                  &layout->palette->on_grade[grade]);
  else
    tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL,
                                  tiers_chart_grade_letter (grade),
                                  segment->x + segment->width / 2,
                                  segment->y + segment->height / 2, 0.5, 0.5, segment->width,
                                  &layout->palette->on_grade[grade]);
}

static void
add_period_bar (TiersChartLayout       *layout,
                const TiersTrendPeriod *period,
                guint                   position,
                double                  slot,
                TiersTrendGeometry     *geometry)
{
  double bar_width = slot * 0.7;
  double x = layout->plot.x + position * slot + (slot - bar_width) / 2;
  double below = layout->plot.y + layout->plot.height;
  guint total = period_total (period);
  TiersRect segments[TIERS_CHART_N_GRADES] = { { 0 } };

  if (total == 0)
    {
      TiersRect column = { x, layout->plot.y, bar_width, layout->plot.height };

      tiers_chart_layout_add_rect (layout, &column, NULL, &layout->palette->grid, 1.0)->dashed
        = TRUE;
      tiers_chart_layout_add_item (layout, &column, TIERS_CHART_ITEM_PERIOD, (int) position, -1,
                                   period->period,
                                   g_strdup_printf (_("%s: not evaluated"), period->label));
    }
  for (guint i = 0; i < G_N_ELEMENTS (stack_order) && total > 0; i++)
    {
      guint g = stack_order[i];
      double share = (double) period->counts[g] / total;
      TiersRect *segment = &segments[g];

      *segment = (TiersRect) { x, below - share * layout->plot.height, bar_width,
                               share * layout->plot.height };
      below = segment->y;
      if (period->counts[g] == 0)
        continue;
      tiers_chart_layout_add_rect (layout, segment, &layout->palette->grade[g],
                                   &layout->palette->background, 1.0);
      add_segment_label (layout, segment, g, share);
      tiers_chart_layout_add_item (layout, segment, TIERS_CHART_ITEM_PERIOD, (int) position,
                                   (int) g, period->period,
                                   g_strdup_printf (_("%s, %s: %u of %u suppliers (%.0f%%)"),
                                                    period->label,
                                                    tiers_chart_grade_name (g),
                                                    period->counts[g], total, share * 100.0));
    }
  if (geometry != NULL)
    g_array_append_vals (geometry->segments, segments, TIERS_CHART_N_GRADES);
}

static char *
summary_of (const TiersTrendData *data,
            const char           *title)
{
  GString *text = g_string_new (title);

  g_string_append (text, ":");
  for (guint p = 0; p < data->periods->len; p++)
    {
      const TiersTrendPeriod *period = &g_array_index (data->periods, TiersTrendPeriod, p);
      guint total = period_total (period);

      g_string_append_printf (text, " %s", period->label);
      if (total == 0)
        g_string_append_printf (text, " %s;", _("not evaluated"));
      for (guint g = 0; g < TIERS_CHART_N_GRADES && total > 0; g++)
        g_string_append_printf (text, " %s %.0f%%%s", tiers_chart_grade_name (g),
                                100.0 * period->counts[g] / total,
                                g + 1 < TIERS_CHART_N_GRADES ? "," : ";");
    }
  return g_string_free (text, FALSE);
}

static gboolean
has_any_grade (const TiersTrendData *data)
{
  for (guint p = 0; p < data->periods->len; p++)
    if (period_total (&g_array_index (data->periods, TiersTrendPeriod, p)) > 0)
      return TRUE;
  return FALSE;
}

static double
add_grade_legend (TiersChartLayout *layout,
                  double            y)
{
  TiersLegendEntry legend[TIERS_CHART_N_GRADES];

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    legend[g] = (TiersLegendEntry) { layout->palette->grade[g], FALSE,
                                     tiers_chart_grade_name (g) };
  return tiers_chart_layout_add_legend (layout, y, legend, TIERS_CHART_N_GRADES);
}

TiersChartLayout *
tiers_trend_chart_layout (const TiersTrendData    *data,
                          const TiersChartOptions *options,
                          TiersTrendGeometry      *geometry)
{
  TiersChartLayout *layout;
  g_autofree char *title = NULL;
  g_autofree const char **texts = NULL;
  double top_y, label_height, slot;
  guint n;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry != NULL)
    geometry->segments = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  layout = tiers_chart_layout_new (options);
  title = data->category
    ? g_strdup_printf (_("Grade shares of %s over time"), data->category)
    : g_strdup (_("Grade shares over time"));
  if (!has_any_grade (data))
    {
      tiers_chart_layout_set_empty (layout, title, _("None of these periods has been evaluated."));
      return layout;
    }

  n = data->periods->len;
  top_y = tiers_chart_layout_add_title (layout, title);
  top_y = add_grade_legend (layout, top_y);
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "Ag", &label_height);
  layout->plot.y = top_y + label_height / 2;
  layout->plot.height = options->height - layout->plot.y - label_height - layout->padding * 1.3;
  layout->plot.x = layout->padding + tiers_chart_layout_axis_width (layout, 1.0, 0.25, TRUE);
  layout->plot.width = options->width - layout->plot.x - layout->padding;
  tiers_chart_layout_add_value_axis (layout, 1.0,
                                     layout->plot.height > label_height * 8 ? 0.25 : 0.5, TRUE);

  slot = layout->plot.width / n;
  texts = g_new0 (const char *, n);
  for (guint p = 0; p < n; p++)
    texts[p] = g_array_index (data->periods, TiersTrendPeriod, p).label;
  tiers_chart_layout_add_slot_labels (layout, texts, n, layout->plot.x, slot,
                                      layout->plot.y + layout->plot.height + layout->padding / 3,
                                      TRUE);
  for (guint p = 0; p < n; p++)
    add_period_bar (layout, &g_array_index (data->periods, TiersTrendPeriod, p), p, slot,
                    geometry);
  layout->summary = summary_of (data, title);
  return layout;
}
