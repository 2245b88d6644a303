/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-replacement-flags.c: the replacement flags of the session's period. */
#define G_LOG_DOMAIN "tiers-ui"

#include "config.h"

#include "tiers-replacement-flags.h"
#include "tiers-store-plans.h"
#include "tiers-store-review.h"

GHashTable *
tiers_session_load_replacement_flags (TiersSession  *session,
                                      GError       **error)
{
  GHashTable *owned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const TiersEvaluation *current = tiers_session_get_evaluation (session);
  const TiersPeriodReview *review = tiers_session_get_review (session);
  g_autoptr(GHashTable) previous_overrides = NULL;
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  TiersStore *store = tiers_session_get_store (session);
  TiersPeriod before;
  GHashTableIter iter;
  gpointer key, value;

  if (current == NULL)
    return owned;
  before = tiers_period_previous (&current->period);
  if ((previous_overrides = tiers_store_load_overrides (store, &before, error)) == NULL ||
      (plans = tiers_store_list_plans (store, NULL, error)) == NULL)
    {
      g_hash_table_unref (owned);
      return NULL;
    }
  flags = tiers_replacement_flags (current, review ? review->overrides : NULL,
                                   tiers_session_get_previous_evaluation (session),
                                   previous_overrides, plans);
  g_hash_table_iter_init (&iter, flags);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (owned, g_strdup (key), value);
  return owned;
}
