/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-charts.c: chart data from stored evaluations. No SQL here: the evaluations come
 * through tiers-store-evaluation, spend and names through tiers-store-chart-facts. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store-chart-facts.h"
#include "tiers-store-charts.h"
#include "tiers-store-evaluation.h"

/* The dimensions a profile always shows, in the order a purchasing manager reads them. */
static const TiersDimension profile_dimensions[] = {
  TIERS_DIMENSION_QUALITY, TIERS_DIMENSION_PRICE, TIERS_DIMENSION_DELIVERY,
  TIERS_DIMENSION_SERVICE, TIERS_DIMENSION_OTHER,
};

/* PERIOD's stored evaluation in *OUT; evaluated first when FLAGS ask for it and the period
 * holds data. *OUT stays NULL, without an error, when there is none. */
static gboolean
get_evaluation (TiersStore         *store,
                const TiersPeriod  *period,
                TiersChartFlags     flags,
                TiersEvaluation   **out,
                GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean has_data;

  *out = tiers_store_load_evaluation (store, period, &local_error);
  if (*out != NULL)
    return TRUE;
  if (!g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((flags & TIERS_CHART_EVALUATE) == 0)
    return TRUE;
  if (!tiers_store_period_has_data (store, period, &has_data, error))
    return FALSE;
  if (!has_data)
    return TRUE;
  *out = tiers_store_evaluate (store, period, NULL, TIERS_EVALUATE_FLAGS_NONE, error);
  return *out != NULL;
}

static TiersPaletteGrade
palette_grade (const TiersSupplierResult *result)
{
  if (result == NULL || !result->graded || result->grade == TIERS_GRADE_NONE)
    return TIERS_PALETTE_UNGRADED;
  return (TiersPaletteGrade) (result->grade - TIERS_GRADE_A);
}

static gboolean
in_category (const TiersSupplierResult *result,
             const char                *category)
{
  return category == NULL || g_strcmp0 (result->supplier->category, category) == 0;
}

static void
count_grades (const TiersEvaluation *evaluation,
              const char            *category,
              guint                  counts[TIERS_PALETTE_N_GRADES])
{
  memset (counts, 0, TIERS_PALETTE_N_GRADES * sizeof (guint));
  for (guint s = 0; s < evaluation->n_suppliers; s++)
    if (in_category (&evaluation->suppliers[s], category))
      counts[palette_grade (&evaluation->suppliers[s])]++;
}

/* PERIOD and the N - 1 periods of its kind before it, oldest first. */
static GArray *
periods_ending_at (const TiersPeriod *period,
                   guint              n)
{
  GArray *periods = g_array_sized_new (FALSE, FALSE, sizeof (TiersPeriod), n);
  TiersPeriod p = *period;

  g_array_set_size (periods, n);
  for (guint i = n; i > 0; i--)
    {
      g_array_index (periods, TiersPeriod, i - 1) = p;
      p = tiers_period_previous (&p);
    }
  return periods;
}

TiersDistributionData *
tiers_store_chart_distribution (TiersStore        *store,
                                const TiersPeriod *period,
                                const char        *category,
                                TiersChartFlags    flags,
                                GError           **error)
{
  TiersPeriod before = tiers_period_previous (period);
  g_autoptr(TiersEvaluation) previous = NULL;
  g_autoptr(TiersEvaluation) current = NULL;
  g_autofree char *name = tiers_period_to_label (period);
  g_autoptr(TiersDistributionData) data = tiers_distribution_data_new (name, category);

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  if (!get_evaluation (store, &before, flags, &previous, error)
      || !get_evaluation (store, period, flags, &current, error))
    return NULL;
  if (current != NULL)
    count_grades (current, category, data->counts);
  if (previous != NULL)
    {
      data->has_previous = TRUE;
      data->previous_period = tiers_period_to_label (&before);
      count_grades (previous, category, data->previous_counts);
    }
  return g_steal_pointer (&data);
}

TiersTrendData *
tiers_store_chart_trend (TiersStore        *store,
                         const TiersPeriod *period,
                         guint              n_periods,
                         const char        *category,
                         TiersChartFlags    flags,
                         GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(TiersTrendData) data = tiers_trend_data_new (category);

  g_return_val_if_fail (store != NULL && period != NULL && n_periods > 0, NULL);

  periods = periods_ending_at (period, n_periods);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersPeriod *p = &g_array_index (periods, TiersPeriod, i);
      g_autoptr(TiersEvaluation) evaluation = NULL;
      g_autofree char *name = tiers_period_to_string (p);
      guint counts[TIERS_PALETTE_N_GRADES] = { 0 };

      if (!get_evaluation (store, p, flags, &evaluation, error))
        return NULL;
      if (evaluation != NULL)
        count_grades (evaluation, category, counts);
      tiers_trend_data_add_period (data, name, counts);
    }
  return g_steal_pointer (&data);
}

