/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session.c: the database, the period and the model of that period one window shows.
 * Loading runs in three steps on the session's worker (tiers-session-load.h); each result
 * goes into the model on the main loop, unless the user chose another period meanwhile. */
#define G_LOG_DOMAIN "tiers-session"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-session.h"
#include "tiers-chart-facts.h"
#include "tiers-session-load.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"

/* How a load reaches its session: weakly, so queued steps never keep a closed window's
 * session alive, and shared by the task's callback and its progress reports. */
typedef struct
{
  gatomicrefcount ref_count;
  GWeakRef        session;
} SessionLink;

struct _TiersSession
{
  GObject             parent_instance;

  char               *database_path;
  TiersStore         *store;          /* the main loop's, for reads of a few milliseconds */
  TiersSessionWorker *worker;
  GArray             *periods;
  gboolean            has_period;
  TiersPeriod         period;
  TiersScheme        *scheme;
  gint64              scheme_version;

  /* The model of the selected period, borrowed from caches that keep recent periods (period
   * name -> value), so switching between neighbouring periods reads nothing again: the whole
   * evaluations of a few, the details of a few, the grades (tiers-period-grades.h) of more. */
  GHashTable         *evaluations;    /* -> TiersEvaluation */
  GHashTable         *grades;         /* -> TiersPeriodGrades */
  GHashTable         *details_cache;  /* -> GPtrArray of TiersSupplierDetails */
  const TiersEvaluation *evaluation;
  const TiersEvaluation *previous;
  GPtrArray          *details;
  TiersPeriodReview  *review;
  GArray             *history_periods;
  GPtrArray          *history;        /* of const TiersPeriodGrades *; NULL: not read */

  SessionLink        *link;           /* how its loads reach it */
  GCancellable       *cancellable;    /* of the running load, NULL when idle */
  gboolean            evaluating;     /* the first step is running: "busy" */
  double              progress;
  guint               generation;     /* which request the running load answers */
};

G_DEFINE_FINAL_TYPE (TiersSession, tiers_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_PERIOD,
  PROP_SCHEME_VERSION,
  PROP_EVALUATION,
  PROP_DETAILS,
  PROP_REVIEW,
  PROP_HISTORY,
  PROP_BUSY,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  DATA_CHANGED,
  ACTIONS_CHANGED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the caches keep before they drop periods the selected one does not show. */
#define CACHED_EVALUATIONS 3
#define CACHED_DETAILS 4
#define CACHED_GRADES (TIERS_TREND_DEFAULT_PERIODS + 4)

static void load_step (TiersSession        *self,
                       TiersPeriodLoadStep  step);

static SessionLink *
session_link_new (TiersSession *session)
{
  SessionLink *link = g_new0 (SessionLink, 1);

  g_atomic_ref_count_init (&link->ref_count);
  g_weak_ref_init (&link->session, session);
  return link;
}

static SessionLink *
session_link_ref (SessionLink *link)
{
  g_atomic_ref_count_inc (&link->ref_count);
  return link;
}

static void
session_link_unref (SessionLink *link)
{
  if (!g_atomic_ref_count_dec (&link->ref_count))
    return;
  g_weak_ref_clear (&link->session);
  g_free (link);
}

typedef struct
{
  SessionLink *link;
  guint        generation;
  double       progress;
} ProgressUpdate;

static gboolean
apply_progress (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(TiersSession) session = g_weak_ref_get (&update->link->session);

  if (session != NULL && update->generation == session->generation && session->evaluating)
    {
      session->progress = update->progress;
      g_object_notify_by_pspec (G_OBJECT (session), properties[PROP_PROGRESS]);
    }
  session_link_unref (update->link);
  g_free (update);
  return G_SOURCE_REMOVE;
}

/* In the worker's thread: the session is touched only on the main loop. */
static void
report_progress (const TiersPeriodLoad *load,
                 double                 fraction)
{
  ProgressUpdate *update = g_new (ProgressUpdate, 1);

  update->link = session_link_ref (load->progress_data);
  update->generation = load->generation;
  update->progress = fraction;
  g_idle_add (apply_progress, update);
}

static void
set_evaluating (TiersSession *self,
                gboolean      evaluating)
{
  gboolean changed = self->evaluating != evaluating;

  self->evaluating = evaluating;
  self->progress = 0;
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static gboolean
has_data (TiersSession      *self,
          const TiersPeriod *period)
{
  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    if (tiers_period_equal (&g_array_index (self->periods, TiersPeriod, i), period))
      return TRUE;
  return FALSE;
}

static gpointer
cached (GHashTable        *cache,
        const TiersPeriod *period)
{
  g_autofree char *key = tiers_period_to_string (period);

  return g_hash_table_lookup (cache, key);
}

static const TiersEvaluation *
cached_evaluation (TiersSession      *self,
                   const TiersPeriod *period)
{
  return cached (self->evaluations, period);
}

/* Drops cached entries outside the last SHOWN periods of the selected period's history once
 * there are more than LIMIT. */
static void
trim_cache (TiersSession *self,
            GHashTable   *cache,
            guint         limit,
            guint         shown_periods)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (cache) <= limit || self->history_periods == NULL)
    return;
  g_hash_table_iter_init (&iter, cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      TiersPeriod period;
      gboolean shown = FALSE;

      if (!tiers_period_parse (key, &period, NULL))
        continue;
      for (guint i = self->history_periods->len - MIN (shown_periods, self->history_periods->len);
           i < self->history_periods->len; i++)
        shown |= tiers_period_equal (&g_array_index (self->history_periods, TiersPeriod, i),
                                     &period);
      if (!shown)
        g_hash_table_iter_remove (&iter);
    }
}

