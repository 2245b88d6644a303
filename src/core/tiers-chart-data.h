/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-data.h: the facts each chart and the scorecard show, as plain data: domain
 * results that tiers-chart-facts.h computes from evaluations, that src/render draws and that
 * neither the store nor the window needs to know how to draw. */
#pragma once

#include <glib.h>

#include "tiers-chart-grade.h"

G_BEGIN_DECLS

/* Periods a trend or a score history shows by default. */
#define TIERS_TREND_DEFAULT_PERIODS 8

/* Distribution: how many suppliers hold each grade in one period, with the previous period beside it. */

typedef struct
{
  char     *period;                                    /* "2026-Q2" */
  char     *category;                                  /* NULL: every category */
  guint     counts[TIERS_CHART_N_GRADES];
  gboolean  has_previous;
  char     *previous_period;
  guint     previous_counts[TIERS_CHART_N_GRADES];
} TiersDistributionData;

TiersDistributionData *tiers_distribution_data_new  (const char                  *period,
                                                     const char                  *category);
void                   tiers_distribution_data_free (TiersDistributionData       *data);

/* Trend: the grades of the last periods of one kind. */

typedef struct
{
  char  *period;   /* the key a click reports: "2026-Q3" */
  char  *label;    /* what is shown: tiers_period_to_label () */
  guint  counts[TIERS_CHART_N_GRADES];
} TiersTrendPeriod;

typedef struct
{
  char   *category;   /* NULL: every category */
  GArray *periods;    /* of TiersTrendPeriod, oldest first */
} TiersTrendData;

TiersTrendData   *tiers_trend_data_new          (const char           *category);
/* COUNTS: TIERS_CHART_N_GRADES of them, A to ungraded. */
void              tiers_trend_data_add_period   (TiersTrendData       *data,
                                                 const char           *period,
                                                 const guint          *counts);
void              tiers_trend_data_free         (TiersTrendData       *data);

/* Transitions: who moved between grades from one period to the next. */

typedef struct
{
  char  *period;
  char  *previous_period;
  char  *category;    /* NULL: every category */
  /* [grade in the previous period][grade in this one]; a supplier without an evaluation in
   * one of them counts as ungraded there */
  guint  counts[TIERS_CHART_N_GRADES][TIERS_CHART_N_GRADES];
} TiersTransitionData;

TiersTransitionData *tiers_transition_data_new  (const char                *period,
                                                 const char                *previous_period,
                                                 const char                *category);
void                 tiers_transition_data_free (TiersTransitionData       *data);

/* History: one supplier's score over the last periods, with the grade bands of the scheme. */

typedef struct
{
  char              *period;
  gboolean           has_score;     /* FALSE: not evaluated, or ungraded: a gap */
  double             score;         /* 0..100 */
  TiersChartGrade  grade;
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

TiersHistoryData *tiers_history_data_new        (const char              *supplier,
                                                 double                   grade_a,
                                                 double                   grade_b,
                                                 double                   grade_c);
void              tiers_history_data_add_point  (TiersHistoryData        *data,
                                                 const char              *period,
                                                 gboolean                 has_score,
                                                 double                   score,
                                                 TiersChartGrade        grade,
                                                 gboolean                 provisional);
void              tiers_history_data_free       (TiersHistoryData        *data);

/* Profile: one supplier's score per dimension against its category's average. */

typedef struct
{
  char     *label;        /* "Quality", translated */
  gboolean  has_score;
  double    score;        /* 0..100 */
  gboolean  has_average;
  double    average;      /* the category's average, 0..100 */
} TiersProfileDimension;

typedef struct
{
  char              *supplier;
  char              *category;
  char              *period;
  TiersChartGrade  grade;        /* colours the supplier's bars */
  GArray            *dimensions;   /* of TiersProfileDimension */
} TiersProfileData;

TiersProfileData *tiers_profile_data_new           (const char              *supplier,
                                                    const char              *category,
                                                    const char              *period,
                                                    TiersChartGrade        grade);
void              tiers_profile_data_add_dimension (TiersProfileData        *data,
                                                    const char              *label,
                                                    gboolean                 has_score,
                                                    double                   score,
                                                    gboolean                 has_average,
                                                    double                   average);
void              tiers_profile_data_free          (TiersProfileData        *data);

/* Concentration: a category's spend per supplier in one period, in the suppliers' grades. */

typedef struct
{
  char              *code;
  char              *name;
  double             spend;
  TiersChartGrade  grade;
} TiersSpendShare;

typedef struct
{
  char   *category;
  char   *period;
  GArray *suppliers;    /* of TiersSpendShare, in any order */
} TiersConcentrationData;

TiersConcentrationData *tiers_concentration_data_new     (const char *category,
                                                          const char *period);
void                    tiers_concentration_data_add     (TiersConcentrationData *data,
                                                          const char             *code,
                                                          const char             *name,
                                                          double                  spend,
                                                          TiersChartGrade       grade);
void                    tiers_concentration_data_free    (TiersConcentrationData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersDistributionData, tiers_distribution_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersTrendData, tiers_trend_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersTransitionData, tiers_transition_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersHistoryData, tiers_history_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersProfileData, tiers_profile_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersConcentrationData, tiers_concentration_data_free)

G_END_DECLS
