/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-layout.h: what every chart is made of once laid out: a display list of shapes
 * and labels in canvas coordinates, the hit boxes of its marks, and a summary in words. A
 * chart's layout function fills one from plain data without drawing; painting it onto any
 * cairo_t (screen, page, PDF, SVG, PNG) is the same for every chart. Text goes through Pango
 * with the chart's language set, so Chinese renders with Chinese glyph shapes. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "tiers-palette.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} TiersRect;

typedef struct
{
  double      width;      /* the canvas, in cairo units (pixels, or points on a page) */
  double      height;
  gboolean    dark;
  const char *language;   /* "en", "zh_CN", ...; NULL for the user's language */
} TiersChartOptions;

typedef enum
{
  TIERS_CHART_TEXT_TITLE,
  TIERS_CHART_TEXT_LABEL,
  TIERS_CHART_TEXT_SMALL,
  TIERS_CHART_TEXT_MARK,     /* a grade letter or value on a mark: bold */
} TiersChartTextRole;

typedef enum
{
  TIERS_SHAPE_RECT,          /* rect */
  TIERS_SHAPE_POLYLINE,      /* points: x, y pairs */
  TIERS_SHAPE_CIRCLE,        /* centre rect.x, rect.y; radius rect.width */
  TIERS_SHAPE_FLOW,          /* points: x0, top0, bottom0, x1, top1, bottom1: a curved band */
} TiersShapeKind;

typedef struct
{
  TiersShapeKind kind;
  TiersRect      rect;
  double        *points;
  guint          n_points;   /* doubles in points */
  gboolean       has_fill;
  TiersColor     fill;
  gboolean       has_stroke;
  TiersColor     stroke;
  double         line_width;
  gboolean       dashed;
} TiersShape;

typedef struct
{
  TiersRect    box;          /* the text's logical extents, inside the canvas */
  PangoLayout *layout;
  TiersColor   color;
} TiersChartLabel;

/* What a mark stands for: the argument of a click and the text of a tooltip. */
typedef enum
{
  TIERS_CHART_ITEM_GRADE,       /* index: the grade */
  TIERS_CHART_ITEM_TRANSITION,  /* index: from-grade, index2: to-grade */
  TIERS_CHART_ITEM_PERIOD,      /* index: the period's position, index2: a grade or -1 */
  TIERS_CHART_ITEM_DIMENSION,   /* index: the dimension's position */
  TIERS_CHART_ITEM_SUPPLIER,    /* index: the supplier's position; key: its code */
  TIERS_CHART_ITEM_CATEGORY,    /* index: a grade, index2: the category's position; key: the
                                 * category */
} TiersChartItemKind;

typedef struct
{
  TiersRect           box;
  TiersChartItemKind  kind;
  int                 index;
  int                 index2;
  char               *key;      /* grade letter, period, dimension or supplier code */
  char               *tooltip;
} TiersChartItem;

typedef struct
{
  TiersChartOptions    options;
  const TiersPalette  *palette;
  PangoContext        *context;
  double               font_size;  /* of TIERS_CHART_TEXT_LABEL, grows with the canvas */
  double               padding;
  TiersRect            canvas;
  TiersRect            plot;       /* the area inside the axes */
  GArray              *shapes;     /* of TiersShape, painted in order */
  GArray              *labels;     /* of TiersChartLabel, painted over the shapes */
  GArray              *items;      /* of TiersChartItem, in reading order */
  gboolean             empty;      /* nothing to show: the "no data" state */
  char                *summary;    /* what the chart shows, in words */
  char                *language_storage;
} TiersChartLayout;

typedef struct
{
  TiersColor  fill;
  gboolean    outline;      /* drawn as an outline instead of filled */
  const char *text;
} TiersLegendEntry;

TiersChartLayout *tiers_chart_layout_new        (const TiersChartOptions *options);
void              tiers_chart_layout_free       (TiersChartLayout        *layout);