/* Points the model at the cache; notifies what changed. */
static void
point_at_cache (TiersSession *self)
{
  const TiersEvaluation *evaluation = NULL, *previous = NULL;

  if (self->has_period)
    {
      TiersPeriod before = tiers_period_previous (&self->period);

      evaluation = cached_evaluation (self, &self->period);
      previous = cached_evaluation (self, &before);
    }
  if (evaluation != self->evaluation || previous != self->previous)
    {
      self->evaluation = evaluation;
      self->previous = previous;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
    }
}

/* Forgets the model: the next notifications bring it anew. */
static void
clear_model (TiersSession *self,
             gboolean      forget_cache)
{
  gboolean had_details = self->details != NULL, had_history = self->history != NULL;
  gboolean had_review = self->review != NULL;

  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->review, tiers_period_review_free);
  if (self->evaluation != NULL || self->previous != NULL)
    {
      self->evaluation = self->previous = NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
    }
  if (forget_cache)
    {
      g_hash_table_remove_all (self->evaluations);
      g_hash_table_remove_all (self->grades);
      g_hash_table_remove_all (self->details_cache);
    }
  if (had_details)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
  if (had_review)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
  if (had_history)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

/* Drops what CACHE holds of periods other than LOAD's. */
static void
forget_others (GHashTable      *cache,
               TiersPeriodLoad *load)
{
  g_autoptr(GHashTable) loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < load->periods->len; i++)
    g_hash_table_add (loaded, tiers_period_to_string (&g_array_index (load->periods,
                                                                      TiersPeriod, i)));
  g_hash_table_iter_init (&iter, cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (loaded, key))
      g_hash_table_iter_remove (&iter);
}

