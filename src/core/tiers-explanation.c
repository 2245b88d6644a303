/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-explanation.c: a supplier's breakdown and its change against the previous period. */
#define G_LOG_DOMAIN "tiers-explanation"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-explanation.h"

static int
find_key (const TiersScheme *scheme,
          const char        *key)
{
  for (guint c = 0; c < scheme->criteria->len; c++)
    if (strcmp (((const TiersCriterion *) scheme->criteria->pdata[c])->key, key) == 0)
      return (int) c;
  return -1;
}

static double
points_at (const TiersSupplierResult *result,
           int                        index)
{
  return result != NULL && index >= 0 ? result->criteria[index].points : 0;
}

/* Largest move first; equal moves keep the scheme order, so the list reads stably. */
static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TiersCriterionChange *x = a, *y = b;
  double dx = fabs (x->delta), dy = fabs (y->delta);

  if (dx != dy)
    return dx > dy ? -1 : 1;
  return strcmp (x->criterion->key, y->criterion->key);
}

static void
add_change (TiersExplanation     *e,
            const TiersCriterion *criterion,
            int                   current_index,
            int                   previous_index)
{
  TiersCriterionChange change = { criterion, current_index, previous_index, 0, 0, 0 };

  change.current_points = points_at (e->current, current_index);
  change.previous_points = points_at (e->previous, previous_index);
  change.delta = change.current_points - change.previous_points;
  g_array_append_val (e->changes, change);
}

static void
collect_changes (TiersExplanation *e)
{
  const TiersScheme *now = e->current_evaluation->scheme;
  const TiersScheme *then = e->previous_evaluation ? e->previous_evaluation->scheme : NULL;

  for (guint c = 0; c < now->criteria->len; c++)
    {
      const TiersCriterion *criterion = now->criteria->pdata[c];

      add_change (e, criterion, (int) c, then ? find_key (then, criterion->key) : -1);
    }
  /* A criterion the previous scheme had and the current one dropped moved the total too. */
  for (guint c = 0; then != NULL && c < then->criteria->len; c++)
    {
      const TiersCriterion *criterion = then->criteria->pdata[c];

      if (find_key (now, criterion->key) < 0)
        add_change (e, criterion, -1, (int) c);
    }
  g_array_sort (e->changes, compare_changes);
}

static TiersExplanation *
explanation_new (TiersEvaluation *current,
                 TiersEvaluation *previous,
                 gboolean         borrowed,
                 const char      *supplier_code,
                 GError         **error)
{
  g_autoptr(TiersExplanation) e = g_new0 (TiersExplanation, 1);

  /* Owned (unless borrowed) from here, also when this fails. */
  e->current_evaluation = current;
  e->previous_evaluation = previous;
  e->borrowed = borrowed;
  e->changes = g_array_new (FALSE, FALSE, sizeof (TiersCriterionChange));
  e->current = tiers_evaluation_find (current, supplier_code);
  if (e->current == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("No supplier “%s” in this evaluation"), supplier_code);
      return NULL;
    }
  e->previous = previous ? tiers_evaluation_find (previous, supplier_code) : NULL;
  e->has_score_delta = e->current->graded && e->previous != NULL && e->previous->graded;
  e->score_delta = e->has_score_delta ? e->current->score - e->previous->score : 0;
  collect_changes (e);
  return g_steal_pointer (&e);
}

TiersExplanation *
tiers_explanation_new (TiersEvaluation *current,
                       TiersEvaluation *previous,
                       const char      *supplier_code,
                       GError         **error)
{
  g_return_val_if_fail (current != NULL && supplier_code != NULL, NULL);
  return explanation_new (current, previous, FALSE, supplier_code, error);
}

TiersExplanation *
tiers_explanation_new_borrowed (const TiersEvaluation *current,
                                const TiersEvaluation *previous,
                                const char            *supplier_code,
                                GError               **error)
{
  g_return_val_if_fail (current != NULL && supplier_code != NULL, NULL);
  return explanation_new ((TiersEvaluation *) current, (TiersEvaluation *) previous, TRUE,
                          supplier_code, error);
}

void
tiers_explanation_free (TiersExplanation *explanation)
{
  if (explanation == NULL)
    return;
  if (!explanation->borrowed)
    {
      tiers_evaluation_free (explanation->current_evaluation);
      tiers_evaluation_free (explanation->previous_evaluation);
    }
  g_clear_pointer (&explanation->changes, g_array_unref);
  g_free (explanation);
}
