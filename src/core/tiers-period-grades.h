/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-grades.h: what an evaluation says of each supplier's standing, and nothing
 * more: its score, grade and provisional mark, with the period's grade counts (overall and by
 * category) and the grade bands it was graded with. A trend or a score history over eight
 * periods needs no more than this of each, in a few hundred kilobytes at 10,000 suppliers
 * where the evaluation itself (indicators, criterion results) takes megabytes. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-grade-counts.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;        /* owned by the period's grades */
  double      score;       /* 0 when ungraded */
  TiersGrade  grade;
  gboolean    graded;
  gboolean    provisional;
} TiersGradeMark;

typedef struct
{
  TiersPeriod       period;
  double            grade_a;     /* the bands of the scheme that graded it */
  double            grade_b;
  double            grade_c;
  TiersGradeCounts  counts;      /* every supplier */
  GHashTable       *by_category; /* category -> TiersGradeCounts */
  GArray           *marks;       /* of TiersGradeMark, by code in byte order */
  GStringChunk     *strings;
} TiersPeriodGrades;

TiersPeriodGrades    *tiers_period_grades_new    (const TiersEvaluation   *evaluation);
void                  tiers_period_grades_free   (TiersPeriodGrades       *grades);
/* NULL when the supplier was not evaluated in the period. */
const TiersGradeMark *tiers_period_grades_find   (const TiersPeriodGrades *grades,
                                                  const char              *code);
/* CATEGORY NULL: every supplier; a category the period does not have counts nobody. */
void                  tiers_period_grades_count  (const TiersPeriodGrades *grades,
                                                  const char              *category,
                                                  TiersGradeCounts        *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersPeriodGrades, tiers_period_grades_free)

G_END_DECLS
