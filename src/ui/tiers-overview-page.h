/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-overview-page.h: the Overview page: for the session's period the counts of each grade,
 * the ungraded and the provisional, the grade distribution against the previous period, the
 * distribution over the last periods of its kind, the transitions from the previous period
 * and a category's spend concentration, then the supply risk (tiers-risk-view.h). Clicking a
 * count, bar, cell or flagged supplier emits "show-suppliers" with the matching filter (a
 * TiersSupplierFilter *, valid during the emission). */
#pragma once

#include <gtk/gtk.h>

#include "tiers-chart.h"
#include "tiers-risk-view.h"
#include "tiers-session.h"
#include "tiers-suppliers-page.h"

G_BEGIN_DECLS

#define TIERS_TYPE_OVERVIEW_PAGE (tiers_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (TiersOverviewPage, tiers_overview_page, TIERS, OVERVIEW_PAGE, GtkWidget)

typedef enum
{
  TIERS_OVERVIEW_CHART_DISTRIBUTION,
  TIERS_OVERVIEW_CHART_TREND,
  TIERS_OVERVIEW_CHART_TRANSITIONS,
  TIERS_OVERVIEW_CHART_CONCENTRATION,
} TiersOverviewChart;

GtkWidget    *tiers_overview_page_new          (TiersSession       *session);
/* Property "session". */
TiersSession *tiers_overview_page_get_session  (TiersOverviewPage  *self);
void          tiers_overview_page_set_session  (TiersOverviewPage  *self,
                                                TiersSession       *session);
/* The count shown for GRADE (TIERS_GRADE_NONE: the ungraded), and for the provisional. */
guint         tiers_overview_page_get_count    (TiersOverviewPage  *self,
                                                TiersGrade          grade);
guint         tiers_overview_page_get_provisional (TiersOverviewPage *self);
TiersChart   *tiers_overview_page_get_chart    (TiersOverviewPage  *self,
                                                TiersOverviewChart  chart);
TiersRiskView *tiers_overview_page_get_risk_view (TiersOverviewPage *self);
/* Property "loading": the charts are being read in the background. */
gboolean      tiers_overview_page_get_loading  (TiersOverviewPage  *self);
/* The page shows an evaluation's counts (not its empty state). */
gboolean      tiers_overview_page_shows_counts (TiersOverviewPage  *self);
/* The category of the concentration chart; NULL until the charts have loaded. Setting it
 * reloads that chart. */
const char   *tiers_overview_page_get_category (TiersOverviewPage  *self);
void          tiers_overview_page_set_category (TiersOverviewPage  *self,
                                                const char         *category);

G_END_DECLS
