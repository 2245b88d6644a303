/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-status.h: suppliers' status changes (schema version 7): active, on hold or
 * terminated, each dated and with a reason, kept for good. A termination takes the supplier
 * out of grading for the periods that start after its date (tiers_status_grades_period). */
#pragma once

#include <glib.h>

#include "tiers-store.h"
#include "tiers-supplier-status.h"

G_BEGIN_DECLS

/* Records that SUPPLIER_CODE is STATUS from DATE (YYYY-MM-DD) on, for REASON (not only
 * spaces), in one transaction. The same status as the one in force on DATE is refused as
 * no change. */
gboolean    tiers_store_set_supplier_status (TiersStore          *store,
                                             const char          *supplier_code,
                                             TiersSupplierStatus  status,
                                             const char          *date,
                                             const char          *reason,
                                             GError             **error);
/* Of TiersStatusChange*, in the order recorded; empty for a supplier never changed. */
GPtrArray  *tiers_store_list_status_changes (TiersStore          *store,
                                             const char          *supplier_code,
                                             GError             **error);
/* supplier code -> GPtrArray of TiersStatusChange*, for every supplier with a change. */
GHashTable *tiers_store_load_status_changes (TiersStore          *store,
                                             GError             **error);

G_END_DECLS
