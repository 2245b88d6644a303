/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-concentration.c: a category's spend per supplier as a Pareto chart: the share
 * of each supplier, largest first, in its grade's colour and letter, and the cumulative
 * share as a line against the right-hand scale. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-chart-concentration.h"

void
tiers_concentration_geometry_clear (TiersConcentrationGeometry *geometry)
{
  g_clear_pointer (&geometry->bars, g_array_unref);
  g_clear_pointer (&geometry->order, g_array_unref);
  g_clear_pointer (&geometry->cumulative, g_array_unref);
}

static const TiersSpendShare *
share_at (const TiersConcentrationData *data,
          int                           i)
{
  return &g_array_index (data->suppliers, TiersSpendShare, i);
}

static int
compare_spend (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const TiersConcentrationData *data = user_data;
  const TiersSpendShare *x = share_at (data, *(const int *) a);
  const TiersSpendShare *y = share_at (data, *(const int *) b);

  if (x->spend != y->spend)
    return x->spend > y->spend ? -1 : 1;
  return strcmp (x->code, y->code);
}

/* Bars in order: the largest suppliers, then the rest summed as one (-1). */
static GArray *
bar_order (const TiersConcentrationData *data,
           double                       *others)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = data->suppliers->len;
  guint shown = n > TIERS_CONCENTRATION_MAX_BARS ? TIERS_CONCENTRATION_MAX_BARS - 1 : n;
  int rest = -1;

  for (guint i = 0; i < n; i++)
    {
      int index = (int) i;

      g_array_append_val (order, index);
    }
  g_array_sort_with_data (order, compare_spend, (gpointer) data);
  *others = 0;
  for (guint i = shown; i < n; i++)
    *others += share_at (data, g_array_index (order, int, i))->spend;
  g_array_set_size (order, shown);
  if (shown < n)
    g_array_append_val (order, rest);
  return order;
}

static double
total_spend (const TiersConcentrationData *data)
{
  double total = 0;

  for (guint i = 0; i < data->suppliers->len; i++)
    total += MAX (0.0, share_at (data, (int) i)->spend);
  return total;
}

static void
add_cumulative_scale (TiersChartLayout *layout)
{
  const TiersRect *plot = &layout->plot;

  /* 0% is on the left-hand scale already, and its place is the first name's. */
  for (int percent = 50; percent <= 100; percent += 50)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", percent);

      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, text,
                                    plot->x + plot->width + layout->padding / 2,
                                    tiers_chart_layout_value_y (layout, percent / 100.0, 1.0),
                                    0.0, 0.5, 0, &layout->palette->text);
    }
}

static void
add_bars (TiersChartLayout             *layout,
          const TiersConcentrationData *data,
          const GArray                 *order,
          double                        others,
          double                        total,
          double                        top,
          TiersConcentrationGeometry   *geometry)
{
  double slot = layout->plot.width / order->len;
  double cumulative = 0;
  g_autofree const char **names = g_new0 (const char *, order->len);
  g_autofree char *others_name = g_strdup_printf (_("%u others"),
                                                  data->suppliers->len - order->len + 1);

  for (guint b = 0; b < order->len; b++)
    {
      int index = g_array_index (order, int, b);
      const TiersSpendShare *share = index >= 0 ? share_at (data, index) : NULL;
      TiersChartGrade grade = share ? share->grade : TIERS_CHART_UNGRADED;
      double fraction = (share ? MAX (0.0, share->spend) : others) / total;
      double width = slot * 0.7;
      double x = layout->plot.x + b * slot + (slot - width) / 2;
      double y = tiers_chart_layout_value_y (layout, fraction, top);
      TiersRect bar = { x, y, width, layout->plot.y + layout->plot.height - y };
      TiersRect column = { layout->plot.x + b * slot, layout->plot.y, slot, layout->plot.height };
      double point[2];

      cumulative += fraction;
      names[b] = share ? share->name : others_name;
      /* The summed rest is no supplier and has no grade: drawn neutral, outlined. */
      if (share != NULL)
        tiers_chart_layout_add_rect (layout, &bar, &layout->palette->grade[grade], NULL, 0);
      else
        tiers_chart_layout_add_rect (layout, &bar, &layout->palette->grid, &layout->palette->axis,
                                     1.0);
      if (share != NULL)
        tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK,
                                      tiers_chart_grade_letter (grade), x + width / 2, y - 1,
                                      0.5, 1.0, 0, NULL);
      point[0] = x + width / 2;
      point[1] = tiers_chart_layout_value_y (layout, MIN (cumulative, 1.0), 1.0);
      g_array_append_vals (geometry->cumulative, point, 2);
      g_array_append_val (geometry->bars, bar);
      tiers_chart_layout_add_item (layout, &column, TIERS_CHART_ITEM_SUPPLIER, index, -1,
                                   share ? share->code : "",
                                   share
                                   ? g_strdup_printf (_("%s (%s), grade %s: %.1f%% of spend, "
                                                        "%.1f%% with those before"),
                                                      share->name, share->code,
                                                      tiers_chart_grade_name (grade),
                                                      fraction * 100, cumulative * 100)
                                   : g_strdup_printf (_("%s: %.1f%% of spend"), others_name,
                                                      fraction * 100));
    }
  tiers_chart_layout_add_slot_labels (layout, names, order->len, layout->plot.x, slot,
                                      layout->plot.y + layout->plot.height + layout->padding / 3,
                                      FALSE);
  tiers_chart_layout_add_polyline (layout, (double *) (gpointer) geometry->cumulative->data,
                                   geometry->cumulative->len, &layout->palette->text, 2.0);
  for (guint i = 0; i + 1 < geometry->cumulative->len; i += 2)
    tiers_chart_layout_add_circle (layout, g_array_index (geometry->cumulative, double, i),
                                   g_array_index (geometry->cumulative, double, i + 1),
                                   2.5, &layout->palette->text, NULL, 0);
}

