/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-plan.h: improvement plans, in the spirit of a supplier corrective action request
 * (docs/grading.md, "Improvement plans"): a problem, the criterion whose indicator must reach
 * a target by a due period, who owns it, what contains and corrects the problem. The rules
 * here are pure: checking a plan against the due period's indicator value, when a plan is
 * overdue, and when a supplier is flagged for replacement. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-grade-counts.h"
#include "tiers-period.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_TARGET_AT_LEAST,  /* value >= target: for indicators where higher is better */
  TIERS_TARGET_AT_MOST,   /* value <= target */
} TiersTargetDirection;

/* What the automatic check found; closing by hand is apart (TiersPlan.closed). */
typedef enum
{
  TIERS_PLAN_OPEN,    /* not checked yet, or the due period had no value for the criterion */
  TIERS_PLAN_MET,
  TIERS_PLAN_MISSED,
} TiersPlanCheck;

/* What a plan shows: its check, or closed by hand. */
typedef enum
{
  TIERS_PLAN_STATUS_OPEN,
  TIERS_PLAN_STATUS_MET,
  TIERS_PLAN_STATUS_MISSED,
  TIERS_PLAN_STATUS_CLOSED,
} TiersPlanStatus;

typedef struct
{
  gint64                id;
  char                 *supplier_code;
  char                 *problem;
  char                 *criterion;       /* a criterion key of the scheme */
  gboolean              has_baseline;
  double                baseline;        /* in the indicator's own unit (0.82 for 82 %) */
  TiersTargetDirection  direction;
  double                target;
  TiersPeriod           due;
  char                 *owner;
  char                 *containment;     /* or NULL */
  char                 *corrective;      /* or NULL */
  char                 *created_at;
  char                 *created_by;
  TiersPlanCheck        check;
  gboolean              checked;         /* the due period was evaluated since it was opened */
  gboolean              has_checked_value;
  double                checked_value;   /* the value the check saw */
  char                 *checked_at;      /* ISO 8601, or NULL */
  gboolean              closed;          /* closed by hand */
  char                 *closed_at;
  char                 *closed_by;
  char                 *close_reason;
} TiersPlan;

TiersPlan      *tiers_plan_new  (void);
void            tiers_plan_free (TiersPlan *plan);
TiersPlan      *tiers_plan_copy (const TiersPlan *plan);

/* ">=" and "<=": the codes of the command line and the database are at_least and at_most. */
const char     *tiers_target_direction_to_string (TiersTargetDirection  direction);
const char     *tiers_target_direction_symbol    (TiersTargetDirection  direction);
gboolean        tiers_target_direction_parse     (const char           *text,
                                                  TiersTargetDirection *direction,
                                                  GError              **error);
/* open, met, missed, closed. */
const char     *tiers_plan_status_to_string      (TiersPlanStatus       status);
gboolean        tiers_plan_status_parse          (const char           *text,
                                                  TiersPlanStatus      *status,
                                                  GError              **error);
const char     *tiers_plan_status_label          (TiersPlanStatus       status);
const char     *tiers_plan_check_to_string       (TiersPlanCheck        check);
gboolean        tiers_plan_check_parse           (const char           *text,
                                                  TiersPlanCheck       *check);

/* The check rule: met when VALUE reaches TARGET in DIRECTION (equal counts as reached),
 * missed when it does not, open when there is no value. */
TiersPlanCheck  tiers_plan_check_value  (TiersTargetDirection  direction,
                                         double                target,
                                         gboolean              has_value,
                                         double                value);
/* PLAN's check against EVALUATION of its due period: the supplier's value of the plan's
 * criterion there. Open when the supplier was not evaluated, the scheme has no such
 * criterion, or the value is missing. *HAS_VALUE and *VALUE: what was seen. */
TiersPlanCheck  tiers_plan_check_evaluation (const TiersPlan       *plan,
                                             const TiersEvaluation *evaluation,
                                             gboolean              *has_value,
                                             double                *value);
TiersPlanStatus tiers_plan_get_status   (const TiersPlan       *plan);
/* Overdue: neither met nor closed, and the due period was evaluated (checked) or has ended
 * before TODAY. */
gboolean        tiers_plan_is_overdue   (const TiersPlan       *plan,
                                         const GDate           *today);

/* Checks what a plan needs before it is stored; messages name the field. */
gboolean        tiers_plan_validate     (const TiersPlan       *plan,
                                         GError               **error);

/* Why a supplier is flagged for replacement in a period. */
typedef enum
{
  TIERS_REPLACE_NONE        = 0,
  TIERS_REPLACE_MISSED_PLAN = 1 << 0,  /* a plan due in or before the period was missed */
  TIERS_REPLACE_TWICE_D     = 1 << 1,  /* shown grade D in the period and the one before */
} TiersReplaceReason;

/* GRADE and PREVIOUS_GRADE: the shown grades (an override where there is one) in the period
 * and the one before it (TIERS_GRADE_NONE when ungraded or not evaluated). PLANS: the
 * supplier's, of TiersPlan*; a plan counts when it was missed, is not closed by hand and is
 * due in PERIOD or before (same kind of period or not: by its last day). */
TiersReplaceReason tiers_replacement_reason (TiersGrade         grade,
                                             TiersGrade         previous_grade,
                                             const GPtrArray   *plans,
                                             const TiersPeriod *period);
/* supplier code -> GUINT_TO_POINTER (TiersReplaceReason), for each supplier of CURRENT
 * (PERIOD's evaluation) that is flagged. OVERRIDES and PREVIOUS_OVERRIDES (code ->
 * TiersOverride, may be NULL) make the shown grades of CURRENT and PREVIOUS (the period
 * before; may be NULL). PLANS: every supplier's, of TiersPlan*. Codes are borrowed from
 * CURRENT. A supplier left out of CURRENT (terminated) is never flagged. */
GHashTable     *tiers_replacement_flags (const TiersEvaluation *current,
                                         GHashTable            *overrides,
                                         const TiersEvaluation *previous,
                                         GHashTable            *previous_overrides,
                                         const GPtrArray       *plans);

/* "Missed an improvement plan", "D two periods running" or both joined, translated. */
char           *tiers_replacement_reason_label (TiersReplaceReason reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersPlan, tiers_plan_free)

G_END_DECLS
