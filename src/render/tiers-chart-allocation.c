/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-allocation.c: spend by grade per category, now and suggested. Each category is
 * a pair of horizontal 100 % bars in grade colours, each segment lettered where it is wide
 * enough; the largest categories come first and, when the canvas is too low for all, the
 * rest is left out and counted below. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-chart-allocation.h"

/* The lowest a bar may be and still be told apart from its pair. */
#define MIN_BAR 6.0

void
tiers_allocation_geometry_clear (TiersAllocationGeometry *geometry)
{
  g_clear_pointer (&geometry->now, g_array_unref);
  g_clear_pointer (&geometry->suggested, g_array_unref);
}

static const TiersCategoryAllocation *
category_at (const TiersAllocationData *data,
             guint                      i)
{
  return &g_array_index (data->categories, TiersCategoryAllocation, i);
}

static double
scale_x (const TiersChartLayout *layout,
         double                  share)
{
  return layout->plot.x + CLAMP (share, 0, 1) * layout->plot.width;
}

static void
add_scale (TiersChartLayout *layout,
           double            bottom)
{
  for (int percent = 0; percent <= 100; percent += 25)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", percent);
      double x = scale_x (layout, percent / 100.0);

      tiers_chart_layout_add_line (layout, x, layout->plot.y, x, bottom,
                                   percent == 0 ? &layout->palette->axis
                                                : &layout->palette->grid, 1.0);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, text, x,
                                    bottom + layout->padding / 3, 0.5, 0.0, 0,
                                    &layout->palette->text_dim);
    }
}

static char *
segment_text (const TiersCategoryAllocation *category,
              TiersChartGrade                grade,
              gboolean                       suggested)
{
  double share = (suggested ? category->suggested : category->now)[grade] * 100;

  return suggested
    /* Translators: a segment of the allocation chart, e.g. "Castings, suggested: Grade A,
     * 55.0% of the spend" */
    ? g_strdup_printf (_("%s, suggested: %s, %.1f%% of the spend"), category->category,
                       tiers_chart_grade_name (grade), share)
    : g_strdup_printf (_("%s, now: %s, %.1f%% of the spend"), category->category,
                       tiers_chart_grade_name (grade), share);
}

/* One 100 % bar from X along Y: a segment per grade with a share, its letter (and share,
 * when that fits too) on it. */
static void
add_bar (TiersChartLayout              *layout,
         const TiersCategoryAllocation *category,
         guint                          index,
         gboolean                       suggested,
         double                         y,
         double                         thickness,
         GArray                        *rects)
{
  const TiersPalette *palette = layout->palette;
  const double *shares = suggested ? category->suggested : category->now;
  double x = layout->plot.x;

  for (TiersChartGrade g = TIERS_CHART_GRADE_A; g < TIERS_CHART_N_GRADES; g++)
    {
      TiersRect rect = { x, y, shares[g] > 0 ? shares[g] * layout->plot.width : 0, thickness };
      g_autofree char *with_share = NULL;
      const TiersColor *text_color;

      g_array_append_val (rects, rect);
      if (rect.width <= 0)
        continue;
      if (suggested)
        {
          TiersColor light = tiers_color_mix (&palette->grade[g], &palette->background, 0.55);

          tiers_chart_layout_add_rect (layout, &rect, &light, &palette->grade[g], 1.5);
          text_color = &palette->text;
        }
      else
        {
          tiers_chart_layout_add_rect (layout, &rect, &palette->grade[g], NULL, 0);
          text_color = &palette->on_grade[g];
        }
      /* "A 23%" where it fits, else the letter alone, else nothing: never a clipped one. */
      with_share = g_strdup_printf ("%s %.0f%%", tiers_chart_grade_letter (g), shares[g] * 100);
      if (g != TIERS_CHART_UNGRADED)
        {
          const char *text = with_share;

          if (tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, text, NULL)
              > rect.width - 4)
            text = tiers_chart_grade_letter (g);
          if (tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, text, NULL)
              <= rect.width - 2)
            tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, text,
                                          x + rect.width / 2, y + thickness / 2, 0.5, 0.5, 0,
                                          text_color);
        }
      tiers_chart_layout_add_item (layout, &rect, TIERS_CHART_ITEM_CATEGORY, g, index,
                                   category->category,
                                   segment_text (category, g, suggested));
      x += rect.width;
    }
}