double      tiers_chart_layout_measure          (TiersChartLayout   *layout,
                                                 TiersChartTextRole  role,
                                                 const char         *text,
                                                 double             *height);
gboolean    tiers_chart_layout_add_label        (TiersChartLayout   *layout,
                                                 TiersChartTextRole  role,
                                                 const char         *text,
                                                 double              x,
                                                 double              y,
                                                 double              xalign,
                                                 double              yalign,
                                                 double              max_width,
                                                 const TiersColor   *color);
double      tiers_chart_layout_add_title        (TiersChartLayout   *layout,
                                                 const char         *title);
double      tiers_chart_layout_add_legend       (TiersChartLayout   *layout,
                                                 double              y,
                                                 const TiersLegendEntry *entries,
                                                 guint               n_entries);
TiersShape *tiers_chart_layout_add_rect         (TiersChartLayout   *layout,
                                                 const TiersRect    *rect,
                                                 const TiersColor   *fill,
                                                 const TiersColor   *stroke,
                                                 double              line_width);
TiersShape *tiers_chart_layout_add_line         (TiersChartLayout   *layout,
                                                 double              x0,
                                                 double              y0,
                                                 double              x1,
                                                 double              y1,
                                                 const TiersColor   *stroke,
                                                 double              line_width);
TiersShape *tiers_chart_layout_add_polyline     (TiersChartLayout   *layout,
                                                 const double       *points,
                                                 guint               n_points,
                                                 const TiersColor   *stroke,
                                                 double              line_width);
TiersShape *tiers_chart_layout_add_circle       (TiersChartLayout   *layout,
                                                 double              x,
                                                 double              y,
                                                 double              radius,
                                                 const TiersColor   *fill,
                                                 const TiersColor   *stroke,
                                                 double              line_width);
TiersShape *tiers_chart_layout_add_flow         (TiersChartLayout   *layout,
                                                 const double        ends[6],
                                                 const TiersColor   *fill);
void        tiers_chart_layout_add_item         (TiersChartLayout   *layout,
                                                 const TiersRect    *box,
                                                 TiersChartItemKind  kind,
                                                 int                 index,
                                                 int                 index2,
                                                 const char         *key,
                                                 char               *tooltip);
void        tiers_chart_layout_add_value_axis   (TiersChartLayout   *layout,
                                                 double              top,
                                                 double              step,
                                                 gboolean            percent);
double      tiers_chart_layout_value_y          (const TiersChartLayout *layout,
                                                 double              value,
                                                 double              top);
double      tiers_chart_layout_axis_width       (TiersChartLayout   *layout,
                                                 double              top,
                                                 double              step,
                                                 gboolean            percent);
void        tiers_chart_layout_add_slot_labels  (TiersChartLayout   *layout,
                                                 const char * const *texts,
                                                 guint               n_texts,
                                                 double              x,
                                                 double              slot,
                                                 double              y,
                                                 gboolean            keep_last);
void        tiers_chart_layout_set_empty        (TiersChartLayout   *layout,
                                                 const char         *title,
                                                 const char         *reason);

double      tiers_chart_nice_step               (double              max,
                                                 guint               max_ticks,
                                                 gboolean            integer);
guint       tiers_chart_layout_max_ticks        (const TiersChartLayout *layout);
guint       tiers_chart_thin_step               (double              slot_width,
                                                 double              label_width);

int         tiers_chart_layout_item_at          (const TiersChartLayout *layout,
                                                 double              x,
                                                 double              y);
void        tiers_chart_layout_paint            (const TiersChartLayout *layout,
                                                 cairo_t            *cr);
void        tiers_chart_layout_paint_focus      (const TiersChartLayout *layout,
                                                 cairo_t            *cr,
                                                 int                 item);

gboolean    tiers_rect_intersects               (const TiersRect    *a,
                                                 const TiersRect    *b);
gboolean    tiers_rect_contains_rect            (const TiersRect    *outer,
                                                 const TiersRect    *inner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersChartLayout, tiers_chart_layout_free)

G_END_DECLS
