/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store.c: opening the database and the small helpers every store file uses. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "tiers-store-private.h"

char *
tiers_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "supplier-tiers", "tiers.db", NULL);
}

static gboolean
create_parent_folder (const char *path,
                      GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* WAL lets the window read while a worker writes; NORMAL is safe with WAL and much faster
 * than FULL; foreign keys keep receipts from pointing at suppliers that do not exist. */
static gboolean
configure_connection (TiersStore *store,
                      GError    **error)
{
  sqlite3_busy_timeout (store->db, 5000);
  return tiers_store_exec (store,
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = NORMAL;"
                           "PRAGMA temp_store = MEMORY;",
                           error);
}

static TiersStore *open_store (const char *path,
                               int         version,
                               gboolean    no_migration_backup,
                               GError    **error);

TiersStore *
tiers_store_open (const char *path,
                  GError    **error)
{
  return tiers_store_open_at_version (path, TIERS_STORE_SCHEMA_VERSION, error);
}

TiersStore *
tiers_store_open_at_version (const char *path,
                             int         version,
                             GError    **error)
{
  return open_store (path, version, FALSE, error);
}

TiersStore *
tiers_store_open_for_restore (const char *path,
                              GError    **error)
{
  return open_store (path, TIERS_STORE_SCHEMA_VERSION, TRUE, error);
}

static TiersStore *
open_store (const char *path,
            int         version,
            gboolean    no_migration_backup,
            GError    **error)
{
  g_autoptr(TiersStore) store = g_new0 (TiersStore, 1);
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!create_parent_folder (path, error))
    return NULL;

  store->path = g_strdup (path);
  store->no_migration_backup = no_migration_backup;
  rc = sqlite3_open_v2 (path, &store->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot open the database %s: %s"), path,
                   store->db ? sqlite3_errmsg (store->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (store->db, 1);

  if (!configure_connection (store, error) || !tiers_store_migrate (store, version, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  return g_steal_pointer (&store);
}

gboolean
tiers_store_has_file (TiersStore *store)
{
  return store->path != NULL && *store->path != '\0' &&
         !g_str_has_prefix (store->path, ":memory:");
}

/* A failed write-back loses nothing: the log still holds the committed data, and the next
 * checkpoint copies it. */
static gpointer
write_back_thread (gpointer data)
{
  g_autofree char *path = data;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                       NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      /* A new connection learns that the file is in WAL mode when it first reads it. */
      sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
      sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }
  sqlite3_close_v2 (db);
  return NULL;
}

/* After a large commit (a new evaluation is megabytes), the copy from the log into the file
 * and its two flushes to disk would otherwise wait for the last close, after the caller
 * has done everything else; on a thread they overlap with what the caller does next. */
void
tiers_store_write_back_in_background (TiersStore *store)
{
  if (!tiers_store_has_file (store))
    return;
  /* A store kept open (the window's worker) evaluates again and again: the write-back of
   * the evaluation before has long finished by then, and is joined before the next. */
  if (store->write_back != NULL)
    g_thread_join (store->write_back);
  store->write_back = g_thread_new ("tiers-write-back", write_back_thread,
                                    g_strdup (store->path));
}

void
tiers_store_close (TiersStore *store)
{
  if (store == NULL)
    return;
  if (store->write_back != NULL)
    g_thread_join (store->write_back);
  if (store->db != NULL)
    sqlite3_close_v2 (store->db);
  g_free (store->path);
  g_free (store);
}

const char *
tiers_store_get_path (TiersStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->path;
}

int
tiers_store_get_schema_version (TiersStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (store != NULL, -1);

  stmt = tiers_store_prepare (store, "PRAGMA user_version", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

/* Always returns FALSE, so callers can write `return tiers_store_set_error (...)`. */
gboolean
tiers_store_set_error (TiersStore *store,
                       GError    **error)
{
  int code = sqlite3_extended_errcode (store->db);

  if (code == SQLITE_NOTADB)
    g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                 _("The file is not a Supplier Tiers database"));
  else
    g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                 _("Database error: %s"), sqlite3_errmsg (store->db));
  return FALSE;
}

gboolean
tiers_store_exec (TiersStore *store,
                  const char *sql,
                  GError    **error)
{
  if (sqlite3_exec (store->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return tiers_store_set_error (store, error);
  return TRUE;
}

sqlite3_stmt *
tiers_store_prepare (TiersStore *store,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return stmt;
}

/* IMMEDIATE takes the write lock up front, so two writers wait for each other through the
 * busy timeout instead of failing half-way with SQLITE_BUSY. */
gboolean
tiers_store_begin (TiersStore *store,
                   GError    **error)
{
  return tiers_store_exec (store, "BEGIN IMMEDIATE", error);
}

gboolean
tiers_store_commit (TiersStore *store,
                    GError    **error)
{
  if (!tiers_store_exec (store, "COMMIT", error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
tiers_store_rollback (TiersStore *store)
{
  if (!sqlite3_get_autocommit (store->db))
    sqlite3_exec (store->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
tiers_store_begin_change (TiersStore  *store,
                          gboolean    *nested,
                          GError     **error)
{
  *nested = !sqlite3_get_autocommit (store->db);
  return *nested ? tiers_store_exec (store, "SAVEPOINT tiers_change", error)
                 : tiers_store_begin (store, error);
}

gboolean
tiers_store_end_change (TiersStore  *store,
                        gboolean     nested,
                        gboolean     ok,
                        GError     **error)
{
  if (ok)
    return nested ? tiers_store_exec (store, "RELEASE tiers_change", error)
                  : tiers_store_commit (store, error);
  if (nested)
    sqlite3_exec (store->db, "ROLLBACK TO tiers_change; RELEASE tiers_change",
                  NULL, NULL, NULL);
  else
    tiers_store_rollback (store);
  return FALSE;
}

/* The time stamps stored with import batches and scheme versions: local time with offset,
 * so "imported on ..." messages read as the user's clock. */
char *
tiers_store_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}
