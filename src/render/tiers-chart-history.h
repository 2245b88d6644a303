/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-history.h: one supplier's total score over the periods ending at a given one,
 * over the grade bands of the scheme. */
#pragma once

#include "tiers-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  char              *period;
  gboolean           has_score;     /* FALSE: not evaluated, or ungraded: a gap */
  double             score;         /* 0..100 */
  TiersPaletteGrade  grade;
  gboolean           provisional;
} TiersHistoryPoint;

typedef struct
{
  char   *supplier;     /* "CODE Name", as the user knows it */
  double  grade_a;      /* the scheme's thresholds, GradeA > GradeB > GradeC */
  double  grade_b;
  double  grade_c;
  GArray *points;       /* of TiersHistoryPoint, oldest first */
} TiersHistoryData;

typedef struct
{
  TiersRect bands[TIERS_PALETTE_N_LETTER_GRADES];  /* the zone of each grade */
  double    threshold_y[3];                         /* GradeA, GradeB, GradeC */
  GArray   *points;       /* of TiersRect per period: centre x, y; radius width (0: a gap) */
} TiersHistoryGeometry;

TiersHistoryData *tiers_history_data_new        (const char              *supplier,
                                                 double                   grade_a,
                                                 double                   grade_b,
                                                 double                   grade_c);
void              tiers_history_data_add_point  (TiersHistoryData        *data,
                                                 const char              *period,
                                                 gboolean                 has_score,
                                                 double                   score,
                                                 TiersPaletteGrade        grade,
                                                 gboolean                 provisional);
void              tiers_history_data_free       (TiersHistoryData        *data);
TiersChartLayout *tiers_history_chart_layout    (const TiersHistoryData  *data,
                                                 const TiersChartOptions *options,
                                                 TiersHistoryGeometry    *geometry);
void              tiers_history_geometry_clear  (TiersHistoryGeometry    *geometry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersHistoryData, tiers_history_data_free)

G_END_DECLS
