/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-review.h: the quarterly review (docs/grading.md, "Reviewing a period"): which
 * suppliers moved between the previous period and this one, or stayed in C or D, and the
 * criterion that moved each one's total most; the overrides a manager sets beside a computed
 * grade and the marks of suppliers reviewed. Pure: the store fills overrides and marks. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

/* In the order the review lists them. */
typedef enum
{
  TIERS_REVIEW_UPGRADED,     /* graded both times, a better grade now */
  TIERS_REVIEW_DOWNGRADED,   /* graded both times, a worse grade now */
  TIERS_REVIEW_NEW,          /* graded now, ungraded or not evaluated before */
  TIERS_REVIEW_UNGRADED,     /* graded before, ungraded or not evaluated now */
  TIERS_REVIEW_STAYED_LOW,   /* the same grade both times, C or D */
} TiersReviewStatus;

typedef struct
{
  const char        *supplier_code;   /* borrowed from the evaluations */
  TiersReviewStatus  status;
  TiersGrade         previous_grade;  /* TIERS_GRADE_NONE: ungraded or not evaluated */
  TiersGrade         grade;
  gboolean           has_previous_score;
  double             previous_score;
  gboolean           has_score;
  double             score;
  gboolean           has_change;      /* graded both times */
  double             change;          /* score - previous_score */
  const char        *top_criterion;   /* key of the criterion that moved the total most, or
                                       * NULL when none moved it */
  double             top_points;      /* that criterion's change in points */
} TiersMover;

const char *tiers_review_status_to_string (TiersReviewStatus status);

/* The movers from PREVIOUS (NULL: not evaluated) to CURRENT, as TiersMover, sorted by status
 * then supplier code in byte order. Both evaluations must outlive the array. */
GArray     *tiers_review_movers           (const TiersEvaluation *current,
                                           const TiersEvaluation *previous);

/* Why a manager set another grade than the computed one. */
typedef enum
{
  TIERS_OVERRIDE_DATA_ERROR,       /* the data behind the grade is wrong */
  TIERS_OVERRIDE_OUTSIDE_CONTROL,  /* what went wrong was outside the supplier's control */
  TIERS_OVERRIDE_NEW_INFORMATION,  /* something the data does not show yet */
  TIERS_OVERRIDE_OTHER,
} TiersOverrideReason;

/* The codes of the command line and the database: data_error, outside_control,
 * new_information, other. */
const char *tiers_override_reason_to_string (TiersOverrideReason  reason);
/* The reason as a manager reads it, translated. */
const char *tiers_override_reason_label     (TiersOverrideReason  reason);
gboolean    tiers_override_reason_parse     (const char          *text,
                                             TiersOverrideReason *reason,
                                             GError             **error);
/* "A" to "D" (upper or lower case); anything else is refused. */
gboolean    tiers_grade_parse               (const char          *text,
                                             TiersGrade          *grade,
                                             GError             **error);

/* A grade a manager set for one supplier in one period, beside the computed one. */
typedef struct
{
  TiersGrade           grade;
  TiersOverrideReason  reason;
  char                *comment;
  char                *set_by;    /* the operating-system user */
  char                *set_at;    /* ISO 8601, local time with its offset */
} TiersOverride;

void        tiers_override_free            (TiersOverride *override);

/* The mark of a supplier reviewed in one period. */
typedef struct
{
  char *comment;    /* NULL when none was written */
  char *marked_by;
  char *marked_at;
} TiersReviewMark;

void        tiers_review_mark_free         (TiersReviewMark *mark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersOverride, tiers_override_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersReviewMark, tiers_review_mark_free)

G_END_DECLS
