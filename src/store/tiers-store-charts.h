/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-charts.h: the plain data of each chart (src/render) assembled from the stored
 * evaluations. With TIERS_CHART_EVALUATE, a period that holds data but has not been
 * evaluated yet is evaluated and stored first, oldest first, so smoothing stays consistent;
 * a period without any data counts as not evaluated. */
#pragma once

#include <glib.h>

#include "tiers-chart-concentration.h"
#include "tiers-chart-distribution.h"
#include "tiers-chart-history.h"
#include "tiers-chart-profile.h"
#include "tiers-chart-transitions.h"
#include "tiers-chart-trend.h"
#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_CHART_READ_ONLY = 0,
  TIERS_CHART_EVALUATE  = 1 << 0,
} TiersChartFlags;

/* CATEGORY NULL means every category. */
TiersDistributionData  *tiers_store_chart_distribution  (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         const char        *category,
                                                         TiersChartFlags    flags,
                                                         GError           **error);
/* The N_PERIODS periods of PERIOD's kind ending at PERIOD. */
TiersTrendData         *tiers_store_chart_trend         (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         guint              n_periods,
                                                         const char        *category,
                                                         TiersChartFlags    flags,
                                                         GError           **error);
TiersTransitionData    *tiers_store_chart_transitions   (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         const char        *category,
                                                         TiersChartFlags    flags,
                                                         GError           **error);
TiersHistoryData       *tiers_store_chart_history       (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         guint              n_periods,
                                                         const char        *supplier_code,
                                                         TiersChartFlags    flags,
                                                         GError           **error);
TiersProfileData       *tiers_store_chart_profile       (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         const char        *supplier_code,
                                                         TiersChartFlags    flags,
                                                         GError           **error);
TiersConcentrationData *tiers_store_chart_concentration (TiersStore        *store,
                                                         const TiersPeriod *period,
                                                         const char        *category,
                                                         TiersChartFlags    flags,
                                                         GError           **error);

G_END_DECLS
