/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supply-risk.c: spend shares, HHI, bands and flags per category. The spend per
 * supplier and category is the concentration chart's (tiers_chart_facts_concentration), so
 * the chart and the risk never disagree on a share. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tiers-chart-facts.h"
#include "tiers-grade-counts.h"
#include "tiers-number.h"
#include "tiers-supply-risk.h"

double
tiers_risk_hhi (const double *shares,
                guint         n_shares)
{
  double hhi = 0;

  g_return_val_if_fail (shares != NULL || n_shares == 0, 0);

  for (guint i = 0; i < n_shares; i++)
    hhi += (100 * shares[i]) * (100 * shares[i]);
  return hhi;
}

TiersRiskBand
tiers_risk_band_of (double hhi)
{
  if (hhi < TIERS_RISK_MODERATE_FROM)
    return TIERS_RISK_LOW;
  if (hhi <= TIERS_RISK_HIGH_ABOVE)
    return TIERS_RISK_MODERATE;
  return TIERS_RISK_HIGH;
}

const char *
tiers_risk_band_to_string (TiersRiskBand band)
{
  switch (band)
    {
    case TIERS_RISK_LOW:
      return "low";
    case TIERS_RISK_MODERATE:
      return "moderate";
    case TIERS_RISK_HIGH:
    default:
      return "high";
    }
}

const char *
tiers_risk_band_label (TiersRiskBand band)
{
  switch (band)
    {
    case TIERS_RISK_LOW:
      /* Translators: a category's supply risk, by how concentrated its spend is */
      return _("Low risk");
    case TIERS_RISK_MODERATE:
      return _("Moderate risk");
    case TIERS_RISK_HIGH:
    default:
      return _("High risk");
    }
}

gboolean
tiers_risk_is_flagged (double     share,
                       double     threshold,
                       TiersGrade grade,
                       gboolean   score_fell)
{
  return share > threshold
         && (grade == TIERS_GRADE_C || grade == TIERS_GRADE_D || score_fell);
}

gboolean
tiers_risk_threshold_valid (double threshold)
{
  return isfinite (threshold) && threshold >= 0 && threshold <= 1;
}

static void
clear_supplier (gpointer data)
{
  TiersRiskSupplier *supplier = data;

  g_free (supplier->code);
  g_free (supplier->name);
}

static void
category_risk_free (gpointer data)
{
  TiersCategoryRisk *category = data;

  g_free (category->category);
  g_clear_pointer (&category->suppliers, g_array_unref);
  g_free (category);
}

static int
compare_share (gconstpointer a,
               gconstpointer b)
{
  const TiersRiskSupplier *x = a, *y = b;

  if (x->spend != y->spend)
    return x->spend > y->spend ? -1 : 1;
  return strcmp (x->code, y->code);
}

/* Fills what the evaluations say of one supplier: its shown grade, its score and whether
 * that fell since the previous period. */
static void
grade_supplier (TiersRiskSupplier     *supplier,
                const TiersEvaluation *current,
                const TiersEvaluation *previous,
                GHashTable            *adjusted)
{
  const TiersSupplierResult *now = current ? tiers_evaluation_find (current, supplier->code)
                                           : NULL;
  const TiersSupplierResult *before = previous ? tiers_evaluation_find (previous,
                                                                        supplier->code)
                                               : NULL;

  supplier->grade = now != NULL ? tiers_grade_counted (now, adjusted) : TIERS_GRADE_NONE;
  supplier->has_score = now != NULL && now->graded;
  supplier->score = supplier->has_score ? now->score : 0;
  supplier->score_fell = supplier->has_score && before != NULL && before->graded
                         && now->score < before->score;
}

