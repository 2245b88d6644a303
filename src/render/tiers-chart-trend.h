/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-trend.h: the share of each grade over the last periods of one kind, as stacked
 * bars, so a drift across the supply base shows at a glance. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

/* Where the marks landed: segments[p * TIERS_CHART_N_GRADES + grade]. */
typedef struct
{
  GArray *segments;   /* of TiersRect */
} TiersTrendGeometry;

TiersChartLayout *tiers_trend_chart_layout      (const TiersTrendData *data,
                                                 const TiersChartOptions *options,
                                                 TiersTrendGeometry   *geometry);
void              tiers_trend_geometry_clear    (TiersTrendGeometry   *geometry);

G_END_DECLS
