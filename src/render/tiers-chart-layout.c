/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-layout.c: the display list every chart is laid out into, its text (Pango, with
 * the chart's language), axes, legend, "no data" state, hit testing and painting. */
#define G_LOG_DOMAIN "tiers-render"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tiers-chart-layout.h"

/* Cantarell is GNOME's face; Noto Sans CJK SC comes first for Chinese so Han characters take
 * their Simplified Chinese shapes (fallback alone would pick the Japanese ones). */
#define LATIN_FAMILIES "Cantarell, Noto Sans, DejaVu Sans, Noto Sans CJK SC, sans-serif"
#define CHINESE_FAMILIES "Noto Sans CJK SC, Cantarell, Noto Sans, DejaVu Sans, sans-serif"

/* The gap kept between two labels, and between a label and the canvas edge. */
#define LABEL_GAP 2.0

static void
clear_shape (gpointer data)
{
  TiersShape *shape = data;

  g_free (shape->points);
}

static void
clear_label (gpointer data)
{
  TiersChartLabel *label = data;

  g_clear_object (&label->layout);
}

static void
clear_item (gpointer data)
{
  TiersChartItem *item = data;

  g_free (item->key);
  g_free (item->tooltip);
}

static gboolean
is_chinese (const char *language)
{
  return language != NULL && g_ascii_strncasecmp (language, "zh", 2) == 0;
}

static PangoContext *
create_context (const char *language)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  g_autofree char *tag = NULL;

  /* Unhinted metrics, so the sizes measured here hold on every surface painted later. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  pango_cairo_context_set_resolution (context, 96.0);

  if (language != NULL)
    {
      /* Pango wants "zh-cn" where gettext says "zh_CN". */
      tag = g_ascii_strdown (language, -1);
      g_strdelimit (tag, "_", '-');
      pango_context_set_language (context, pango_language_from_string (tag));
    }
  return context;
}

TiersChartLayout *
tiers_chart_layout_new (const TiersChartOptions *options)
{
  TiersChartLayout *layout;
  double size;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->width > 0 && options->height > 0, NULL);

  layout = g_new0 (TiersChartLayout, 1);
  layout->options = *options;
  layout->language_storage = g_strdup (options->language);
  layout->options.language = layout->language_storage;
  layout->palette = tiers_palette_get (options->dark);
  layout->context = create_context (options->language);
  layout->canvas = (TiersRect) { 0, 0, options->width, options->height };

  /* Text grows with the canvas, but stays readable when small and calm when large. */
  size = MIN (options->width / 40.0, options->height / 22.0);
  layout->font_size = CLAMP (size, 9.0, 18.0);
  layout->padding = CLAMP (layout->font_size * 0.8, 6.0, 16.0);
  layout->plot = (TiersRect) { layout->padding, layout->padding,
                               MAX (1.0, options->width - 2 * layout->padding),
                               MAX (1.0, options->height - 2 * layout->padding) };

  layout->shapes = g_array_new (FALSE, TRUE, sizeof (TiersShape));
  g_array_set_clear_func (layout->shapes, clear_shape);
  layout->labels = g_array_new (FALSE, TRUE, sizeof (TiersChartLabel));
  g_array_set_clear_func (layout->labels, clear_label);
  layout->items = g_array_new (FALSE, TRUE, sizeof (TiersChartItem));
  g_array_set_clear_func (layout->items, clear_item);
  return layout;
}

void
tiers_chart_layout_free (TiersChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->shapes);
  g_array_unref (layout->labels);
  g_array_unref (layout->items);
  g_clear_object (&layout->context);
  g_free (layout->summary);
  g_free (layout->language_storage);
  g_free (layout);
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

static PangoLayout *
create_text (TiersChartLayout   *layout,
             TiersChartTextRole  role,
             const char         *text)
{
  PangoLayout *pango_layout = pango_layout_new (layout->context);
  g_autoptr(PangoFontDescription) font = NULL;
  double size = layout->font_size;

  /* Text without Han characters (grade letters, numbers) takes the Latin faces even on a
   * Chinese chart: the CJK face's line box is tall enough for Han characters, and around a
   * grade letter it made the narrow B band's letter collide with A's and C's and vanish. */
  font = pango_font_description_from_string (is_chinese (layout->options.language)
                                             && !is_ascii (text)
                                             ? CHINESE_FAMILIES : LATIN_FAMILIES);
  switch (role)
    {
    case TIERS_CHART_TEXT_TITLE:
      size *= 1.2;
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_CHART_TEXT_SMALL:
      size = MAX (8.0, size * 0.85);
      break;
    case TIERS_CHART_TEXT_MARK:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TIERS_CHART_TEXT_LABEL:
    default:
      break;
    }
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (pango_layout, font);
  pango_layout_set_single_paragraph_mode (pango_layout, TRUE);
  pango_layout_set_text (pango_layout, text, -1);
  return pango_layout;
}

