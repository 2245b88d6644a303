/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-evaluation.h: grading a period from the stored data and keeping the result:
 * per supplier the indicator values with their samples, criterion scores, weight shares,
 * points, score, grade and provisional flag, with the scheme version used. The indicator
 * values are cached with the evaluation, so a what-if that keeps GraceDays and
 * QuantityTolerance re-scores them without reading a receipt. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-explanation.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_EVALUATE_FLAGS_NONE = 0,
  TIERS_EVALUATE_DRY_RUN    = 1 << 0,  /* store nothing at all: a what-if */
} TiersEvaluateFlags;

/* What grading sets on a connection: SQLite's largest memory map (its default build limit).
 * A period's index range and the cached BLOBs lie anywhere in a file of hundreds of
 * megabytes; a page past the map costs a system call and a copy into the page cache, and the
 * map never spans more than the file. */
#define TIERS_STORE_GRADING_MMAP "PRAGMA mmap_size = 2147418112"

/* Every indicator of every supplier, fresh from the collected data. On a database file the
 * receipts are read on a few threads with their own read-only connections: they see what is
 * committed, so call it outside a transaction that has changed receipts. */
TiersIndicatorSet *tiers_store_compute_indicators (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   int                 grace_days,
                                                   double              quantity_tolerance,
                                                   GError            **error);
/* The cached values of the period's stored evaluation when they still fit the data (no import
 * batch and no conflict of interest declared or removed since: every change of what grading
 * reads must change the data mark for the cache to notice) and
 * the scheme (same GraceDays and QuantityTolerance), else fresh ones. What the criteria page
 * loads once for its live what-if: then tiers_evaluation_new () per scheme tried. */
TiersIndicatorSet *tiers_store_load_indicators    (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   const TiersScheme  *scheme,
                                                   GError            **error);
/* The stored scores of the period before set->period, aligned with set's suppliers (NAN
 * where there is none): the "previous" of smoothing. */
double            *tiers_store_load_previous_scores (TiersStore              *store,
                                                     const TiersIndicatorSet *set,
                                                     GError                 **error);
/* The stored scores of the period before PERIOD as kept (*RECORD NULL where it has no
 * evaluation): with tiers_scores_align_held, the grades held there under any scheme's
 * DowngradeAfter, for a what-if that tries scheme after scheme without reading again. */
gboolean           tiers_store_load_previous_record (TiersStore              *store,
                                                     const TiersPeriod       *period,
                                                     GBytes                 **record,
                                                     GError                 **error);

/* Grades every supplier for PERIOD (docs/cli.md, "evaluate PERIOD [--scheme FILE] [--dry-run]").
 * scheme NULL means the current one; otherwise it is first stored as a new version. The indicator
 * values come from the period's cache when it still fits (as tiers_store_load_indicators), else
 * fresh. Stores the result in one transaction, replacing an earlier one, and re-grades the later
 * stored draft periods of the same kind in order with the same scheme (finalized ones keep
 * their grades). A finalized PERIOD is refused with TIERS_ERROR_FINALIZED, and nothing is
 * stored, SCHEME neither. With TIERS_EVALUATE_DRY_RUN nothing is stored: a what-if of a
 * finalized period is allowed. */
TiersEvaluation   *tiers_store_evaluate           (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   const TiersScheme  *scheme,
                                                   TiersEvaluateFlags  flags,
                                                   GError            **error);
/* The one freshness rule of the window, the command line and the charts: PERIOD's stored
 * evaluation in *OUT when it was made with SCHEME_VERSION (the current scheme's) from the data
 * as it is now; otherwise PERIOD is evaluated with the current scheme and stored first (which
 * re-grades the later stored periods of its kind), and *EVALUATED says so. A period that
 * holds no data and was never evaluated leaves *OUT NULL, without an error. A finalized
 * period's stored evaluation is returned as it is, never evaluated again. */
gboolean           tiers_store_current_evaluation (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   gint64              scheme_version,
                                                   TiersEvaluation   **out,
                                                   gboolean           *evaluated,
                                                   GError            **error);
/* The stored evaluation of PERIOD; TIERS_ERROR_NOT_FOUND when there is none. */
TiersEvaluation   *tiers_store_load_evaluation    (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   GError            **error);
/* Drops PERIOD's stored evaluation, with the indicators cached in it, so that the next
 * tiers_store_current_evaluation grades it anew; *FORGOTTEN (may be NULL) says whether there
 * was one. A finalized period's evaluation is kept: TIERS_ERROR_FINALIZED. */
gboolean           tiers_store_forget_evaluation  (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   gboolean           *forgotten,
                                                   GError            **error);
/* The stored periods of a kind that have an evaluation, oldest first, as TiersPeriod. */
GArray            *tiers_store_list_evaluations   (TiersStore         *store,
                                                   TiersPeriodKind     kind,
                                                   GError            **error);
/* One supplier's breakdown for PERIOD and its change against the previous period. */
TiersExplanation  *tiers_store_explain            (TiersStore         *store,
                                                   const TiersPeriod  *period,
                                                   const char         *supplier_code,
                                                   GError            **error);
TiersScheme       *tiers_store_load_scheme_version (TiersStore        *store,
                                                    gint64             version,
                                                    GError           **error);

G_END_DECLS