static void
store_loaded (TiersSession    *self,
              TiersPeriodLoad *load)
{
  /* Grading a period with smoothing graded the later stored ones of its kind again: what the
   * caches hold beyond this load may be out of date. */
  if (load->graded)
    {
      forget_others (self->evaluations, load);
      forget_others (self->grades, load);
    }
  for (guint i = 0; i < load->periods->len; i++)
    {
      g_autofree char *key = tiers_period_to_string (&g_array_index (load->periods,
                                                                      TiersPeriod, i));

      /* The period has none (any more). */
      if (!load->keep[i] && load->loaded[i] == NULL && load->grades[i] == NULL)
        {
          g_hash_table_remove (self->evaluations, key);
          g_hash_table_remove (self->grades, key);
        }
      /* Grades derived from an evaluation replaced here are derived anew (set_history). */
      if (load->loaded[i] != NULL)
        {
          g_hash_table_remove (self->grades, key);
          g_hash_table_replace (self->evaluations, g_strdup (key),
                                g_steal_pointer (&load->loaded[i]));
        }
      if (load->grades[i] != NULL)
        g_hash_table_replace (self->grades, g_strdup (key), g_steal_pointer (&load->grades[i]));
    }
}

static void
set_review (TiersSession      *self,
            TiersPeriodReview *review)
{
  g_clear_pointer (&self->review, tiers_period_review_free);
  self->review = review;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

static void
set_details (TiersSession *self,
             GPtrArray    *details)
{
  g_clear_pointer (&self->details, g_ptr_array_unref);
  self->details = g_ptr_array_ref (details);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

static void
set_history (TiersSession *self)
{
  g_clear_pointer (&self->history, g_ptr_array_unref);
  self->history = g_ptr_array_sized_new (self->history_periods->len);
  for (guint i = 0; i < self->history_periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (self->history_periods, TiersPeriod, i);
      TiersPeriodGrades *grades = cached (self->grades, period);
      const TiersEvaluation *evaluation = cached_evaluation (self, period);

      /* The selected period and the one before are held whole: their grades, once. */
      if (grades == NULL && evaluation != NULL)
        {
          grades = tiers_period_grades_new (evaluation);
          g_hash_table_replace (self->grades, tiers_period_to_string (period), grades);
        }
      g_ptr_array_add (self->history, grades);
    }
  trim_cache (self, self->evaluations, CACHED_EVALUATIONS, 2);
  trim_cache (self, self->grades, CACHED_GRADES, self->history_periods->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

/* After one step landed: what it brought goes into the model, and the next step starts. */
static void
apply_step (TiersSession    *self,
            TiersPeriodLoad *load)
{
  switch (load->step)
    {
    case TIERS_PERIOD_LOAD_EVALUATIONS:
      store_loaded (self, load);
      set_evaluating (self, FALSE);
      /* Details read before come with the evaluation, so pages update once. */
      {
        g_autofree char *key = tiers_period_to_string (&self->period);
        GPtrArray *details = g_hash_table_lookup (self->details_cache, key);

        if (details != NULL)
          set_details (self, details);
        point_at_cache (self);
        load_step (self, TIERS_PERIOD_LOAD_REVIEW);
      }
      break;
    case TIERS_PERIOD_LOAD_REVIEW:
      set_review (self, g_steal_pointer (&load->review));
      load_step (self, self->details != NULL ? TIERS_PERIOD_LOAD_HISTORY
                                             : TIERS_PERIOD_LOAD_DETAILS);
      break;
    case TIERS_PERIOD_LOAD_DETAILS:
      g_hash_table_replace (self->details_cache, tiers_period_to_string (&load->period),
                            g_ptr_array_ref (load->details));
      trim_cache (self, self->details_cache, CACHED_DETAILS, 1);
      set_details (self, load->details);
      load_step (self, TIERS_PERIOD_LOAD_HISTORY);
      break;
    case TIERS_PERIOD_LOAD_HISTORY:
    default:
      store_loaded (self, load);
      /* Grading an older period grades the later ones again: the selected one may be new. */
      point_at_cache (self);
      set_history (self);
      g_clear_object (&self->cancellable);
      break;
    }
}

/* The session is reached through the callback's data, not as the task's source object: the
 * worker thread may drop the task's last reference, and the session must never be
 * finalized there. */
static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SessionLink *link = user_data;
  g_autoptr(TiersSession) self = g_weak_ref_get (&link->session);
  TiersPeriodLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  session_link_unref (link);
  if (self == NULL || load->generation != self->generation)
    return;   /* an older request: the user has moved on */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_clear_object (&self->cancellable);
      set_evaluating (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }
  apply_step (self, load);
}

/* Queues STEP of loading the selected period. */
static void
load_step (TiersSession        *self,
           TiersPeriodLoadStep  step)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GArray) periods = NULL;
  g_autofree gboolean *held = NULL;
  TiersPeriodLoad *load;

  if (step == TIERS_PERIOD_LOAD_EVALUATIONS)
    periods = tiers_periods_ending_at (&self->period, 2);
  else if (step == TIERS_PERIOD_LOAD_HISTORY)
    periods = g_array_ref (self->history_periods);
  if (periods != NULL)
    {
      held = g_new0 (gboolean, periods->len);
      for (guint i = 0; i < periods->len; i++)
        {
          const TiersPeriod *period = &g_array_index (periods, TiersPeriod, i);

          /* The history keeps the grades of older periods, the evaluations of the last two. */
          held[i] = step == TIERS_PERIOD_LOAD_HISTORY && i + 2 < periods->len
            ? cached (self->grades, period) != NULL
            : cached_evaluation (self, period) != NULL;
        }
    }

  load = tiers_period_load_new (step, &self->period, periods, held, self->scheme_version,
                                self->generation);
  task = g_task_new (NULL, self->cancellable, on_load_done_cb, session_link_ref (self->link));
  g_task_set_source_tag (task, load_step);
  g_task_set_task_data (task, load, (GDestroyNotify) tiers_period_load_free);
  if (step == TIERS_PERIOD_LOAD_EVALUATIONS)
    {
      load->progress = report_progress;
      load->progress_data = self->link;
    }
  tiers_session_worker_run (self->worker, task, tiers_period_load_run);
}

/* Starts loading the selected period, cancelling whatever ran before. */
static void
refresh_evaluation (TiersSession *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->generation++;
  clear_model (self, FALSE);
  g_clear_pointer (&self->history_periods, g_array_unref);
  if (!self->has_period)
    {
      set_evaluating (self, FALSE);
      return;
    }
  self->history_periods = tiers_periods_ending_at (&self->period, TIERS_TREND_DEFAULT_PERIODS);
  self->cancellable = g_cancellable_new ();
  set_evaluating (self, TRUE);
  load_step (self, TIERS_PERIOD_LOAD_EVALUATIONS);
}

static gboolean
reload_periods_and_scheme (TiersSession *self,
                           GError      **error)
{
  g_autoptr(GArray) periods = tiers_store_list_data_periods (self->store, error);
  TiersScheme *scheme;
  gint64 version = 0;

  if (periods == NULL)
    return FALSE;
  scheme = tiers_store_load_scheme (self->store, &version, error);
  if (scheme == NULL)
    return FALSE;

  g_clear_pointer (&self->periods, g_array_unref);
  self->periods = g_steal_pointer (&periods);
  g_clear_pointer (&self->scheme, tiers_scheme_free);
  self->scheme = scheme;
  if (self->scheme_version != version)
    {
      self->scheme_version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEME_VERSION]);
    }
  return TRUE;
}

