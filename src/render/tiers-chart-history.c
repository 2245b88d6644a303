/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-history.c: a supplier's score over time: the grade bands as zones, the score
 * as a line broken where a period is missing, points hollow when provisional and ringed
 * where the grade changed. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-chart-history.h"

void
tiers_history_geometry_clear (TiersHistoryGeometry *geometry)
{
  g_clear_pointer (&geometry->points, g_array_unref);
}

static const TiersHistoryPoint *
point_at (const TiersHistoryData *data,
          guint                   i)
{
  return &g_array_index (data->points, TiersHistoryPoint, i);
}

static void
add_bands (TiersChartLayout       *layout,
           const TiersHistoryData *data,
           TiersHistoryGeometry   *geometry)
{
  const double edges[] = { 100.0, data->grade_a, data->grade_b, data->grade_c, 0.0 };
  const TiersRect *plot = &layout->plot;
  double mark_height;

  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_MARK, "A", &mark_height);
  for (guint g = 0; g < TIERS_CHART_N_LETTER_GRADES; g++)
    {
      double top = tiers_chart_layout_value_y (layout, CLAMP (edges[g], 0, 100), 100.0);
      double bottom = tiers_chart_layout_value_y (layout, CLAMP (edges[g + 1], 0, 100), 100.0);
      TiersColor tint = tiers_color_with_alpha (&layout->palette->grade[g], 0.16);
      TiersRect band = { plot->x, top, plot->width, bottom - top };

      geometry->bands[g] = band;
      if (g < 3)
        geometry->threshold_y[g] = bottom;
      tiers_chart_layout_add_rect (layout, &band, &tint, NULL, 0);
      /* A narrow band (a small chart) takes the small letter, so it still fits. */
      tiers_chart_layout_add_label (layout, bottom - top < mark_height
                                    ? TIERS_CHART_TEXT_SMALL : TIERS_CHART_TEXT_MARK,
                                    tiers_chart_grade_letter (g),
                                    plot->x + plot->width + 4, top + (bottom - top) / 2, 0.0,
                                    0.5, 0, &layout->palette->grade[g]);
    }
}

static gboolean
grade_changed (const TiersHistoryData *data,
               guint                   i)
{
  /* Against the last scored period before it: a gap does not hide a change. */
  for (guint j = i; j > 0; j--)
    if (point_at (data, j - 1)->has_score)
      return point_at (data, j - 1)->grade != point_at (data, i)->grade;
  return FALSE;
}

static void
add_line (TiersChartLayout     *layout,
          TiersHistoryGeometry *geometry)
{
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (double));

  /* One polyline per run of consecutive scored periods: missing ones stay gaps. */
  for (guint i = 0; i <= geometry->points->len; i++)
    {
      const TiersRect *p = i < geometry->points->len
        ? &g_array_index (geometry->points, TiersRect, i) : NULL;

      if (p != NULL && p->width > 0)
        {
          g_array_append_val (run, p->x);
          g_array_append_val (run, p->y);
          continue;
        }
      if (run->len >= 4)
        tiers_chart_layout_add_polyline (layout, (double *) (gpointer) run->data, run->len,
                                         &layout->palette->text_dim, 2.0);
      g_array_set_size (run, 0);
    }
}

static char *
point_tooltip (const TiersHistoryPoint *point)
{
  if (!point->has_score)
    return g_strdup_printf (_("%s: no score"), point->period);
  if (point->provisional)
    return g_strdup_printf (_("%s: %.2f, grade %s, provisional"), point->period, point->score,
                            tiers_chart_grade_letter (point->grade));
  return g_strdup_printf (_("%s: %.2f, grade %s"), point->period, point->score,
                          tiers_chart_grade_letter (point->grade));
}

