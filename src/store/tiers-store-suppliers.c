/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-suppliers.c: the supplier count. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

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
