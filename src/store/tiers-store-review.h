/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-review.h: the quarterly review in the database (schema version 5): finalizing
 * and reopening a period, recorded with who, when and why; overrides of a supplier's grade;
 * marks of suppliers reviewed. A finalized period's evaluation, overrides and marks do not
 * change (docs/grading.md, "Finalizing a period"). */
#pragma once

#include <glib.h>

#include "tiers-period.h"
#include "tiers-review.h"
#include "tiers-store.h"

G_BEGIN_DECLS

gboolean    tiers_store_period_is_finalized (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             gboolean            *finalized,
                                             GError             **error);
/* Freezes PERIOD's grades. Its evaluation is brought up to date first when it is missing or
 * stale (tiers_store_current_evaluation; *EVALUATED says so); a period without data and
 * without an evaluation has nothing to finalize (TIERS_ERROR_NOT_FOUND). *N_SUPPLIERS: how
 * many suppliers the frozen evaluation lists. A finalized period is refused
 * (TIERS_ERROR_FINALIZED). */
gboolean    tiers_store_finalize_period     (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             guint               *n_suppliers,
                                             gboolean            *evaluated,
                                             GError             **error);
/* Makes PERIOD a draft again; REASON must say why (not only spaces). A draft is refused
 * (TIERS_ERROR_INVALID). */
gboolean    tiers_store_reopen_period       (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             const char          *reason,
                                             GError             **error);

/* One finalizing or reopening of a period, as recorded. */
typedef struct
{
  gboolean  reopened;      /* FALSE: finalized */
  char     *happened_at;   /* ISO 8601, local time with its offset */
  char     *user_name;     /* the operating-system user */
  char     *reason;        /* why it was reopened; NULL for finalizing */
} TiersPeriodEvent;

void        tiers_period_event_free         (TiersPeriodEvent    *event);
/* Of TiersPeriodEvent*, oldest first. */
GPtrArray  *tiers_store_list_period_events  (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             GError             **error);

/* Sets GRADE for SUPPLIER_CODE in the draft PERIOD beside the computed grade, replacing an
 * earlier override; the supplier must be listed in the period's stored evaluation and
 * COMMENT must say something. */
gboolean    tiers_store_set_override        (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             const char          *supplier_code,
                                             TiersGrade           grade,
                                             TiersOverrideReason  reason,
                                             const char          *comment,
                                             GError             **error);
/* TIERS_ERROR_NOT_FOUND when the supplier has no override in PERIOD. */
gboolean    tiers_store_withdraw_override   (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             const char          *supplier_code,
                                             GError             **error);
/* supplier code -> TiersOverride* of PERIOD. */
GHashTable *tiers_store_load_overrides      (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             GError             **error);

/* Marks SUPPLIER_CODE reviewed in the draft PERIOD, with an optional COMMENT (NULL or ""
 * for none); marking again replaces the comment. */
gboolean    tiers_store_mark_reviewed       (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             const char          *supplier_code,
                                             const char          *comment,
                                             GError             **error);
/* Removes the mark; a supplier not marked is no error. */
gboolean    tiers_store_unmark_reviewed     (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             const char          *supplier_code,
                                             GError             **error);
/* supplier code -> TiersReviewMark* of PERIOD. */
GHashTable *tiers_store_load_review_marks   (TiersStore          *store,
                                             const TiersPeriod   *period,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersPeriodEvent, tiers_period_event_free)

G_END_DECLS
