/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-audit.h: the audit trail in the database (table audit, schema version 7): an
 * append-only, hash-chained record of every change that can affect a grade or what a
 * supplier is told, and its verification (docs/reliability.md, "Audit trail"). */
#pragma once

#include <glib.h>

#include "tiers-audit.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Appends an entry for a change: now, the operating-system user, ACTION (a short name in
 * [a-z_], tiers-audit.h), OBJECT ("KIND:KEY", e.g. "supplier:S001") and the object's state
 * BEFORE_JSON and AFTER_JSON (compact JSON objects, tiers-json.h; NULL where there is none),
 * chained to the entry before. Call it INSIDE the change's transaction, after the change
 * itself, so the change and its entry land together or not at all; the caller rolls back
 * when it fails. */
gboolean    tiers_store_audit_append   (TiersStore  *store,
                                        const char  *action,
                                        const char  *object,
                                        const char  *before_json,
                                        const char  *after_json,
                                        GError     **error);

/* The entries, newest first (of TiersAuditEntry*); only OBJECT's when it is not NULL. */
GPtrArray  *tiers_store_list_audit     (TiersStore  *store,
                                        const char  *object,
                                        GError     **error);
/* ENTRY's before and after, key by key (of TiersAuditChange*), in the order written. */
GPtrArray  *tiers_store_audit_changes  (TiersStore            *store,
                                        const TiersAuditEntry *entry,
                                        GError               **error);

typedef struct
{
  gint64  n_entries;
  char   *newest_hash;     /* the hash of the newest entry; NULL when there is none */
  /* The first broken entry: its id (0 when the chain holds), its action (NULL when the
   * entry is missing) and what is wrong with it, translated. */
  gint64  broken_id;
  char   *broken_action;
  char   *problem;
  /* NULL when PRAGMA integrity_check says ok, otherwise what it says. */
  char   *integrity;
} TiersVerifyReport;

void        tiers_verify_report_clear  (TiersVerifyReport *report);
/* Checks the whole chain and the file's integrity into REPORT; FALSE only when the database
 * cannot be read at all. */
gboolean    tiers_store_verify         (TiersStore        *store,
                                        TiersVerifyReport *report,
                                        GError           **error);
/* The chain alone, without the file's integrity check (which reads every page). */
gboolean    tiers_store_verify_audit   (TiersStore        *store,
                                        TiersVerifyReport *report,
                                        GError           **error);

G_END_DECLS
