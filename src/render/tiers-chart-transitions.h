/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-transitions.h: who moved between grades from one period to the next, as a
 * matrix (from-grade rows, to-grade columns) or as a flow between two columns of grades. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_TRANSITION_VIEW_MATRIX,
  TIERS_TRANSITION_VIEW_FLOW,
} TiersTransitionView;

typedef struct
{
  TiersRect cells[TIERS_CHART_N_GRADES][TIERS_CHART_N_GRADES];  /* the matrix view */
  TiersRect from_nodes[TIERS_CHART_N_GRADES];                     /* the flow view */
  TiersRect to_nodes[TIERS_CHART_N_GRADES];
} TiersTransitionGeometry;

TiersChartLayout    *tiers_transition_chart_layout (const TiersTransitionData *data,
                                                    TiersTransitionView        view,
                                                    const TiersChartOptions   *options,
                                                    TiersTransitionGeometry   *geometry);

G_END_DECLS
