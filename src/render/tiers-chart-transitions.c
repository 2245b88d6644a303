/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-transitions.c: grade transitions between two periods. The matrix keeps its
 * diagonal quiet and tints upgrades and downgrades in two tones by count; the flow draws a
 * band per pair of grades, as thick as the number of suppliers that took it. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-chart-transitions.h"

typedef enum
{
  MOVE_SAME,
  MOVE_UP,
  MOVE_DOWN,
  MOVE_OTHER,     /* into or out of "ungraded": neither better nor worse */
} Move;

static Move
move_of (guint from,
         guint to)
{
  if (from == to)
    return MOVE_SAME;
  if (from == TIERS_CHART_UNGRADED || to == TIERS_CHART_UNGRADED)
    return MOVE_OTHER;
  return to < from ? MOVE_UP : MOVE_DOWN;
}

static const char *
move_name (Move move)
{
  switch (move)
    {
    case MOVE_SAME: return _("unchanged");
    case MOVE_UP: return _("upgraded");
    case MOVE_DOWN: return _("downgraded");
    case MOVE_OTHER:
    default: return _("graded or ungraded");
    }
}

static TiersColor
move_color (const TiersPalette *palette,
            Move                move)
{
  switch (move)
    {
    case MOVE_UP: return palette->upgrade;
    case MOVE_DOWN: return palette->downgrade;
    case MOVE_SAME:
    case MOVE_OTHER:
    default: return palette->axis;
    }
}

static void
count_moves (const TiersTransitionData *data,
             guint                     *total,
             guint                     *max,
             guint                      moves[4])
{
  *total = *max = 0;
  memset (moves, 0, 4 * sizeof (guint));
  for (guint f = 0; f < TIERS_CHART_N_GRADES; f++)
    for (guint t = 0; t < TIERS_CHART_N_GRADES; t++)
      {
        Move move = move_of (f, t);

        *total += data->counts[f][t];
        moves[move] += data->counts[f][t];
        /* Tints scale by the largest movement: the diagonal is not what the eye looks for. */
        if (move == MOVE_UP || move == MOVE_DOWN)
          *max = MAX (*max, data->counts[f][t]);
      }
}

static char *
cell_tooltip (const TiersTransitionData *data,
              guint                      from,
              guint                      to)
{
  return g_strdup_printf (_("%s → %s: %u suppliers, %s"), tiers_chart_grade_name (from),
                          tiers_chart_grade_name (to), data->counts[from][to],
                          move_name (move_of (from, to)));
}

static void
add_cell (TiersChartLayout          *layout,
          const TiersTransitionData *data,
          guint                      from,
          guint                      to,
          const TiersRect           *cell,
          guint                      max)
{
  const TiersPalette *palette = layout->palette;
  Move move = move_of (from, to);
  guint count = data->counts[from][to];
  TiersColor fill = palette->grid;
  TiersColor text = palette->text;
  g_autofree char *value = g_strdup_printf ("%u", count);

  /* The diagonal and the empty cells stay quiet; movement is tinted by how many moved. */
  if (count > 0 && (move == MOVE_UP || move == MOVE_DOWN))
    {
      double strength = 0.25 + 0.75 * count / MAX (max, 1u);
      TiersColor tone = move_color (palette, move);

      fill = tiers_color_mix (&palette->background, &tone, strength);
      if (strength > 0.55)
        text = palette->on_grade[move == MOVE_UP ? TIERS_CHART_GRADE_A : TIERS_CHART_GRADE_D];
    }
  else if (count == 0)
    fill = tiers_color_mix (&palette->background, &palette->grid, 0.4);
  tiers_chart_layout_add_rect (layout, cell, &fill, &palette->background, 2.0);
  if (count > 0)
    tiers_chart_layout_add_label (layout, move == MOVE_SAME ? TIERS_CHART_TEXT_LABEL
                                  : TIERS_CHART_TEXT_MARK, value,
                                  cell->x + cell->width / 2, cell->y + cell->height / 2,
                                  0.5, 0.5, cell->width, &text);
  tiers_chart_layout_add_item (layout, cell, TIERS_CHART_ITEM_TRANSITION, (int) from, (int) to,
                               tiers_chart_grade_letter (from),
                               cell_tooltip (data, from, to));
}

