/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-records-load.c: building the suppliers page's records off the main loop,
 * their sort keys made once. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-supplier-records-load.h"

typedef struct
{
  TiersPeriod  period;
  GArray      *gradings;   /* of TiersSupplierGrading, copied from the evaluations */
  GPtrArray   *details;    /* of TiersSupplierDetails, by code; may be NULL */
} RecordsLoad;

static void
records_load_free (RecordsLoad *load)
{
  g_array_unref (load->gradings);
  g_clear_pointer (&load->details, g_ptr_array_unref);
  g_free (load);
}

static void
build_records (GTask        *task,
               TiersStore   *store,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RecordsLoad *load = task_data;
  GPtrArray *records = g_ptr_array_new_full (load->gradings->len, g_object_unref);

  for (guint i = 0; i < load->gradings->len; i++)
    {
      const TiersSupplierGrading *grading = &g_array_index (load->gradings,
                                                            TiersSupplierGrading, i);
      const TiersSupplierDetails *row = load->details != NULL
        ? tiers_supplier_details_find (load->details, grading->code) : NULL;

      g_ptr_array_add (records, tiers_supplier_record_new (grading, row));
    }
  g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

void
tiers_supplier_records_load_async (TiersSession          *session,
                                   const TiersEvaluation *evaluation,
                                   const TiersEvaluation *previous,
                                   const GPtrArray       *details,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  RecordsLoad *load;

  g_return_if_fail (TIERS_IS_SESSION (session) && evaluation != NULL);

  load = g_new0 (RecordsLoad, 1);
  load->period = evaluation->period;
  load->gradings = tiers_supplier_grading_copy (evaluation, previous);
  load->details = details != NULL ? g_ptr_array_ref ((GPtrArray *) details) : NULL;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_supplier_records_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) records_load_free);
  tiers_session_run_apart (session, task, build_records);
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
