/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-distribution.c: the grade distribution of a period as bars, one per grade, the
 * ungraded set apart on the right. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-chart-distribution.h"

/* Room between the lettered grades and the ungraded bar, in slots. */
#define UNGRADED_GAP 0.6

static guint
total_of (const guint counts[TIERS_CHART_N_GRADES])
{
  guint total = 0;

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    total += counts[g];
  return total;
}

static char *
title_of (const TiersDistributionData *data)
{
  if (data->category != NULL)
    return g_strdup_printf (_("Grades of %s, %s"), data->category, data->period);
  return g_strdup_printf (_("Grade distribution, %s"), data->period);
}

static char *
describe_counts (const guint counts[TIERS_CHART_N_GRADES])
{
  GString *text = g_string_new (NULL);
  guint total = total_of (counts);

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    {
      if (g > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s %u (%.0f%%)", tiers_chart_grade_name (g), counts[g],
                              total ? 100.0 * counts[g] / total : 0.0);
    }
  return g_string_free (text, FALSE);
}

static char *
summary_of (const TiersDistributionData *data,
            const char                  *title)
{
  g_autofree char *now = describe_counts (data->counts);
  g_autofree char *before = NULL;

  if (!data->has_previous)
    return g_strdup_printf (_("%s: %s."), title, now);
  before = describe_counts (data->previous_counts);
  return g_strdup_printf (_("%s: %s. Previous period %s: %s."), title, now,
                          data->previous_period ? data->previous_period : "", before);
}

/* The slot's left edge: the lettered grades side by side, the ungraded after a gap. */
static double
slot_x (const TiersChartLayout *layout,
        double                  slot,
        guint                   grade)
{
  double offset = grade == TIERS_CHART_UNGRADED ? UNGRADED_GAP : 0.0;

  return layout->plot.x + (grade + offset) * slot;
}

static void
add_bar (TiersChartLayout            *layout,
         const TiersDistributionData *data,
         guint                        grade,
         double                       slot,
         double                       top,
         TiersDistributionGeometry   *geometry)
{
  const TiersPalette *palette = layout->palette;
  double bar_width = slot * 0.62;
  double x = slot_x (layout, slot, grade) + (slot - bar_width) / 2;
  double bottom = layout->plot.y + layout->plot.height;
  double y = tiers_chart_layout_value_y (layout, data->counts[grade], top);
  guint total = total_of (data->counts);
  TiersRect bar = { x, y, bar_width, bottom - y };
  TiersRect column = { slot_x (layout, slot, grade), layout->plot.y, slot, layout->plot.height };
  g_autofree char *value = NULL;
  g_autofree char *tooltip = NULL;

  tiers_chart_layout_add_rect (layout, &bar, &palette->grade[grade], NULL, 0);
  geometry->bars[grade] = bar;

  if (data->has_previous)
    {
      double py = tiers_chart_layout_value_y (layout, data->previous_counts[grade], top);
      TiersColor faint = tiers_color_with_alpha (&palette->previous, 0.6);
      TiersRect outline = { x, py, bar_width, bottom - py };

      tiers_chart_layout_add_rect (layout, &outline, NULL, &faint, 1.5)->dashed = TRUE;
      geometry->previous[grade] = outline;
    }

  /* Count and share above the bar; the count alone when the pair does not fit. */
  value = g_strdup_printf ("%u · %.0f%%", data->counts[grade],
                           total ? 100.0 * data->counts[grade] / total : 0.0);
  if (!tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, value, x + bar_width / 2,
                                     MIN (y, geometry->previous[grade].y) - 2, 0.5, 1.0,
                                     slot, NULL))
    {
      g_autofree char *count = g_strdup_printf ("%u", data->counts[grade]);

      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, count, x + bar_width / 2,
                                    MIN (y, geometry->previous[grade].y) - 2, 0.5, 1.0,
                                    slot, NULL);
    }

  if (data->has_previous)
    tooltip = g_strdup_printf (_("%s: %u suppliers (%.0f%%); %s: %u"),
                               tiers_chart_grade_name (grade), data->counts[grade],
                               total ? 100.0 * data->counts[grade] / total : 0.0,
                               data->previous_period ? data->previous_period : "",
                               data->previous_counts[grade]);
  else
    tooltip = g_strdup_printf (_("%s: %u suppliers (%.0f%%)"),
                               tiers_chart_grade_name (grade), data->counts[grade],
                               total ? 100.0 * data->counts[grade] / total : 0.0);
  tiers_chart_layout_add_item (layout, &column, TIERS_CHART_ITEM_GRADE, (int) grade, -1,
                               grade == TIERS_CHART_UNGRADED
                               ? "" : tiers_chart_grade_letter (grade),
                               g_steal_pointer (&tooltip));
}

