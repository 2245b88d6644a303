/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-allocation.h: how each category's spend divides among the tiers now, and the
 * advisory shift the rule of docs/grading.md ("Allocation") suggests: part of the C share
 * and all of the D share moved to the category's A and B suppliers, in proportion to their
 * shares. Pure: computed from the supply risk's shares (tiers-supply-risk.h), so both read
 * the same grades and spend. */
#pragma once

#include <glib.h>

#include "tiers-chart-grade.h"
#include "tiers-supply-risk.h"

G_BEGIN_DECLS

/* The part of the C and of the D share the rule moves to A and B. */
#define TIERS_ALLOCATION_SHIFT_C 0.5
#define TIERS_ALLOCATION_SHIFT_D 1.0

typedef struct
{
  char     *category;
  double    spend;
  double    now[TIERS_CHART_N_GRADES];        /* shares A, B, C, D, ungraded; sum 1 */
  double    suggested[TIERS_CHART_N_GRADES];  /* after the shift */
  gboolean  can_shift;                        /* A or B suppliers with spend exist */
} TiersCategoryAllocation;

typedef struct
{
  char   *period;       /* its label, "2026-Q3" */
  GArray *categories;   /* of TiersCategoryAllocation, largest spend first, then by name */
} TiersAllocationData;

/* The rule on one category's shares by tier (NOW, A to ungraded, summing to 1): fills
 * SUGGESTED and returns whether anything could move (A or B hold a share). */
gboolean             tiers_allocation_suggest  (const double               now[TIERS_CHART_N_GRADES],
                                                double                     suggested[TIERS_CHART_N_GRADES]);
/* An allocation without categories; _add appends CATEGORY with its shares by tier NOW and
 * fills the suggested ones by the rule (keep the largest spend first yourself). */
TiersAllocationData *tiers_allocation_data_new (const char                *period);
void                 tiers_allocation_data_add (TiersAllocationData       *data,
                                                const char                *category,
                                                double                     spend,
                                                const double               now[TIERS_CHART_N_GRADES]);
/* Every category of RISK, or only CATEGORY when not NULL (none when it had no spend). */
TiersAllocationData *tiers_allocation_new      (const char                *period,
                                                const TiersSupplyRisk     *risk,
                                                const char                *category);
void                 tiers_allocation_free     (TiersAllocationData       *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersAllocationData, tiers_allocation_free)

G_END_DECLS
