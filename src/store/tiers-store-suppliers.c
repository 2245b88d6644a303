/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-suppliers.c: the supplier count and names; finding a supplier by code. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-private.h"
#include "tiers-store-suppliers.h"

gboolean
tiers_store_count_suppliers (TiersStore *store,
                             guint64    *count,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = tiers_store_prepare (store, "SELECT count(*) FROM supplier", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *count = (guint64) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GHashTable *
tiers_store_load_supplier_names (TiersStore *store,
                                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) names = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store, "SELECT code, name FROM supplier", error);
  if (stmt == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

gboolean
tiers_store_find_supplier (TiersStore  *store,
                           const char  *code,
                           gint64      *id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT id FROM supplier WHERE code = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("There is no supplier with the code “%s”"), code);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}