/* The logical width of TEXT in ROLE, and its height in *HEIGHT when asked. */
double
tiers_chart_layout_measure (TiersChartLayout   *layout,
                            TiersChartTextRole  role,
                            const char         *text,
                            double             *height)
{
  g_autoptr(PangoLayout) pango_layout = NULL;
  PangoRectangle logical;

  g_return_val_if_fail (layout != NULL && text != NULL, 0.0);

  pango_layout = create_text (layout, role, text);
  pango_layout_get_extents (pango_layout, NULL, &logical);
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
  return (double) logical.width / PANGO_SCALE;
}

gboolean
tiers_rect_intersects (const TiersRect *a,
                       const TiersRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
tiers_rect_contains_rect (const TiersRect *outer,
                          const TiersRect *inner)
{
  const double slack = 0.01;

  return inner->x >= outer->x - slack && inner->y >= outer->y - slack
         && inner->x + inner->width <= outer->x + outer->width + slack
         && inner->y + inner->height <= outer->y + outer->height + slack;
}

static gboolean
overlaps_a_label (const TiersChartLayout *layout,
                  const TiersRect        *box)
{
  TiersRect padded = { box->x - LABEL_GAP / 2, box->y - LABEL_GAP / 2,
                       box->width + LABEL_GAP, box->height + LABEL_GAP };

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TiersChartLabel *other = &g_array_index (layout->labels, TiersChartLabel, i);

      if (tiers_rect_intersects (&padded, &other->box))
        return TRUE;
    }
  return FALSE;
}

/* Places TEXT with its (XALIGN, YALIGN) point at (X, Y), ellipsised to MAX_WIDTH (0: the
 * canvas), moved sideways into the canvas when it sticks out. A label that would leave the
 * canvas vertically or touch an earlier label is left out, so labels thin themselves and can
 * never overlap or clip: put the important ones first. Returns whether it was placed. */
gboolean
tiers_chart_layout_add_label (TiersChartLayout   *layout,
                              TiersChartTextRole  role,
                              const char         *text,
                              double              x,
                              double              y,
                              double              xalign,
                              double              yalign,
                              double              max_width,
                              const TiersColor   *color)
{
  TiersChartLabel label = { 0 };
  PangoRectangle logical;
  double limit = layout->canvas.width - 2 * LABEL_GAP;
  TiersRect inside = { LABEL_GAP, LABEL_GAP, layout->canvas.width - 2 * LABEL_GAP,
                       layout->canvas.height - 2 * LABEL_GAP };

  g_return_val_if_fail (layout != NULL && text != NULL, FALSE);

  if (text[0] == '\0')
    return FALSE;
  if (max_width > 0)
    limit = MIN (limit, max_width);
  if (limit < layout->font_size)
    return FALSE;

  label.layout = create_text (layout, role, text);
  pango_layout_get_extents (label.layout, NULL, &logical);
  if (logical.width > limit * PANGO_SCALE)
    {
      pango_layout_set_width (label.layout, (int) (limit * PANGO_SCALE));
      pango_layout_set_ellipsize (label.layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_extents (label.layout, NULL, &logical);
    }
  label.box.width = (double) logical.width / PANGO_SCALE;
  label.box.height = (double) logical.height / PANGO_SCALE;
  label.box.x = x - xalign * label.box.width;
  label.box.y = y - yalign * label.box.height;
  label.box.x = CLAMP (label.box.x, inside.x, inside.x + inside.width - label.box.width);
  label.color = color ? *color : layout->palette->text;

  if (!tiers_rect_contains_rect (&inside, &label.box) || overlaps_a_label (layout, &label.box))
    {
      g_object_unref (label.layout);
      return FALSE;
    }
  g_array_append_val (layout->labels, label);
  return TRUE;
}

/* The title at the top left; returns the y below it. */
double
tiers_chart_layout_add_title (TiersChartLayout *layout,
                              const char       *title)
{
  double height;

  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_TITLE, title, &height);
  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_TITLE, title, layout->padding,
                                layout->padding, 0.0, 0.0,
                                layout->canvas.width - 2 * layout->padding, NULL);
  return layout->padding + height + layout->padding / 2;
}

