/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-alternatives.c: the A and B suppliers beside a C or D one. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-alternatives.h"
#include "tiers-grade-counts.h"

gboolean
tiers_alternatives_wanted (TiersGrade grade)
{
  return grade == TIERS_GRADE_C || grade == TIERS_GRADE_D;
}

static void
clear_alternative (gpointer data)
{
  TiersAlternative *alternative = data;

  g_free (alternative->code);
  g_free (alternative->name);
}

static int
compare_score (gconstpointer a,
               gconstpointer b)
{
  const TiersAlternative *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return strcmp (x->code, y->code);
}

/* The category's spend in the period: the sum over its suppliers' details. */
static double
category_spend (const GPtrArray *details,
                const char      *category)
{
  double spend = 0;

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const TiersSupplierDetails *row = g_ptr_array_index (details, i);

      if (g_strcmp0 (row->category, category) == 0 && row->spend > 0)
        spend += row->spend;
    }
  return spend;
}

GArray *
tiers_alternatives_find (const TiersEvaluation *evaluation,
                         const GPtrArray       *details,
                         GHashTable            *adjusted,
                         const char            *code)
{
  const TiersSupplierResult *subject;
  const char *category;
  GArray *alternatives;
  double spend;

  g_return_val_if_fail (evaluation != NULL && code != NULL, NULL);

  alternatives = g_array_new (FALSE, TRUE, sizeof (TiersAlternative));
  g_array_set_clear_func (alternatives, clear_alternative);
  subject = tiers_evaluation_find (evaluation, code);
  if (subject == NULL || !tiers_alternatives_wanted (tiers_grade_counted (subject, adjusted)))
    return alternatives;

  category = subject->supplier->category;
  spend = category_spend (details, category);
  for (guint s = 0; s < evaluation->n_suppliers; s++)
    {
      const TiersSupplierResult *result = &evaluation->suppliers[s];
      TiersGrade grade = tiers_grade_counted (result, adjusted);
      const TiersSupplierDetails *row;
      TiersAlternative alternative = { 0 };

      if (strcmp (result->supplier->category, category) != 0
          || (grade != TIERS_GRADE_A && grade != TIERS_GRADE_B) || !result->graded)
        continue;
      row = details != NULL ? tiers_supplier_details_find (details, result->supplier->code)
                            : NULL;
      alternative.code = g_strdup (result->supplier->code);
      alternative.name = g_strdup (row != NULL ? row->name : result->supplier->code);
      alternative.grade = grade;
      alternative.score = result->score;
      alternative.share = row != NULL && spend > 0 && row->spend > 0 ? row->spend / spend : 0;
      g_array_append_val (alternatives, alternative);
    }
  g_array_sort (alternatives, compare_score);
  return alternatives;
}
