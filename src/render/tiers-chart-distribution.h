/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-distribution.h: how many suppliers hold each grade in one period, with the
 * previous period as a faint outline and the ungraded apart. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

/* Where the marks landed, for tests and printing. */
typedef struct
{
  TiersRect bars[TIERS_CHART_N_GRADES];
  TiersRect previous[TIERS_CHART_N_GRADES];
  double    top;                                       /* the count at the top of the plot */
} TiersDistributionGeometry;

TiersChartLayout      *tiers_distribution_chart_layout (const TiersDistributionData *data,
                                                        const TiersChartOptions     *options,
                                                        TiersDistributionGeometry   *geometry);

G_END_DECLS