static void
add_grade_letters (TiersChartLayout *layout,
                   double            slot)
{
  double y = layout->plot.y + layout->plot.height + layout->padding / 3;

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    {
      double centre = slot_x (layout, slot, g) + slot / 2;

      if (g == TIERS_CHART_UNGRADED
          && tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_LABEL,
                                           tiers_chart_grade_name (g), centre, y, 0.5, 0.0,
                                           slot + layout->padding, NULL))
        continue;
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK,
                                    tiers_chart_grade_letter (g), centre, y, 0.5, 0.0, 0,
                                    NULL);
    }
}

TiersChartLayout *
tiers_distribution_chart_layout (const TiersDistributionData *data,
                                 const TiersChartOptions     *options,
                                 TiersDistributionGeometry   *geometry)
{
  TiersChartLayout *layout;
  TiersDistributionGeometry scratch;
  g_autofree char *title = NULL;
  double top_y, letter_height, max = 0, step, top, slot;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  memset (geometry, 0, sizeof *geometry);
  layout = tiers_chart_layout_new (options);
  title = title_of (data);
  if (total_of (data->counts) == 0)
    {
      tiers_chart_layout_set_empty (layout, title,
                                    _("No supplier has been evaluated for this period."));
      return layout;
    }

  top_y = tiers_chart_layout_add_title (layout, title);
  {
    TiersLegendEntry legend[] = {
      { layout->palette->text_dim, FALSE, data->period },
      { layout->palette->previous, TRUE, data->previous_period ? data->previous_period : "" },
    };

    top_y = tiers_chart_layout_add_legend (layout, top_y, legend, data->has_previous ? 2 : 1);
  }

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    max = MAX (max, MAX (data->counts[g], data->has_previous ? data->previous_counts[g] : 0));
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_LABEL, "Ag", &letter_height);

  /* Room above the tallest bar for its count. */
  layout->plot.y = top_y + letter_height;
  layout->plot.height = options->height - layout->plot.y - letter_height - layout->padding * 1.3;
  step = tiers_chart_nice_step (max, tiers_chart_layout_max_ticks (layout), TRUE);
  top = ceil (max / step) * step;
  layout->plot.x = layout->padding + tiers_chart_layout_axis_width (layout, top, step, FALSE);
  layout->plot.width = options->width - layout->plot.x - layout->padding;
  geometry->top = top;

  tiers_chart_layout_add_value_axis (layout, top, step, FALSE);
  slot = layout->plot.width / (TIERS_CHART_N_GRADES + UNGRADED_GAP);
  add_grade_letters (layout, slot);
  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    add_bar (layout, data, g, slot, top, geometry);

  /* The ungraded stand apart behind a dashed rule: they are not a fifth grade. */
  {
    double x = slot_x (layout, slot, TIERS_CHART_UNGRADED) - slot * UNGRADED_GAP / 2;

    tiers_chart_layout_add_line (layout, x, layout->plot.y, x,
                                 layout->plot.y + layout->plot.height,
                                 &layout->palette->grid, 1.0)->dashed = TRUE;
  }
  layout->summary = summary_of (data, title);
  return layout;
}
