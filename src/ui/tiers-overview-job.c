/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-overview-job.c: the overview's charts, read off the main loop: at 10,000 suppliers
 * the trend alone reads eight stored evaluations, and the spend scans every receipt of the
 * period once (per category, the store's spend query would scan them once per supplier). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-overview-job.h"
#include "tiers-store-charts.h"
#include "tiers-store-supplier-details.h"

typedef struct
{
  char        *database_path;
  TiersPeriod  period;
  TiersOverviewParts parts;
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_free (job);
}

void
tiers_overview_charts_free (TiersOverviewCharts *charts)
{
  if (charts == NULL)
    return;
  g_clear_pointer (&charts->distribution, tiers_distribution_data_free);
  g_clear_pointer (&charts->trend, tiers_trend_data_free);
  g_clear_pointer (&charts->transitions, tiers_transition_data_free);
  g_clear_pointer (&charts->details, g_ptr_array_unref);
  g_clear_pointer (&charts->categories, g_ptr_array_unref);
  g_free (charts);
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

/* The period's categories, largest spend first; a category without spend still counts, as
 * its suppliers are graded. */
static GPtrArray *
list_categories (GPtrArray *details)
{
  g_autoptr(GHashTable) sums = NULL;
  g_autoptr(GArray) order = NULL;
  GPtrArray *categories;
  GHashTableIter iter;
  gpointer key, value;

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

static gboolean
load_summary (TiersStore          *store,
              const Job           *job,
              TiersOverviewCharts *charts,
              GError             **error)
{
  charts->distribution = tiers_store_chart_distribution (store, &job->period, NULL,
                                                         TIERS_CHART_READ_ONLY, error);
  if (charts->distribution == NULL)
    return FALSE;
  charts->transitions = tiers_store_chart_transitions (store, &job->period, NULL,
                                                       TIERS_CHART_READ_ONLY, error);
  if (charts->transitions == NULL)
    return FALSE;
  charts->details = tiers_store_load_supplier_details (store, &job->period, error);
  if (charts->details == NULL)
    return FALSE;
  charts->categories = list_categories (charts->details);
  return TRUE;
}

static void
run (GTask        *task,
     gpointer      source_object,
     gpointer      task_data,
     GCancellable *cancellable)
{
  const Job *job = task_data;
  g_autoptr(TiersOverviewCharts) charts = g_new0 (TiersOverviewCharts, 1);
  g_autoptr(TiersStore) store = NULL;
  GError *error = NULL;

  store = tiers_store_open (job->database_path, &error);
  if (store == NULL ||
      ((job->parts & TIERS_OVERVIEW_PART_SUMMARY) != 0 &&
       !load_summary (store, job, charts, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  if ((job->parts & TIERS_OVERVIEW_PART_TREND) != 0)
    {
      charts->trend = tiers_store_chart_trend (store, &job->period,
                                               TIERS_TREND_DEFAULT_PERIODS, NULL,
                                               TIERS_CHART_EVALUATE, &error);
      if (charts->trend == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_pointer (task, g_steal_pointer (&charts),
                         (GDestroyNotify) tiers_overview_charts_free);
}

void
tiers_overview_job_run_async (const char          *database_path,
                              const TiersPeriod   *period,
                              TiersOverviewParts   parts,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (period != NULL);

  job = g_new0 (Job, 1);
  job->database_path = g_strdup (database_path);
  job->period = *period;
  job->parts = parts;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_overview_job_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run);
}

TiersOverviewCharts *
tiers_overview_job_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