static void
layout_matrix (TiersChartLayout          *layout,
               const TiersTransitionData *data,
               double                     top_y,
               TiersTransitionGeometry   *geometry)
{
  const guint n = TIERS_CHART_N_GRADES;
  double letter_height, letter_width, cell, x0, y0;
  guint total, max, moves[4];

  count_moves (data, &total, &max, moves);
  letter_width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_MARK, "W",
                                             &letter_height);
  cell = MIN ((layout->canvas.width - 2 * layout->padding - letter_width * 2) / n,
              (layout->canvas.height - top_y - layout->padding - letter_height * 1.4) / n);
  x0 = (layout->canvas.width - n * cell) / 2 + letter_width;
  y0 = top_y + letter_height * 1.4;
  layout->plot = (TiersRect) { x0, y0, n * cell, n * cell };

  for (guint g = 0; g < n; g++)
    {
      const char *letter = tiers_chart_grade_letter (g);

      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK, letter,
                                    x0 + (g + 0.5) * cell, y0 - letter_height * 0.2, 0.5, 1.0,
                                    cell, NULL);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK, letter,
                                    x0 - layout->padding / 2, y0 + (g + 0.5) * cell, 1.0, 0.5,
                                    0, NULL);
    }
  for (guint f = 0; f < n; f++)
    for (guint t = 0; t < n; t++)
      {
        TiersRect box = { x0 + t * cell, y0 + f * cell, cell, cell };

        geometry->cells[f][t] = box;
        add_cell (layout, data, f, t, &box, max);
      }
}

/* Node boxes of one column, top to bottom A..ungraded, heights by count. */
static void
stack_nodes (const TiersChartLayout *layout,
             const guint             counts[TIERS_CHART_N_GRADES],
             guint                   total,
             double                  x,
             double                  width,
             TiersRect               nodes[TIERS_CHART_N_GRADES])
{
  double gap = layout->padding / 2;
  double scale = (layout->plot.height - gap * (TIERS_CHART_N_GRADES - 1)) / MAX (total, 1u);
  double y = layout->plot.y;

  for (guint g = 0; g < TIERS_CHART_N_GRADES; g++)
    {
      nodes[g] = (TiersRect) { x, y, width, counts[g] * scale };
      y += nodes[g].height + gap;
    }
}

static void
add_node (TiersChartLayout *layout,
          const TiersRect  *node,
          guint             grade,
          guint             count,
          gboolean          left)
{
  g_autofree char *text = g_strdup_printf ("%s %u", tiers_chart_grade_letter (grade), count);

  if (count == 0)
    return;
  tiers_chart_layout_add_rect (layout, node, &layout->palette->grade[grade], NULL, 0);
  if (!tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK, text,
                                     left ? node->x - 4 : node->x + node->width + 4,
                                     node->y + node->height / 2, left ? 1.0 : 0.0, 0.5, 0,
                                     NULL))
    tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_MARK,
                                  tiers_chart_grade_letter (grade),
                                  left ? node->x - 4 : node->x + node->width + 4,
                                  node->y + node->height / 2, left ? 1.0 : 0.0, 0.5, 0, NULL);
}

static void
layout_flow (TiersChartLayout          *layout,
             const TiersTransitionData *data,
             double                     top_y,
             TiersTransitionGeometry   *geometry)
{
  const guint n = TIERS_CHART_N_GRADES;
  guint from_counts[TIERS_CHART_N_GRADES] = { 0 }, to_counts[TIERS_CHART_N_GRADES] = { 0 };
  double from_used[TIERS_CHART_N_GRADES] = { 0 }, to_used[TIERS_CHART_N_GRADES] = { 0 };
  double label_width, label_height, node_width;
  guint total = 0;

  for (guint f = 0; f < n; f++)
    for (guint t = 0; t < n; t++)
      {
        from_counts[f] += data->counts[f][t];
        to_counts[t] += data->counts[f][t];
        total += data->counts[f][t];
      }
  label_width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_MARK, "D 0000",
                                            &label_height);
  node_width = MAX (6.0, layout->font_size);
  layout->plot = (TiersRect) { layout->padding + label_width + 4, top_y + label_height / 2,
                               layout->canvas.width - 2 * (layout->padding + label_width + 4),
                               layout->canvas.height - top_y - label_height / 2
                               - layout->padding };
  stack_nodes (layout, from_counts, total, layout->plot.x, node_width, geometry->from_nodes);
  stack_nodes (layout, to_counts, total, layout->plot.x + layout->plot.width - node_width,
               node_width, geometry->to_nodes);

  /* Bands first, so the nodes and their labels sit on top. */
  for (guint f = 0; f < n; f++)
    for (guint t = 0; t < n; t++)
      {
        const TiersRect *a = &geometry->from_nodes[f], *b = &geometry->to_nodes[t];
        double thick_a = from_counts[f] ? a->height * data->counts[f][t] / from_counts[f] : 0;
        double thick_b = to_counts[t] ? b->height * data->counts[f][t] / to_counts[t] : 0;
        double ends[6] = { a->x + a->width, a->y + from_used[f], a->y + from_used[f] + thick_a,
                           b->x, b->y + to_used[t], b->y + to_used[t] + thick_b };
        Move move = move_of (f, t);
        TiersColor tone = move == MOVE_SAME ? layout->palette->grade[f]
                                            : move_color (layout->palette, move);
        TiersColor fill = tiers_color_with_alpha (&tone, move == MOVE_SAME ? 0.3 : 0.6);
        /* Bands cross in the middle; near their ends they lie stacked, apart: hit there. */
        double reach = (ends[3] - ends[0]) * 0.2;
        TiersRect start = { ends[0], ends[1], reach, MAX (1.0, thick_a) };
        TiersRect end = { ends[3] - reach, ends[4], reach, MAX (1.0, thick_b) };

        if (data->counts[f][t] == 0)
          continue;
        from_used[f] += thick_a;
        to_used[t] += thick_b;
        tiers_chart_layout_add_flow (layout, ends, &fill);
        tiers_chart_layout_add_item (layout, &start, TIERS_CHART_ITEM_TRANSITION, (int) f,
                                     (int) t, tiers_chart_grade_letter (f),
                                     cell_tooltip (data, f, t));
        tiers_chart_layout_add_item (layout, &end, TIERS_CHART_ITEM_TRANSITION, (int) f,
                                     (int) t, tiers_chart_grade_letter (f),
                                     cell_tooltip (data, f, t));
      }
  for (guint g = 0; g < n; g++)
    {
      add_node (layout, &geometry->from_nodes[g], g, from_counts[g], TRUE);
      add_node (layout, &geometry->to_nodes[g], g, to_counts[g], FALSE);
    }
}

