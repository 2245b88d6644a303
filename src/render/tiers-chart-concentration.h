/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-concentration.h: how a category's spend (unit_price x received_qty) divides
 * among its suppliers: sorted bars in tier colours under the cumulative share. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

/* More suppliers than this are summed into one bar "N others", so bars stay readable. */
#define TIERS_CONCENTRATION_MAX_BARS 20

typedef struct
{
  GArray *bars;         /* of TiersRect, largest share first */
  GArray *order;        /* of int: the supplier behind each bar, -1 for the others */
  GArray *cumulative;   /* of double: x, y pairs of the cumulative line */
  double  top;          /* the share at the top of the left axis, 0..1 */
} TiersConcentrationGeometry;

TiersChartLayout       *tiers_concentration_chart_layout (const TiersConcentrationData *data,
                                                          const TiersChartOptions      *options,
                                                          TiersConcentrationGeometry   *geometry);
void                    tiers_concentration_geometry_clear (TiersConcentrationGeometry *geometry);

G_END_DECLS
