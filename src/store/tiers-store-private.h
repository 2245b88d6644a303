/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-private.h: what the store's own files share: the connection and helpers for
 * statements, transactions and errors. Never included outside src/store. */
#pragma once

#include <sqlite3.h>

#include "tiers-audit.h"
#include "tiers-error.h"
#include "tiers-period.h"
#include "tiers-store.h"
#include "tiers-supplier-status.h"

G_BEGIN_DECLS

/* How one connection waits for another program that holds a lock on its file: every
 * connection the store opens waits the same way (tiers_store_wait_for_others), as long as
 * tiers_store_set_wait () says, announcing the wait once after a second. */
typedef struct
{
  const char *path;     /* the file, as the announcement names it */
  gint64      since;    /* when the current wait began (monotonic, µs) */
  gboolean    told;     /* whether this wait was announced */
  gboolean    quiet;    /* nobody waits on it (the write-back thread): never announced */
  gint       *shared;   /* connections reading side by side announce once: 1 once told */
} TiersStoreWait;

struct _TiersStore
{
  sqlite3 *db;
  char    *path;
  GThread *write_back;  /* copying the write-ahead log into the file, or NULL */
  TiersStoreWait wait;
  /* A copy being readied for a restore: migrated without a backup of its own. */
  gboolean no_migration_backup;
  gsize    import_sort_bytes;  /* tests: the memory receipts are sorted in, 0 for the usual */
  guint    scan_readers;       /* tests: receipts read side by side, 0 for one per core */
};

gboolean      tiers_store_set_error   (TiersStore   *store,
                                       GError      **error);
/* The message when another program kept the file locked longer than the store waits
 * (SQLITE_BUSY); always FALSE. */
gboolean      tiers_store_set_busy_error (GError   **error);
/* The same message for a connection of the store's other than its own (a backup's, a
 * reader's); always FALSE. */
gboolean      tiers_store_set_db_error (sqlite3     *db,
                                        GError     **error);
/* Makes DB wait through WAIT (zeroed but for path, quiet and shared) for another program
 * holding a lock, as the store's own connection does; PATH is set to the file's. */
void          tiers_store_wait_for_others (sqlite3        *db,
                                           TiersStoreWait *wait,
                                           const char     *path);
/* sqlite3_open_v2 () of the database file at PATH (a connection beside the store's own: a
 * reader, a backup's source or destination) with the store's way of waiting for others
 * through WAIT, which must outlive the connection; as with sqlite3_open_v2 (), *DB is to be
 * closed even when the result is not SQLITE_OK. */
int           tiers_store_open_connection (const char     *path,
                                           int             flags,
                                           TiersStoreWait *wait,
                                           sqlite3       **db);
gboolean      tiers_store_exec        (TiersStore   *store,
                                       const char   *sql,
                                       GError      **error);
sqlite3_stmt *tiers_store_prepare     (TiersStore   *store,
                                       const char   *sql,
                                       GError      **error);
gboolean      tiers_store_begin       (TiersStore   *store,
                                       GError      **error);
gboolean      tiers_store_commit      (TiersStore   *store,
                                       GError      **error);
void          tiers_store_rollback    (TiersStore   *store);
/* One user action that may run inside a caller's transaction (evaluating stores a scheme
 * version, the sample loader imports files): a transaction of its own when there is none,
 * else a savepoint. END commits or releases when OK, else rolls back to where BEGIN was;
 * it returns whether everything held. */
gboolean      tiers_store_begin_change (TiersStore  *store,
                                        gboolean    *nested,
                                        GError     **error);
gboolean      tiers_store_end_change   (TiersStore  *store,
                                        gboolean     nested,
                                        gboolean     ok,
                                        GError     **error);
char         *tiers_store_now_iso     (void);
/* FALSE for a private in-memory database, which no second connection can open. */
gboolean      tiers_store_has_file    (TiersStore   *store);
/* Copies what the write-ahead log holds into the database file on a thread of its own,
 * through a second connection; closing the store waits for it. */
void          tiers_store_write_back_in_background (TiersStore *store);
/* Which collected data there is now (tiers-store-periods.c). */
char         *tiers_store_data_mark   (TiersStore   *store,
                                       GError      **error);

/* The id of the supplier with CODE; TIERS_ERROR_NOT_FOUND, with a message that names the
 * code, when there is none (tiers-store-suppliers.c). */
gboolean      tiers_store_find_supplier (TiersStore *store,
                                         const char *code,
                                         gint64     *id,
                                         GError    **error);
/* TIERS_ERROR_FINALIZED, with a message that names PERIOD and says how to reopen it, when
 * PERIOD is finalized (tiers-store-review.c). */
gboolean      tiers_store_refuse_finalized (TiersStore        *store,
                                            const TiersPeriod *period,
                                            GError           **error);

/* The audit table's columns in the order tiers_store_read_audit_entry () reads them
 * (tiers-store-audit.c). */
#define TIERS_STORE_AUDIT_COLUMNS \
  "id, happened_at, user_name, action, object, before, after, previous_hash, hash"
TiersAuditEntry *tiers_store_read_audit_entry (sqlite3_stmt *stmt);

/* tiers_store_save_scheme without its audit entry, for the first scheme, saved before the
 * database has an audit trail (tiers-store-scheme.c). */
gboolean      tiers_store_save_scheme_unaudited (TiersStore        *store,
                                                 const TiersScheme *scheme,
                                                 const char        *author,
                                                 gint64            *version,
                                                 GError           **error);
/* The ids (as pointers) of the suppliers PERIOD's grading leaves out: terminated before it
 * starts (tiers-store-status.c). */
GHashTable   *tiers_store_suppliers_left_out (TiersStore        *store,
                                              const TiersPeriod *period,
                                              GError           **error);

/* Records a status change of the supplier ID (CODE for messages) inside the caller's
 * transaction; DATE and REASON already checked. Refuses a change to the status in force. */
gboolean      tiers_store_record_status_change (TiersStore          *store,
                                                gint64               id,
                                                const char          *code,
                                                TiersSupplierStatus  status,
                                                const char          *date,
                                                const char          *reason,
                                                GError             **error);

/* Migrations (tiers-store-schema.c): up to VERSION, TIERS_STORE_SCHEMA_VERSION but in
 * tests of the migrations themselves. */
gboolean      tiers_store_migrate     (TiersStore   *store,
                                       int           version,
                                       GError      **error);
TiersStore   *tiers_store_open_at_version (const char *path,
                                           int         version,
                                           GError    **error);
/* Opens a copy being restored: upgraded like any database, without a backup of its own. */
TiersStore   *tiers_store_open_for_restore (const char *path,
                                            GError    **error);
/* Removes the automatic backups before migrations of the database at PATH but the
 * TIERS_STORE_MIGRATION_BACKUPS_KEPT newest (tiers-store-backup.c). */
void          tiers_store_prune_migration_backups (const char *path);
#define TIERS_STORE_MIGRATION_BACKUPS_KEPT 3

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
