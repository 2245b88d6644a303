/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-records-load.h: building the suppliers page's records of an evaluation in a
 * worker, with each supplier's name, contact and spend in the period read from the store. */
#pragma once

#include <gio/gio.h>

#include "tiers-evaluation.h"
#include "tiers-supplier-record.h"

G_BEGIN_DECLS

/* Copies what it needs of EVALUATION and PREVIOUS (may be NULL) before returning, so the
 * session may replace them meanwhile; reads the details on its own connection to PATH. A
 * supplier whose details cannot be read gets an empty name and no spend (with a warning). */
void       tiers_supplier_records_load_async  (const char            *path,
                                               const TiersEvaluation *evaluation,
                                               const TiersEvaluation *previous,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
/* The records (of TiersSupplierRecord, in the evaluation's order) and the period they are
 * of; NULL with G_IO_ERROR_CANCELLED when cancelled. */
GPtrArray *tiers_supplier_records_load_finish (GAsyncResult          *result,
                                               TiersPeriod           *period,
                                               GError               **error);

/* Each supplier's spend in PERIOD (code -> double *), for records updated in place. */
void        tiers_supplier_spend_load_async  (const char         *path,
                                              const TiersPeriod  *period,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
GHashTable *tiers_supplier_spend_load_finish (GAsyncResult       *result,
                                              TiersPeriod        *period,
                                              GError            **error);

G_END_DECLS
