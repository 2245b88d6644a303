/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-notes.c: reading and writing a supplier's note (table supplier_note, schema
 * version 3). */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-notes.h"
#include "tiers-store-private.h"

char *
tiers_store_load_note (TiersStore  *store,
                       const char  *code,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (store != NULL && code != NULL, NULL);

  if (!tiers_store_find_supplier (store, code, &id, error))
    return NULL;
  stmt = tiers_store_prepare (store,
      "SELECT text FROM supplier_note WHERE supplier_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return g_strdup ("");
  if (rc != SQLITE_ROW)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
tiers_store_save_note (TiersStore  *store,
                       const char  *code,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (store != NULL && code != NULL && text != NULL, FALSE);

  if (!tiers_store_find_supplier (store, code, &id, error))
    return FALSE;
  if (*text == '\0')
    stmt = tiers_store_prepare (store,
        "DELETE FROM supplier_note WHERE supplier_id = ?1", error);
  else
    stmt = tiers_store_prepare (store,
        "INSERT INTO supplier_note (supplier_id, text, updated_at) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (supplier_id) DO UPDATE SET text = excluded.text,"
        "   updated_at = excluded.updated_at",
        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (*text != '\0')
    {
      now = tiers_store_now_iso ();
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
    }
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}
