/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grading.h: the scoring rules of docs/grading.md, "Scores" and "Total and grade", as pure
 * functions: one criterion's score by its method, the best value of a category for ratio,
 * smoothing, rounding and the grade a score earns. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-scheme.h"

G_BEGIN_DECLS

double      tiers_score_linear  (double        value,
                                 double        best,
                                 double        worst);
double      tiers_score_ratio   (double        value,
                                 double        category_best,
                                 gboolean      higher_is_better);
double      tiers_score_bands   (const GArray *bands,
                                 double        value,
                                 gboolean      higher_is_better);
double      tiers_score_scale   (double        value,
                                 double        scale);
/* category_best is used by ratio only. */
double      tiers_criterion_score (const TiersCriterion *criterion,
                                   double                value,
                                   double                category_best);
/* Whether a is better than b for this indicator (ratio's "best value"). */
gboolean    tiers_indicator_better (TiersIndicator indicator,
                                    double         a,
                                    double         b);
double      tiers_smooth        (double        previous,
                                 double        raw,
                                 double        smoothing);
TiersGrade  tiers_grade_for_score (const TiersScheme *scheme,
                                   double             score);

/* A valued criterion's weight share (weight / weight_sum) and points (share x score); 0 and
 * 0 without a value or when weight_sum is 0. */
void        tiers_criterion_result_share (TiersCriterionResult *result,
                                          const TiersCriterion *criterion,
                                          double                weight_sum);

/* DowngradeAfter on a graded RESULT: a grade below HELD's (NULL: nothing held) waits until
 * the scheme's number of periods in a row scored below it; meanwhile the held grade stays,
 * at risk. An upgrade, or the held grade reached again, ends it at once. */
void        tiers_hold_grade     (const TiersScheme             *scheme,
                                  const TiersHeldGrade          *held,
                                  TiersSupplierResult           *result);

/* Grades one supplier: criteria[] (one per criterion) gets value, score, share and points;
 * category_best[c] is criterion c's best in the supplier's category (ratio only). */
void        tiers_grade_supplier (const TiersScheme             *scheme,
                                  const TiersSupplierIndicators *supplier,
                                  const double                  *category_best,
                                  double                         previous,
                                  TiersSupplierResult           *result);

G_END_DECLS
