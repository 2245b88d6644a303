/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grade-counts.c: counting an evaluation's grades. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-grade-counts.h"
#include "tiers-review.h"

TiersGrade
tiers_grade_counted (const TiersSupplierResult *result,
                     GHashTable                *adjusted)
{
  const TiersOverride *override = adjusted != NULL
    ? g_hash_table_lookup (adjusted, result->supplier->code) : NULL;

  if (override != NULL)
    return override->grade;
  return result->graded ? result->grade : TIERS_GRADE_NONE;
}

void
tiers_grade_counts_init (TiersGradeCounts      *counts,
                         const TiersEvaluation *evaluation,
                         const char            *category)
{
  tiers_grade_counts_init_adjusted (counts, evaluation, category, NULL);
}

void
tiers_grade_counts_init_adjusted (TiersGradeCounts      *counts,
                                  const TiersEvaluation *evaluation,
                                  const char            *category,
                                  GHashTable            *adjusted)
{
  g_return_if_fail (counts != NULL);
  g_return_if_fail (evaluation != NULL);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *r = &evaluation->suppliers[i];

      if (category != NULL && strcmp (r->supplier->category, category) != 0)
        continue;
      counts->grades[tiers_grade_counted (r, adjusted)]++;
      if (r->provisional)
        counts->provisional++;
      counts->total++;
    }
}
