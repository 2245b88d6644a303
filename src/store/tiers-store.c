/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store.c: opening the database and the small helpers every store file uses. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
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

static guint wait_seconds = 30;
static TiersStoreWaitNotify wait_notify;

void
tiers_store_set_wait (guint                seconds,
                      TiersStoreWaitNotify notify)
{
  wait_seconds = seconds;
  wait_notify = notify;
}

/* Every write transaction begins IMMEDIATE, so a second writer waits here, before it has
 * read anything, instead of failing half-way; a reader or a backup waits here while another
 * program keeps the file locked. When the wait runs out the statement fails with SQLITE_BUSY
 * and tiers_store_set_db_error () says what is going on. */
static int
wait_for_others (void *data,
                 int   count)
{
  TiersStoreWait *wait = data;
  gint64 now = g_get_monotonic_time ();

  if (count == 0)
    {
      wait->since = now;
      wait->told = FALSE;
    }
  if (now - wait->since >= (gint64) wait_seconds * G_USEC_PER_SEC)
    return 0;
  if (!wait->told && !wait->quiet && now - wait->since >= G_USEC_PER_SEC)
    {
      wait->told = TRUE;
      if (wait_notify != NULL &&
          (wait->shared == NULL || g_atomic_int_compare_and_exchange (wait->shared, 0, 1)))
        wait_notify (wait->path);
    }
  g_usleep (MIN (count + 1, 20) * 1000);
  return 1;
}

void
tiers_store_wait_for_others (sqlite3        *db,
                             TiersStoreWait *wait,
                             const char     *path)
{
  wait->path = path;
  sqlite3_busy_handler (db, wait_for_others, wait);
}

int
tiers_store_open_connection (const char     *path,
                             int             flags,
                             TiersStoreWait *wait,
                             sqlite3       **db)
{
  int rc = sqlite3_open_v2 (path, db, flags | SQLITE_OPEN_NOMUTEX, NULL);

  if (*db != NULL)
    {
      sqlite3_extended_result_codes (*db, 1);
      tiers_store_wait_for_others (*db, wait, path);
    }
  return rc;
}

/* Every SQLite 3 database starts with these 16 bytes. */
static const char sqlite_magic[16] = "SQLite format 3";

/* A database whose first changes are still in its write-ahead log (left by a crash) has an
 * empty file of its own: the log makes it whole on opening. */
static gboolean
has_log (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Refuses, before SQLite touches it, a file that cannot be a Supplier Tiers database or that
 * cannot be written, so nothing is created or changed beside it. Write permission is judged
 * from the permission bits too: an administrator may write anywhere, but a file or folder
 * marked read-only was meant to stay as it is. The folder must be writable because SQLite
 * keeps its write-ahead log (FILE-wal, FILE-shm) beside the database. */
static gboolean
check_file (const char *path,
            GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      char head[16] = { 0 };
      int fd;
      gssize n = 0;

      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("%s is a folder, not a database file"), path);
          return FALSE;
        }
      if (st.st_size == 0 && !has_log (path))
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("%s is an empty file, not a Supplier Tiers database. Choose another "
                         "file, or delete this one to start a new database there."), path);
          return FALSE;
        }
      fd = g_open (path, O_RDONLY, 0);
      if (fd >= 0)
        {
          n = read (fd, head, sizeof head);
          close (fd);
        }
      if (fd < 0 || n < 0)
        {
          int saved = errno;
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("Cannot read the database %s: %s"), path, g_strerror (saved));
          return FALSE;
        }
      if (n != sizeof head || memcmp (head, sqlite_magic, sizeof head) != 0)
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("%s is not a Supplier Tiers database (it is not an SQLite file at "
                         "all); it was left as it is"), path);
          return FALSE;
        }
      if ((st.st_mode & 0222) == 0 || g_access (path, W_OK) != 0)
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("The database %s is read-only. Supplier Tiers writes to its database "
                         "even to show it; make the file writable, or copy it to a folder of "
                         "your own and open the copy."), path);
          return FALSE;
        }
    }
  if (g_stat (dir, &st) == 0 && ((st.st_mode & 0222) == 0 || g_access (dir, W_OK) != 0))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The folder %s is read-only. Supplier Tiers keeps a log of changes beside "
                     "its database and must be able to write there; make the folder "
                     "writable, or copy the database to a folder of your own."), dir);
      return FALSE;
    }
  return TRUE;
}

/* Whether the database holds the tables every version of Supplier Tiers has: 1 or 0, -1
 * with ERROR set when they cannot be read (a damaged file). */
static int
has_own_tables (TiersStore *store,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT count (*) FROM sqlite_schema WHERE type = 'table'"
      " AND name IN ('supplier', 'scheme_version', 'import_batch')", error);

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error), -1;
  return sqlite3_column_int (stmt, 0) == 3;
}

/* A database written by a newer version, or another program's that sets a schema version of
 * its own, is refused before anything is written to it: even switching it to write-ahead
 * logging would change its header, and upgrading it would first back it up beside it. */
