/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-status.c: suppliers' status changes (table supplier_status_event, schema
 * version 7), and which suppliers a period's grading leaves out. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-json.h"
#include "tiers-period.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"
#include "tiers-store-status.h"

static TiersStatusChange *
read_change (sqlite3_stmt *stmt,
             int           first)
{
  TiersStatusChange *change = g_new0 (TiersStatusChange, 1);

  change->id = sqlite3_column_int64 (stmt, first);
  /* The schema's CHECK keeps the column to what this parses. */
  tiers_supplier_status_parse ((const char *) sqlite3_column_text (stmt, first + 1),
                               &change->status, NULL);
  g_strlcpy (change->date, (const char *) sqlite3_column_text (stmt, first + 2),
             sizeof change->date);
  change->reason = g_strdup ((const char *) sqlite3_column_text (stmt, first + 3));
  change->set_by = g_strdup ((const char *) sqlite3_column_text (stmt, first + 4));
  change->set_at = g_strdup ((const char *) sqlite3_column_text (stmt, first + 5));
  return change;
}

static GPtrArray *
list_changes_of (TiersStore *store,
                 gint64      id,
                 GError    **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_status_change_free);
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT id, status, date, reason, set_by, set_at FROM supplier_status_event"
      " WHERE supplier_id = ?1 ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (changes, read_change (stmt, 0));
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&changes);
}

GPtrArray *
tiers_store_list_status_changes (TiersStore *store,
                                 const char *supplier_code,
                                 GError    **error)
{
  gint64 id;

  g_return_val_if_fail (store != NULL && supplier_code != NULL, NULL);

  if (!tiers_store_find_supplier (store, supplier_code, &id, error))
    return NULL;
  return list_changes_of (store, id, error);
}

/* Records the change of CODE's status from OLD to STATUS on DATE in the audit trail. */
static gboolean
audit_status (TiersStore          *store,
              const char          *code,
              TiersSupplierStatus  old,
              TiersSupplierStatus  status,
              const char          *date,
              const char          *reason,
              GError             **error)
{
  g_autoptr(TiersJson) before = tiers_json_new ();
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autofree char *object = tiers_audit_supplier_object (code);

  tiers_json_add_string (before, "status", tiers_supplier_status_to_string (old));
  tiers_json_add_string (after, "status", tiers_supplier_status_to_string (status));
  tiers_json_add_string (after, "date", date);
  tiers_json_add_string (after, "reason", reason);
  before_text = tiers_json_end (g_steal_pointer (&before));
  after_text = tiers_json_end (g_steal_pointer (&after));
  return tiers_store_audit_append (store, TIERS_AUDIT_STATUS_CHANGED, object, before_text,
                                   after_text, error);
}

gboolean
tiers_store_record_status_change (TiersStore          *store,
                                  gint64               id,
                                  const char          *code,
                                  TiersSupplierStatus  status,
                                  const char          *date,
                                  const char          *reason,
                                  GError             **error)
{
  g_autoptr(GPtrArray) changes = list_changes_of (store, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;

  if (changes == NULL)
    return FALSE;
  if (tiers_status_on (changes, date) == status)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Supplier “%s” is already %s on %s: nothing changed"), code,
                   tiers_supplier_status_label (status), date);
      return FALSE;
    }
  stmt = tiers_store_prepare (store,
      "INSERT INTO supplier_status_event (supplier_id, status, date, reason, set_by, set_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  now = tiers_store_now_iso ();
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, tiers_supplier_status_to_string (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return audit_status (store, code, tiers_status_on (changes, date), status, date, reason,
                       error);
}

gboolean
tiers_store_set_supplier_status (TiersStore          *store,
                                 const char          *supplier_code,
                                 TiersSupplierStatus  status,
                                 const char          *date,
                                 const char          *reason,
                                 GError             **error)
{
  g_autofree char *trimmed = NULL;
  GDate parsed;
  gint64 id;

  g_return_val_if_fail (store != NULL && supplier_code != NULL, FALSE);

  if (!tiers_date_parse (date, &parsed))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD"), date ? date : "");
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Write a reason: every change of a supplier’s status needs one"));
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!tiers_store_find_supplier (store, supplier_code, &id, error) ||
      !tiers_store_record_status_change (store, id, supplier_code, status, date, trimmed,
                                         error) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

GHashTable *
tiers_store_load_status_changes (TiersStore *store,
                                 GError    **error)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT s.code, e.id, e.status, e.date, e.reason, e.set_by, e.set_at"
      " FROM supplier_status_event e JOIN supplier s ON s.id = e.supplier_id ORDER BY e.id",
      error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *changes = g_hash_table_lookup (by_code, code);

      if (changes == NULL)
        {
          changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_status_change_free);
          g_hash_table_insert (by_code, g_strdup (code), changes);
        }
      g_ptr_array_add (changes, read_change (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&by_code);
}

GHashTable *
tiers_store_suppliers_left_out (TiersStore        *store,
                                const TiersPeriod *period,
                                GError           **error)
{
  g_autoptr(GHashTable) left = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  /* Only suppliers ever terminated can be left out: usually none, so this reads nothing. */
  stmt = tiers_store_prepare (store,
      "SELECT supplier_id, id, status, date, reason, set_by, set_at FROM supplier_status_event"
      " WHERE supplier_id IN (SELECT supplier_id FROM supplier_status_event"
      "                       WHERE status = 'terminated') ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer id = GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0));
      GPtrArray *changes = g_hash_table_lookup (by_id, id);

      if (changes == NULL)
        {
          changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_status_change_free);
          g_hash_table_insert (by_id, id, changes);
        }
      g_ptr_array_add (changes, read_change (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!tiers_status_grades_period (value, period))
      g_hash_table_add (left, key);
  return g_steal_pointer (&left);
}