static void
add_points (TiersChartLayout       *layout,
            const TiersHistoryData *data,
            double                  slot,
            TiersHistoryGeometry   *geometry)
{
  double radius = CLAMP (layout->font_size * 0.35, 3.0, 7.0);
  const TiersPalette *palette = layout->palette;

  for (guint i = 0; i < data->points->len; i++)
    {
      const TiersHistoryPoint *point = point_at (data, i);
      TiersRect centre = { layout->plot.x + (i + 0.5) * slot, 0, 0, 0 };
      TiersRect column = { layout->plot.x + i * slot, layout->plot.y, slot, layout->plot.height };

      if (point->has_score)
        centre = (TiersRect) { centre.x,
                               tiers_chart_layout_value_y (layout, CLAMP (point->score, 0, 100),
                                                           100.0),
                               radius, radius };
      g_array_append_val (geometry->points, centre);
      tiers_chart_layout_add_item (layout, &column, TIERS_CHART_ITEM_PERIOD, (int) i,
                                   point->has_score ? (int) point->grade : -1, point->period,
                                   point_tooltip (point));
    }
  add_line (layout, geometry);

  /* Changes first, so their letters win the room when labels crowd. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < data->points->len; i++)
      {
        const TiersHistoryPoint *point = point_at (data, i);
        const TiersRect *c = &g_array_index (geometry->points, TiersRect, i);
        gboolean changed = point->has_score && grade_changed (data, i);

        if (!point->has_score || changed != (pass == 0))
          continue;
        if (changed)
          tiers_chart_layout_add_circle (layout, c->x, c->y, radius * 2, NULL,
                                         &palette->grade[point->grade], 2.0);
        tiers_chart_layout_add_circle (layout, c->x, c->y, radius,
                                       point->provisional ? &palette->background
                                                          : &palette->grade[point->grade],
                                       &palette->grade[point->grade], 2.0);
        tiers_chart_layout_add_label (layout, changed ? TIERS_CHART_TEXT_MARK
                                                      : TIERS_CHART_TEXT_SMALL,
                                      tiers_chart_grade_letter (point->grade), c->x,
                                      c->y - radius * (changed ? 2.2 : 1.4), 0.5, 1.0, 0, NULL);
      }
}

static char *
summary_of (const TiersHistoryData *data,
            const char             *title)
{
  GString *text = g_string_new (title);

  g_string_append (text, ":");
  for (guint i = 0; i < data->points->len; i++)
    {
      g_autofree char *one = point_tooltip (point_at (data, i));

      g_string_append_printf (text, " %s;", one);
    }
  return g_string_free (text, FALSE);
}

static gboolean
has_any_score (const TiersHistoryData *data)
{
  for (guint i = 0; i < data->points->len; i++)
    if (point_at (data, i)->has_score)
      return TRUE;
  return FALSE;
}

TiersChartLayout *
tiers_history_chart_layout (const TiersHistoryData  *data,
                            const TiersChartOptions *options,
                            TiersHistoryGeometry    *geometry)
{
  TiersChartLayout *layout;
  TiersHistoryGeometry scratch = { { { 0 } } };
  g_autofree char *title = NULL;
  g_autofree const char **texts = NULL;
  double top_y, label_height, letter_width, slot, step;
  guint n = data->points->len;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  memset (geometry, 0, sizeof *geometry);
  geometry->points = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  layout = tiers_chart_layout_new (options);
  title = g_strdup_printf (_("Score history of %s"), data->supplier);
  if (!has_any_score (data))
    {
      tiers_chart_layout_set_empty (layout, title,
                                    _("The supplier has no score in these periods."));
      tiers_history_geometry_clear (&scratch);
      return layout;
    }

  top_y = tiers_chart_layout_add_title (layout, title);
  {
    TiersLegendEntry legend[] = {
      { layout->palette->text_dim, FALSE, _("Score") },
      { layout->palette->text_dim, TRUE, _("Provisional") },
    };

    top_y = tiers_chart_layout_add_legend (layout, top_y, legend, G_N_ELEMENTS (legend));
  }
  letter_width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_MARK, "W", &label_height);
  layout->plot.y = top_y + label_height;
  layout->plot.height = options->height - layout->plot.y - label_height - layout->padding * 1.3;
  step = tiers_chart_nice_step (100.0, tiers_chart_layout_max_ticks (layout), TRUE);
  layout->plot.x = layout->padding + tiers_chart_layout_axis_width (layout, 100.0, step, FALSE);
  layout->plot.width = options->width - layout->plot.x - layout->padding - letter_width - 4;

  add_bands (layout, data, geometry);
  tiers_chart_layout_add_value_axis (layout, 100.0, step, FALSE);
  slot = layout->plot.width / MAX (n, 1u);
  texts = g_new0 (const char *, n);
  for (guint i = 0; i < n; i++)
    texts[i] = point_at (data, i)->period;
  tiers_chart_layout_add_slot_labels (layout, texts, n, layout->plot.x, slot,
                                      layout->plot.y + layout->plot.height + layout->padding / 3,
                                      TRUE);
  add_points (layout, data, slot, geometry);
  layout->summary = summary_of (data, title);
  tiers_history_geometry_clear (&scratch);
  return layout;
}
