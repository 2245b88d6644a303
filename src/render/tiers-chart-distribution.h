/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-distribution.h: how many suppliers hold each grade in one period, with the
 * previous period as a faint outline and the ungraded apart. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char     *period;                                    /* "2026-Q2" */
  char     *category;                                  /* NULL: every category */
  guint     counts[TIERS_PALETTE_N_GRADES];
  gboolean  has_previous;
  char     *previous_period;
  guint     previous_counts[TIERS_PALETTE_N_GRADES];
} TiersDistributionData;

/* Where the marks landed, for tests and printing. */
typedef struct
{
  TiersRect bars[TIERS_PALETTE_N_GRADES];
  TiersRect previous[TIERS_PALETTE_N_GRADES];
  double    top;                                       /* the count at the top of the plot */
} TiersDistributionGeometry;

TiersDistributionData *tiers_distribution_data_new  (const char                  *period,
                                                     const char                  *category);
void                   tiers_distribution_data_free (TiersDistributionData       *data);
TiersChartLayout      *tiers_distribution_chart_layout (const TiersDistributionData *data,
                                                        const TiersChartOptions     *options,
                                                        TiersDistributionGeometry   *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersDistributionData, tiers_distribution_data_free)

G_END_DECLS
