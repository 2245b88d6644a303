/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grade-counts.h: how many suppliers of an evaluation hold each grade: the one count
 * behind the overview's cards, the distribution and trend charts and the what-if. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

/* [TIERS_GRADE_NONE] counts the ungraded suppliers. */
typedef struct
{
  guint grades[TIERS_GRADE_D + 1];
  guint provisional;
  guint total;
} TiersGradeCounts;

/* CATEGORY NULL counts every supplier. */
void tiers_grade_counts_init          (TiersGradeCounts      *counts,
                                       const TiersEvaluation *evaluation,
                                       const char            *category);
/* The same, counting a supplier in the grade a manager adjusted it to where ADJUSTED (supplier
 * code -> TiersOverride, tiers-review.h; may be NULL) has one. */
void tiers_grade_counts_init_adjusted (TiersGradeCounts      *counts,
                                       const TiersEvaluation *evaluation,
                                       const char            *category,
                                       GHashTable            *adjusted);
/* The grade RESULT is counted in: the adjusted one where ADJUSTED (may be NULL) has one. */
TiersGrade tiers_grade_counted        (const TiersSupplierResult *result,
                                       GHashTable                *adjusted);

G_END_DECLS
