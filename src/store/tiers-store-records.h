/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-records.h: suppliers, incidents, feedback and ratings entered and corrected by
 * hand. Each call is one user action in one transaction, checked by the importer's own rules
 * (tiers-record-rules.h) and recorded in the record history: who, when, why, before and
 * after. A record dated in a finalized period is neither entered, changed nor deleted. */
#pragma once

#include <glib.h>

#include "tiers-record-rules.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* ---- suppliers ---- */

/* Adds a supplier (ID 0) or changes supplier ID; VALUES of TIERS_SUPPLIER_N_FIELDS, trimmed
 * here. TIERS_ERROR_DUPLICATE when another supplier has the code. *NEW_ID may be NULL. */
gboolean   tiers_store_save_supplier      (TiersStore          *store,
                                           gint64               id,
                                           const char * const  *values,
                                           gint64              *new_id,
                                           GError             **error);
/* The supplier with CODE: its id and its fields (a NULL-terminated strv of
 * TIERS_SUPPLIER_N_FIELDS, "" for an empty one). */
char     **tiers_store_load_supplier      (TiersStore          *store,
                                           const char          *code,
                                           gint64              *id,
                                           GError             **error);

/* ---- records ---- */

/* One stored incident, feedback or rating, its values as text in the column order of its
 * import file (tiers-record-rules.h), "" for an empty one. */
typedef struct
{
  TiersRecordKind  kind;
  gint64           id;
  char           **values;      /* NULL-terminated */
  char            *source;      /* the file it was imported from, or NULL: entered by hand */
} TiersRecord;

void       tiers_record_free              (TiersRecord         *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersRecord, tiers_record_free)

/* Enters a record: VALUES of tiers_record_kind_n_fields (KIND), trimmed here. *ID may be
 * NULL. TIERS_ERROR_INVALID names the bad field as the importer would; NOT_FOUND for an
 * unknown supplier; FINALIZED when the date lies in a finalized period; DUPLICATE for a
 * rating that exists (same supplier, criterion, date and evaluator). */
gboolean   tiers_store_add_record         (TiersStore          *store,
                                           TiersRecordKind      kind,
                                           const char * const  *values,
                                           gint64              *id,
                                           GError             **error);
/* An evaluator's ratings of one supplier on one date, over several criteria at once:
 * CRITERIA and RATINGS of N; all land or none. */
gboolean   tiers_store_add_ratings        (TiersStore          *store,
                                           const char          *supplier_code,
                                           const char          *date,
                                           const char          *evaluator,
                                           const char * const  *criteria,
                                           const char * const  *ratings,
                                           guint                n,
                                           const char          *comment,
                                           GError             **error);
/* Corrects record ID of KIND to VALUES (its supplier stays: VALUES' code is ignored), or
 * deletes it, for REASON (required). Neither its old nor its new date may lie in a
 * finalized period. */
gboolean   tiers_store_change_record      (TiersStore          *store,
                                           TiersRecordKind      kind,
                                           gint64               id,
                                           const char * const  *values,
                                           const char          *reason,
                                           GError             **error);
gboolean   tiers_store_delete_record      (TiersStore          *store,
                                           TiersRecordKind      kind,
                                           gint64               id,
                                           const char          *reason,
                                           GError             **error);
/* The records of KIND of supplier CODE dated in [FIRST, LAST] (ISO dates; NULL: no limit),
 * newest first (of TiersRecord*). */
GPtrArray *tiers_store_list_records       (TiersStore          *store,
                                           TiersRecordKind      kind,
                                           const char          *supplier_code,
                                           const char          *first,
                                           const char          *last,
                                           GError             **error);

/* ---- the history ---- */

typedef struct
{
  char   *kind;          /* supplier, incident, feedback, rating, batch */
  gint64  record_id;
  char   *action;        /* added, edited, deleted, withdrawn */
  char   *happened_at;
  char   *user_name;
  char   *reason;        /* NULL where none was needed */
  char   *before;        /* "column=value" lines, or NULL */
  char   *after;
} TiersRecordChange;

void       tiers_record_change_free       (TiersRecordChange   *change);
/* Of supplier CODE (NULL: every change), newest first (of TiersRecordChange*). */
GPtrArray *tiers_store_list_record_changes (TiersStore         *store,
                                            const char         *supplier_code,
                                            GError            **error);

G_END_DECLS