static void
add_category (TiersChartLayout              *layout,
              const TiersCategoryAllocation *category,
              guint                          index,
              double                         y,
              double                         row,
              double                         label_width,
              TiersAllocationGeometry       *geometry)
{
  double thickness = MIN (row * 0.36, layout->font_size * 1.9);
  double mark_height, pitch, gap, now_y;

  /* Letters centred on the bars must not touch, within a pair nor across pairs: a font's
   * line is often taller than a bar (Chinese fonts above all), so the bars of a pair sit
   * one line apart where the row leaves as much between pairs. */
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "A", &mark_height);
  pitch = MAX (thickness + MIN (row * 0.06, layout->padding / 3), mark_height + 2);
  pitch = MAX (MIN (pitch, row - mark_height - 2), thickness + 1);
  gap = pitch - thickness;
  now_y = y + (row - thickness - pitch) / 2;

  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_LABEL, category->category,
                                layout->plot.x - layout->padding / 2, y + row / 2, 1.0, 0.5,
                                label_width, NULL);
  add_bar (layout, category, index, FALSE, now_y, thickness, geometry->now);
  if (category->can_shift)
    add_bar (layout, category, index, TRUE, now_y + thickness + gap, thickness,
             geometry->suggested);
  else
    {
      static const TiersRect none = { 0, 0, 0, 0 };

      for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
        g_array_append_val (geometry->suggested, none);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL,
                                    _("No A or B supplier to move spend to"),
                                    layout->plot.x + 2, now_y + thickness + gap + thickness / 2,
                                    0.0, 0.5, layout->plot.width - 4,
                                    &layout->palette->text_dim);
    }
}

/* A category's two bars take 0.72 of its row (add_category), each at least MIN_BAR. */
static guint
rows_that_fit (double height,
               guint  n)
{
  return MIN (n, (guint) MAX (1.0, height / (MIN_BAR * 2 / 0.72)));
}

static char *
summary_of (const TiersAllocationData *data,
            const char                *title)
{
  GString *text = g_string_new (title);

  g_string_append_c (text, ':');
  for (guint i = 0; i < data->categories->len; i++)
    {
      const TiersCategoryAllocation *category = category_at (data, i);

      g_string_append_printf (text, " %s:", category->category);
      for (TiersChartGrade g = TIERS_CHART_GRADE_A; g < TIERS_CHART_N_GRADES; g++)
        if (category->now[g] > 0 || category->suggested[g] > 0)
          {
            if (category->can_shift)
              /* Translators: a grade's share of a category's spend now and suggested, as in
               * "Grade C 30.0% → 15.0%" */
              g_string_append_printf (text, _(" %s %.1f%% → %.1f%%"),
                                      tiers_chart_grade_name (g), category->now[g] * 100,
                                      category->suggested[g] * 100);
            else
              g_string_append_printf (text, " %s %.1f%%", tiers_chart_grade_name (g),
                                      category->now[g] * 100);
          }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

TiersChartLayout *
tiers_allocation_chart_layout (const TiersAllocationData *data,
                               const TiersChartOptions   *options,
                               TiersAllocationGeometry   *geometry)
{
  TiersChartLayout *layout;
  TiersAllocationGeometry scratch = { 0 };
  g_autofree char *title = NULL;
  double top_y, bottom, row, label_height, label_width = 0;
  guint n, shown;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  geometry->now = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  geometry->suggested = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  geometry->n_shown = 0;
  layout = tiers_chart_layout_new (options);
  n = data->categories->len;
  title = n == 1
    ? g_strdup_printf (_("Spend of %s by grade, now and suggested, %s"),
                       category_at (data, 0)->category, data->period)
    : g_strdup_printf (_("Spend by grade, now and suggested, %s"), data->period);
  if (n == 0)
    {
      tiers_chart_layout_set_empty (layout, title, _("Nothing was received in this period."));
      tiers_allocation_geometry_clear (&scratch);
      return layout;
    }

  top_y = tiers_chart_layout_add_title (layout, title);
  {
    TiersLegendEntry legend[] = {
      { layout->palette->text_dim, FALSE, _("Now") },
      { layout->palette->text_dim, TRUE, _("Suggested") },
    };

    top_y = tiers_chart_layout_add_legend (layout, top_y, legend, G_N_ELEMENTS (legend));
  }
  for (guint i = 0; i < n; i++)
    label_width = MAX (label_width,
                       tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_LABEL,
                                                   category_at (data, i)->category, NULL));
  /* Category names take up to a quarter of the width; longer ones are ellipsised. */
  label_width = MIN (label_width, options->width / 4);
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "0%", &label_height);
  layout->plot.x = layout->padding * 1.5 + label_width;
  layout->plot.width = options->width - layout->plot.x - layout->padding * 2;
  layout->plot.y = top_y;
  bottom = options->height - label_height - layout->padding * 1.3;
  layout->plot.height = bottom - top_y;

  /* As many categories as leave each bar MIN_BAR high; the others are counted beneath. */
  shown = rows_that_fit (layout->plot.height, n);
  if (shown < n)
    {
      g_autofree char *more = NULL;

      bottom -= label_height;
      layout->plot.height = bottom - top_y;
      shown = rows_that_fit (layout->plot.height, n);
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more category not shown",
                                           "%u more categories not shown", n - shown),
                              n - shown);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, more, layout->plot.x,
                                    options->height - layout->padding, 0.0, 1.0, 0,
                                    &layout->palette->text_dim);
    }
  geometry->n_shown = shown;
  add_scale (layout, bottom);
  row = layout->plot.height / shown;
  for (guint i = 0; i < shown; i++)
    add_category (layout, category_at (data, i), i, layout->plot.y + i * row, row, label_width,
                  geometry);
  layout->summary = summary_of (data, title);
  tiers_allocation_geometry_clear (&scratch);
  return layout;
}
