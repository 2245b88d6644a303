/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-grade-counts.c: counting an evaluation's grades. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-grade-counts.h"

void
tiers_grade_counts_init (TiersGradeCounts      *counts,
                         const TiersEvaluation *evaluation,
                         const char            *category)
{
  g_return_if_fail (counts != NULL);
  g_return_if_fail (evaluation != NULL);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *r = &evaluation->suppliers[i];

      if (category != NULL && strcmp (r->supplier->category, category) != 0)
        continue;
      counts->grades[r->graded ? r->grade : TIERS_GRADE_NONE]++;
      if (r->provisional)
        counts->provisional++;
      counts->total++;
    }
}
