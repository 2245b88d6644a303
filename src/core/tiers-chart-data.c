/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-chart-data.c: building and freeing the charts' plain data. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-chart-data.h"
#include "tiers-period.h"

TiersDistributionData *
tiers_distribution_data_new (const char *period,
                             const char *category)
{
  TiersDistributionData *data = g_new0 (TiersDistributionData, 1);

  data->period = g_strdup (period);
  data->category = g_strdup (category);
  return data;
}

void
tiers_distribution_data_free (TiersDistributionData *data)
{
  if (data == NULL)
    return;
  g_free (data->period);
  g_free (data->category);
  g_free (data->previous_period);
  g_free (data);
}

static void
clear_period (gpointer data)
{
  TiersTrendPeriod *period = data;

  g_free (period->period);
  g_free (period->label);
}

TiersTrendData *
tiers_trend_data_new (const char *category)
{
  TiersTrendData *data = g_new0 (TiersTrendData, 1);

  data->category = g_strdup (category);
  data->periods = g_array_new (FALSE, TRUE, sizeof (TiersTrendPeriod));
  g_array_set_clear_func (data->periods, clear_period);
  return data;
}

void
tiers_trend_data_add_period (TiersTrendData *data,
                             const char     *period,
                             const guint    *counts)
{
  TiersTrendPeriod entry = { g_strdup (period), NULL, { 0 } };
  TiersPeriod parsed;

  g_return_if_fail (data != NULL && period != NULL && counts != NULL);

  entry.label = tiers_period_parse (period, &parsed, NULL)
    ? tiers_period_to_label (&parsed) : g_strdup (period);
  memcpy (entry.counts, counts, sizeof entry.counts);
  g_array_append_val (data->periods, entry);
}

void
tiers_trend_data_free (TiersTrendData *data)
{
  if (data == NULL)
    return;
  g_free (data->category);
  g_array_unref (data->periods);
  g_free (data);
}

TiersTransitionData *
tiers_transition_data_new (const char *period,
                           const char *previous_period,
                           const char *category)
{
  TiersTransitionData *data = g_new0 (TiersTransitionData, 1);

  data->period = g_strdup (period);
  data->previous_period = g_strdup (previous_period);
  data->category = g_strdup (category);
  return data;
}

void
tiers_transition_data_free (TiersTransitionData *data)
{
  if (data == NULL)
    return;
  g_free (data->period);
  g_free (data->previous_period);
  g_free (data->category);
  g_free (data);
}

static void
clear_point (gpointer data)
{
  TiersHistoryPoint *point = data;

  g_free (point->period);
}

TiersHistoryData *
tiers_history_data_new (const char *supplier,
                        double      grade_a,
                        double      grade_b,
                        double      grade_c)
{
  TiersHistoryData *data = g_new0 (TiersHistoryData, 1);

  data->supplier = g_strdup (supplier);
  data->grade_a = grade_a;
  data->grade_b = grade_b;
  data->grade_c = grade_c;
  data->points = g_array_new (FALSE, TRUE, sizeof (TiersHistoryPoint));
  g_array_set_clear_func (data->points, clear_point);
  return data;
}

void
tiers_history_data_add_point (TiersHistoryData  *data,
                              const char        *period,
                              gboolean           has_score,
                              double             score,
                              TiersChartGrade  grade,
                              gboolean           provisional)
{
  TiersHistoryPoint point = { g_strdup (period), has_score, score,
                              has_score ? grade : TIERS_CHART_UNGRADED, provisional };

  g_return_if_fail (data != NULL && period != NULL);
  g_array_append_val (data->points, point);
}

void
tiers_history_data_free (TiersHistoryData *data)
{
  if (data == NULL)
    return;
  g_free (data->supplier);
  g_array_unref (data->points);
  g_free (data);
}

static void
clear_dimension (gpointer data)
{
  TiersProfileDimension *dimension = data;

  g_free (dimension->label);
}

TiersProfileData *
tiers_profile_data_new (const char        *supplier,
                        const char        *category,
                        const char        *period,
                        TiersChartGrade  grade)
{
  TiersProfileData *data = g_new0 (TiersProfileData, 1);

  data->supplier = g_strdup (supplier);
  data->category = g_strdup (category);
  data->period = g_strdup (period);
  data->grade = grade;
  data->dimensions = g_array_new (FALSE, TRUE, sizeof (TiersProfileDimension));
  g_array_set_clear_func (data->dimensions, clear_dimension);
  return data;
}

void
tiers_profile_data_add_dimension (TiersProfileData *data,
                                  const char       *label,
                                  gboolean          has_score,
                                  double            score,
                                  gboolean          has_average,
                                  double            average)
{
  TiersProfileDimension dimension = { g_strdup (label), has_score, score, has_average, average };

  g_return_if_fail (data != NULL && label != NULL);
  g_array_append_val (data->dimensions, dimension);
}

void
tiers_profile_data_free (TiersProfileData *data)
{
  if (data == NULL)
    return;
  g_free (data->supplier);
  g_free (data->category);
  g_free (data->period);
  g_array_unref (data->dimensions);
  g_free (data);
}

static void
clear_share (gpointer data)
{
  TiersSpendShare *share = data;

  g_free (share->code);
  g_free (share->name);
}

TiersConcentrationData *
tiers_concentration_data_new (const char *category,
                              const char *period)
{
  TiersConcentrationData *data = g_new0 (TiersConcentrationData, 1);

  data->category = g_strdup (category);
  data->period = g_strdup (period);
  data->suppliers = g_array_new (FALSE, TRUE, sizeof (TiersSpendShare));
  g_array_set_clear_func (data->suppliers, clear_share);
  return data;
}

void
tiers_concentration_data_add (TiersConcentrationData *data,
                              const char             *code,
                              const char             *name,
                              double                  spend,
                              TiersChartGrade       grade)
{
  TiersSpendShare share = { g_strdup (code), g_strdup (name), spend, grade };

  g_return_if_fail (data != NULL && code != NULL);
  g_array_append_val (data->suppliers, share);
}

void
tiers_concentration_data_free (TiersConcentrationData *data)
{
  if (data == NULL)
    return;
  g_free (data->category);
  g_free (data->period);
  g_array_unref (data->suppliers);
  g_free (data);
}
