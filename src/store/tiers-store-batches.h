/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-batches.h: the import batches, one per imported file, and withdrawing one
 * whole: every row it brought goes, or none does. */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *kind;          /* suppliers, receipts, incidents, feedback, ratings */
  char   *file_name;
  char   *imported_at;
  guint64 rows;          /* the rows it holds now */
  /* Why it cannot be withdrawn (translated), or NULL when it can. */
  char   *refusal;
} TiersImportBatch;

void       tiers_import_batch_free    (TiersImportBatch *batch);

/* The batches of imported files, newest first (of TiersImportBatch*). What was entered by
 * hand is corrected record by record, and is not among them. */
GPtrArray *tiers_store_list_batches   (TiersStore       *store,
                                       GError          **error);
/* Deletes every row of batch ID and the batch itself, so the file may be imported again,
 * and records REASON (required) in the record history. Refused (TIERS_ERROR_FINALIZED) when
 * a finalized period holds one of its rows; a suppliers file (TIERS_ERROR_INVALID), whose
 * suppliers are corrected one by one; NOT_FOUND when there is no such batch. *ROWS (may be
 * NULL) says how many rows went. */
gboolean   tiers_store_withdraw_batch (TiersStore       *store,
                                       gint64            id,
                                       const char       *reason,
                                       guint64          *rows,
                                       GError          **error);

G_END_DECLS
