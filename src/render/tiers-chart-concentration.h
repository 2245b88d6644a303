/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-concentration.h: how a category's spend (unit_price x received_qty) divides
 * among its suppliers: sorted bars in tier colours under the cumulative share. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char              *code;
  char              *name;
  double             spend;
  TiersPaletteGrade  grade;
} TiersSpendShare;

typedef struct
{
  char   *category;
  char   *period;
  GArray *suppliers;    /* of TiersSpendShare, in any order */
} TiersConcentrationData;

/* More suppliers than this are summed into one bar "N others", so bars stay readable. */
#define TIERS_CONCENTRATION_MAX_BARS 20

typedef struct
{
  GArray *bars;         /* of TiersRect, largest share first */
  GArray *order;        /* of int: the supplier behind each bar, -1 for the others */
  GArray *cumulative;   /* of double: x, y pairs of the cumulative line */
  double  top;          /* the share at the top of the left axis, 0..1 */
} TiersConcentrationGeometry;

TiersConcentrationData *tiers_concentration_data_new     (const char *category,
                                                          const char *period);
void                    tiers_concentration_data_add     (TiersConcentrationData *data,
                                                          const char             *code,
                                                          const char             *name,
                                                          double                  spend,
                                                          TiersPaletteGrade       grade);
void                    tiers_concentration_data_free    (TiersConcentrationData *data);
TiersChartLayout       *tiers_concentration_chart_layout (const TiersConcentrationData *data,
                                                          const TiersChartOptions      *options,
                                                          TiersConcentrationGeometry   *geometry);
void                    tiers_concentration_geometry_clear (TiersConcentrationGeometry *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersConcentrationData, tiers_concentration_data_free)

G_END_DECLS
