/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-palette.h: the one palette of Supplier Tiers: grade colours and the neutral colours of
 * charts and scorecards, for light and dark backgrounds. The grade colours come from the
 * Okabe-Ito set (safe for the common colour-vision deficiencies) and differ in lightness, so
 * they stay apart in greyscale print; every grade is still drawn with its letter. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "tiers-chart-grade.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} TiersColor;

typedef struct
{
  TiersColor grade[TIERS_CHART_N_GRADES];     /* the fill of a grade's mark */
  TiersColor on_grade[TIERS_CHART_N_GRADES];  /* text drawn on that fill */
  TiersColor background;
  TiersColor text;
  TiersColor text_dim;       /* axis labels, notes */
  TiersColor grid;           /* grid lines and quiet cells */
  TiersColor axis;
  TiersColor previous;       /* the outline of an earlier period */
  TiersColor upgrade;        /* a supplier that moved to a better grade */
  TiersColor downgrade;      /* a supplier that moved to a worse grade */
  TiersColor focus;          /* the keyboard highlight */
} TiersPalette;

const TiersPalette *tiers_palette_get              (gboolean           dark);
TiersColor          tiers_color_with_alpha         (const TiersColor  *color,
                                                    double             alpha);
TiersColor          tiers_color_mix                (const TiersColor  *color,
                                                    const TiersColor  *other,
                                                    double             amount);
char               *tiers_color_to_css             (const TiersColor  *color);
void                tiers_color_set_source         (const TiersColor  *color,
                                                    cairo_t           *cr);

G_END_DECLS