/* A row of swatches with their text from the left at Y; entries that do not fit are left
 * out (every mark carries its own letter, so the legend is a help, not the key). Returns
 * the y below the row. */
double
tiers_chart_layout_add_legend (TiersChartLayout       *layout,
                               double                  y,
                               const TiersLegendEntry *entries,
                               guint                   n_entries)
{
  double x = layout->padding;
  double right = layout->canvas.width - layout->padding;
  double height;
  double swatch;

  tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, "Ag", &height);
  swatch = height * 0.7;
  for (guint i = 0; i < n_entries; i++)
    {
      double width = tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL,
                                                 entries[i].text, NULL);
      TiersRect box = { x, y + (height - swatch) / 2, swatch, swatch };

      if (x + swatch + 4 + width > right)
        break;
      if (entries[i].outline)
        tiers_chart_layout_add_rect (layout, &box, NULL, &entries[i].fill, 1.5);
      else
        tiers_chart_layout_add_rect (layout, &box, &entries[i].fill, NULL, 0);
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, entries[i].text,
                                    x + swatch + 4, y, 0.0, 0.0, 0, &layout->palette->text_dim);
      x += swatch + 4 + width + layout->padding;
    }
  return y + height + layout->padding / 2;
}

static TiersShape *
append_shape (TiersChartLayout *layout,
              TiersShapeKind    kind,
              const TiersColor *fill,
              const TiersColor *stroke,
              double            line_width)
{
  TiersShape shape = { 0 };

  shape.kind = kind;
  if (fill != NULL)
    {
      shape.has_fill = TRUE;
      shape.fill = *fill;
    }
  if (stroke != NULL)
    {
      shape.has_stroke = TRUE;
      shape.stroke = *stroke;
      shape.line_width = line_width;
    }
  g_array_append_val (layout->shapes, shape);
  return &g_array_index (layout->shapes, TiersShape, layout->shapes->len - 1);
}

TiersShape *
tiers_chart_layout_add_rect (TiersChartLayout *layout,
                             const TiersRect  *rect,
                             const TiersColor *fill,
                             const TiersColor *stroke,
                             double            line_width)
{
  TiersShape *shape = append_shape (layout, TIERS_SHAPE_RECT, fill, stroke, line_width);

  shape->rect = *rect;
  return shape;
}

TiersShape *
tiers_chart_layout_add_polyline (TiersChartLayout *layout,
                                 const double     *points,
                                 guint             n_points,
                                 const TiersColor *stroke,
                                 double            line_width)
{
  TiersShape *shape = append_shape (layout, TIERS_SHAPE_POLYLINE, NULL, stroke, line_width);

  shape->points = g_memdup2 (points, n_points * sizeof (double));
  shape->n_points = n_points;
  return shape;
}

TiersShape *
tiers_chart_layout_add_line (TiersChartLayout *layout,
                             double            x0,
                             double            y0,
                             double            x1,
                             double            y1,
                             const TiersColor *stroke,
                             double            line_width)
{
  const double points[] = { x0, y0, x1, y1 };

  return tiers_chart_layout_add_polyline (layout, points, 4, stroke, line_width);
}

TiersShape *
tiers_chart_layout_add_circle (TiersChartLayout *layout,
                               double            x,
                               double            y,
                               double            radius,
                               const TiersColor *fill,
                               const TiersColor *stroke,
                               double            line_width)
{
  TiersShape *shape = append_shape (layout, TIERS_SHAPE_CIRCLE, fill, stroke, line_width);

  shape->rect = (TiersRect) { x, y, radius, radius };
  return shape;
}

TiersShape *
tiers_chart_layout_add_flow (TiersChartLayout *layout,
                             const double      ends[6],
                             const TiersColor *fill)
{
  TiersShape *shape = append_shape (layout, TIERS_SHAPE_FLOW, fill, NULL, 0);

  shape->points = g_memdup2 (ends, 6 * sizeof (double));
  shape->n_points = 6;
  return shape;
}

/* Takes TOOLTIP. */
void
tiers_chart_layout_add_item (TiersChartLayout   *layout,
                             const TiersRect    *box,
                             TiersChartItemKind  kind,
                             int                 index,
                             int                 index2,
                             const char         *key,
                             char               *tooltip)
{
  TiersChartItem item = { *box, kind, index, index2, g_strdup (key), tooltip };

  g_array_append_val (layout->items, item);
}

