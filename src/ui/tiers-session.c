/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session.c: the database, period and evaluation one window shows. Evaluating runs in
 * a GTask thread on its own connection; the result replaces the shown one on the main loop,
 * unless the user chose another period meanwhile. */
#define G_LOG_DOMAIN "tiers-session"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-session.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"

struct _TiersSession
{
  GObject          parent_instance;

  char            *database_path;
  TiersStore      *store;
  GArray          *periods;
  gboolean         has_period;
  TiersPeriod      period;
  TiersScheme     *scheme;
  gint64           scheme_version;
  TiersEvaluation *evaluation;
  TiersEvaluation *previous;
  GCancellable    *cancellable;
  double           progress;
  guint            generation;   /* which request the running task answers */
};

G_DEFINE_FINAL_TYPE (TiersSession, tiers_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_PERIOD,
  PROP_SCHEME_VERSION,
  PROP_EVALUATION,
  PROP_BUSY,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  DATA_CHANGED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the worker thread is asked to do and what it hands back. */
typedef struct
{
  char            *database_path;
  TiersPeriod      period;
  TiersPeriod      previous_period;
  gboolean         previous_has_data;
  guint            generation;
  TiersSession    *session;        /* borrowed: the task's callback data keeps it alive */
  TiersEvaluation *evaluation;
  TiersEvaluation *previous;
} EvaluateJob;

static void
evaluate_job_free (EvaluateJob *job)
{
  g_free (job->database_path);
  g_clear_pointer (&job->evaluation, tiers_evaluation_free);
  g_clear_pointer (&job->previous, tiers_evaluation_free);
  g_free (job);
}

typedef struct
{
  TiersSession *session;
  guint         generation;
  double        progress;
} ProgressUpdate;

static gboolean
apply_progress (gpointer data)
{
  ProgressUpdate *update = data;

  if (update->generation == update->session->generation &&
      update->session->cancellable != NULL)
    {
      update->session->progress = update->progress;
      g_object_notify_by_pspec (G_OBJECT (update->session), properties[PROP_PROGRESS]);
    }
  g_object_unref (update->session);
  g_free (update);
  return G_SOURCE_REMOVE;
}

static void
report_progress (EvaluateJob *job,
                 double       progress)
{
  ProgressUpdate *update = g_new (ProgressUpdate, 1);

  update->session = g_object_ref (job->session);
  update->generation = job->generation;
  update->progress = progress;
  g_idle_add (apply_progress, update);
}

/* Evaluates PERIOD unless its stored evaluation is current, then loads it. */
static TiersEvaluation *
current_evaluation (TiersStore        *store,
                    const TiersPeriod *period,
                    gint64             scheme_version,
                    GError           **error)
{
  gboolean current = FALSE;

  if (!tiers_store_evaluation_is_current (store, period, scheme_version, &current, error))
    return NULL;
  if (!current)
    return tiers_store_evaluate (store, period, NULL, TIERS_EVALUATE_FLAGS_NONE, error);
  return tiers_store_load_evaluation (store, period, error);
}

static void
evaluate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  EvaluateJob *job = task_data;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  GError *error = NULL;
  gint64 version = 0;

  store = tiers_store_open (job->database_path, &error);
  if (store != NULL)
    scheme = tiers_store_load_scheme (store, &version, &error);
  if (scheme == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The previous period first: smoothing and the change arrows read its stored score. */
  if (job->previous_has_data)
    {
      job->previous = current_evaluation (store, &job->previous_period, version, &error);
      if (job->previous == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  report_progress (job, 0.5);
  if (g_task_return_error_if_cancelled (task))
    return;

  job->evaluation = current_evaluation (store, &job->period, version, &error);
  if (job->evaluation == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
set_busy (TiersSession *self,
          GCancellable *cancellable)
{
  gboolean was_busy = self->cancellable != NULL;

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->progress = 0;
  if (was_busy != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
replace_evaluations (TiersSession    *self,
                     TiersEvaluation *evaluation,
                     TiersEvaluation *previous)
{
  g_clear_pointer (&self->evaluation, tiers_evaluation_free);
  g_clear_pointer (&self->previous, tiers_evaluation_free);
  self->evaluation = evaluation;
  self->previous = previous;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

/* The session is the callback's data, not the task's source object: the worker thread may
 * drop the task's last reference, and the session must never be finalized there. */
static void
on_evaluate_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TiersSession) self = user_data;
  GTask *task = G_TASK (result);
  EvaluateJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (job->generation != self->generation)
    return;   /* an older request: the user has moved on */

  set_busy (self, NULL);
  if (!g_task_propagate_boolean (task, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }
  replace_evaluations (self, g_steal_pointer (&job->evaluation),
                       g_steal_pointer (&job->previous));
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

/* Starts evaluating the selected period, cancelling whatever ran before. */
static void
refresh_evaluation (TiersSession *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  EvaluateJob *job;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  self->generation++;
  replace_evaluations (self, NULL, NULL);
  if (!self->has_period)
    {
      set_busy (self, NULL);
      return;
    }

  cancellable = g_cancellable_new ();
  job = g_new0 (EvaluateJob, 1);
  job->database_path = g_strdup (self->database_path);
  job->period = self->period;
  job->previous_period = tiers_period_previous (&self->period);
  job->previous_has_data = has_data (self, &job->previous_period);
  job->generation = self->generation;
  job->session = self;

  task = g_task_new (NULL, cancellable, on_evaluate_done, g_object_ref (self));
  g_task_set_source_tag (task, refresh_evaluation);
  g_task_set_task_data (task, job, (GDestroyNotify) evaluate_job_free);
  set_busy (self, cancellable);
  g_task_run_in_thread (task, evaluate_thread);
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

gboolean
tiers_session_get_busy (TiersSession *self)
{
  g_return_val_if_fail (TIERS_IS_SESSION (self), FALSE);
  return self->cancellable != NULL;
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
  self->generation++;   /* whatever the task still returns is dropped */
  set_busy (self, NULL);
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
  G_OBJECT_CLASS (tiers_session_parent_class)->dispose (object);
}

static void
tiers_session_finalize (GObject *object)
{
  TiersSession *self = TIERS_SESSION (object);

  g_clear_pointer (&self->evaluation, tiers_evaluation_free);
  g_clear_pointer (&self->previous, tiers_evaluation_free);
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
      g_value_set_pointer (value, self->evaluation);
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
  /* Emitted with a GError when loading or evaluating failed; the window shows it. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tiers_session_init (TiersSession *self)
{
}
