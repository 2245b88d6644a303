/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-transitions.h: who moved between grades from one period to the next, as a
 * matrix (from-grade rows, to-grade columns) or as a flow between two columns of grades. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_TRANSITION_VIEW_MATRIX,
  TIERS_TRANSITION_VIEW_FLOW,
} TiersTransitionView;

typedef struct
{
  char  *period;
  char  *previous_period;
  char  *category;    /* NULL: every category */
  /* [grade in the previous period][grade in this one]; a supplier without an evaluation in
   * one of them counts as ungraded there */
  guint  counts[TIERS_PALETTE_N_GRADES][TIERS_PALETTE_N_GRADES];
} TiersTransitionData;

typedef struct
{
  TiersRect cells[TIERS_PALETTE_N_GRADES][TIERS_PALETTE_N_GRADES];  /* the matrix view */
  TiersRect from_nodes[TIERS_PALETTE_N_GRADES];                     /* the flow view */
  TiersRect to_nodes[TIERS_PALETTE_N_GRADES];
} TiersTransitionGeometry;

TiersTransitionData *tiers_transition_data_new  (const char                *period,
                                                 const char                *previous_period,
                                                 const char                *category);
void                 tiers_transition_data_free (TiersTransitionData       *data);
TiersChartLayout    *tiers_transition_chart_layout (const TiersTransitionData *data,
                                                    TiersTransitionView        view,
                                                    const TiersChartOptions   *options,
                                                    TiersTransitionGeometry   *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersTransitionData, tiers_transition_data_free)

G_END_DECLS
