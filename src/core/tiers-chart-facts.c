/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-facts.c: chart facts from evaluations and supplier details. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-chart-facts.h"
#include "tiers-grade-counts.h"

/* The dimensions a profile always shows, in the order a purchasing manager reads them. */
static const TiersDimension profile_dimensions[] = {
  TIERS_DIMENSION_QUALITY, TIERS_DIMENSION_PRICE, TIERS_DIMENSION_DELIVERY,
  TIERS_DIMENSION_SERVICE, TIERS_DIMENSION_OTHER,
};

GArray *
tiers_periods_ending_at (const TiersPeriod *period,
                         guint              n)
{
  GArray *periods;
  TiersPeriod p;

  g_return_val_if_fail (period != NULL, NULL);

  periods = g_array_sized_new (FALSE, FALSE, sizeof (TiersPeriod), n);
  p = *period;
  g_array_set_size (periods, n);
  for (guint i = n; i > 0; i--)
    {
      g_array_index (periods, TiersPeriod, i - 1) = p;
      p = tiers_period_previous (&p);
    }
  return periods;
}

static gboolean
in_category (const TiersSupplierResult *result,
             const char                *category)
{
  return category == NULL || g_strcmp0 (result->supplier->category, category) == 0;
}

/* The grade counts in the charts' order. */
static void
chart_counts (const TiersGradeCounts *grades,
              guint                   counts[TIERS_CHART_N_GRADES])
{
  memset (counts, 0, TIERS_CHART_N_GRADES * sizeof (guint));
  for (TiersGrade g = TIERS_GRADE_NONE; g <= TIERS_GRADE_D; g++)
    counts[tiers_chart_grade_of (g)] = grades->grades[g];
}

static void
count_chart_grades (const TiersEvaluation *evaluation,
                    const char            *category,
                    GHashTable            *adjusted,
                    guint                  counts[TIERS_CHART_N_GRADES])
{
  TiersGradeCounts grades;

  tiers_grade_counts_init_adjusted (&grades, evaluation, category, adjusted);
  chart_counts (&grades, counts);
}

TiersDistributionData *
tiers_chart_facts_distribution (const TiersPeriod     *period,
                                const TiersEvaluation *current,
                                const TiersEvaluation *previous,
                                const char            *category,
                                GHashTable            *adjusted)
{
  g_autofree char *name = NULL;
  TiersDistributionData *data;

  g_return_val_if_fail (period != NULL, NULL);

  name = tiers_period_to_label (period);
  data = tiers_distribution_data_new (name, category);
  if (current != NULL)
    count_chart_grades (current, category, adjusted, data->counts);
  if (previous != NULL)
    {
      TiersPeriod before = tiers_period_previous (period);

      data->has_previous = TRUE;
      data->previous_period = tiers_period_to_label (&before);
      count_chart_grades (previous, category, NULL, data->previous_counts);
    }
  return data;
}

TiersTransitionData *
tiers_chart_facts_transitions (const TiersPeriod     *period,
                               const TiersEvaluation *current,
                               const TiersEvaluation *previous,
                               const char            *category,
                               GHashTable            *adjusted)
{
  TiersPeriod before;
  g_autofree char *name = NULL;
  g_autofree char *before_name = NULL;
  TiersTransitionData *data;

  g_return_val_if_fail (period != NULL, NULL);

  before = tiers_period_previous (period);
  name = tiers_period_to_label (period);
  before_name = tiers_period_to_label (&before);
  data = tiers_transition_data_new (name, before_name, category);
  /* Without both periods there is no movement to show. */
  if (previous == NULL || current == NULL)
    return data;

  for (guint s = 0; s < current->n_suppliers; s++)
    {
      const TiersSupplierResult *now = &current->suppliers[s];
      const TiersSupplierResult *then = tiers_evaluation_find (previous, now->supplier->code);

      if (in_category (now, category))
        data->counts[tiers_chart_grade_of_result (then)]
                    [tiers_chart_grade_of (tiers_grade_counted (now, adjusted))]++;
    }
  /* Suppliers evaluated before but not now leave to "ungraded". */
  for (guint s = 0; s < previous->n_suppliers; s++)
    {
      const TiersSupplierResult *then = &previous->suppliers[s];

      if (in_category (then, category)
          && tiers_evaluation_find (current, then->supplier->code) == NULL)
        data->counts[tiers_chart_grade_of_result (then)][TIERS_CHART_UNGRADED]++;
    }
  return data;
}