/* Keeps the selected period when it still has data, else picks the newest quarter. */
static void
choose_period (TiersSession *self)
{
  if (self->has_period && has_data (self, &self->period))
    return;
  self->has_period = FALSE;
  for (guint i = 0; i < self->periods->len; i++)
    {
      const TiersPeriod *p = &g_array_index (self->periods, TiersPeriod, i);

      if (p->kind == TIERS_PERIOD_QUARTER)
        {
          self->period = *p;
          self->has_period = TRUE;
          break;
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

TiersSession *
tiers_session_new (const char *database_path,
                   GError    **error)
{
  g_autoptr(TiersSession) self = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (TIERS_TYPE_SESSION, "database-path", database_path, NULL);
  self->store = tiers_store_open (database_path, error);
  if (self->store != NULL)
    self->worker = tiers_session_worker_new (database_path);
  if (self->store == NULL || !reload_periods_and_scheme (self, error))
    return NULL;
  choose_period (self);
  refresh_evaluation (self);
  return g_steal_pointer (&self);
}

const char *
tiers_session_get_database_path (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->database_path;
}

TiersStore *
tiers_session_get_store (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->store;
}

void
tiers_session_run_in_worker (TiersSession         *self,
                             GTask                *task,
                             TiersSessionWorkFunc  func)
{
  g_return_if_fail (TIERS_IS_SESSION (self));
  g_return_if_fail (G_IS_TASK (task) && func != NULL);

  tiers_session_worker_run (self->worker, task, func);
}

void
tiers_session_run_apart (TiersSession         *self,
                         GTask                *task,
                         TiersSessionWorkFunc  func)
{
  g_return_if_fail (TIERS_IS_SESSION (self));
  g_return_if_fail (G_IS_TASK (task) && func != NULL);

  tiers_session_worker_run_apart (task, func);
}

GArray *
tiers_session_get_periods (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->periods;
}

const TiersPeriod *
tiers_session_get_period (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->has_period ? &self->period : NULL;
}

void
tiers_session_set_period (TiersSession      *self,
                          const TiersPeriod *period)
{
  g_return_if_fail (TIERS_IS_SESSION (self));
  g_return_if_fail (period != NULL);

  if (self->has_period && tiers_period_equal (&self->period, period))
    return;
  self->period = *period;
  self->has_period = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
  refresh_evaluation (self);
}

const TiersScheme *
tiers_session_get_scheme (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->scheme;
}

gint64
tiers_session_get_scheme_version (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), 0);
  return self->scheme_version;
}

const TiersEvaluation *
tiers_session_get_evaluation (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->evaluation;
}

const TiersEvaluation *
tiers_session_get_previous_evaluation (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->previous;
}

const TiersPeriodReview *
tiers_session_get_review (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->review;
}

/* A change to the review, and where the review stands after it. */
typedef struct
{
  TiersReviewChange *change;
  TiersPeriodReview *review;
  SessionLink       *link;
} ReviewJob;

static void
review_job_free (ReviewJob *job)
{
  tiers_review_change_free (job->change);
  tiers_period_review_free (job->review);
  session_link_unref (job->link);
  g_free (job);
}

static void
change_review (GTask        *task,
               TiersStore   *store,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReviewJob *job = task_data;
  GError *error = NULL;

  if (!tiers_review_change_apply (job->change, store, &error)
      || (job->review = tiers_period_review_load (store, &job->change->period, &error)) == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* On the main loop: the review as it stands now replaces the model's, then the caller hears. */
static void
on_review_changed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  ReviewJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TiersSession) self = g_weak_ref_get (&job->link->session);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  if (self != NULL && self->has_period && tiers_period_equal (&self->period, &job->change->period))
    set_review (self, g_steal_pointer (&job->review));
  g_task_return_boolean (outer, TRUE);
}

void
tiers_session_change_review_async (TiersSession        *self,
                                   TiersReviewChange   *change,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  ReviewJob *job;

  g_return_if_fail (TIERS_IS_SESSION (self));
  g_return_if_fail (change != NULL);

  outer = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (outer, tiers_session_change_review_async);
  job = g_new0 (ReviewJob, 1);
  job->change = change;
  job->link = session_link_ref (self->link);
  task = g_task_new (NULL, NULL, on_review_changed_cb, outer);
  g_task_set_task_data (task, job, (GDestroyNotify) review_job_free);
  tiers_session_worker_run (self->worker, task, change_review);
}

gboolean
tiers_session_change_review_finish (TiersSession  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

const GPtrArray *
tiers_session_get_details (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);
  return self->details;
}

const TiersPeriodGrades * const *
tiers_session_get_history (TiersSession  *self,
                           const GArray **periods)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), NULL);

  if (periods != NULL)
    *periods = self->history != NULL ? self->history_periods : NULL;
  return self->history != NULL ? (const TiersPeriodGrades * const *) self->history->pdata : NULL;
}

