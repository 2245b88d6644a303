/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-layout.h: the printed scorecard laid out on pages: every text, rule, box
 * and chart placed in page coordinates (points), without drawing, so tests check the
 * geometry (nothing overlaps, nothing leaves the printable area, a long table continues on
 * the next page under its header repeated); painting a page onto any cairo_t (a PDF
 * surface, a GtkPrintContext) is then the same for every target. A4 and Letter, portrait. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "tiers-chart-layout.h"
#include "tiers-scorecard-document.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_PAPER_A4,
  TIERS_PAPER_LETTER,
} TiersPaper;

/* A page in points (1/72 inch), portrait, with its margins. */
typedef struct
{
  double width;
  double height;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
} TiersPageFormat;

void     tiers_page_format_init   (TiersPageFormat *format,
                                   TiersPaper       paper);
/* "a4" or "letter" (any case); FALSE for anything else. */
gboolean tiers_paper_parse        (const char      *text,
                                   TiersPaper      *paper);

/* What an element is, so tests find the table header and the footer. */
typedef enum
{
  TIERS_SCORECARD_PART_TEXT,
  TIERS_SCORECARD_PART_RULE,
  TIERS_SCORECARD_PART_BOX,
  TIERS_SCORECARD_PART_CHART,
  TIERS_SCORECARD_PART_TABLE_HEADER,   /* a cell of a table's header row */
  TIERS_SCORECARD_PART_TABLE_CELL,
  TIERS_SCORECARD_PART_FOOTER,
} TiersScorecardPart;

typedef struct
{
  TiersScorecardPart  part;
  TiersRect           box;       /* page coordinates; a text's logical extents */
  double              x;         /* where a text's layout is painted from */
  double              y;
  PangoLayout        *text;      /* text elements, else NULL */
  TiersChartLayout   *chart;     /* charts, laid out at the box's size, else NULL */
  gboolean            has_fill;
  TiersColor          fill;      /* a box's fill, a text's colour */
  gboolean            has_stroke;
  TiersColor          stroke;    /* a rule's or a box's line */
  double              line_width;
  guint               table;     /* which table a header or cell belongs to, from 1 */
} TiersScorecardElement;

typedef struct
{
  GArray *elements;   /* of TiersScorecardElement, painted in order */
} TiersScorecardPage;

typedef struct
{
  TiersPageFormat  format;
  TiersRect        printable;   /* inside the margins: every element lies within */
  PangoContext    *context;
  gboolean         chinese;
  GPtrArray       *pages;       /* of TiersScorecardPage */
} TiersScorecardLayout;

/* Lays DOCUMENT out in its language (tiers-i18n.h) on pages of FORMAT. */
TiersScorecardLayout *tiers_scorecard_layout_new        (const TiersScorecardDocument *document,
                                                         const TiersPageFormat        *format);
void                  tiers_scorecard_layout_free       (TiersScorecardLayout         *layout);
guint                 tiers_scorecard_layout_n_pages    (const TiersScorecardLayout   *layout);
/* Paints page INDEX with the page's top left corner at the origin of CR, in points. */
void                  tiers_scorecard_layout_paint_page (const TiersScorecardLayout   *layout,
                                                         guint                         index,
                                                         cairo_t                      *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersScorecardLayout, tiers_scorecard_layout_free)

G_END_DECLS
