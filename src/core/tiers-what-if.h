/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-what-if.h: what an edit of the scheme would do to one period before it is applied:
 * the grade distribution now and with the edit, and the suppliers whose grade would change.
 * Both sides are in-memory evaluations of cached indicator sets (tiers_evaluation_new). */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-grade-counts.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;          /* owned by the edited evaluation's indicator set */
  TiersGrade  from;
  TiersGrade  to;
  double      score_before;  /* 0 where that side is ungraded */
  double      score_after;
} TiersGradeChange;

typedef struct
{
  const TiersEvaluation *now;     /* the current scheme */
  TiersEvaluation  *edited;       /* the edited scheme, owned */
  TiersEvaluation  *owned_now;    /* now, where the what-if graded it itself */
  TiersGradeCounts  counts_now;
  TiersGradeCounts  counts_edited;
  /* Of TiersGradeChange: downgrades first, then upgrades, then suppliers that gain or lose
   * a grade; within each, the largest score change first, then by code. */
  GArray           *changes;
} TiersWhatIf;

/* Compares two evaluations of the same period; takes EDITED, borrows NOW (graded once, kept
 * by the caller while it tries edit after edit). Their indicator sets may differ (an edit of
 * GraceDays or QuantityTolerance): suppliers are then matched by code. */
TiersWhatIf *tiers_what_if_compare         (const TiersEvaluation   *now,
                                            TiersEvaluation         *edited);
/* Grades SET with the current and the edited scheme (PREVIOUS as for tiers_evaluation_new)
 * and compares them. SET must fit both schemes (tiers_what_if_needs_indicators). */
TiersWhatIf *tiers_what_if_new             (TiersIndicatorSet       *set,
                                            const double            *previous,
                                            const TiersScheme       *current,
                                            gint64                   current_version,
                                            const TiersScheme       *edited);
void         tiers_what_if_free            (TiersWhatIf             *what_if);

/* Whether SET cannot serve the edited scheme, so its indicators must be computed again from
 * the collected data (slow: off the main loop). A set holds every indicator and every
 * evaluator rating key of the period, so only GraceDays and QuantityTolerance need that;
 * another indicator or rating key is read from the same set. */
gboolean     tiers_what_if_needs_indicators (const TiersIndicatorSet *set,
                                             const TiersScheme       *edited);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersWhatIf, tiers_what_if_free)

G_END_DECLS