TiersTrendData *
tiers_chart_facts_trend (const GArray                    *periods,
                         const TiersPeriodGrades * const *grades,
                         const char                      *category)
{
  TiersTrendData *data;

  g_return_val_if_fail (periods != NULL && grades != NULL, NULL);

  data = tiers_trend_data_new (category);
  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *name = tiers_period_to_string (&g_array_index (periods, TiersPeriod, i));
      guint counts[TIERS_CHART_N_GRADES] = { 0 };

      if (grades[i] != NULL)
        {
          TiersGradeCounts period_counts;

          tiers_period_grades_count (grades[i], category, &period_counts);
          chart_counts (&period_counts, counts);
        }
      tiers_trend_data_add_period (data, name, counts);
    }
  return data;
}

TiersHistoryData *
tiers_chart_facts_history (const GArray                    *periods,
                           const TiersPeriodGrades * const *grades,
                           const char                      *code,
                           const char                      *title,
                           const TiersScheme               *scheme)
{
  const TiersPeriodGrades *last;
  TiersHistoryData *data;

  g_return_val_if_fail (periods != NULL && periods->len > 0 && grades != NULL, NULL);
  g_return_val_if_fail (code != NULL && title != NULL, NULL);

  /* The bands of the scheme that graded the last period; the current one before that. */
  last = grades[periods->len - 1];
  g_return_val_if_fail (last != NULL || scheme != NULL, NULL);
  if (last != NULL)
    data = tiers_history_data_new (title, last->grade_a, last->grade_b, last->grade_c);
  else
    data = tiers_history_data_new (title, scheme->grade_a, scheme->grade_b, scheme->grade_c);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersGradeMark *mark = grades[i] != NULL
        ? tiers_period_grades_find (grades[i], code) : NULL;
      g_autofree char *name = tiers_period_to_label (&g_array_index (periods, TiersPeriod, i));
      gboolean scored = mark != NULL && mark->graded;

      tiers_history_data_add_point (data, name, scored, scored ? mark->score : 0,
                                    scored ? tiers_chart_grade_of (mark->grade)
                                           : TIERS_CHART_UNGRADED,
                                    mark != NULL ? mark->provisional : TRUE);
    }
  return data;
}

static const char *
dimension_label (TiersDimension dimension)
{
  switch (dimension)
    {
    case TIERS_DIMENSION_QUALITY: return _("Quality");
    case TIERS_DIMENSION_PRICE: return _("Price");
    case TIERS_DIMENSION_DELIVERY: return _("Delivery");
    case TIERS_DIMENSION_SERVICE: return _("Service");
    case TIERS_DIMENSION_OTHER:
    case TIERS_N_DIMENSIONS:
    default: return _("Other");
    }
}

/* A supplier's score in one dimension: the weighted mean of its valued criteria there. */
static gboolean
dimension_score (const TiersEvaluation *evaluation,
                 guint                  s,
                 TiersDimension         dimension,
                 double                *score)
{
  const GPtrArray *criteria = evaluation->scheme->criteria;
  double weights = 0, sum = 0;

  for (guint c = 0; c < criteria->len; c++)
    {
      const TiersCriterion *criterion = g_ptr_array_index (criteria, c);
      const TiersCriterionResult *result = &evaluation->suppliers[s].criteria[c];

      if (criterion->dimension != dimension || !result->indicator.has_value)
        continue;
      weights += criterion->weight;
      sum += criterion->weight * result->score;
    }
  if (weights <= 0)
    return FALSE;
  *score = sum / weights;
  return TRUE;
}

static gboolean
scheme_uses (const TiersScheme *scheme,
             TiersDimension     dimension)
{
  for (guint c = 0; c < scheme->criteria->len; c++)
    if (((const TiersCriterion *) g_ptr_array_index (scheme->criteria, c))->dimension
        == dimension)
      return TRUE;
  return FALSE;
}