static TiersCategoryRisk *
category_risk_new (const TiersConcentrationData *spend,
                   const TiersEvaluation        *current,
                   const TiersEvaluation        *previous,
                   GHashTable                   *adjusted,
                   double                        threshold)
{
  TiersCategoryRisk *category = g_new0 (TiersCategoryRisk, 1);
  g_autofree double *shares = NULL;

  category->category = g_strdup (spend->category);
  category->suppliers = g_array_new (FALSE, TRUE, sizeof (TiersRiskSupplier));
  g_array_set_clear_func (category->suppliers, clear_supplier);
  for (guint i = 0; i < spend->suppliers->len; i++)
    {
      const TiersSpendShare *row = &g_array_index (spend->suppliers, TiersSpendShare, i);
      TiersRiskSupplier supplier = { 0 };

      /* Receipts at a price of 0 bring no spend: no share, not a source that counts. */
      if (!(row->spend > 0))
        continue;
      supplier.code = g_strdup (row->code);
      supplier.name = g_strdup (row->name);
      supplier.spend = row->spend;
      category->spend += row->spend;
      g_array_append_val (category->suppliers, supplier);
    }
  g_array_sort (category->suppliers, compare_share);

  shares = g_new0 (double, MAX (1u, category->suppliers->len));
  for (guint i = 0; i < category->suppliers->len; i++)
    {
      TiersRiskSupplier *supplier = &g_array_index (category->suppliers, TiersRiskSupplier, i);

      supplier->share = supplier->spend / category->spend;
      shares[i] = supplier->share;
      grade_supplier (supplier, current, previous, adjusted);
      supplier->flagged = tiers_risk_is_flagged (supplier->share, threshold, supplier->grade,
                                                 supplier->score_fell);
      category->n_flagged += supplier->flagged ? 1 : 0;
    }
  category->hhi = tiers_risk_hhi (shares, category->suppliers->len);
  /* Banded as printed, to two decimals: a category shown with 1500.00 is moderate, whatever
   * the last bits of the division. */
  category->band = tiers_risk_band_of (tiers_round2 (category->hhi));
  category->single_source = category->suppliers->len == 1;
  return category;
}

static int
compare_category (gconstpointer a,
                  gconstpointer b)
{
  const TiersCategoryRisk *x = *(TiersCategoryRisk * const *) a;
  const TiersCategoryRisk *y = *(TiersCategoryRisk * const *) b;

  return strcmp (x->category, y->category);
}

TiersSupplyRisk *
tiers_supply_risk_new (const TiersPeriod     *period,
                       const TiersEvaluation *current,
                       const TiersEvaluation *previous,
                       const GPtrArray       *details,
                       GHashTable            *adjusted,
                       double                 threshold)
{
  g_autoptr(GPtrArray) names = NULL;
  TiersSupplyRisk *risk;

  g_return_val_if_fail (period != NULL && details != NULL, NULL);
  g_return_val_if_fail (tiers_risk_threshold_valid (threshold), NULL);

  risk = g_new0 (TiersSupplyRisk, 1);
  risk->threshold = threshold;
  risk->categories = g_ptr_array_new_with_free_func (category_risk_free);
  names = tiers_chart_facts_categories (details);
  for (guint c = 0; c < names->len; c++)
    {
      g_autoptr(TiersConcentrationData) spend =
        tiers_chart_facts_concentration (period, current, details,
                                         g_ptr_array_index (names, c));
      TiersCategoryRisk *category = category_risk_new (spend, current, previous, adjusted,
                                                       threshold);

      if (category->suppliers->len > 0)
        g_ptr_array_add (risk->categories, category);
      else
        category_risk_free (category);
    }
  g_ptr_array_sort (risk->categories, compare_category);
  return risk;
}

void
tiers_supply_risk_free (TiersSupplyRisk *risk)
{
  if (risk == NULL)
    return;
  g_ptr_array_unref (risk->categories);
  g_free (risk);
}

const TiersCategoryRisk *
tiers_supply_risk_find (const TiersSupplyRisk *risk,
                        const char            *category)
{
  g_return_val_if_fail (risk != NULL, NULL);

  for (guint c = 0; c < risk->categories->len; c++)
    {
      const TiersCategoryRisk *row = g_ptr_array_index (risk->categories, c);

      if (g_strcmp0 (row->category, category) == 0)
        return row;
    }
  return NULL;
}

static int
compare_concern (gconstpointer a,
                 gconstpointer b)
{
  const TiersCategoryRisk *x = *(TiersCategoryRisk * const *) a;
  const TiersCategoryRisk *y = *(TiersCategoryRisk * const *) b;

  if (x->hhi != y->hhi)
    return x->hhi > y->hhi ? -1 : 1;
  return strcmp (x->category, y->category);
}

GPtrArray *
tiers_supply_risk_by_concern (const TiersSupplyRisk *risk)
{
  GPtrArray *order;

  g_return_val_if_fail (risk != NULL, NULL);

  order = g_ptr_array_sized_new (risk->categories->len);
  for (guint c = 0; c < risk->categories->len; c++)
    g_ptr_array_add (order, g_ptr_array_index (risk->categories, c));
  g_ptr_array_sort (order, compare_concern);
  return order;
}

const TiersRiskSupplier *
tiers_category_risk_top (const TiersCategoryRisk *category)
{
  g_return_val_if_fail (category != NULL && category->suppliers->len > 0, NULL);
  return &g_array_index (category->suppliers, TiersRiskSupplier, 0);
}
