/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-evaluation.h: the result of grading one period with one scheme: per supplier the indicator
 * value behind each criterion (with its sample size), the criterion's score, its share of the
 * weight and the points it contributed; the raw total, the smoothed and rounded score, the grade
 * and whether it is provisional (docs/grading.md, "Scores" and "Total and grade"). */
#pragma once

#include <glib.h>
#include <stdio.h>

#include "tiers-indicators.h"
#include "tiers-scheme.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_GRADE_NONE,   /* ungraded: no criterion with a value (never a D) */
  TIERS_GRADE_A,
  TIERS_GRADE_B,
  TIERS_GRADE_C,
  TIERS_GRADE_D,
} TiersGrade;

typedef struct
{
  TiersIndicatorValue indicator;     /* the value scored, its sample size */
  double              score;         /* 0..100, unrounded; 0 without a value */
  double              weight_share;  /* weight / sum of the valued criteria's weights */
  double              points;        /* weight_share x score: its part of the raw total */
} TiersCriterionResult;

typedef struct
{
  const TiersSupplierIndicators *supplier;  /* code, category, receipts; owned by the set */
  gboolean              graded;
  gboolean              provisional;
  gboolean              has_previous;  /* a stored score of the previous period was blended */
  double                previous;      /* that score */
  double                raw;           /* sum (weight x score) / sum (weight), unrounded */
  double                weight_sum;    /* sum of the weights of the valued criteria */
  double                score;         /* smoothed, then rounded to two decimals */
  TiersGrade            grade;         /* by the score; or held, see at_risk */
  TiersCriterionResult *criteria;      /* one per criterion of the scheme, in scheme order */
  /* DowngradeAfter (docs/grading.md, "Downgrade after"): the score is below the grade held in
   * the previous period, which the supplier keeps for now; periods_below counts the periods
   * in a row, this one included. Both unset when DowngradeAfter is 1. */
  gboolean              at_risk;
  guint                 periods_below;
} TiersSupplierResult;

/* What DowngradeAfter carries from one period to the next, per supplier: the grade held there
 * after the rule (TIERS_GRADE_NONE when ungraded or not evaluated) and its periods_below. */
typedef struct
{
  TiersGrade grade;
  guint      periods_below;
} TiersHeldGrade;

typedef struct
{
  TiersPeriod          period;
  gint64               scheme_version;  /* 0 for a scheme not stored (a dry run) */
  TiersScheme         *scheme;
  TiersIndicatorSet   *indicators;
  guint                n_suppliers;     /* = indicators->suppliers->len, same order */
  TiersSupplierResult *suppliers;
  TiersCriterionResult *criteria;       /* n_suppliers x n_criteria, one allocation */
  TiersHeldGrade       *held;           /* the previous period's, per supplier; or NULL */
} TiersEvaluation;

const char      *tiers_grade_to_string   (TiersGrade grade);  /* "A".."D", "" ungraded */

/* Grades every supplier of the set. previous[i] is the stored score of supplier i for the
 * previous period, NAN where there is none; previous may be NULL (nothing stored). This is
 * also the what-if: load the set once, grade it with each scheme the user tries. */
TiersEvaluation *tiers_evaluation_new    (TiersIndicatorSet *indicators,
                                          const TiersScheme *scheme,
                                          gint64             scheme_version,
                                          const double      *previous);
/* The same with DowngradeAfter: held[i] is what supplier i held in the previous period (see
 * tiers_scores_align_held); held may be NULL (nothing held anywhere). */
TiersEvaluation *tiers_evaluation_new_held (TiersIndicatorSet    *indicators,
                                            const TiersScheme    *scheme,
                                            gint64                scheme_version,
                                            const double         *previous,
                                            const TiersHeldGrade *held);
void             tiers_evaluation_free   (TiersEvaluation   *evaluation);
const TiersSupplierResult *
                 tiers_evaluation_find   (const TiersEvaluation *evaluation,
                                          const char            *code);
/* previous[] for tiers_evaluation_new: this evaluation's scores aligned to another set. */
double          *tiers_evaluation_scores_for (const TiersEvaluation   *evaluation,
                                              const TiersIndicatorSet *set);
/* The per-supplier results as stored with the evaluation (the previous scores smoothing
 * blended in); read back against the same indicators and scheme, which grades them again. */
GBytes          *tiers_evaluation_serialize_results   (const TiersEvaluation *evaluation);
TiersEvaluation *tiers_evaluation_deserialize_results (TiersIndicatorSet *indicators,
                                                       const TiersScheme *scheme,
                                                       gint64             scheme_version,
                                                       GBytes            *bytes,
                                                       GError           **error);
/* Each supplier's code and score, small enough to read whenever the next period is graded;
 * tiers_scores_align turns it into the previous[] of tiers_evaluation_new for a set. */
GBytes          *tiers_evaluation_serialize_scores (const TiersEvaluation   *evaluation);
double          *tiers_scores_align       (GBytes                  *scores,
                                           const TiersIndicatorSet *set,
                                           GError                 **error);
/* The held[] of tiers_evaluation_new_held for a set graded with SCHEME, from the previous
 * period's stored scores. A supplier stored without a held grade (its period was graded
 * without DowngradeAfter) holds the grade its score earns under SCHEME, no period below. */
TiersHeldGrade  *tiers_scores_align_held  (GBytes                  *scores,
                                           const TiersIndicatorSet *set,
                                           const TiersScheme       *scheme,
                                           GError                 **error);
/* The CSV of docs/cli.md, "evaluate PERIOD [--scheme FILE] [--dry-run]": header and one row per
 * supplier in code order. */
char            *tiers_evaluation_to_csv (const TiersEvaluation *evaluation);
/* The same CSV written to out in blocks, without building it whole; FALSE when writing
 * failed (see ferror ()). */
gboolean         tiers_evaluation_write_csv (const TiersEvaluation *evaluation,
                                             FILE                  *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersEvaluation, tiers_evaluation_free)

G_END_DECLS
