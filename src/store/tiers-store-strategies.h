/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-strategies.h: the tier strategies and the actions taken with suppliers (schema
 * version 7). Each change is one transaction. Recording a hard step (suspend, terminate) can
 * change the supplier's status in the same transaction. */
#pragma once

#include <glib.h>

#include "tiers-store.h"
#include "tiers-supplier-status.h"
#include "tiers-tier-strategy.h"

G_BEGIN_DECLS

/* Of TiersStandardAction*: GRADE's, in order; TIERS_GRADE_NONE: every grade's, by grade. */
GPtrArray  *tiers_store_list_standard_actions (TiersStore                *store,
                                               TiersGrade                 grade,
                                               GError                   **error);
/* Adds ACTION at the end of its grade's list (ACTION->id 0) or changes the stored one with
 * its id; sets ACTION->id. */
gboolean    tiers_store_save_standard_action  (TiersStore                *store,
                                               TiersStandardAction       *action,
                                               GError                   **error);
/* Actions recorded with it keep their text and kind. */
gboolean    tiers_store_delete_standard_action (TiersStore               *store,
                                                gint64                    id,
                                                GError                  **error);
/* Moves the action one place up (DELTA -1) or down (+1) in its grade's list. */
gboolean    tiers_store_move_standard_action  (TiersStore                *store,
                                               gint64                     id,
                                               int                        delta,
                                               GError                   **error);

/* Records ACTION for SUPPLIER_CODE (ACTION->id set). With NEW_STATUS not NULL, also records
 * that status change, dated as the action and with STATUS_REASON, in the same transaction. */
gboolean    tiers_store_record_action         (TiersStore                *store,
                                               const char                *supplier_code,
                                               TiersSupplierAction       *action,
                                               const TiersSupplierStatus *new_status,
                                               const char                *status_reason,
                                               GError                   **error);
/* Of TiersSupplierAction*, newest date first. */
GPtrArray  *tiers_store_list_actions          (TiersStore                *store,
                                               const char                *supplier_code,
                                               GError                   **error);

G_END_DECLS