gboolean
tiers_session_get_busy (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), FALSE);
  return self->evaluating;
}

double
tiers_session_get_progress (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), 0);
  return self->progress;
}

void
tiers_session_cancel (TiersSession *self)
{
  g_return_if_fail (TIERS_IS_SESSION (self));

  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->generation++;   /* whatever the task still returns is dropped */
  set_evaluating (self, FALSE);
}

void
tiers_session_actions_changed (TiersSession *self)
{
  g_return_if_fail (TIERS_IS_SESSION (self));
  g_signal_emit (self, signals[ACTIONS_CHANGED], 0);
}

void
tiers_session_data_changed (TiersSession *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TIERS_IS_SESSION (self));

  if (!reload_periods_and_scheme (self, &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }
  choose_period (self);
  /* Grades, names and spend may all have changed: nothing kept holds. */
  clear_model (self, TRUE);
  g_signal_emit (self, signals[DATA_CHANGED], 0);
  refresh_evaluation (self);
}

static void
tiers_session_dispose (GObject *object)
{
  TiersSession *self = TIERS_SESSION (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* Jobs still queued run to their end on the worker, which then closes its connection. */
  g_clear_pointer (&self->worker, tiers_session_worker_stop);
  G_OBJECT_CLASS (tiers_session_parent_class)->dispose (object);
}

static void
tiers_session_finalize (GObject *object)
{
  TiersSession *self = TIERS_SESSION (object);

  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->review, tiers_period_review_free);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->history_periods, g_array_unref);
  g_clear_pointer (&self->evaluations, g_hash_table_unref);
  g_clear_pointer (&self->grades, g_hash_table_unref);
  g_clear_pointer (&self->details_cache, g_hash_table_unref);
  g_clear_pointer (&self->link, session_link_unref);
  g_clear_pointer (&self->scheme, tiers_scheme_free);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->store, tiers_store_close);
  g_free (self->database_path);
  G_OBJECT_CLASS (tiers_session_parent_class)->finalize (object);
}

