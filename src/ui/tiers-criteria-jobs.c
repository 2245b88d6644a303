/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criteria-jobs.c: the criteria page's background work, on the session's worker. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-criteria-jobs.h"
#include "tiers-error.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"
#include "tiers-store-suppliers.h"

void
tiers_what_if_input_free (TiersWhatIfInput *input)
{
  if (input == NULL)
    return;
  g_clear_pointer (&input->set, tiers_indicator_set_unref);
  g_free (input->previous);
  g_clear_pointer (&input->previous_record, g_bytes_unref);
  g_clear_pointer (&input->names, g_hash_table_unref);
  g_free (input);
}

typedef struct
{
  TiersPeriod  period;
  TiersScheme *scheme;
  gboolean     compute;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  tiers_scheme_free (job->scheme);
  g_free (job);
}

static void
load_input (GTask        *task,
            TiersStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  LoadJob *job = task_data;
  TiersWhatIfInput *input = NULL;
  GError *error = NULL;

  input = g_new0 (TiersWhatIfInput, 1);
  input->set = job->compute
    ? tiers_store_compute_indicators (store, &job->period, job->scheme->grace_days,
                                      job->scheme->quantity_tolerance, &error)
    : tiers_store_load_indicators (store, &job->period, job->scheme, &error);
  if (input->set != NULL)
    input->previous = tiers_store_load_previous_scores (store, input->set, &error);
  if (input->previous != NULL &&
      !tiers_store_load_previous_record (store, &job->period, &input->previous_record, &error))
    g_clear_pointer (&input->previous, g_free);
  if (input->previous != NULL)
    input->names = tiers_store_load_supplier_names (store, &error);
  if (input->names == NULL)
    {
      tiers_what_if_input_free (input);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, input, (GDestroyNotify) tiers_what_if_input_free);
}

void
tiers_what_if_input_load_async (TiersSession        *session,
                                const TiersPeriod   *period,
                                const TiersScheme   *scheme,
                                gboolean             compute,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (TIERS_IS_SESSION (session));
  g_return_if_fail (period != NULL);
  g_return_if_fail (scheme != NULL);

  job = g_new0 (LoadJob, 1);
  job->period = *period;
  job->scheme = tiers_scheme_copy (scheme);
  job->compute = compute;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_what_if_input_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  tiers_session_run_in_worker (session, task, load_input);
}

TiersWhatIfInput *
tiers_what_if_input_load_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  TiersScheme        *scheme;
  char               *author;
  TiersApplyProgress  progress;
  gpointer            user_data;
  gint64              version;
  guint               regraded;
  gboolean            cancelled;
} ApplyJob;

static void
apply_job_free (ApplyJob *job)
{
  tiers_scheme_free (job->scheme);
  g_free (job->author);
  g_free (job);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressUpdate;

static gboolean
deliver_progress (gpointer data)
{
  ProgressUpdate *update = data;
  ApplyJob *job = g_task_get_task_data (update->task);

  if (job->progress != NULL)
    job->progress (update->fraction, job->user_data);
  g_object_unref (update->task);
  g_free (update);
  return G_SOURCE_REMOVE;
}

static void
report_progress (GTask  *task,
                 double  fraction)
{
  ProgressUpdate *update = g_new (ProgressUpdate, 1);

  /* The task holds the job and is finished only after this idle ran: same main context. */
  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke (g_task_get_context (task), deliver_progress, update);
}

/* The index of the oldest period of PERIODS that is not finalized (PERIODS->len when all
 * are), and how many are not: the periods a new scheme grades again. */
static gboolean
find_drafts (TiersStore *store,
             GArray     *periods,
             guint      *first_draft,
             guint      *n_drafts,
             GError    **error)
{
  *first_draft = periods->len;
  *n_drafts = 0;
  for (guint i = 0; i < periods->len; i++)
    {
      gboolean finalized = FALSE;

      if (!tiers_store_period_is_finalized (store, &g_array_index (periods, TiersPeriod, i),
                                            &finalized, error))
        return FALSE;
      if (finalized)
        continue;
      *first_draft = MIN (*first_draft, i);
      (*n_drafts)++;
    }
  return TRUE;
}

static void
apply_scheme (GTask        *task,
              TiersStore   *store,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ApplyJob *job = task_data;
  static const TiersPeriodKind kinds[] = {
    TIERS_PERIOD_QUARTER, TIERS_PERIOD_HALF, TIERS_PERIOD_YEAR,
  };
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GError *error = NULL;
  guint total = 0, passed = 0, regraded = 0;

  if (!tiers_store_save_scheme (store, job->scheme, job->author, &job->version, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GArray *periods = tiers_store_list_evaluations (store, kinds[k], &error);

      if (periods == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      total += periods->len;
      g_ptr_array_add (lists, periods);
    }
  report_progress (task, 0);
  for (guint k = 0; k < lists->len; k++)
    {
      GArray *periods = lists->pdata[k];
      g_autoptr(TiersEvaluation) evaluation = NULL;
      guint first_draft, n_drafts;

      if (!find_drafts (store, periods, &first_draft, &n_drafts, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      if (first_draft == periods->len)
        continue;
      if (g_cancellable_is_cancelled (cancellable))
        {
          job->cancelled = TRUE;
          break;
        }
      /* The oldest draft re-grades every later draft of its kind, in order: smoothing chains
       * them. Finalized periods keep their grades (docs/grading.md, "Finalizing a period"). */
      evaluation = tiers_store_evaluate (store, &g_array_index (periods, TiersPeriod, first_draft),
                                         NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
      if (evaluation == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      /* Progress counts every period passed; the toast only those graded again. */
      passed += periods->len;
      regraded += n_drafts;
      job->regraded = regraded;
      report_progress (task, (double) passed / total);
    }
  g_task_return_boolean (task, TRUE);
}

void
tiers_scheme_apply_async (TiersSession        *session,
                          const TiersScheme   *scheme,
                          const char          *author,
                          TiersApplyProgress   progress,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ApplyJob *job;

  g_return_if_fail (TIERS_IS_SESSION (session));
  g_return_if_fail (scheme != NULL);

  job = g_new0 (ApplyJob, 1);
  job->scheme = tiers_scheme_copy (scheme);
  job->author = g_strdup (author);
  job->progress = progress;
  job->user_data = user_data;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_scheme_apply_async);
  g_task_set_task_data (task, job, (GDestroyNotify) apply_job_free);
  /* The re-grading stops between period kinds when cancelled; the version must not be lost,
   * so the task returns normally and says it was cancelled. */
  g_task_set_check_cancellable (task, FALSE);
  tiers_session_run_in_worker (session, task, apply_scheme);
}

gint64
tiers_scheme_apply_finish (GAsyncResult  *result,
                           guint         *regraded,
                           gboolean      *cancelled,
                           GError       **error)
{
  ApplyJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  job = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return 0;
  if (regraded != NULL)
    *regraded = job->regraded;
  if (cancelled != NULL)
    *cancelled = job->cancelled;
  return job->version;
}
