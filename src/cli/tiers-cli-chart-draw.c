/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-chart-draw.c: the module `chart` loads to lay out one chart of the stored
 * grades and export it; the only part of supplier-tiers-cli that needs Cairo and Pango. */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <gmodule.h>

#include "tiers-cli-chart-draw.h"
#include <glib/gi18n-lib.h>

#include "tiers-chart-allocation.h"
#include "tiers-chart-concentration.h"
#include "tiers-chart-distribution.h"
#include "tiers-chart-export.h"
#include "tiers-chart-facts.h"
#include "tiers-chart-history.h"
#include "tiers-chart-profile.h"
#include "tiers-chart-transitions.h"
#include "tiers-chart-trend.h"
#include "tiers-error.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"
#include "tiers-store-supplier-details.h"
#include "tiers-store-suppliers.h"

/* The evaluations of the N periods of PERIOD's kind ending at PERIOD (oldest first, NULL
 * where a period holds no data), current by the one freshness rule: evaluated oldest first,
 * so smoothing reads every earlier score as it is now. */
GPtrArray *
tiers_cli_load_evaluations (TiersStore   *store,
                            const GArray *periods,
                            GError      **error)
{
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;

  if ((scheme = tiers_store_load_scheme (store, &version, error)) == NULL)
    return NULL;
  evaluations = g_ptr_array_new_full (periods->len, (GDestroyNotify) tiers_evaluation_free);
  for (guint i = 0; i < periods->len; i++)
    {
      TiersEvaluation *evaluation = NULL;

      if (!tiers_store_current_evaluation (store, &g_array_index (periods, TiersPeriod, i),
                                           version, &evaluation, NULL, error))
        return NULL;
      g_ptr_array_add (evaluations, evaluation);
    }
  return g_steal_pointer (&evaluations);
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

/* What each kind shows, from the evaluations of the periods it needs. */
static TiersChartLayout *
lay_out_facts (TiersStore              *store,
               const TiersPeriod       *period,
               const TiersChartRequest *request,
               const TiersChartOptions *options,
               GError                 **error)
{
  const char *kind = request->kind;
  gboolean over_time = g_str_equal (kind, "distribution-trend") || g_str_equal (kind, "history");
  g_autoptr(GArray) periods = tiers_periods_ending_at (period, over_time ? request->periods : 2);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GHashTable) adjusted = NULL;
  g_autofree char *title = NULL;
  const TiersEvaluation * const *evaluations;
  const TiersEvaluation *current, *previous;

  if (request->supplier != NULL
      && (title = supplier_title (store, request->supplier, error)) == NULL)
    return NULL;
  if ((loaded = tiers_cli_load_evaluations (store, periods, error)) == NULL)
    return NULL;
  evaluations = (const TiersEvaluation * const *) loaded->pdata;
  current = evaluations[periods->len - 1];
  previous = periods->len > 1 ? evaluations[periods->len - 2] : NULL;
  /* A trend or a history reads only the grades of each period. */
  grades = g_ptr_array_new_full (periods->len, (GDestroyNotify) tiers_period_grades_free);
  for (guint i = 0; i < periods->len; i++)
    g_ptr_array_add (grades, evaluations[i] ? tiers_period_grades_new (evaluations[i]) : NULL);

#define LAY_OUT(type, data_expression, layout_call) \
  G_STMT_START { \
    g_autoptr (type) data = data_expression; \
    return layout_call; \
  } G_STMT_END

  /* The grades a manager adjusted in the period's review show instead of the computed ones. */
  if (g_str_equal (kind, "distribution") || g_str_equal (kind, "transitions")
      || g_str_equal (kind, "allocation"))
    {
      if ((adjusted = tiers_store_load_overrides (store, period, error)) == NULL)
        return NULL;
    }
  if (g_str_equal (kind, "distribution"))
    LAY_OUT (TiersDistributionData,
             tiers_chart_facts_distribution (period, current, previous, request->category,
                                             adjusted),
             tiers_distribution_chart_layout (data, options, NULL));
  if (g_str_equal (kind, "distribution-trend"))
    LAY_OUT (TiersTrendData,
             tiers_chart_facts_trend (periods, (const TiersPeriodGrades * const *) grades->pdata,
                                      request->category),
             tiers_trend_chart_layout (data, options, NULL));
  if (g_str_equal (kind, "transitions"))
    LAY_OUT (TiersTransitionData,
             tiers_chart_facts_transitions (period, current, previous, request->category,
                                            adjusted),
             tiers_transition_chart_layout (data, request->flow ? TIERS_TRANSITION_VIEW_FLOW
                                            : TIERS_TRANSITION_VIEW_MATRIX, options, NULL));
  if (g_str_equal (kind, "history"))
    {
      g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, error);

      if (scheme == NULL)
        return NULL;
      LAY_OUT (TiersHistoryData,
               tiers_chart_facts_history (periods,
                                          (const TiersPeriodGrades * const *) grades->pdata,
                                          request->supplier, title, scheme),
               tiers_history_chart_layout (data, options, NULL));
    }
  if (g_str_equal (kind, "profile"))
    LAY_OUT (TiersProfileData,
             tiers_chart_facts_profile (period, current, request->supplier, title),
             tiers_profile_chart_layout (data, options, NULL));
  {
    g_autoptr(GPtrArray) details = tiers_store_load_supplier_details (store, period, error);

    if (details == NULL)
      return NULL;
    if (g_str_equal (kind, "allocation"))
      {
        g_autoptr(TiersSupplyRisk) risk = tiers_supply_risk_new (period, current, previous,
                                                                 details, adjusted,
                                                                 TIERS_RISK_DEFAULT_THRESHOLD);
        g_autofree char *label = tiers_period_to_label (period);

        LAY_OUT (TiersAllocationData, tiers_allocation_new (label, risk, request->category),
                 tiers_allocation_chart_layout (data, options, NULL));
      }
    LAY_OUT (TiersConcentrationData,
             tiers_chart_facts_concentration (period, current, details, request->category),
             tiers_concentration_chart_layout (data, options, NULL));
  }
#undef LAY_OUT
}

gboolean
tiers_cli_chart_draw (TiersStore              *store,
                      const TiersPeriod       *period,
                      const TiersChartRequest *request,
                      TiersCliChartFormat      format,
                      const char              *path,
                      GError                 **error)
{
  static const TiersChartFormat formats[] = {
    [TIERS_CLI_CHART_PNG] = TIERS_CHART_FORMAT_PNG,
    [TIERS_CLI_CHART_SVG] = TIERS_CHART_FORMAT_SVG,
    [TIERS_CLI_CHART_PDF] = TIERS_CHART_FORMAT_PDF,
  };
  TiersChartOptions options = { request->width, request->height, request->dark,
                                request->language };
  g_autoptr(TiersChartLayout) layout = lay_out_facts (store, period, request, &options, error);

  return layout != NULL && tiers_chart_layout_export (layout, formats[format], path, error);
}
