/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-chart-draw.c: the module `chart` loads to lay out one chart of the stored
 * grades and export it; the only part of supplier-tiers-cli that needs Cairo and Pango. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <gmodule.h>

#include "tiers-cli-chart-draw.h"
#include "tiers-store-charts.h"

static TiersChartLayout *
lay_out (TiersStore              *store,
         const TiersPeriod       *period,
         const TiersChartRequest *request,
         const TiersChartOptions *options,
         GError                 **error)
{
  const char *kind = request->kind;
  const TiersChartFlags flags = TIERS_CHART_EVALUATE;

#define LAY_OUT(type, data_expression, layout_call) \
  G_STMT_START { \
    g_autoptr (type) data = data_expression; \
    return data ? layout_call : NULL; \
  } G_STMT_END

  if (g_str_equal (kind, "distribution"))
    LAY_OUT (TiersDistributionData,
             tiers_store_chart_distribution (store, period, request->category, flags, error),
             tiers_distribution_chart_layout (data, options, NULL));
  if (g_str_equal (kind, "distribution-trend"))
    LAY_OUT (TiersTrendData,
             tiers_store_chart_trend (store, period, request->periods, request->category, flags,
                                      error),
             tiers_trend_chart_layout (data, options, NULL));
  if (g_str_equal (kind, "transitions"))
    LAY_OUT (TiersTransitionData,
             tiers_store_chart_transitions (store, period, request->category, flags, error),
             tiers_transition_chart_layout (data, request->flow ? TIERS_TRANSITION_VIEW_FLOW
                                            : TIERS_TRANSITION_VIEW_MATRIX, options, NULL));
  if (g_str_equal (kind, "history"))
    LAY_OUT (TiersHistoryData,
             tiers_store_chart_history (store, period, request->periods, request->supplier,
                                        flags, error),
             tiers_history_chart_layout (data, options, NULL));
  if (g_str_equal (kind, "profile"))
    LAY_OUT (TiersProfileData,
             tiers_store_chart_profile (store, period, request->supplier, flags, error),
             tiers_profile_chart_layout (data, options, NULL));
  LAY_OUT (TiersConcentrationData,
           tiers_store_chart_concentration (store, period, request->category, flags, error),
           tiers_concentration_chart_layout (data, options, NULL));
#undef LAY_OUT
}

gboolean
tiers_cli_chart_draw (TiersStore              *store,
                      const TiersPeriod       *period,
                      const TiersChartRequest *request,
                      TiersChartFormat         format,
                      const char              *path,
                      GError                 **error)
{
  TiersChartOptions options = { request->width, request->height, request->dark,
                                request->language };
  g_autoptr(TiersChartLayout) layout = lay_out (store, period, request, &options, error);

  return layout != NULL && tiers_chart_layout_export (layout, format, path, error);
}
