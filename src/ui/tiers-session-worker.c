/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session-worker.c: a thread that takes jobs from a queue, first in, first out, on one
 * connection. One thread rather than GTask's pool: jobs of one session never compete for the
 * database file or the processors, a newer job never overtakes an older one, and the
 * connection (and its prepared statements and page cache) lives as long as the session. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-session-worker.h"

struct _TiersSessionWorker
{
  char        *database_path;
  GAsyncQueue *queue;      /* of Job; the stop mark ends the thread */
  GThread     *thread;
};

typedef struct
{
  GTask                *task;
  TiersSessionWorkFunc  func;
} Job;

/* Queued by tiers_session_worker_stop (): no job has this address. */
static Job stop_mark;

static void
run_job (TiersSessionWorker  *worker,
         TiersStore         **store,
         Job                 *job)
{
  GError *error = NULL;

  /* A task that handles its cancellable itself (check-cancellable off) always runs. */
  if (g_task_get_check_cancellable (job->task) && g_task_return_error_if_cancelled (job->task))
    return;
  /* A connection that could not be opened is tried again by the next job: the file may
   * have become readable meanwhile. */
  if (*store == NULL && (*store = tiers_store_open (worker->database_path, &error)) == NULL)
    {
      g_task_return_error (job->task, error);
      return;
    }
  job->func (job->task, *store, g_task_get_task_data (job->task),
             g_task_get_cancellable (job->task));
}

static gpointer
worker_thread (gpointer data)
{
  TiersSessionWorker *worker = data;
  TiersStore *store = NULL;
  Job *job;

  while ((job = g_async_queue_pop (worker->queue)) != &stop_mark)
    {
      run_job (worker, &store, job);
      g_object_unref (job->task);
      g_free (job);
    }
  g_clear_pointer (&store, tiers_store_close);
  g_async_queue_unref (worker->queue);
  g_free (worker->database_path);
  g_free (worker);
  return NULL;
}

TiersSessionWorker *
tiers_session_worker_new (const char *database_path)
{
  TiersSessionWorker *worker;

  g_return_val_if_fail (database_path != NULL, NULL);

  worker = g_new0 (TiersSessionWorker, 1);
  worker->database_path = g_strdup (database_path);
  worker->queue = g_async_queue_new ();
  worker->thread = g_thread_new ("tiers-worker", worker_thread, worker);
  return worker;
}

void
tiers_session_worker_run (TiersSessionWorker   *worker,
                          GTask                *task,
                          TiersSessionWorkFunc  func)
{
  Job *job;

  g_return_if_fail (worker != NULL && G_IS_TASK (task) && func != NULL);

  job = g_new (Job, 1);
  job->task = g_object_ref (task);
  job->func = func;
  g_async_queue_push (worker->queue, job);
}

static void
run_apart (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  TiersSessionWorkFunc func = g_object_get_data (G_OBJECT (task), "tiers-work-func");

  func (task, NULL, task_data, cancellable);
}

void
tiers_session_worker_run_apart (GTask                *task,
                                TiersSessionWorkFunc  func)
{
  g_return_if_fail (G_IS_TASK (task) && func != NULL);

  g_object_set_data (G_OBJECT (task), "tiers-work-func", func);
  g_task_run_in_thread (task, run_apart);
}

void
tiers_session_worker_stop (TiersSessionWorker *worker)
{
  GThread *thread;

  if (worker == NULL)
    return;
  /* The thread frees the worker: take what is needed before it can. */
  thread = worker->thread;
  g_async_queue_push (worker->queue, &stop_mark);
  g_thread_unref (thread);
}
