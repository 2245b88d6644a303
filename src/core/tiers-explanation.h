/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-explanation.h: why a supplier got its grade: the breakdown of one evaluation (each
 * criterion's value, sample, score, weight share and points) and what changed against the
 * previous period, the criteria that moved the total most first, in points. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

typedef struct
{
  const TiersCriterion *criterion;        /* of the current scheme, or of the previous one
                                           * when only that one has it */
  int                   current_index;    /* into the current result's criteria, or -1 */
  int                   previous_index;   /* into the previous result's criteria, or -1 */
  double                current_points;   /* 0 where the criterion had no value */
  double                previous_points;
  double                delta;            /* current_points - previous_points */
} TiersCriterionChange;

typedef struct
{
  TiersEvaluation           *current_evaluation;   /* owned unless borrowed */
  TiersEvaluation           *previous_evaluation;  /* likewise, or NULL */
  gboolean                   borrowed;
  const TiersSupplierResult *current;
  const TiersSupplierResult *previous;    /* NULL: not evaluated or not listed then */
  gboolean                   has_score_delta;      /* both periods graded */
  double                     score_delta;          /* score - previous score */
  GArray                    *changes;     /* of TiersCriterionChange, largest |delta| first */
} TiersExplanation;

/* Takes both evaluations. Fails with TIERS_ERROR_NOT_FOUND for a supplier the current
 * evaluation does not list. */
TiersExplanation *tiers_explanation_new  (TiersEvaluation  *current,
                                          TiersEvaluation  *previous,
                                          const char       *supplier_code,
                                          GError          **error);
/* The same, borrowing both: they must outlive the explanation (the window's session holds
 * them). */
TiersExplanation *tiers_explanation_new_borrowed (const TiersEvaluation *current,
                                                  const TiersEvaluation *previous,
                                                  const char            *supplier_code,
                                                  GError               **error);
void              tiers_explanation_free (TiersExplanation *explanation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersExplanation, tiers_explanation_free)

G_END_DECLS
