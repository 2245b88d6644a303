/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-history.h: one supplier's total score over the periods ending at a given one,
 * over the grade bands of the scheme. */
#pragma once

#include "tiers-chart-data.h"
#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  TiersRect bands[TIERS_CHART_N_LETTER_GRADES];  /* the zone of each grade */
  double    threshold_y[3];                         /* GradeA, GradeB, GradeC */
  GArray   *points;       /* of TiersRect per period: centre x, y; radius width (0: a gap) */
} TiersHistoryGeometry;

TiersChartLayout *tiers_history_chart_layout    (const TiersHistoryData  *data,
                                                 const TiersChartOptions *options,
                                                 TiersHistoryGeometry    *geometry);
void              tiers_history_geometry_clear  (TiersHistoryGeometry    *geometry);

G_END_DECLS
