/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-records-load.c: the worker's share of rebuilding the suppliers page: the
 * store's details of every supplier (one query over the period's receipts, about 100 ms at
 * 2,000,000 receipts) and the records themselves (their sort keys take tens of milliseconds
 * at 10,000 suppliers). */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-supplier-records-load.h"

typedef struct
{
  char        *path;
  TiersPeriod  period;
  GArray      *gradings;   /* of TiersSupplierGrading, copied from the evaluations */
} RecordsLoad;

static void
records_load_free (RecordsLoad *load)
{
  g_free (load->path);
  g_array_unref (load->gradings);
  g_free (load);
}

static GPtrArray *
build_records (GArray    *gradings,
               GPtrArray *details)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *records = g_ptr_array_new_full (gradings->len, g_object_unref);

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      TiersSupplierDetails *row = g_ptr_array_index (details, i);

      g_hash_table_insert (by_code, row->code, row);
    }
  for (guint i = 0; i < gradings->len; i++)
    {
      const TiersSupplierGrading *grading = &g_array_index (gradings, TiersSupplierGrading, i);

      g_ptr_array_add (records,
                       tiers_supplier_record_new (grading,
                                                  g_hash_table_lookup (by_code, grading->code)));
    }
  return records;
}

static void
records_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RecordsLoad *load = task_data;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GError) error = NULL;

  store = tiers_store_open (load->path, &error);
  if (store != NULL)
    details = tiers_store_load_supplier_details (store, &load->period, &error);
  /* The grades are still worth showing: names stay empty, spend 0. */
  if (details == NULL)
    g_warning ("Cannot read the suppliers' details: %s", error->message);
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, build_records (load->gradings, details),
                         (GDestroyNotify) g_ptr_array_unref);
}

void
tiers_supplier_records_load_async (const char            *path,
                                   const TiersEvaluation *evaluation,
                                   const TiersEvaluation *previous,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  RecordsLoad *load;

  g_return_if_fail (path != NULL && evaluation != NULL);

  load = g_new0 (RecordsLoad, 1);
  load->path = g_strdup (path);
  load->period = evaluation->period;
  load->gradings = tiers_supplier_grading_copy (evaluation, previous);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_supplier_records_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) records_load_free);
  g_task_run_in_thread (task, records_thread);
}

GPtrArray *
tiers_supplier_records_load_finish (GAsyncResult  *result,
                                    TiersPeriod   *period,
                                    GError       **error)
{
  RecordsLoad *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  load = g_task_get_task_data (G_TASK (result));
  if (period != NULL)
    *period = load->period;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The spend alone: the same one query over the period's receipts, its names dropped. */
static void
spend_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  RecordsLoad *load = task_data;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *spend;

  store = tiers_store_open (load->path, &error);
  if (store != NULL)
    details = tiers_store_load_supplier_details (store, &load->period, &error);
  if (details == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  spend = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < details->len; i++)
    {
      TiersSupplierDetails *row = g_ptr_array_index (details, i);

      g_hash_table_insert (spend, g_steal_pointer (&row->code),
                           g_memdup2 (&row->spend, sizeof row->spend));
    }
  g_task_return_pointer (task, spend, (GDestroyNotify) g_hash_table_unref);
}

void
tiers_supplier_spend_load_async (const char         *path,
                                 const TiersPeriod  *period,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  RecordsLoad *load;

  g_return_if_fail (path != NULL && period != NULL);

  load = g_new0 (RecordsLoad, 1);
  load->path = g_strdup (path);
  load->period = *period;
  load->gradings = g_array_new (FALSE, TRUE, sizeof (TiersSupplierGrading));
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_supplier_spend_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) records_load_free);
  g_task_run_in_thread (task, spend_thread);
}

GHashTable *
tiers_supplier_spend_load_finish (GAsyncResult  *result,
                                  TiersPeriod   *period,
                                  GError       **error)
{
  RecordsLoad *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  load = g_task_get_task_data (G_TASK (result));
  if (period != NULL)
    *period = load->period;
  return g_task_propagate_pointer (G_TASK (result), error);
}
