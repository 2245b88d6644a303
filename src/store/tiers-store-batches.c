/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-batches.c: listing the imported files' batches and withdrawing one whole, in
 * one transaction, while no finalized period holds its rows. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-batches.h"
#include "tiers-store-private.h"

/* The table and date column each kind of batch fills. */
static gboolean
batch_table (const char  *kind,
             const char **table,
             const char **date)
{
  static const char * const map[][3] = {
    { "receipts", "receipt", "received_date" }, { "incidents", "incident", "date" },
    { "feedback", "feedback", "date" }, { "ratings", "rating", "date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (kind, map[i][0]) == 0)
      {
        *table = map[i][1];
        *date = map[i][2];
        return TRUE;
      }
  return FALSE;
}

void
tiers_import_batch_free (TiersImportBatch *batch)
{
  if (batch == NULL)
    return;
  g_free (batch->kind);
  g_free (batch->file_name);
  g_free (batch->imported_at);
  g_free (batch->refusal);
  g_free (batch);
}

/* Its rows now, and the first finalized period that holds one of them (NULL: none). */
static gboolean
batch_rows (TiersStore *store,
            gint64      id,
            const char *table,
            const char *date,
            guint64    *rows,
            char      **finalized,
            GError    **error)
{
  g_autofree char *sql = g_strdup_printf (
      "SELECT (SELECT count(*) FROM %s WHERE batch_id = ?1),"
      " (SELECT f.period FROM finalized_period f JOIN evaluation e USING (period)"
      "  WHERE EXISTS (SELECT 1 FROM %s r WHERE r.batch_id = ?1"
      "                AND r.%s BETWEEN e.first_day AND e.last_day)"
      "  ORDER BY e.first_day LIMIT 1)", table, table, date);
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *rows = (guint64) sqlite3_column_int64 (stmt, 0);
  *finalized = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? NULL
             : g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

/* Fills BATCH's rows and why it cannot be withdrawn. */
static gboolean
judge_batch (TiersStore       *store,
             TiersImportBatch *batch,
             GError          **error)
{
  g_autofree char *finalized = NULL;
  const char *table, *date;

  if (!batch_table (batch->kind, &table, &date))
    {
      batch->refusal = g_strdup (_("A suppliers file is not withdrawn: correct a supplier on "
                                   "its scorecard instead"));
      return TRUE;
    }
  if (!batch_rows (store, batch->id, table, date, &batch->rows, &finalized, error))
    return FALSE;
  if (finalized != NULL)
    batch->refusal = g_strdup_printf (_("%s, which is finalized, holds rows of this file: "
                                        "reopen it first to withdraw the file"), finalized);
  return TRUE;
}

static GPtrArray *
list_batches (TiersStore *store,
              gint64      only,
              GError    **error)
{
  g_autoptr(GPtrArray) batches = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_import_batch_free);
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT id, kind, file_name, imported_at, row_count FROM import_batch"
      " WHERE by_hand = 0 AND (?1 = 0 OR id = ?1) ORDER BY id DESC", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, only);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersImportBatch *batch = g_new0 (TiersImportBatch, 1);

      batch->id = sqlite3_column_int64 (stmt, 0);
      batch->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      batch->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      batch->imported_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      batch->rows = (guint64) sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (batches, batch);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  for (guint i = 0; i < batches->len; i++)
    if (!judge_batch (store, g_ptr_array_index (batches, i), error))
      return NULL;
  return g_steal_pointer (&batches);
}

GPtrArray *
tiers_store_list_batches (TiersStore  *store,
                          GError     **error)
{
  g_return_val_if_fail (store != NULL, NULL);
  return list_batches (store, 0, error);
}

/* Records the withdrawal of BATCH, for REASON, in the audit trail. */
static gboolean
audit_withdrawn (TiersStore             *store,
                 const TiersImportBatch *batch,
                 const char             *reason,
                 GError                **error)
{
  g_autoptr(TiersJson) before = tiers_json_new ();
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autofree char *object = g_strdup_printf ("batch:%lld", (long long) batch->id);

  tiers_json_add_string (before, "kind", batch->kind);
  tiers_json_add_string (before, "file_name", batch->file_name);
  tiers_json_add_string (before, "imported_at", batch->imported_at);
  tiers_json_add_int (before, "rows", (gint64) batch->rows);
  tiers_json_add_string (after, "reason", reason);
  before_text = tiers_json_end (g_steal_pointer (&before));
  after_text = tiers_json_end (g_steal_pointer (&after));
  return tiers_store_audit_append (store, TIERS_AUDIT_IMPORT_WITHDRAWN, object, before_text,
                                   after_text, error);
}

static gboolean
withdraw (TiersStore *store,
          gint64      id,
          const char *reason,
          guint64    *rows,
          GError    **error)
{
  g_autoptr(GPtrArray) found = list_batches (store, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *now = tiers_store_now_iso ();
  TiersImportBatch *batch;
  const char *table = NULL, *date = NULL;

  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("There is no imported file numbered %lld (supplier-tiers-cli batches "
                     "lists them)"), (long long) id);
      return FALSE;
    }
  batch = g_ptr_array_index (found, 0);
  if (batch->refusal != NULL)
    {
      g_set_error_literal (error, TIERS_ERROR,
                           batch_table (batch->kind, &table, &date) ? TIERS_ERROR_FINALIZED
                                                                    : TIERS_ERROR_INVALID,
                           batch->refusal);
      return FALSE;
    }
  batch_table (batch->kind, &table, &date);
  sql = g_strdup_printf ("DELETE FROM %s WHERE batch_id = ?1", table);
  stmt = tiers_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = tiers_store_prepare (store, "DELETE FROM import_batch WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  g_clear_pointer (&stmt, sqlite3_finalize);

  before = g_strdup_printf ("kind=%s\nfile_name=%s\nimported_at=%s\nrows=%" G_GUINT64_FORMAT,
                            batch->kind, batch->file_name, batch->imported_at, batch->rows);
  stmt = tiers_store_prepare (store,
      "INSERT INTO record_change (kind, record_id, action, happened_at, user_name, reason,"
      " before) VALUES ('batch', ?1, 'withdrawn', ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, before, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (!audit_withdrawn (store, batch, reason, error))
    return FALSE;
  if (rows != NULL)
    *rows = batch->rows;
  return TRUE;
}

gboolean
tiers_store_withdraw_batch (TiersStore  *store,
                            gint64       id,
                            const char  *reason,
                            guint64     *rows,
                            GError     **error)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (store != NULL, FALSE);

  why = g_strstrip (g_strdup (reason ? reason : ""));
  if (why[0] == '\0')
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Say why: withdrawing a file needs a reason"));
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!withdraw (store, id, why, rows, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return tiers_store_commit (store, error);
}
