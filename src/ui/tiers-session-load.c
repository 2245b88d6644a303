/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session-load.c: the session's period loads, run on its worker. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <string.h>

#include "tiers-session-load.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-store-supplier-details.h"

TiersPeriodLoad *
tiers_period_load_new (TiersPeriodLoadStep  step,
                       const TiersPeriod   *period,
                       const GArray        *periods,
                       const gboolean      *cached,
                       gint64               scheme_version,
                       guint                generation)
{
  TiersPeriodLoad *load = g_new0 (TiersPeriodLoad, 1);
  guint n = periods != NULL ? periods->len : 0;

  load->step = step;
  load->period = *period;
  load->scheme_version = scheme_version;
  load->generation = generation;
  load->periods = g_array_sized_new (FALSE, FALSE, sizeof (TiersPeriod), n);
  if (n > 0)
    g_array_append_vals (load->periods, periods->data, n);
  load->cached = g_new0 (gboolean, MAX (n, 1));
  if (cached != NULL)
    memcpy (load->cached, cached, n * sizeof (gboolean));
  load->loaded = g_new0 (TiersEvaluation *, MAX (n, 1));
  load->grades = g_new0 (TiersPeriodGrades *, MAX (n, 1));
  load->keep = g_new0 (gboolean, MAX (n, 1));
  return load;
}

void
tiers_period_load_free (TiersPeriodLoad *load)
{
  if (load == NULL)
    return;
  for (guint i = 0; i < load->periods->len; i++)
    {
      g_clear_pointer (&load->loaded[i], tiers_evaluation_free);
      g_clear_pointer (&load->grades[i], tiers_period_grades_free);
    }
  g_free (load->loaded);
  g_free (load->grades);
  g_free (load->keep);
  g_free (load->cached);
  g_array_unref (load->periods);
  g_clear_pointer (&load->details, g_ptr_array_unref);
  g_clear_pointer (&load->review, tiers_period_review_free);
  g_free (load);
}

/* Oldest first. Once a period had to be graded with smoothing on, the later stored periods of
 * its kind were graded again from its new scores, so nothing after it is kept. (Without
 * smoothing their grades cannot have changed, and the session keeps what pages show.) */
static gboolean
load_evaluations (TiersPeriodLoad *load,
                  TiersStore      *store,
                  GCancellable    *cancellable,
                  GError         **error)
{
  gboolean graded_any = FALSE;   /* with smoothing: the later periods changed */

  for (guint i = 0; i < load->periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (load->periods, TiersPeriod, i);
      gboolean evaluated = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (load->cached[i] && !graded_any)
        {
          if (!tiers_store_evaluation_is_current (store, period, load->scheme_version,
                                                  &load->keep[i], error))
            return FALSE;
          if (load->keep[i])
            continue;
        }
      if (!tiers_store_current_evaluation (store, period, load->scheme_version,
                                           &load->loaded[i], &evaluated, error))
        return FALSE;
      if (evaluated && load->loaded[i] != NULL && load->loaded[i]->scheme->smoothing < 1)
        {
          graded_any = TRUE;
          load->graded = TRUE;
        }
      /* The older periods of a history are kept short. */
      if (load->step == TIERS_PERIOD_LOAD_HISTORY && i + 2 < load->periods->len
          && load->loaded[i] != NULL)
        {
          load->grades[i] = tiers_period_grades_new (load->loaded[i]);
          g_clear_pointer (&load->loaded[i], tiers_evaluation_free);
        }
      if (load->progress != NULL)
        load->progress (load, (double) (i + 1) / load->periods->len);
    }
  return TRUE;
}

void
tiers_period_load_run (GTask        *task,
                       TiersStore   *store,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  TiersPeriodLoad *load = task_data;
  GError *error = NULL;
  gboolean ok;

  if (load->step == TIERS_PERIOD_LOAD_DETAILS)
    ok = (load->details = tiers_store_load_supplier_details (store, &load->period, &error))
         != NULL;
  else if (load->step == TIERS_PERIOD_LOAD_REVIEW)
    ok = (load->review = tiers_period_review_load (store, &load->period, &error)) != NULL;
  else
    ok = load_evaluations (load, store, cancellable, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}
