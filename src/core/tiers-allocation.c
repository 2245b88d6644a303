/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-allocation.c: spend share by tier and the suggested shift toward A and B. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-allocation.h"

gboolean
tiers_allocation_suggest (const double now[TIERS_CHART_N_GRADES],
                          double       suggested[TIERS_CHART_N_GRADES])
{
  double a = now[TIERS_CHART_GRADE_A], b = now[TIERS_CHART_GRADE_B];
  double moved;

  memcpy (suggested, now, TIERS_CHART_N_GRADES * sizeof (double));
  /* Without an A or B supplier there is nobody proven to take the share: the C and D
   * suppliers keep it until an alternative is found. */
  if (!(a + b > 0))
    return FALSE;
  moved = now[TIERS_CHART_GRADE_C] * TIERS_ALLOCATION_SHIFT_C
          + now[TIERS_CHART_GRADE_D] * TIERS_ALLOCATION_SHIFT_D;
  suggested[TIERS_CHART_GRADE_C] = now[TIERS_CHART_GRADE_C] * (1 - TIERS_ALLOCATION_SHIFT_C);
  suggested[TIERS_CHART_GRADE_D] = now[TIERS_CHART_GRADE_D] * (1 - TIERS_ALLOCATION_SHIFT_D);
  suggested[TIERS_CHART_GRADE_A] = a + moved * a / (a + b);
  suggested[TIERS_CHART_GRADE_B] = b + moved * b / (a + b);
  return TRUE;
}

static void
clear_category (gpointer data)
{
  TiersCategoryAllocation *category = data;

  g_free (category->category);
}

static int
compare_spend (gconstpointer a,
               gconstpointer b)
{
  const TiersCategoryAllocation *x = a, *y = b;

  if (x->spend != y->spend)
    return x->spend > y->spend ? -1 : 1;
  return strcmp (x->category, y->category);
}

TiersAllocationData *
tiers_allocation_data_new (const char *period)
{
  TiersAllocationData *data;

  g_return_val_if_fail (period != NULL, NULL);

  data = g_new0 (TiersAllocationData, 1);
  data->period = g_strdup (period);
  data->categories = g_array_new (FALSE, TRUE, sizeof (TiersCategoryAllocation));
  g_array_set_clear_func (data->categories, clear_category);
  return data;
}

void
tiers_allocation_data_add (TiersAllocationData *data,
                           const char          *category,
                           double               spend,
                           const double         now[TIERS_CHART_N_GRADES])
{
  TiersCategoryAllocation allocation = { 0 };

  g_return_if_fail (data != NULL && category != NULL && now != NULL);

  allocation.category = g_strdup (category);
  allocation.spend = spend;
  memcpy (allocation.now, now, sizeof allocation.now);
  allocation.can_shift = tiers_allocation_suggest (allocation.now, allocation.suggested);
  g_array_append_val (data->categories, allocation);
}

TiersAllocationData *
tiers_allocation_new (const char            *period,
                      const TiersSupplyRisk *risk,
                      const char            *category)
{
  TiersAllocationData *data;

  g_return_val_if_fail (period != NULL && risk != NULL, NULL);

  data = tiers_allocation_data_new (period);
  for (guint c = 0; c < risk->categories->len; c++)
    {
      const TiersCategoryRisk *row = g_ptr_array_index (risk->categories, c);
      double now[TIERS_CHART_N_GRADES] = { 0 };

      if (category != NULL && strcmp (category, row->category) != 0)
        continue;
      for (guint s = 0; s < row->suppliers->len; s++)
        {
          const TiersRiskSupplier *supplier = &g_array_index (row->suppliers,
                                                              TiersRiskSupplier, s);

          now[tiers_chart_grade_of (supplier->grade)] += supplier->share;
        }
      tiers_allocation_data_add (data, row->category, row->spend, now);
    }
  g_array_sort (data->categories, compare_spend);
  return data;
}

void
tiers_allocation_free (TiersAllocationData *data)
{
  if (data == NULL)
    return;
  g_free (data->period);
  g_clear_pointer (&data->categories, g_array_unref);
  g_free (data);
}
