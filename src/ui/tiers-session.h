/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session.h: what one window works on: its database, the periods that have data, the
 * selected period and the model of that period's data: its evaluation and the previous
 * period's, every supplier's details and spend in it, and the evaluations of the periods of
 * its kind before it (for trends and score histories), kept current in the background by
 * one worker on one connection. Every page reads from the session and follows its
 * notifications; no page opens the database or starts a thread of its own: background work
 * of a page runs on the session's worker (tiers_session_run_in_worker). */
#pragma once

#include <gio/gio.h>

#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-period-grades.h"
#include "tiers-period-review.h"
#include "tiers-scheme.h"
#include "tiers-session-worker.h"
#include "tiers-store.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SESSION (tiers_session_get_type ())

G_DECLARE_FINAL_TYPE (TiersSession, tiers_session, TIERS, SESSION, GObject)

/* Opens the main-thread connection; workers open their own on the same path. */
TiersSession          *tiers_session_new                 (const char         *database_path,
                                                          GError            **error);
const char            *tiers_session_get_database_path   (TiersSession       *self);
/* For quick reads on the main loop only (a few milliseconds); anything slower runs on the
 * session's worker. */
TiersStore            *tiers_session_get_store           (TiersSession       *self);
/* Queues FUNC for TASK on the session's worker: one thread, one connection, jobs in the
 * order queued (tiers-session-worker.h). TASK's callback runs on the main loop as usual. */
void                   tiers_session_run_in_worker       (TiersSession         *self,
                                                          GTask                *task,
                                                          TiersSessionWorkFunc  func);
/* Work that reads no database (FUNC gets no store) runs beside the worker's queue. */
void                   tiers_session_run_apart           (TiersSession         *self,
                                                          GTask                *task,
                                                          TiersSessionWorkFunc  func);

/* Quarters, half-years and years that have data, newest first (of TiersPeriod). */
GArray                *tiers_session_get_periods         (TiersSession       *self);
/* NULL when the database has no data at all. Property "period" (string, e.g. "2026-Q3"). */
const TiersPeriod     *tiers_session_get_period          (TiersSession       *self);
void                   tiers_session_set_period          (TiersSession       *self,
                                                          const TiersPeriod  *period);

/* The current scheme and its version. Property "scheme-version". */
const TiersScheme     *tiers_session_get_scheme          (TiersSession       *self);
gint64                 tiers_session_get_scheme_version  (TiersSession       *self);

/* The selected period's stored evaluation and the previous period's (NULL where there is
 * none, or while it is being evaluated). Owned by the session: valid until the next
 * notify::evaluation. */
const TiersEvaluation *tiers_session_get_evaluation      (TiersSession       *self);
const TiersEvaluation *tiers_session_get_previous_evaluation (TiersSession   *self);

/* Every supplier with its details, receipts and spend in the selected period, by code (of
 * TiersSupplierDetails); NULL until read, after the evaluation. Property "details". */
const GPtrArray       *tiers_session_get_details         (TiersSession       *self);
/* The selected period and the periods of its kind before it, TIERS_TREND_DEFAULT_PERIODS in
 * all, oldest first, in *PERIODS (of TiersPeriod), and their grades (NULL where a period
 * holds no data): NULL until read, after the details. Property "history". */
const TiersPeriodGrades * const *tiers_session_get_history (TiersSession     *self,
                                                            const GArray    **periods);

/* Where the selected period's review stands: finalized or a draft, overrides, suppliers
 * marked reviewed; NULL until read, after the evaluation. Property "review". */
const TiersPeriodReview *tiers_session_get_review        (TiersSession       *self);
/* Makes CHANGE (taken) on the session's worker; when it is made, the model's review is the
 * one after it (notify::review), then CALLBACK runs. */
void                   tiers_session_change_review_async (TiersSession        *self,
                                                          TiersReviewChange   *change,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean               tiers_session_change_review_finish (TiersSession       *self,
                                                           GAsyncResult       *result,
                                                           GError            **error);

/* Property "busy": evaluating in the background; "progress": 0..1 while busy. */
gboolean               tiers_session_get_busy            (TiersSession       *self);
double                 tiers_session_get_progress        (TiersSession       *self);
void                   tiers_session_cancel              (TiersSession       *self);

/* Call after anything changed the data or the scheme (an import, sample data, a new scheme
 * version): forgets every period's model, reloads the periods and the scheme, re-evaluates
 * what became stale, and emits "data-changed" so pages reload what they show. */
void                   tiers_session_data_changed        (TiersSession       *self);

/* Call after a plan, a recorded action, a supplier's status or a scorecard's communication
 * log changed (tiers-tier-actions.c, tiers-communication-form.c): emits "actions-changed", so
 * the replacement flags, the scorecard and the Review page's open objections reload. A status
 * change that takes a supplier out of grading also needs tiers_session_data_changed. */
void                   tiers_session_actions_changed     (TiersSession       *self);

G_END_DECLS
