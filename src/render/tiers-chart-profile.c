/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-profile.c: a supplier's dimension scores as horizontal bars on a 0..100 scale,
 * the category average as a marker across each bar. Bars read better than a radar: four
 * values compare along one straight scale. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"

#include "tiers-chart-profile.h"

void
tiers_profile_geometry_clear (TiersProfileGeometry *geometry)
{
  g_clear_pointer (&geometry->bars, g_array_unref);
  g_clear_pointer (&geometry->averages, g_array_unref);
}

static const TiersProfileDimension *
dimension_at (const TiersProfileData *data,
              guint                   i)
{
  return &g_array_index (data->dimensions, TiersProfileDimension, i);
}

static char *
dimension_text (const TiersProfileData      *data,
                const TiersProfileDimension *dimension)
{
  g_autofree char *score = dimension->has_score
    ? g_strdup_printf ("%.2f", dimension->score) : g_strdup (_("no score"));
  g_autofree char *average = dimension->has_average
    ? g_strdup_printf ("%.2f", dimension->average) : g_strdup (_("no average"));

  return g_strdup_printf (_("%s: %s; average of %s: %s"), dimension->label, score,
                          data->category, average);
}

static double
scale_x (const TiersChartLayout *layout,
         double                  value)
{
  return layout->plot.x + CLAMP (value, 0, 100) / 100.0 * layout->plot.width;
}

static void
add_scale (TiersChartLayout *layout)
{
  double bottom = layout->plot.y + layout->plot.height;

  for (int value = 0; value <= 100; value += 25)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);
      double x = scale_x (layout, value);

      tiers_chart_layout_add_line (layout, x, layout->plot.y, x, bottom,
                                   value == 0 ? &layout->palette->axis : &layout->palette->grid,
                                   1.0);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, text, x,
                                    bottom + layout->padding / 3, 0.5, 0.0, 0,
                                    &layout->palette->text_dim);
    }
}

/* The score inside the bar's end, or just after it: after it when the bar is too short, or
 * when the average's marker would cross the number inside but not outside. */
static void
add_value_label (TiersChartLayout  *layout,
                 double             score,
                 const TiersRect   *bar,
                 double             average_x,
                 TiersChartGrade  grade)
{
  g_autofree char *value = g_strdup_printf ("%.0f", score);
  double width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_MARK, value, NULL);
  double end = bar->x + bar->width;
  double middle = bar->y + bar->height / 2;
  gboolean crossed_inside = average_x >= end - 7 - width && average_x <= end - 1;
  gboolean crossed_outside = average_x >= end + 1 && average_x <= end + 7 + width;
  gboolean inside_first = !crossed_inside || crossed_outside;

  for (int attempt = 0; attempt < 2; attempt++)
    {
      gboolean inside = (attempt == 0) == inside_first;

      if (inside ? tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK, value, end - 4,
                                                 middle, 1.0, 0.5, bar->width - 8,
                                                 &layout->palette->on_grade[grade])
                 : tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK, value, end + 4,
                                                 middle, 0.0, 0.5, 0, NULL))
        return;
    }
}

