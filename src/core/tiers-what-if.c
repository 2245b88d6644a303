/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-what-if.c: the grade distribution of two evaluations of one period and the suppliers
 * whose grade differs between them. */
#define G_LOG_DOMAIN "tiers-what-if"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-what-if.h"

/* 0 a downgrade (both graded, the new grade worse), 1 an upgrade, 2 a grade gained or lost. */
static int
change_group (const TiersGradeChange *c)
{
  if (c->from == TIERS_GRADE_NONE || c->to == TIERS_GRADE_NONE)
    return 2;
  return c->to > c->from ? 0 : 1;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TiersGradeChange *x = a, *y = b;
  int gx = change_group (x), gy = change_group (y);
  double dx = fabs (x->score_after - x->score_before);
  double dy = fabs (y->score_after - y->score_before);

  if (gx != gy)
    return gx - gy;
  if (dx != dy)
    return dx > dy ? -1 : 1;
  return strcmp (x->code, y->code);
}

static void
add_change (GArray                    *changes,
            const TiersSupplierResult *before,
            const TiersSupplierResult *after)
{
  TiersGradeChange c;

  c.code = after->supplier->code;
  c.from = before ? before->grade : TIERS_GRADE_NONE;
  c.to = after->grade;
  if (c.from == c.to)
    return;
  c.score_before = before && before->graded ? before->score : 0;
  c.score_after = after->graded ? after->score : 0;
  g_array_append_val (changes, c);
}

TiersWhatIf *
tiers_what_if_compare (const TiersEvaluation *now,
                       TiersEvaluation       *edited)
{
  TiersWhatIf *w;
  gboolean same_set;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (edited != NULL, NULL);

  w = g_new0 (TiersWhatIf, 1);
  w->now = now;
  w->edited = edited;
  tiers_grade_counts_init (&w->counts_now, now, NULL);
  tiers_grade_counts_init (&w->counts_edited, edited, NULL);
  w->changes = g_array_new (FALSE, FALSE, sizeof (TiersGradeChange));

  /* The same set means the same suppliers in the same order: no look-up per supplier. */
  same_set = now->indicators == edited->indicators;
  for (guint i = 0; i < edited->n_suppliers; i++)
    {
      const TiersSupplierResult *after = &edited->suppliers[i];
      guint j = i;

      if (same_set)
        add_change (w->changes, &now->suppliers[i], after);
      else if (tiers_indicator_set_find (now->indicators, after->supplier->code, &j))
        add_change (w->changes, &now->suppliers[j], after);
      else
        add_change (w->changes, NULL, after);
    }
  g_array_sort (w->changes, compare_changes);
  return w;
}

TiersWhatIf *
tiers_what_if_new (TiersIndicatorSet *set,
                   const double      *previous,
                   const TiersScheme *current,
                   gint64             current_version,
                   const TiersScheme *edited)
{
  TiersEvaluation *now = tiers_evaluation_new (set, current, current_version, previous);
  TiersWhatIf *w = tiers_what_if_compare (now, tiers_evaluation_new (set, edited, 0, previous));

  w->owned_now = now;
  return w;
}

void
tiers_what_if_free (TiersWhatIf *what_if)
{
  if (what_if == NULL)
    return;
  tiers_evaluation_free (what_if->owned_now);
  tiers_evaluation_free (what_if->edited);
  g_array_unref (what_if->changes);
  g_free (what_if);
}

gboolean
tiers_what_if_needs_indicators (const TiersIndicatorSet *set,
                                const TiersScheme       *edited)
{
  g_return_val_if_fail (set != NULL, TRUE);
  g_return_val_if_fail (edited != NULL, TRUE);

  return !tiers_indicator_set_fits (set, edited);
}
