/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart.h: a chart of src/render as a widget: one final class with one mode per chart
 * (distribution, trend, transitions, history, profile, concentration, allocation). It lays
 * the chart out for its size and theme and keeps that layout until data, size or theme
 * change; tooltips come from the marks' hit boxes; clicking a mark, or Enter on the one
 * highlighted with the arrow keys, emits `selected`. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-chart-allocation.h"
#include "tiers-chart-concentration.h"
#include "tiers-chart-distribution.h"
#include "tiers-chart-history.h"
#include "tiers-chart-profile.h"
#include "tiers-chart-transitions.h"
#include "tiers-chart-trend.h"

G_BEGIN_DECLS

#define TIERS_TYPE_CHART (tiers_chart_get_type ())

G_DECLARE_FINAL_TYPE (TiersChart, tiers_chart, TIERS, CHART, GtkWidget)

GtkWidget              *tiers_chart_new                 (void);

/* Each setter takes DATA and switches the chart to that mode. */
void                    tiers_chart_set_distribution    (TiersChart             *self,
                                                         TiersDistributionData  *data);
void                    tiers_chart_set_trend           (TiersChart             *self,
                                                         TiersTrendData         *data);
void                    tiers_chart_set_transitions     (TiersChart             *self,
                                                         TiersTransitionData    *data);
void                    tiers_chart_set_history         (TiersChart             *self,
                                                         TiersHistoryData       *data);
void                    tiers_chart_set_profile         (TiersChart             *self,
                                                         TiersProfileData       *data);
void                    tiers_chart_set_concentration   (TiersChart             *self,
                                                         TiersConcentrationData *data);
void                    tiers_chart_set_allocation      (TiersChart             *self,
                                                         TiersAllocationData    *data);
void                    tiers_chart_clear               (TiersChart             *self);

TiersTransitionView     tiers_chart_get_transition_view (TiersChart             *self);
void                    tiers_chart_set_transition_view (TiersChart             *self,
                                                         TiersTransitionView     view);
const char             *tiers_chart_get_summary         (TiersChart             *self);
int                     tiers_chart_get_highlighted     (TiersChart             *self);

/* The layout for the current size and theme (laid out now if needed); NULL before the
 * widget has a size. */
const TiersChartLayout *tiers_chart_get_layout          (TiersChart             *self);
/* Selects the mark at (X, Y) in widget coordinates as a click does: highlights it and emits
 * `selected`. FALSE when no mark is there. */
gboolean                tiers_chart_select_at           (TiersChart             *self,
                                                         double                  x,
                                                         double                  y);

G_END_DECLS
