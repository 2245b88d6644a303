/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-risk-view.h: the Overview's "Supply Risk" section for the session's period: every
 * category with spend, highest concentration first, with its band, HHI, largest supplier and
 * share, whether it is a single source, and the flagged suppliers as buttons that open their
 * scorecards; beside it the allocation chart (spend by grade now and suggested). The share
 * above which a supplier is flagged follows the `risk-share-threshold` setting. Clicking a
 * flagged supplier or a segment of the chart emits "show-suppliers" with the matching
 * TiersSupplierFilter * (valid during the emission). */
#pragma once

#include <gtk/gtk.h>

#include "tiers-chart.h"
#include "tiers-session.h"
#include "tiers-supply-risk.h"

G_BEGIN_DECLS

#define TIERS_TYPE_RISK_VIEW (tiers_risk_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersRiskView, tiers_risk_view, TIERS, RISK_VIEW, GtkWidget)

GtkWidget             *tiers_risk_view_new           (TiersSession  *session);
/* Property "session". */
void                   tiers_risk_view_set_session   (TiersRiskView *self,
                                                      TiersSession  *session);
/* Property "threshold": the share (0..1) above which a supplier may be flagged; bound to
 * the `risk-share-threshold` setting. */
double                 tiers_risk_view_get_threshold (TiersRiskView *self);
void                   tiers_risk_view_set_threshold (TiersRiskView *self,
                                                      double         threshold);
/* What the list shows; NULL until the period's details are read. Property "risk". */
const TiersSupplyRisk *tiers_risk_view_get_risk      (TiersRiskView *self);
/* The rows of the list, one per category in the order shown. */
GtkListBox            *tiers_risk_view_get_list      (TiersRiskView *self);
TiersChart            *tiers_risk_view_get_allocation_chart (TiersRiskView *self);

G_END_DECLS