static void
tiers_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TiersSession *self = TIERS_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_PERIOD:
      g_value_take_string (value, self->has_period ? tiers_period_to_string (&self->period)
                                                   : NULL);
      break;
    case PROP_SCHEME_VERSION:
      g_value_set_int64 (value, self->scheme_version);
      break;
    case PROP_EVALUATION:
      g_value_set_pointer (value, (gpointer) self->evaluation);
      break;
    case PROP_DETAILS:
      g_value_set_pointer (value, self->details);
      break;
    case PROP_REVIEW:
      g_value_set_pointer (value, self->review);
      break;
    case PROP_HISTORY:
      g_value_set_pointer (value, self->history);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, tiers_session_get_busy (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TiersSession *self = TIERS_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_session_class_init (TiersSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tiers_session_dispose;
  object_class->finalize = tiers_session_finalize;
  object_class->get_property = tiers_session_get_property;
  object_class->set_property = tiers_session_set_property;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHEME_VERSION] =
    g_param_spec_int64 ("scheme-version", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVALUATION] =
    g_param_spec_pointer ("evaluation", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
    g_param_spec_pointer ("details", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW] =
    g_param_spec_pointer ("review", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_pointer ("history", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after the data or the scheme changed: pages reload what they show. */
  signals[DATA_CHANGED] =
    g_signal_new ("data-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted after a plan, an action or a status changed: pages showing them reload. */
  signals[ACTIONS_CHANGED] =
    g_signal_new ("actions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted with a GError when loading or evaluating failed; the window shows it. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tiers_session_init (TiersSession *self)
{
  self->evaluations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) tiers_evaluation_free);
  self->grades = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) tiers_period_grades_free);
  self->details_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
  self->link = session_link_new (self);
}
