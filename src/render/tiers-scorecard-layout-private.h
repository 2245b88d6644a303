/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-layout-private.h: the page-filling machinery the scorecard's blocks share
 * (tiers-scorecard-layout.c) and the blocks themselves (tiers-scorecard-blocks.c). */
#pragma once

#include "tiers-scorecard-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_TEXT_TITLE,      /* the document's title */
  TIERS_TEXT_NAME,       /* the supplier's name */
  TIERS_TEXT_HEADING,    /* a section's heading */
  TIERS_TEXT_BODY,
  TIERS_TEXT_STRONG,     /* body, bold */
  TIERS_TEXT_SMALL,      /* notes, second lines of a cell, the footer */
  TIERS_TEXT_FIGURE,     /* the score */
  TIERS_TEXT_LETTER,     /* the grade's letter on its badge */
} TiersTextStyle;

/* A table's column: its share of the printable width and its alignment. */
typedef struct
{
  double share;
  double xalign;
} TiersColumn;

typedef struct
{
  TiersScorecardLayout *layout;
  TiersScorecardPage   *page;
  double                y;          /* where the next block starts */
  double                bottom;     /* the lowest y a block may reach: above the footer */
  const TiersPalette   *palette;
  guint                 tables;
  /* the table being filled, to repeat its header on a new page */
  const TiersColumn    *columns;
  guint                 n_columns;
  const char * const   *header;
} TiersPageFlow;

#define TIERS_SECTION_GAP 14.0
#define TIERS_CELL_PADDING 4.0

void         tiers_page_flow_init        (TiersPageFlow        *flow,
                                          TiersScorecardLayout *layout);
void         tiers_page_flow_new_page    (TiersPageFlow        *flow);
/* Starts a new page unless HEIGHT more fits on this one (a block taller than a page starts
 * on a page of its own and is cut by its own flow). */
void         tiers_page_flow_need        (TiersPageFlow        *flow,
                                          double                height);
PangoLayout *tiers_page_flow_text        (TiersPageFlow        *flow,
                                          TiersTextStyle        style,
                                          const char           *text,
                                          double                width,
                                          double                xalign,
                                          gboolean              one_line);
/* Places TEXT (already made) at X, Y in the current page; returns its height. */
double       tiers_page_flow_place       (TiersPageFlow        *flow,
                                          TiersScorecardPart    part,
                                          PangoLayout          *text,
                                          double                x,
                                          double                y,
                                          const TiersColor     *color);
/* A paragraph the width of the page at the flow's y, split over pages by lines. */
void         tiers_page_flow_paragraph   (TiersPageFlow        *flow,
                                          TiersTextStyle        style,
                                          const char           *text,
                                          const TiersColor     *color);
void         tiers_page_flow_heading     (TiersPageFlow        *flow,
                                          const char           *text,
                                          double                keep_with);
void         tiers_page_flow_rule        (TiersPageFlow        *flow,
                                          double                x0,
                                          double                x1,
                                          double                y,
                                          const TiersColor     *color,
                                          double                width);
void         tiers_page_flow_box         (TiersPageFlow        *flow,
                                          const TiersRect      *box,
                                          const TiersColor     *fill,
                                          const TiersColor     *stroke,
                                          double                line_width);
void         tiers_page_flow_chart       (TiersPageFlow        *flow,
                                          const TiersRect      *box,
                                          TiersChartLayout     *chart);
/* A table: a header row, then rows of cells (each cell a main line and an optional second,
 * smaller line); a row that does not fit goes to the next page under the header again. */
void         tiers_page_flow_table_begin (TiersPageFlow        *flow,
                                          const TiersColumn    *columns,
                                          guint                 n_columns,
                                          const char * const   *header);
void         tiers_page_flow_table_row   (TiersPageFlow        *flow,
                                          const char * const   *cells,
                                          const char * const   *second_lines,
                                          gboolean              strong);
void         tiers_page_flow_table_end   (TiersPageFlow        *flow);

/* The blocks, top to bottom (tiers-scorecard-blocks.c). */
void         tiers_scorecard_lay_out_blocks (TiersPageFlow                *flow,
                                             const TiersScorecardDocument *document);

G_END_DECLS