static double
add_headings (TiersChartLayout          *layout,
              const TiersTransitionData *data,
              TiersTransitionView        view)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double y, height;

  title = data->category
    ? g_strdup_printf (_("Grade changes of %s, %s → %s"), data->category,
                       data->previous_period, data->period)
    : g_strdup_printf (_("Grade changes, %s → %s"), data->previous_period, data->period);
  y = tiers_chart_layout_add_title (layout, title);
  subtitle = view == TIERS_TRANSITION_VIEW_MATRIX
    ? g_strdup_printf (_("Rows: grade in %s · columns: grade in %s"), data->previous_period,
                       data->period)
    : g_strdup_printf (_("Left: grade in %s · right: grade in %s"), data->previous_period,
                       data->period);
  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, subtitle, &height);
  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, subtitle, layout->padding, y,
                                0.0, 0.0, 0, &layout->palette->text_dim);
  y += height + layout->padding / 3;
  {
    TiersLegendEntry legend[] = {
      { layout->palette->upgrade, FALSE, _("Upgraded") },
      { layout->palette->downgrade, FALSE, _("Downgraded") },
      { layout->palette->grid, FALSE, _("Unchanged") },
    };

    return tiers_chart_layout_add_legend (layout, y, legend, G_N_ELEMENTS (legend));
  }
}

TiersChartLayout *
tiers_transition_chart_layout (const TiersTransitionData *data,
                               TiersTransitionView        view,
                               const TiersChartOptions   *options,
                               TiersTransitionGeometry   *geometry)
{
  TiersChartLayout *layout;
  TiersTransitionGeometry scratch;
  guint total, max, moves[4];
  double top_y;

  g_return_val_if_fail (data != NULL && options != NULL, NULL);

  if (geometry == NULL)
    geometry = &scratch;
  memset (geometry, 0, sizeof *geometry);
  layout = tiers_chart_layout_new (options);
  count_moves (data, &total, &max, moves);
  if (total == 0)
    {
      g_autofree char *title = g_strdup_printf (_("Grade changes, %s → %s"),
                                                data->previous_period, data->period);

      tiers_chart_layout_set_empty (layout, title,
                                    _("Neither period has been evaluated."));
      return layout;
    }

  top_y = add_headings (layout, data, view);
  if (view == TIERS_TRANSITION_VIEW_FLOW)
    layout_flow (layout, data, top_y, geometry);
  else
    layout_matrix (layout, data, top_y, geometry);
  layout->summary = g_strdup_printf (_("Grade changes from %s to %s: %u upgraded, "
                                       "%u downgraded, %u unchanged, %u graded or ungraded "
                                       "anew."), data->previous_period, data->period,
                                     moves[MOVE_UP], moves[MOVE_DOWN], moves[MOVE_SAME],
                                     moves[MOVE_OTHER]);
  return layout;
}
