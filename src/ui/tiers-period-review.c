/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-review.c: reading and changing a period's review through the store. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-period-review.h"
#include "tiers-store-review.h"

void
tiers_period_review_free (TiersPeriodReview *review)
{
  if (review == NULL)
    return;
  g_clear_pointer (&review->events, g_ptr_array_unref);
  g_clear_pointer (&review->overrides, g_hash_table_unref);
  g_clear_pointer (&review->marks, g_hash_table_unref);
  g_free (review);
}

TiersPeriodReview *
tiers_period_review_load (TiersStore        *store,
                          const TiersPeriod *period,
                          GError           **error)
{
  g_autoptr(TiersPeriodReview) review = g_new0 (TiersPeriodReview, 1);

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  review->period = *period;
  if (!tiers_store_period_is_finalized (store, period, &review->finalized, error)
      || (review->events = tiers_store_list_period_events (store, period, error)) == NULL
      || (review->overrides = tiers_store_load_overrides (store, period, error)) == NULL
      || (review->marks = tiers_store_load_review_marks (store, period, error)) == NULL)
    return NULL;
  return g_steal_pointer (&review);
}

TiersReviewChange *
tiers_review_change_new (TiersReviewChangeKind  kind,
                         const TiersPeriod     *period,
                         const char            *supplier_code,
                         const char            *text)
{
  TiersReviewChange *change = g_new0 (TiersReviewChange, 1);

  change->kind = kind;
  change->period = *period;
  change->supplier_code = g_strdup (supplier_code);
  change->text = g_strdup (text);
  return change;
}

void
tiers_review_change_free (TiersReviewChange *change)
{
  if (change == NULL)
    return;
  g_free (change->supplier_code);
  g_free (change->text);
  g_free (change);
}

gboolean
tiers_review_change_apply (const TiersReviewChange *change,
                           TiersStore              *store,
                           GError                 **error)
{
  const TiersPeriod *period = &change->period;

  switch (change->kind)
    {
    case TIERS_REVIEW_CHANGE_SET_OVERRIDE:
      return tiers_store_set_override (store, period, change->supplier_code, change->grade,
                                       change->reason, change->text, error);
    case TIERS_REVIEW_CHANGE_WITHDRAW_OVERRIDE:
      return tiers_store_withdraw_override (store, period, change->supplier_code, error);
    case TIERS_REVIEW_CHANGE_MARK:
      return tiers_store_mark_reviewed (store, period, change->supplier_code, change->text,
                                        error);
    case TIERS_REVIEW_CHANGE_UNMARK:
      return tiers_store_unmark_reviewed (store, period, change->supplier_code, error);
    case TIERS_REVIEW_CHANGE_FINALIZE:
      return tiers_store_finalize_period (store, period, NULL, NULL, error);
    case TIERS_REVIEW_CHANGE_REOPEN:
    default:
      return tiers_store_reopen_period (store, period, change->text, error);
    }
}
