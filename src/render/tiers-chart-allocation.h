/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-allocation.h: each category's spend by grade now and the share the allocation
 * rule suggests (tiers-allocation.h), as two 100 % bars per category: the one of now filled,
 * the suggested one beneath it lighter and outlined. */
#pragma once

#include "tiers-allocation.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  /* Of TiersRect: TIERS_CHART_N_GRADES per category shown, A to ungraded, in the data's
   * order; a grade without share has width 0. */
  GArray *now;
  GArray *suggested;   /* all of width 0 for a category where nothing can move */
  guint   n_shown;     /* categories drawn: the first ones, when not all fit */
} TiersAllocationGeometry;

TiersChartLayout *tiers_allocation_chart_layout   (const TiersAllocationData *data,
                                                   const TiersChartOptions   *options,
                                                   TiersAllocationGeometry   *geometry);
void              tiers_allocation_geometry_clear (TiersAllocationGeometry   *geometry);

G_END_DECLS
