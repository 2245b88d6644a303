/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-records-load.h: building the suppliers page's records of an evaluation, with
 * each supplier's name, contact and spend from the session's details, off the main loop
 * beside the session's worker (it reads no database): their sort keys take tens of
 * milliseconds at 10,000 suppliers. */
#pragma once

#include <gio/gio.h>

#include "tiers-evaluation.h"
#include "tiers-session.h"
#include "tiers-supplier-record.h"

G_BEGIN_DECLS

/* Copies what it needs of EVALUATION and PREVIOUS (may be NULL) and takes a reference on
 * DETAILS (of TiersSupplierDetails by code; NULL: names empty, spend 0) before returning, so
 * the session may replace them meanwhile. */
void       tiers_supplier_records_load_async  (TiersSession          *session,
                                               const TiersEvaluation *evaluation,
                                               const TiersEvaluation *previous,
                                               const GPtrArray       *details,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
/* The records (of TiersSupplierRecord, in the evaluation's order) and the period they are
 * of; NULL with G_IO_ERROR_CANCELLED when cancelled. */
GPtrArray *tiers_supplier_records_load_finish (GAsyncResult          *result,
                                               TiersPeriod           *period,
                                               GError               **error);

G_END_DECLS
