/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session-worker.h: the one thread a session's background work runs in, with its one
 * database connection, kept open for the session's life. Jobs run one after the other, in
 * the order they were queued: loading a period, an import, applying a scheme. Only the
 * session creates a worker; pages queue jobs through tiers_session_run_in_worker (). */
#pragma once

#include <gio/gio.h>

#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct _TiersSessionWorker TiersSessionWorker;

/* Runs in the worker's thread with its connection, like a GTaskThreadFunc: it must return
 * TASK's result. STORE stays the worker's: never closed or kept by the job. */
typedef void (*TiersSessionWorkFunc) (GTask        *task,
                                      TiersStore   *store,
                                      gpointer      task_data,
                                      GCancellable *cancellable);

/* The connection is opened on DATABASE_PATH by the first job. */
TiersSessionWorker *tiers_session_worker_new  (const char           *database_path);
/* Queues FUNC for TASK; a task cancelled before its turn returns G_IO_ERROR_CANCELLED
 * without running, unless its check-cancellable is off. */
void                tiers_session_worker_run  (TiersSessionWorker   *worker,
                                               GTask                *task,
                                               TiersSessionWorkFunc  func);
/* Runs FUNC for TASK at once in a thread of GTask's pool, with STORE NULL: for work that
 * reads no database (a CSV preview, building records), so it never waits behind the queue. */
void                tiers_session_worker_run_apart (GTask                *task,
                                                    TiersSessionWorkFunc  func);
/* The jobs queued before still run (cancel them first); then the thread closes the
 * connection and ends by itself. */
void                tiers_session_worker_stop (TiersSessionWorker   *worker);

G_END_DECLS