/* A step of 1, 2 or 5 times a power of ten giving at most MAX_TICKS steps up to MAX. */
double
tiers_chart_nice_step (double   max,
                       guint    max_ticks,
                       gboolean integer)
{
  double raw, magnitude, step;

  if (max <= 0 || max_ticks == 0)
    return 1.0;
  raw = max / max_ticks;
  magnitude = pow (10.0, floor (log10 (raw)));
  if (raw <= magnitude)
    step = magnitude;
  else if (raw <= 2 * magnitude)
    step = 2 * magnitude;
  else if (raw <= 5 * magnitude)
    step = 5 * magnitude;
  else
    step = 10 * magnitude;
  if (integer && step < 1.0)
    step = 1.0;
  return step;
}

/* How many grid steps the plot's height holds without crowding its tick labels or the eye. */
guint
tiers_chart_layout_max_ticks (const TiersChartLayout *layout)
{
  return MAX (1u, (guint) (layout->plot.height / (layout->font_size * 4.0)));
}

/* Every how many slots a label of LABEL_WIDTH can stand without touching its neighbour. */
guint
tiers_chart_thin_step (double slot_width,
                       double label_width)
{
  if (slot_width <= 0)
    return G_MAXUINT;
  return MAX (1u, (guint) ceil ((label_width + 2 * LABEL_GAP + 4) / slot_width));
}

static char *
format_tick (double   value,
             gboolean percent)
{
  if (percent)
    return g_strdup_printf ("%.0f%%", value * 100.0);
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* The width the tick labels of a value axis need left of the plot. */
double
tiers_chart_layout_axis_width (TiersChartLayout *layout,
                               double            top,
                               double            step,
                               gboolean          percent)
{
  double widest = 0;

  for (double value = 0; value <= top + step / 2; value += step)
    {
      g_autofree char *text = format_tick (value, percent);

      widest = MAX (widest, tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL,
                                                        text, NULL));
    }
  return widest + layout->padding / 2;
}

double
tiers_chart_layout_value_y (const TiersChartLayout *layout,
                            double                  value,
                            double                  top)
{
  const TiersRect *plot = &layout->plot;

  if (top <= 0)
    return plot->y + plot->height;
  return plot->y + plot->height - value / top * plot->height;
}

/* Grid lines and tick labels for 0..TOP every STEP, left of the plot. */
void
tiers_chart_layout_add_value_axis (TiersChartLayout *layout,
                                   double            top,
                                   double            step,
                                   gboolean          percent)
{
  const TiersRect *plot = &layout->plot;

  for (double value = 0; value <= top + step / 2; value += step)
    {
      g_autofree char *text = format_tick (value, percent);
      double y = tiers_chart_layout_value_y (layout, value, top);

      tiers_chart_layout_add_line (layout, plot->x, y, plot->x + plot->width, y,
                                   value == 0 ? &layout->palette->axis : &layout->palette->grid,
                                   1.0);
      /* The zero sits on the axis rather than across it, clear of the labels below. */
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, text,
                                    plot->x - layout->padding / 2, y, 1.0,
                                    value == 0 ? 1.0 : 0.5, 0, &layout->palette->text_dim);
    }
}

/* TEXTS centred under N_TEXTS slots of width SLOT from X, at Y: when they do not all fit,
 * every second (third, ...) one, always keeping the last (the newest period) when KEEP_LAST,
 * else the first (the largest supplier). */
void
tiers_chart_layout_add_slot_labels (TiersChartLayout   *layout,
                                    const char * const *texts,
                                    guint               n_texts,
                                    double              x,
                                    double              slot,
                                    double              y,
                                    gboolean            keep_last)
{
  double widest = 0;
  guint step;

  for (guint i = 0; i < n_texts; i++)
    widest = MAX (widest, tiers_chart_layout_measure (layout, TIERS_CHART_TEXT_SMALL, texts[i],
                                                      NULL));
  /* Long names are ellipsised rather than thinning the axis to a few labels. */
  widest = MIN (widest, layout->font_size * 8);
  step = tiers_chart_thin_step (slot, widest);
  for (guint k = 0; k < n_texts; k += step)
    {
      guint i = keep_last ? n_texts - 1 - k : k;

      /* Ellipsised to the room between two shown labels, so neighbours never touch. */
      tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, texts[i],
                                    x + (i + 0.5) * slot, y, 0.5, 0.0,
                                    slot * step - 2 * LABEL_GAP - 4,
                                    &layout->palette->text_dim);
    }
}

