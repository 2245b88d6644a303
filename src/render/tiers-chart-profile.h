/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-profile.h: one supplier's score per dimension (quality, price, delivery,
 * service) against the average of its category, as horizontal bars. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  GArray *bars;        /* of TiersRect per dimension: the supplier's bar (width 0: no score) */
  GArray *averages;    /* of double per dimension: x of the average's marker, or -1 */
} TiersProfileGeometry;

TiersChartLayout *tiers_profile_chart_layout       (const TiersProfileData  *data,
                                                    const TiersChartOptions *options,
                                                    TiersProfileGeometry    *geometry);
void              tiers_profile_geometry_clear     (TiersProfileGeometry    *geometry);

G_END_DECLS
