/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session-load.h: what the session's worker loads of a period, in four steps, each a
 * job of its own so a page's job can run between them: the evaluations of the period and the
 * one before, where its review stands, then the suppliers' details, then the grades of the periods before those (the
 * history: tiers-period-grades.h, the evaluations themselves are let go). Every evaluation
 * follows the one freshness rule of the store (tiers_store_current_evaluation). Plain data
 * in and out: no widget, no session. */
#pragma once

#include <gio/gio.h>

#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-period-grades.h"
#include "tiers-period-review.h"
#include "tiers-session-worker.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_PERIOD_LOAD_EVALUATIONS,
  TIERS_PERIOD_LOAD_REVIEW,
  TIERS_PERIOD_LOAD_DETAILS,
  TIERS_PERIOD_LOAD_HISTORY,
} TiersPeriodLoadStep;

typedef struct _TiersPeriodLoad TiersPeriodLoad;

/* Called in the worker's thread after each period of the step. */
typedef void (*TiersPeriodLoadProgress) (const TiersPeriodLoad *load,
                                         double                 fraction);

struct _TiersPeriodLoad
{
  TiersPeriodLoadStep      step;
  gint64                   scheme_version;
  guint                    generation;   /* which request of the session it answers */
  TiersPeriod              period;       /* the selected one */
  /* EVALUATIONS, HISTORY: the periods, oldest first, and whether the session holds an
   * evaluation of each: one still current is kept rather than read again. */
  GArray                  *periods;
  gboolean                *cached;
  TiersPeriodLoadProgress  progress;
  gpointer                 progress_data; /* the caller's, borrowed */

  /* Answers. Per period: a new evaluation (the selected period and the one before) or its
   * grades (the older periods of the history), or neither with keep (what the session holds
   * still holds) or without (the period has none). */
  TiersEvaluation        **loaded;
  TiersPeriodGrades      **grades;
  gboolean                *keep;
  gboolean                 graded;       /* a period was graded with smoothing: later
                                          * ones changed too */
  GPtrArray               *details;      /* DETAILS */
  TiersPeriodReview       *review;       /* REVIEW */
};

/* PERIODS oldest first; CACHED may be NULL (nothing held). */
TiersPeriodLoad *tiers_period_load_new  (TiersPeriodLoadStep  step,
                                         const TiersPeriod   *period,
                                         const GArray        *periods,
                                         const gboolean      *cached,
                                         gint64               scheme_version,
                                         guint                generation);
void             tiers_period_load_free (TiersPeriodLoad     *load);
/* The job (a TiersSessionWorkFunc over a task whose data is a TiersPeriodLoad). */
void             tiers_period_load_run  (GTask               *task,
                                         TiersStore          *store,
                                         gpointer             task_data,
                                         GCancellable        *cancellable);

G_END_DECLS