/* The "no data" state: the title, and in the middle a sentence saying why and what to do. */
void
tiers_chart_layout_set_empty (TiersChartLayout *layout,
                              const char       *title,
                              const char       *reason)
{
  double top;

  g_array_set_size (layout->shapes, 0);
  g_array_set_size (layout->labels, 0);
  g_array_set_size (layout->items, 0);
  layout->empty = TRUE;

  top = tiers_chart_layout_add_title (layout, title);
  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_LABEL, _("No data"),
                                layout->canvas.width / 2,
                                (top + layout->canvas.height) / 2, 0.5, 1.0, 0,
                                &layout->palette->text);
  tiers_chart_layout_add_label (layout, TIERS_CHART_TEXT_SMALL, reason,
                                layout->canvas.width / 2,
                                (top + layout->canvas.height) / 2 + LABEL_GAP, 0.5, 0.0, 0,
                                &layout->palette->text_dim);
  g_free (layout->summary);
  layout->summary = g_strdup_printf ("%s. %s. %s", title, _("No data"), reason);
}

int
tiers_chart_layout_item_at (const TiersChartLayout *layout,
                            double                  x,
                            double                  y)
{
  g_return_val_if_fail (layout != NULL, -1);

  /* Later items are drawn on top, so they win. */
  for (guint i = layout->items->len; i > 0; i--)
    {
      const TiersChartItem *item = &g_array_index (layout->items, TiersChartItem, i - 1);

      if (x >= item->box.x && x < item->box.x + item->box.width
          && y >= item->box.y && y < item->box.y + item->box.height)
        return (int) i - 1;
    }
  return -1;
}

static void
trace_shape (const TiersShape *shape,
             cairo_t          *cr)
{
  switch (shape->kind)
    {
    case TIERS_SHAPE_RECT:
      cairo_rectangle (cr, shape->rect.x, shape->rect.y, shape->rect.width, shape->rect.height);
      break;
    case TIERS_SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, shape->rect.x, shape->rect.y, shape->rect.width, 0, 2 * G_PI);
      break;
    case TIERS_SHAPE_POLYLINE:
      for (guint i = 0; i + 1 < shape->n_points; i += 2)
        {
          if (i == 0)
            cairo_move_to (cr, shape->points[i], shape->points[i + 1]);
          else
            cairo_line_to (cr, shape->points[i], shape->points[i + 1]);
        }
      break;
    case TIERS_SHAPE_FLOW:
      {
        const double *p = shape->points;
        double middle = (p[0] + p[3]) / 2;

        cairo_move_to (cr, p[0], p[1]);
        cairo_curve_to (cr, middle, p[1], middle, p[4], p[3], p[4]);
        cairo_line_to (cr, p[3], p[5]);
        cairo_curve_to (cr, middle, p[5], middle, p[2], p[0], p[2]);
        cairo_close_path (cr);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
paint_shape (const TiersShape *shape,
             cairo_t          *cr)
{
  trace_shape (shape, cr);
  if (shape->has_fill)
    {
      tiers_color_set_source (&shape->fill, cr);
      if (shape->has_stroke)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (shape->has_stroke)
    {
      const double dash[] = { 4.0, 3.0 };

      cairo_set_dash (cr, dash, shape->dashed ? 2 : 0, 0);
      cairo_set_line_width (cr, shape->line_width);
      tiers_color_set_source (&shape->stroke, cr);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

void
tiers_chart_layout_paint (const TiersChartLayout *layout,
                          cairo_t                *cr)
{
  g_return_if_fail (layout != NULL && cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->canvas.width, layout->canvas.height);
  cairo_clip (cr);
  tiers_color_set_source (&layout->palette->background, cr);
  cairo_paint (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < layout->shapes->len; i++)
    paint_shape (&g_array_index (layout->shapes, TiersShape, i), cr);

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TiersChartLabel *label = &g_array_index (layout->labels, TiersChartLabel, i);

      tiers_color_set_source (&label->color, cr);
      cairo_move_to (cr, label->box.x, label->box.y);
      pango_cairo_show_layout (cr, label->layout);
    }
  cairo_restore (cr);
}

/* The keyboard highlight around ITEM, drawn over a painted layout. */
void
tiers_chart_layout_paint_focus (const TiersChartLayout *layout,
                                cairo_t                *cr,
                                int                     item)
{
  const TiersChartItem *focused;

  g_return_if_fail (layout != NULL && cr != NULL);
  if (item < 0 || (guint) item >= layout->items->len)
    return;

  focused = &g_array_index (layout->items, TiersChartItem, item);
  cairo_save (cr);
  cairo_set_line_width (cr, 2.0);
  tiers_color_set_source (&layout->palette->focus, cr);
  cairo_rectangle (cr, focused->box.x - 1, focused->box.y - 1,
                   focused->box.width + 2, focused->box.height + 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}
