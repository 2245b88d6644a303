/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-review.h: where the quarterly review of one period stands (docs/grading.md,
 * "Reviewing a period"): finalized or a draft, with its history of finalizing and reopening,
 * the grades a manager set over the computed ones, and the suppliers marked reviewed. The
 * session reads it and changes it on its worker; plain data, no widget. */
#pragma once

#include <gio/gio.h>

#include "tiers-period.h"
#include "tiers-review.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  TiersPeriod  period;
  gboolean     finalized;
  GPtrArray   *events;      /* of TiersPeriodEvent, oldest first */
  GHashTable  *overrides;   /* supplier code -> TiersOverride */
  GHashTable  *marks;       /* supplier code -> TiersReviewMark */
} TiersPeriodReview;

void               tiers_period_review_free (TiersPeriodReview *review);
/* Reads where PERIOD's review stands. */
TiersPeriodReview *tiers_period_review_load (TiersStore        *store,
                                             const TiersPeriod *period,
                                             GError           **error);

/* One change a manager makes to a period's review. */
typedef enum
{
  TIERS_REVIEW_CHANGE_SET_OVERRIDE,
  TIERS_REVIEW_CHANGE_WITHDRAW_OVERRIDE,
  TIERS_REVIEW_CHANGE_MARK,
  TIERS_REVIEW_CHANGE_UNMARK,
  TIERS_REVIEW_CHANGE_FINALIZE,
  TIERS_REVIEW_CHANGE_REOPEN,
} TiersReviewChangeKind;

typedef struct
{
  TiersReviewChangeKind  kind;
  TiersPeriod            period;
  char                  *supplier_code;   /* overrides and marks */
  TiersGrade             grade;           /* SET_OVERRIDE */
  TiersOverrideReason    reason;          /* SET_OVERRIDE */
  char                  *text;            /* the override's or the mark's comment, or why a
                                           * period is reopened */
} TiersReviewChange;

TiersReviewChange *tiers_review_change_new  (TiersReviewChangeKind  kind,
                                             const TiersPeriod     *period,
                                             const char            *supplier_code,
                                             const char            *text);
void               tiers_review_change_free (TiersReviewChange     *change);
/* Makes CHANGE in the store, each change in one transaction of the store's own. */
gboolean           tiers_review_change_apply (const TiersReviewChange *change,
                                              TiersStore              *store,
                                              GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersPeriodReview, tiers_period_review_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersReviewChange, tiers_review_change_free)

G_END_DECLS
