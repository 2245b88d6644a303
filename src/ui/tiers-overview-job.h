/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-overview-job.h: reading the overview's charts in a worker thread on its own
 * connection: the distribution, the transitions, every supplier's spend in the period with
 * the categories by spend (the page draws a category's concentration from them), and the
 * trend of the last periods. The selected period and the one
 * before are the session's to evaluate; the trend's older periods that hold data but were
 * never evaluated are evaluated here, oldest first. */
#pragma once

#include <gio/gio.h>

#include "tiers-chart-distribution.h"
#include "tiers-chart-transitions.h"
#include "tiers-chart-trend.h"
#include "tiers-period.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_OVERVIEW_PART_SUMMARY = 1 << 0,  /* distribution, transitions, spend, categories */
  TIERS_OVERVIEW_PART_TREND   = 1 << 1,
} TiersOverviewParts;

/* Each part asked for is set; the others are NULL. */
typedef struct
{
  TiersDistributionData  *distribution;
  TiersTrendData         *trend;
  TiersTransitionData    *transitions;
  GPtrArray              *details;        /* of TiersSupplierDetails, by code */
  GPtrArray              *categories;     /* of char *, largest spend first */
} TiersOverviewCharts;

void                 tiers_overview_charts_free   (TiersOverviewCharts *charts);

void                 tiers_overview_job_run_async (const char          *database_path,
                                                   const TiersPeriod   *period,
                                                   TiersOverviewParts   parts,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
TiersOverviewCharts *tiers_overview_job_finish    (GAsyncResult        *result,
                                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersOverviewCharts, tiers_overview_charts_free)

G_END_DECLS