static void
add_row (TiersChartLayout       *layout,
         const TiersProfileData *data,
         guint                   i,
         double                  row,
         double                  label_width,
         TiersProfileGeometry   *geometry)
{
  const TiersProfileDimension *dimension = dimension_at (data, i);
  const TiersPalette *palette = layout->palette;
  double y = layout->plot.y + i * row;
  double thickness = MIN (row * 0.6, layout->font_size * 2.5);
  double bar_y = y + (row - thickness) / 2;
  TiersRect bar = { layout->plot.x, bar_y, 0, thickness };
  TiersRect whole = { layout->padding, y, layout->canvas.width - 2 * layout->padding, row };
  double average_x = dimension->has_average ? scale_x (layout, dimension->average) : -1;

  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_LABEL, dimension->label,
                                layout->plot.x - layout->padding / 2, y + row / 2, 1.0, 0.5,
                                label_width, NULL);
  if (dimension->has_score)
    {
      bar.width = scale_x (layout, dimension->score) - layout->plot.x;
      tiers_chart_layout_add_rect (layout, &bar, &palette->grade[data->grade], NULL, 0);
      add_value_label (layout, dimension->score, &bar, average_x, data->grade);
    }
  else
    tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, _("no score"),
                                  layout->plot.x + 4, bar_y + thickness / 2, 0.0, 0.5, 0,
                                  &palette->text_dim);
  if (dimension->has_average)
    tiers_chart_layout_add_line (layout, average_x, bar_y - thickness * 0.2, average_x,
                                 bar_y + thickness * 1.2, &palette->text, 3.0);
  g_array_append_val (geometry->bars, bar);
  g_array_append_val (geometry->averages, average_x);
  tiers_chart_layout_add_item (layout, &whole, TIERS_CHART_ITEM_DIMENSION, (int) i, -1,
                               dimension->label, dimension_text (data, dimension));
}

static gboolean
has_any_value (const TiersProfileData *data)
{
  for (guint i = 0; i < data->dimensions->len; i++)
    if (dimension_at (data, i)->has_score)
      return TRUE;
  return FALSE;
}

static char *
summary_of (const TiersProfileData *data,
            const char             *title)
{
  GString *text = g_string_new (title);

  g_string_append (text, ":");
  for (guint i = 0; i < data->dimensions->len; i++)
    {
      g_autofree char *one = dimension_text (data, dimension_at (data, i));

      g_string_append_printf (text, " %s.", one);
    }
  return g_string_free (text, FALSE);
}

TiersChartLayout *
tiers_profile_chart_layout (const TiersProfileData  *data,
                            const TiersChartOptions *options,
                            TiersProfileGeometry    *geometry)
{
  TiersChartLayout *layout;
  TiersProfileGeometry scratch = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *average = NULL;
  g_autofree char *supplier = NULL;
  double top_y, label_height, label_width = 0;
  guint n = data->dimensions->len;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  geometry->bars = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  geometry->averages = g_array_new (FALSE, TRUE, sizeof (double));
  layout = tiers_chart_layout_new (options);
  title = g_strdup_printf (_("Profile of %s, %s"), data->supplier, data->period);
  if (!has_any_value (data))
    {
      tiers_chart_layout_set_empty (layout, title,
                                    _("The supplier has no dimension score in this period."));
      tiers_profile_geometry_clear (&scratch);
      return layout;
    }

  top_y = tiers_chart_layout_add_title (layout, title);
  average = g_strdup_printf (_("Average of %s"), data->category);
  supplier = data->grade == TIERS_CHART_UNGRADED
    ? g_strdup (_("This supplier, ungraded"))
    : g_strdup_printf (_("This supplier, grade %s"), tiers_chart_grade_letter (data->grade));
  {
    TiersLegendEntry legend[] = {
      { layout->palette->grade[data->grade], FALSE, supplier },
      { layout->palette->text, FALSE, average },
    };

    top_y = tiers_chart_layout_add_legend (layout, top_y, legend, G_N_ELEMENTS (legend));
  }
  for (guint i = 0; i < n; i++)
    label_width = MAX (label_width, tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_LABEL,
                                                                dimension_at (data, i)->label,
                                                                &label_height));
  /* Dimension names take up to a third of the width; longer ones are ellipsised. */
  label_width = MIN (label_width, options->width / 3);
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "0", &label_height);
  layout->plot.x = layout->padding * 1.5 + label_width;
  layout->plot.width = options->width - layout->plot.x - layout->padding * 2;
  layout->plot.y = top_y;
  layout->plot.height = options->height - top_y - label_height - layout->padding * 1.3;

  add_scale (layout);
  for (guint i = 0; i < n; i++)
    add_row (layout, data, i, layout->plot.height / n, label_width, geometry);
  layout->summary = summary_of (data, title);
  tiers_profile_geometry_clear (&scratch);
  return layout;
}