static gboolean
check_version (TiersStore *store,
               GError    **error)
{
  int version = tiers_store_get_schema_version (store);
  int own = 1;

  if (version < 0)
    return tiers_store_set_error (store, error);
  if (version >= 1 && (own = has_own_tables (store, error)) <= 0)
    {
      if (own < 0)
        return FALSE;
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The file is an SQLite database, but not one of Supplier Tiers"));
      return FALSE;
    }
  if (version > TIERS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The database was written by a newer Supplier Tiers (schema %d; this "
                     "version reads up to %d). Open it with that version; it was left as it "
                     "is."), version, TIERS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* WAL lets the window read while a worker writes; NORMAL is safe with WAL and much faster
 * than FULL; foreign keys keep receipts from pointing at suppliers that do not exist.
 * A new database gets pages of 16 KiB instead of SQLite's 4 KiB: importing millions of
 * receipts then writes a quarter of the pages through the write-ahead log and the checkpoint
 * (fewer b-tree pages, page-cache fetches and system calls; docs/benchmarks.md, "Import").
 * SQLite takes the size only while the file has no tables: a database made before keeps its
 * own. */
static gboolean
configure_connection (TiersStore *store,
                      GError    **error)
{
  tiers_store_wait_for_others (store->db, &store->wait, store->path);
  if (!check_version (store, error))
    return FALSE;
  return tiers_store_exec (store,
                           "PRAGMA page_size = 16384;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = NORMAL;"
                           "PRAGMA temp_store = MEMORY;",
                           error);
}

static TiersStore *open_file (const char *path,
                              int         version,
                              gboolean    no_migration_backup,
                              GError    **error);
static TiersStore *open_store (const char *path,
                               int         version,
                               gboolean    no_migration_backup,
                               GError    **error);

/* A new database is made whole under a name of its own and then linked into place, so the
 * file at PATH is never seen empty or half-made: a second program that opens the same new
 * file at the same moment either finds nothing there and makes its own (which loses the
 * race for the name and is thrown away) or finds the finished one. */
static gboolean
create_database (const char *path,
                 int         version,
                 GError    **error)
{
  g_autofree char *temp = g_strconcat (path, "-new-XXXXXX", NULL);
  g_autoptr(TiersStore) store = NULL;
  int fd = g_mkstemp (temp);
  int saved;
  gboolean ok;

  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot create the database %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  store = open_file (temp, version, FALSE, error);
  ok = store != NULL &&
       tiers_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", error);
  g_clear_pointer (&store, tiers_store_close);
  /* A file system without hard links (FAT on a USB stick) gets a rename: only a program
   * creating the same new file in the same instant could then lose its tables. */
  if (ok && link (temp, path) != 0 && errno != EEXIST &&
      (errno != EPERM || g_file_test (path, G_FILE_TEST_EXISTS) || g_rename (temp, path) != 0))
    {
      saved = errno;
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot create the database %s: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  g_unlink (temp);
  return ok;
}

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
  g_return_val_if_fail (path != NULL, NULL);

  if (*path == '\0' || g_str_has_prefix (path, ":memory:"))
    return open_file (path, version, no_migration_backup, error);
  if (!create_parent_folder (path, error) || !check_file (path, error))
    return NULL;
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_database (path, version, error))
    return NULL;
  return open_file (path, version, no_migration_backup, error);
}

/* SQLite keeps memory statistics by default, taking a lock of its own around every
 * allocation; the program never reads them, and an import of millions of rows spent 3% of its
 * time on those locks. The setting counts only before SQLite's first use in the process
 * (else SQLite refuses it and keeps counting, which is harmless). */
static void
configure_sqlite (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

static TiersStore *
open_file (const char *path,
           int         version,
           gboolean    no_migration_backup,
           GError    **error)
{
  g_autoptr(TiersStore) store = g_new0 (TiersStore, 1);
  int rc;

  configure_sqlite ();
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
  TiersStoreWait wait = { .quiet = TRUE };
  sqlite3 *db = NULL;

  if (tiers_store_open_connection (path, SQLITE_OPEN_READWRITE, &wait, &db) == SQLITE_OK)
    {
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

/* Instead of SQLite's bare "database is locked". */
gboolean
tiers_store_set_busy_error (GError **error)
{
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
               ngettext ("The database is in use: another program kept writing to it "
                         "for more than %u second. Nothing was changed; try again when "
                         "it has finished.",
                         "The database is in use: another program kept writing to it "
                         "for more than %u seconds. Nothing was changed; try again when "
                         "it has finished.", wait_seconds), wait_seconds);
  return FALSE;
}

/* Always returns FALSE, so callers can write `return tiers_store_set_error (...)`. */
gboolean
tiers_store_set_error (TiersStore *store,
                       GError    **error)
{
  return tiers_store_set_db_error (store->db, error);
}

gboolean
tiers_store_set_db_error (sqlite3 *db,
                          GError **error)
{
  int code = sqlite3_extended_errcode (db);

  /* A disk that is already full when the shared memory or the log beside the database must
   * grow (opening, or reading the first time) comes back as an I/O error. */
  if ((code & 0xff) == SQLITE_IOERR && sqlite3_system_errno (db) == ENOSPC)
    code = SQLITE_FULL;
  switch (code & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The file is not a Supplier Tiers database"));
      return FALSE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      tiers_store_set_busy_error (error);
      return FALSE;
    case SQLITE_FULL:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The disk is full. Nothing was changed; free some space and try "
                     "again."));
      return FALSE;
    case SQLITE_READONLY:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The database cannot be written (the file, its folder or the disk is "
                     "read-only). Nothing was changed."));
      return FALSE;
    case SQLITE_CORRUPT:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The database file is damaged (%s). Restore it from a backup."),
                   sqlite3_errmsg (db));
      return FALSE;
    default:
      break;
    }

  g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
               _("Database error: %s"), sqlite3_errmsg (db));
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