static char *
summary_of (const TiersConcentrationData *data,
            const GArray                 *order,
            double                        total,
            const char                   *title)
{
  const TiersSpendShare *first = share_at (data, g_array_index (order, int, 0));
  double top3 = 0;

  for (guint b = 0; b < MIN (3u, order->len); b++)
    if (g_array_index (order, int, b) >= 0)
      top3 += MAX (0.0, share_at (data, g_array_index (order, int, b))->spend);
  return g_strdup_printf (_("%s: %u suppliers; the largest, %s, has %.1f%% of the spend; "
                            "the three largest together %.1f%%."), title,
                          data->suppliers->len, first->name, 100 * first->spend / total,
                          100 * top3 / total);
}

TiersChartLayout *
tiers_concentration_chart_layout (const TiersConcentrationData *data,
                                  const TiersChartOptions      *options,
                                  TiersConcentrationGeometry   *geometry)
{
  TiersChartLayout *layout;
  TiersConcentrationGeometry scratch = { 0 };
  g_autoptr(GArray) order = NULL;
  g_autofree char *title = NULL;
  double total, others, max = 0, top, step, label_height, right_width, top_y;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  geometry->bars = g_array_new (FALSE, TRUE, sizeof (TiersRect));
  geometry->cumulative = g_array_new (FALSE, TRUE, sizeof (double));
  layout = tiers_chart_layout_new (options);
  title = g_strdup_printf (_("Spend of %s by supplier, %s"), data->category, data->period);
  total = total_spend (data);
  if (total <= 0)
    {
      tiers_chart_layout_set_empty (layout, title,
                                    _("Nothing was received in this category in this period."));
      geometry->order = g_array_new (FALSE, FALSE, sizeof (int));
      tiers_concentration_geometry_clear (&scratch);
      return layout;
    }

  order = bar_order (data, &others);
  geometry->order = g_array_ref (order);
  for (guint b = 0; b < order->len; b++)
    {
      int index = g_array_index (order, int, b);

      max = MAX (max, (index >= 0 ? share_at (data, index)->spend : others) / total);
    }
  top_y = tiers_chart_layout_add_title (layout, title);
  {
    TiersLegendEntry legend[] = {
      { layout->palette->text_dim, FALSE, _("Share of spend") },
      { layout->palette->text, TRUE, _("Cumulative share") },
    };

    top_y = tiers_chart_layout_add_legend (layout, top_y, legend, G_N_ELEMENTS (legend));
  }
  right_width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "100%",
                                            &label_height);
  layout->plot.y = top_y + label_height;
  layout->plot.height = options->height - layout->plot.y - label_height - layout->padding * 1.3;
  step = tiers_chart_nice_step (max, tiers_chart_layout_max_ticks (layout), FALSE);
  top = MIN (1.0, ceil (max / step - 1e-9) * step);
  geometry->top = top;
  layout->plot.x = layout->padding + tiers_chart_layout_axis_width (layout, top, step, TRUE);
  layout->plot.width = options->width - layout->plot.x - layout->padding * 1.5 - right_width;

  add_cumulative_scale (layout);
  tiers_chart_layout_add_value_axis (layout, top, step, TRUE);
  add_bars (layout, data, order, others, total, top, geometry);
  layout->summary = summary_of (data, order, total, title);
  tiers_concentration_geometry_clear (&scratch);
  return layout;
}
