/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-session.h: what one window works on: its database, the periods that have data, the
 * selected period, and that period's evaluation (and the previous period's), kept current in
 * the background. Every page reads from the session and listens to its notifications; no page
 * evaluates on its own. */
#pragma once

#include <gio/gio.h>

#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-scheme.h"
#include "tiers-store.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SESSION (tiers_session_get_type ())

G_DECLARE_FINAL_TYPE (TiersSession, tiers_session, TIERS, SESSION, GObject)

/* Opens the main-thread connection; workers open their own on the same path. */
TiersSession          *tiers_session_new                 (const char         *database_path,
                                                          GError            **error);
const char            *tiers_session_get_database_path   (TiersSession       *self);
/* For quick reads on the main loop only (a few milliseconds); anything slower runs in a
 * GTask with its own TiersStore opened on tiers_session_get_database_path(). */
TiersStore            *tiers_session_get_store           (TiersSession       *self);

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

/* Property "busy": evaluating in the background; "progress": 0..1 while busy. */
gboolean               tiers_session_get_busy            (TiersSession       *self);
double                 tiers_session_get_progress        (TiersSession       *self);
void                   tiers_session_cancel              (TiersSession       *self);

/* Call after anything changed the data or the scheme (an import, sample data, a new scheme
 * version): reloads the periods and the scheme, re-evaluates what became stale, and emits
 * "data-changed" so pages reload what they show. */
void                   tiers_session_data_changed        (TiersSession       *self);

G_END_DECLS
