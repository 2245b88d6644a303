/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-grades.c: a period's grades, taken from its evaluation. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tiers-period-grades.h"

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const TiersGradeMark *) a)->code, ((const TiersGradeMark *) b)->code);
}

TiersPeriodGrades *
tiers_period_grades_new (const TiersEvaluation *evaluation)
{
  TiersPeriodGrades *grades;
  const GPtrArray *categories;

  g_return_val_if_fail (evaluation != NULL, NULL);

  grades = g_new0 (TiersPeriodGrades, 1);
  grades->period = evaluation->period;
  grades->grade_a = evaluation->scheme->grade_a;
  grades->grade_b = evaluation->scheme->grade_b;
  grades->grade_c = evaluation->scheme->grade_c;
  grades->strings = g_string_chunk_new (16 * 1024);
  grades->marks = g_array_sized_new (FALSE, FALSE, sizeof (TiersGradeMark),
                                     evaluation->n_suppliers);
  for (guint s = 0; s < evaluation->n_suppliers; s++)
    {
      const TiersSupplierResult *r = &evaluation->suppliers[s];
      TiersGradeMark mark = {
        g_string_chunk_insert_const (grades->strings, r->supplier->code),
        r->graded ? r->score : 0, r->graded ? r->grade : TIERS_GRADE_NONE, r->graded,
        r->provisional,
      };

      g_array_append_val (grades->marks, mark);
    }
  g_array_sort (grades->marks, compare_marks);

  /* The counts come from the one grade count, once per category. */
  tiers_grade_counts_init (&grades->counts, evaluation, NULL);
  grades->by_category = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  categories = evaluation->indicators->categories;
  for (guint c = 0; c < categories->len; c++)
    {
      const char *category = g_string_chunk_insert_const (grades->strings,
                                                          g_ptr_array_index (categories, c));
      TiersGradeCounts *counts = g_new (TiersGradeCounts, 1);

      tiers_grade_counts_init (counts, evaluation, category);
      g_hash_table_insert (grades->by_category, (gpointer) category, counts);
    }
  return grades;
}

void
tiers_period_grades_free (TiersPeriodGrades *grades)
{
  if (grades == NULL)
    return;
  g_array_unref (grades->marks);
  g_hash_table_unref (grades->by_category);
  g_string_chunk_free (grades->strings);
  g_free (grades);
}

const TiersGradeMark *
tiers_period_grades_find (const TiersPeriodGrades *grades,
                          const char              *code)
{
  TiersGradeMark key = { code, 0, 0, 0, 0 };

  g_return_val_if_fail (grades != NULL && code != NULL, NULL);

  return bsearch (&key, grades->marks->data, grades->marks->len, sizeof (TiersGradeMark),
                  compare_marks);
}

void
tiers_period_grades_count (const TiersPeriodGrades *grades,
                           const char              *category,
                           TiersGradeCounts        *counts)
{
  const TiersGradeCounts *found;

  g_return_if_fail (grades != NULL && counts != NULL);

  found = category != NULL ? g_hash_table_lookup (grades->by_category, category)
                           : &grades->counts;
  if (found != NULL)
    *counts = *found;
  else
    memset (counts, 0, sizeof *counts);
}
