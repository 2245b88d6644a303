/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-plans.h: improvement plans (schema version 7). A plan is checked against its due
 * period's evaluation each time that evaluation is stored (tiers-store-evaluation.c calls
 * tiers_store_check_plans in the same transaction), and at once when it is opened or changed
 * while its due period already has an evaluation. A finalized due period freezes the check. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-plan.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Stores PLAN (id 0, new) for its supplier, or changes the stored plan with PLAN->id; sets
 * PLAN->id and its check. The criterion must be one of the current scheme's; a due period that
 * is finalized is refused, so is a closed plan. One transaction. */
gboolean    tiers_store_save_plan   (TiersStore       *store,
                                     TiersPlan        *plan,
                                     GError          **error);
/* Closes plan ID by hand with REASON (not only spaces); a closed plan is refused. */
gboolean    tiers_store_close_plan  (TiersStore       *store,
                                     gint64            id,
                                     const char       *reason,
                                     GError          **error);
/* Of TiersPlan*, by supplier code then due period then id; SUPPLIER_CODE NULL: every
 * supplier's. */
GPtrArray  *tiers_store_list_plans  (TiersStore       *store,
                                     const char       *supplier_code,
                                     GError          **error);
/* TIERS_ERROR_NOT_FOUND when there is no plan ID. */
TiersPlan  *tiers_store_load_plan   (TiersStore       *store,
                                     gint64            id,
                                     GError          **error);
/* Checks every plan due in EVALUATION's period against it; inside the caller's
 * transaction. */
gboolean    tiers_store_check_plans (TiersStore            *store,
                                     const TiersEvaluation *evaluation,
                                     GError               **error);

G_END_DECLS
