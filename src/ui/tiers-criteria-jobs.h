/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-criteria-jobs.h: the criteria page's two pieces of background work, each on the
 * session's worker: reading a period's indicators for the what-if, and applying an edited
 * scheme (a new version, then the stored evaluations re-graded). */
#pragma once

#include <gio/gio.h>

#include "tiers-indicators.h"
#include "tiers-period.h"
#include "tiers-scheme.h"
#include "tiers-session.h"

G_BEGIN_DECLS

/* What the what-if scores an edit against. */
typedef struct
{
  TiersIndicatorSet *set;
  double            *previous;   /* aligned to set; NAN where there is no score */
  GBytes            *previous_record; /* the previous period's stored scores, or NULL */
  GHashTable        *names;      /* code -> supplier name */
} TiersWhatIfInput;

void              tiers_what_if_input_free       (TiersWhatIfInput    *input);

/* COMPUTE FALSE: the indicators the period's stored evaluation cached, when they fit SCHEME
 * (tiers_store_load_indicators); TRUE: fresh from the receipts for SCHEME's GraceDays and
 * QuantityTolerance (an edit of those). */
void              tiers_what_if_input_load_async  (TiersSession        *session,
                                                   const TiersPeriod   *period,
                                                   const TiersScheme   *scheme,
                                                   gboolean             compute,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
TiersWhatIfInput *tiers_what_if_input_load_finish (GAsyncResult        *result,
                                                   GError             **error);

/* Called on the main loop while applying: FRACTION of the re-grading done. */
typedef void (*TiersApplyProgress) (double   fraction,
                                    gpointer user_data);

/* Saves SCHEME as a new version by AUTHOR, then re-grades every stored evaluation, the
 * oldest of each period kind first (which re-grades the later ones of that kind in order).
 * Cancelling stops between kinds: the new version stays, and what is not re-graded yet is
 * re-graded when it is next shown. PROGRESS runs on the main loop with USER_DATA, which must
 * stay alive until CALLBACK has run. */
void              tiers_scheme_apply_async        (TiersSession        *session,
                                                   const TiersScheme   *scheme,
                                                   const char          *author,
                                                   TiersApplyProgress   progress,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
/* The new version; REGRADED: how many stored evaluations were graded again. A cancelled
 * re-grading still returns the version, with *cancelled set. */
gint64            tiers_scheme_apply_finish       (GAsyncResult        *result,
                                                   guint               *regraded,
                                                   gboolean            *cancelled,
                                                   GError             **error);

G_END_DECLS
