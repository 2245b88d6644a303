/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-set.c: the transaction around several imported files. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-import-set.h"
#include "tiers-store-private.h"

gboolean
tiers_store_begin_import_set (TiersStore  *store,
                              GError     **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (store->db), FALSE);

  /* As for a single file: the importer resolves every supplier code itself, and SQLite
   * ignores this pragma once the transaction is open, so it goes first. */
  return tiers_store_exec (store, "PRAGMA foreign_keys = OFF", error) &&
         tiers_store_begin (store, error);
}

gboolean
tiers_store_end_import_set (TiersStore  *store,
                            gboolean     keep,
                            GError     **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (store != NULL, FALSE);

  if (keep)
    ok = tiers_store_commit (store, error);
  else
    tiers_store_rollback (store);
  sqlite3_exec (store->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}
