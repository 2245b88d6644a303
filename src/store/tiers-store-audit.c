/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-audit.c: appending to the audit trail and reading it (table audit, schema
 * version 7). The chain is computed here, in C, not by triggers: anyone with sqlite3 can drop
 * a trigger, and verification (tiers-store-verify.c) relies on the hashes alone. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-audit.h"
#include "tiers-store-private.h"

/* The id the next entry takes and the hash it chains to. AUTOINCREMENT's counter counts
 * entries removed from the end too, so a truncated trail shows a gap after it. */
static gboolean
chain_end (TiersStore *store,
           gint64     *next_id,
           char      **previous_hash,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT (SELECT max (id) FROM audit),"
      "       (SELECT seq FROM sqlite_sequence WHERE name = 'audit'),"
      "       (SELECT hash FROM audit ORDER BY id DESC LIMIT 1)", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *next_id = MAX (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1)) + 1;
  *previous_hash = g_strdup (sqlite3_column_type (stmt, 2) == SQLITE_NULL
                               ? TIERS_AUDIT_FIRST_PREVIOUS
                               : (const char *) sqlite3_column_text (stmt, 2));
  return TRUE;
}

gboolean
tiers_store_audit_append (TiersStore  *store,
                          const char  *action,
                          const char  *object,
                          const char  *before_json,
                          const char  *after_json,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *hash = NULL;
  TiersAuditEntry entry = { 0 };

  g_return_val_if_fail (store != NULL && action != NULL && object != NULL, FALSE);
  /* Outside a transaction the entry could land without its change, or the change without
   * it. */
  g_return_val_if_fail (!sqlite3_get_autocommit (store->db), FALSE);

  if (!chain_end (store, &entry.id, &previous, error))
    return FALSE;
  now = tiers_store_now_iso ();
  entry.happened_at = now;
  entry.user_name = (char *) g_get_user_name ();
  entry.action = (char *) action;
  entry.object = (char *) object;
  entry.before = (char *) before_json;
  entry.after = (char *) after_json;
  hash = tiers_audit_compute_hash (previous, &entry);

  stmt = tiers_store_prepare (store,
      "INSERT INTO audit (id, happened_at, user_name, action, object, before, after,"
      " previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry.id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, entry.user_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, object, -1, SQLITE_STATIC);
  if (before_json != NULL)
    sqlite3_bind_text (stmt, 6, before_json, -1, SQLITE_STATIC);
  if (after_json != NULL)
    sqlite3_bind_text (stmt, 7, after_json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, previous, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, hash, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

TiersAuditEntry *
tiers_store_read_audit_entry (sqlite3_stmt *stmt)
{
  TiersAuditEntry *entry = g_new0 (TiersAuditEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->happened_at = column_dup (stmt, 1);
  entry->user_name = column_dup (stmt, 2);
  entry->action = column_dup (stmt, 3);
  entry->object = column_dup (stmt, 4);
  entry->before = column_dup (stmt, 5);
  entry->after = column_dup (stmt, 6);
  entry->previous_hash = column_dup (stmt, 7);
  entry->hash = column_dup (stmt, 8);
  return entry;
}

GPtrArray *
tiers_store_list_audit (TiersStore  *store,
                        const char  *object,
                        GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT " TIERS_STORE_AUDIT_COLUMNS " FROM audit"
      " WHERE ?1 IS NULL OR object = ?1 ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  if (object != NULL)
    sqlite3_bind_text (stmt, 1, object, -1, SQLITE_STATIC);
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_audit_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, tiers_store_read_audit_entry (stmt));
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&entries);
}

/* A JSON value as a user reads it: strings without their quotes, objects as JSON. */
static char *
value_text (sqlite3_stmt *stmt,
            int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return column_dup (stmt, column);
}

GPtrArray *
tiers_store_audit_changes (TiersStore            *store,
                           const TiersAuditEntry *entry,
                           GError               **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && entry != NULL, NULL);

  /* SQLite reads the JSON it was given: the keys of after in their order, then those only
   * before had. */
  stmt = tiers_store_prepare (store,
      "WITH b AS (SELECT key, value, id FROM json_each (coalesce (?1, '{}'))),"
      "     a AS (SELECT key, value, id FROM json_each (coalesce (?2, '{}')))"
      " SELECT a.key, b.value, a.value, 0, a.id FROM a LEFT JOIN b ON b.key = a.key"
      " UNION ALL"
      " SELECT b.key, b.value, NULL, 1, b.id FROM b WHERE b.key NOT IN (SELECT key FROM a)"
      " ORDER BY 4, 5", error);
  if (stmt == NULL)
    return NULL;
  if (entry->before != NULL)
    sqlite3_bind_text (stmt, 1, entry->before, -1, SQLITE_STATIC);
  if (entry->after != NULL)
    sqlite3_bind_text (stmt, 2, entry->after, -1, SQLITE_STATIC);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_audit_change_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersAuditChange *change = g_new0 (TiersAuditChange, 1);

      change->key = column_dup (stmt, 0);
      change->before = value_text (stmt, 1);
      change->after = value_text (stmt, 2);
      g_ptr_array_add (changes, change);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&changes);
}