TiersTransitionData *
tiers_store_chart_transitions (TiersStore        *store,
                               const TiersPeriod *period,
                               const char        *category,
                               TiersChartFlags    flags,
                               GError           **error)
{
  TiersPeriod before = tiers_period_previous (period);
  g_autoptr(TiersEvaluation) previous = NULL;
  g_autoptr(TiersEvaluation) current = NULL;
  g_autofree char *name = tiers_period_to_label (period);
  g_autofree char *before_name = tiers_period_to_label (&before);
  g_autoptr(TiersTransitionData) data = tiers_transition_data_new (name, before_name, category);

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  if (!get_evaluation (store, &before, flags, &previous, error)
      || !get_evaluation (store, period, flags, &current, error))
    return NULL;
  /* Without both periods there is no movement to show. */
  if (previous == NULL || current == NULL)
    return g_steal_pointer (&data);

  for (guint s = 0; s < current->n_suppliers; s++)
    {
      const TiersSupplierResult *now = &current->suppliers[s];
      const TiersSupplierResult *then = tiers_evaluation_find (previous, now->supplier->code);

      if (in_category (now, category))
        data->counts[palette_grade (then)][palette_grade (now)]++;
    }
  /* Suppliers evaluated before but not now leave to "ungraded". */
  for (guint s = 0; s < previous->n_suppliers; s++)
    {
      const TiersSupplierResult *then = &previous->suppliers[s];

      if (in_category (then, category)
          && tiers_evaluation_find (current, then->supplier->code) == NULL)
        data->counts[palette_grade (then)][TIERS_PALETTE_UNGRADED]++;
    }
  return g_steal_pointer (&data);
}

/* "CODE Name", refusing a code that names no supplier. */
static char *
supplier_title (TiersStore  *store,
                const char  *code,
                GError     **error)
{
  g_autoptr(GHashTable) names = tiers_store_load_supplier_names (store, error);
  const char *name;

  if (names == NULL)
    return NULL;
  name = g_hash_table_lookup (names, code);
  if (name == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("There is no supplier with the code “%s”"), code);
      return NULL;
    }
  return g_strdup_printf ("%s %s", code, name);
}

TiersHistoryData *
tiers_store_chart_history (TiersStore        *store,
                           const TiersPeriod *period,
                           guint              n_periods,
                           const char        *supplier_code,
                           TiersChartFlags    flags,
                           GError           **error)
{
  g_autoptr(GArray) periods = NULL;
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (
    (GDestroyNotify) tiers_evaluation_free);
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(TiersHistoryData) data = NULL;
  g_autofree char *title = NULL;
  const TiersScheme *bands;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, NULL);
  g_return_val_if_fail (n_periods > 0, NULL);

  if ((title = supplier_title (store, supplier_code, error)) == NULL)
    return NULL;
  periods = periods_ending_at (period, n_periods);
  for (guint i = 0; i < periods->len; i++)
    {
      TiersEvaluation *evaluation;

      if (!get_evaluation (store, &g_array_index (periods, TiersPeriod, i), flags, &evaluation,
                           error))
        return NULL;
      g_ptr_array_add (evaluations, evaluation);
    }

  /* The bands of the scheme that graded the last period; the current one before that. */
  if (evaluations->pdata[periods->len - 1] != NULL)
    bands = ((TiersEvaluation *) evaluations->pdata[periods->len - 1])->scheme;
  else if ((bands = scheme = tiers_store_load_scheme (store, NULL, error)) == NULL)
    return NULL;

  data = tiers_history_data_new (title, bands->grade_a, bands->grade_b, bands->grade_c);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersEvaluation *evaluation = evaluations->pdata[i];
      const TiersSupplierResult *result = evaluation
        ? tiers_evaluation_find (evaluation, supplier_code) : NULL;
      g_autofree char *name = tiers_period_to_label (&g_array_index (periods, TiersPeriod, i));
      gboolean scored = result != NULL && result->graded;

      tiers_history_data_add_point (data, name, scored, scored ? result->score : 0,
                                    palette_grade (result), result ? result->provisional : TRUE);
    }
  return g_steal_pointer (&data);
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
tiers_store_chart_profile (TiersStore        *store,
                           const TiersPeriod *period,
                           const char        *supplier_code,
                           TiersChartFlags    flags,
                           GError           **error)
{
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = tiers_period_to_label (period);
  const TiersSupplierResult *result;
  guint s;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, NULL);

  if ((title = supplier_title (store, supplier_code, error)) == NULL
      || !get_evaluation (store, period, flags, &evaluation, error))
    return NULL;
  result = evaluation ? tiers_evaluation_find (evaluation, supplier_code) : NULL;
  if (result == NULL)
    return tiers_profile_data_new (title, "", name, TIERS_PALETTE_UNGRADED);

  s = (guint) (result - evaluation->suppliers);
  {
    g_autoptr(TiersProfileData) data = tiers_profile_data_new (title, result->supplier->category,
                                                               name, palette_grade (result));

    for (guint d = 0; d < G_N_ELEMENTS (profile_dimensions); d++)
      if (profile_dimensions[d] != TIERS_DIMENSION_OTHER
          || scheme_uses (evaluation->scheme, TIERS_DIMENSION_OTHER))
        add_dimension (data, evaluation, s, profile_dimensions[d]);
    return g_steal_pointer (&data);
  }
}

TiersConcentrationData *
tiers_store_chart_concentration (TiersStore        *store,
                                 const TiersPeriod *period,
                                 const char        *category,
                                 TiersChartFlags    flags,
                                 GError           **error)
{
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autoptr(GArray) spend = NULL;
  g_autofree char *name = tiers_period_to_label (period);
  g_autoptr(TiersConcentrationData) data = tiers_concentration_data_new (category, name);

  g_return_val_if_fail (store != NULL && period != NULL && category != NULL, NULL);

  if (!get_evaluation (store, period, flags, &evaluation, error)
      || (spend = tiers_store_load_spend (store, period, category, error)) == NULL)
    return NULL;
  for (guint i = 0; i < spend->len; i++)
    {
      const TiersSupplierSpend *row = &g_array_index (spend, TiersSupplierSpend, i);
      const TiersSupplierResult *result = evaluation
        ? tiers_evaluation_find (evaluation, row->code) : NULL;

      tiers_concentration_data_add (data, row->code, row->name, row->spend,
                                    palette_grade (result));
    }
  return g_steal_pointer (&data);
}
