/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-grade.h: the grades as charts, scorecards and their colours know them, in the
 * order they are drawn: A to D, then the ungraded apart (no score, never a D). The one
 * mapping from a grading result to that order lives here. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_CHART_GRADE_A,
  TIERS_CHART_GRADE_B,
  TIERS_CHART_GRADE_C,
  TIERS_CHART_GRADE_D,
  TIERS_CHART_UNGRADED,
  TIERS_CHART_N_GRADES
} TiersChartGrade;

#define TIERS_CHART_N_LETTER_GRADES 4

TiersChartGrade  tiers_chart_grade_of          (TiersGrade                 grade);
/* The other way: a chart's grade as the evaluation knows it (the ungraded, and any index that
 * is no grade, TIERS_GRADE_NONE). */
TiersGrade       tiers_chart_grade_to_grade    (int                        chart_grade);
/* NULL (no result in that period) and an ungraded result are both TIERS_CHART_UNGRADED. */
TiersChartGrade  tiers_chart_grade_of_result   (const TiersSupplierResult *result);
const char      *tiers_chart_grade_letter      (TiersChartGrade            grade);
gboolean         tiers_chart_grade_from_letter (const char                *letter,
                                                TiersChartGrade           *grade);
const char      *tiers_chart_grade_name        (TiersChartGrade            grade);

G_END_DECLS