static void
add_dimension (TiersProfileData      *data,
               const TiersEvaluation *evaluation,
               guint                  supplier,
               TiersDimension         dimension)
{
  const char *category = evaluation->suppliers[supplier].supplier->category;
  double score = 0, average = 0, value;
  gboolean has_score = dimension_score (evaluation, supplier, dimension, &score);
  guint n = 0;

  for (guint s = 0; s < evaluation->n_suppliers; s++)
    if (in_category (&evaluation->suppliers[s], category)
        && dimension_score (evaluation, s, dimension, &value))
      {
        average += value;
        n++;
      }
  tiers_profile_data_add_dimension (data, dimension_label (dimension), has_score, score, n > 0,
                                    n > 0 ? average / n : 0);
}

TiersProfileData *
tiers_chart_facts_profile (const TiersPeriod     *period,
                           const TiersEvaluation *evaluation,
                           const char            *code,
                           const char            *title)
{
  g_autofree char *name = NULL;
  const TiersSupplierResult *result;
  TiersProfileData *data;
  guint s;

  g_return_val_if_fail (period != NULL && code != NULL && title != NULL, NULL);

  name = tiers_period_to_label (period);
  result = evaluation != NULL ? tiers_evaluation_find (evaluation, code) : NULL;
  if (result == NULL)
    return tiers_profile_data_new (title, "", name, TIERS_CHART_UNGRADED);

  s = (guint) (result - evaluation->suppliers);
  data = tiers_profile_data_new (title, result->supplier->category, name,
                                 tiers_chart_grade_of_result (result));
  for (guint d = 0; d < G_N_ELEMENTS (profile_dimensions); d++)
    if (profile_dimensions[d] != TIERS_DIMENSION_OTHER
        || scheme_uses (evaluation->scheme, TIERS_DIMENSION_OTHER))
      add_dimension (data, evaluation, s, profile_dimensions[d]);
  return data;
}

TiersConcentrationData *
tiers_chart_facts_concentration (const TiersPeriod     *period,
                                 const TiersEvaluation *evaluation,
                                 const GPtrArray       *details,
                                 const char            *category)
{
  g_autofree char *name = NULL;
  TiersConcentrationData *data;

  g_return_val_if_fail (period != NULL && details != NULL && category != NULL, NULL);

  name = tiers_period_to_label (period);
  data = tiers_concentration_data_new (category, name);
  for (guint i = 0; i < details->len; i++)
    {
      const TiersSupplierDetails *row = g_ptr_array_index (details, i);
      const TiersSupplierResult *result;

      if (row->receipts == 0 || g_strcmp0 (row->category, category) != 0)
        continue;
      result = evaluation != NULL ? tiers_evaluation_find (evaluation, row->code) : NULL;
      tiers_concentration_data_add (data, row->code, row->name, row->spend,
                                    tiers_chart_grade_of_result (result));
    }
  return data;
}

typedef struct
{
  const char *category;
  double      spend;
} CategorySpend;

static int
compare_spend (gconstpointer a,
               gconstpointer b)
{
  const CategorySpend *x = a, *y = b;

  if (x->spend != y->spend)
    return x->spend > y->spend ? -1 : 1;
  return g_strcmp0 (x->category, y->category);
}

GPtrArray *
tiers_chart_facts_categories (const GPtrArray *details)
{
  g_autoptr(GHashTable) sums = NULL;
  g_autoptr(GArray) order = NULL;
  GPtrArray *categories;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (details != NULL, NULL);

  sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < details->len; i++)
    {
      const TiersSupplierDetails *row = g_ptr_array_index (details, i);
      double *sum = g_hash_table_lookup (sums, row->category);

      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (sums, row->category, sum);
        }
      *sum += row->spend;
    }
  order = g_array_new (FALSE, FALSE, sizeof (CategorySpend));
  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_array_append_val (order, ((CategorySpend) { key, *(double *) value }));
  g_array_sort (order, compare_spend);
  categories = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (categories, g_strdup (g_array_index (order, CategorySpend, i).category));
  return categories;
}
