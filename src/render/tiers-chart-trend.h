/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-trend.h: the share of each grade over the last periods of one kind, as stacked
 * bars, so a drift across the supply base shows at a glance. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char  *period;   /* the key a click reports: "2026-Q3" */
  char  *label;    /* what is shown: tiers_period_to_label () */
  guint  counts[TIERS_PALETTE_N_GRADES];
} TiersTrendPeriod;

typedef struct
{
  char   *category;   /* NULL: every category */
  GArray *periods;    /* of TiersTrendPeriod, oldest first */
} TiersTrendData;

/* Where the marks landed: segments[p * TIERS_PALETTE_N_GRADES + grade]. */
typedef struct
{
  GArray *segments;   /* of TiersRect */
} TiersTrendGeometry;

#define TIERS_TREND_DEFAULT_PERIODS 8

TiersTrendData   *tiers_trend_data_new          (const char           *category);
/* COUNTS: TIERS_PALETTE_N_GRADES of them, A to ungraded. */
void              tiers_trend_data_add_period   (TiersTrendData       *data,
                                                 const char           *period,
                                                 const guint          *counts);
void              tiers_trend_data_free         (TiersTrendData       *data);
TiersChartLayout *tiers_trend_chart_layout      (const TiersTrendData *data,
                                                 const TiersChartOptions *options,
                                                 TiersTrendGeometry   *geometry);
void              tiers_trend_geometry_clear    (TiersTrendGeometry   *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersTrendData, tiers_trend_data_free)

G_END_DECLS
