/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-backup.c: backups into a file and restores from one, through SQLite's online
 * backup API (tiers-store-backup.h), and keeping the automatic backups made before schema
 * migrations to the newest few. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-backup.h"
#include "tiers-store-private.h"

/* Every SQLite 3 database starts with these 16 bytes. */
static const char sqlite_magic[16] = "SQLite format 3";

/* Whether PATH starts as an SQLite database; *EXISTS says whether there is such a file at
 * all, *EMPTY whether it is empty. */
static gboolean
read_magic (const char *path,
            gboolean   *exists,
            gboolean   *empty,
            gboolean   *is_sqlite,
            GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  char head[16] = { 0 };
  gsize n_read = 0;

  *exists = *empty = *is_sqlite = FALSE;
  stream = g_file_read (file, NULL, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n_read, NULL,
                                &local_error))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, _("Cannot read %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  *exists = TRUE;
  *empty = n_read == 0;
  *is_sqlite = n_read == sizeof head && memcmp (head, sqlite_magic, sizeof head) == 0;
  return TRUE;
}

/* A new, empty file beside PATH for a copy under way; NULL with ERROR when the folder takes
 * no file. */
static char *
make_temporary (const char *path,
                const char *purpose,
                GError    **error)
{
  char *temporary = g_strdup_printf ("%s.%s-XXXXXX", path, purpose);
  int fd = g_mkstemp (temporary);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir = g_path_get_dirname (path);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot write into the folder %s: %s"), dir, g_strerror (saved));
      g_free (temporary);
      return NULL;
    }
  close (fd);
  return temporary;
}

/* Removes a database file and what SQLite may have left beside it. */
static void
remove_database_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (journal);
}

/* The whole of SOURCE's main database into DEST's, in one step: one read transaction on
 * the source, so the copy is the database at one moment whatever other connections write
 * meanwhile, and one write transaction on the destination, so it is replaced wholly or not
 * at all. Every connection involved waits for another program's lock through the store's
 * busy handler (tiers_store_wait_for_others), as long as the user allows, so a lock still
 * held after that is reported as such, not retried. */
static gboolean
copy_database (sqlite3    *dest,
               sqlite3    *source,
               const char *failure,
               GError    **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, "%s: %s", failure,
                   sqlite3_errmsg (dest));
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      tiers_store_set_busy_error (error);
      g_prefix_error (error, "%s: ", failure);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, "%s: %s", failure,
                   sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/* NULL when SQLite's quick check of DB says ok, otherwise its first complaint. */
static char *
quick_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    problem = g_strdup (sqlite3_errmsg (db));
  else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return problem;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
tiers_store_back_up (TiersStore  *store,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *problem = NULL;
  gboolean exists, empty, is_sqlite;
  TiersStoreWait copy_wait = { 0 };
  sqlite3 *copy = NULL;
  gboolean ok;

  g_return_val_if_fail (store != NULL && path != NULL, FALSE);

  if (same_file (path, store->path))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is the database itself: choose another file for the backup"), path);
      return FALSE;
    }
  if (!read_magic (path, &exists, &empty, &is_sqlite, error))
    return FALSE;
  if (exists && !empty && !is_sqlite)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s already exists and is not a database: choose another name; the file "
                     "was left as it is"), path);
      return FALSE;
    }
  if ((temporary = make_temporary (path, "part", error)) == NULL)
    return FALSE;
  ok = tiers_store_open_connection (temporary, SQLITE_OPEN_READWRITE, &copy_wait,
                                    &copy) == SQLITE_OK;
  if (!ok)
    g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, _("Cannot write the backup %s: %s"),
                 path, sqlite3_errmsg (copy));
  else
    {
      g_autofree char *failure = g_strdup_printf (_("Cannot write the backup %s"), path);

      ok = copy_database (copy, store->db, failure, error);
    }
  /* A backup is one file that needs nothing beside it. */
  if (ok && (sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
             (problem = quick_check (copy)) != NULL))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, _("Cannot write the backup %s: %s"),
                   path, problem ? problem : sqlite3_errmsg (copy));
      ok = FALSE;
    }
  sqlite3_close_v2 (copy);
  if (ok && g_rename (temporary, path) != 0)
    {
      int saved = errno;

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, _("Cannot write the backup %s: %s"),
                   path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    remove_database_file (temporary);
  return ok;
}

/* Refuses what is not a backup of ours, before anything of it is used: damaged, not a
 * database of Supplier Tiers, or written by a newer version. */
static gboolean
check_backup (sqlite3    *db,
              const char *path,
              int        *version,
              GError    **error)
{
  g_autofree char *problem = quick_check (db);
  sqlite3_stmt *stmt = NULL;
  int n_tables = 0;

  if (problem != NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is damaged and cannot be restored (%s); the database was left as it "
                     "is"), path, problem);
      return FALSE;
    }
  if (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                              " (SELECT count (*) FROM sqlite_schema WHERE type = 'table'"
                              "  AND name IN ('supplier', 'scheme_version', 'import_batch'))",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *version = sqlite3_column_int (stmt, 0);
      n_tables = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (*version > TIERS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s was written by a newer Supplier Tiers (schema %d; this version reads "
                     "up to %d): update Supplier Tiers to restore it; the database was left as "
                     "it is"), path, *version, TIERS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (*version < 1 || n_tables != 3)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is an SQLite database, but not one of Supplier Tiers; the database "
                     "was left as it is"), path);
      return FALSE;
    }
  return TRUE;
}

/* The backup at PATH copied into TEMPORARY and checked; *VERSION: its schema version. */
static gboolean
copy_backup (const char *path,
             const char *temporary,
             int        *version,
             GError    **error)
{
  g_autofree char *failure = g_strdup_printf (_("Cannot read the backup %s"), path);
  gboolean exists, empty, is_sqlite;
  TiersStoreWait source_wait = { 0 };
  TiersStoreWait copy_wait = { 0 };
  sqlite3 *source = NULL;
  sqlite3 *copy = NULL;
  gboolean ok;

  if (!read_magic (path, &exists, &empty, &is_sqlite, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, _("%s does not exist"), path);
      return FALSE;
    }
  if (!is_sqlite)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is not a Supplier Tiers backup: it is not a database at all; the "
                     "database was left as it is"), path);
      return FALSE;
    }
  /* The backup may be in use by another program (a copy being written into it): the
   * restore waits for it as for the database itself. */
  ok = tiers_store_open_connection (path, SQLITE_OPEN_READONLY, &source_wait,
                                    &source) == SQLITE_OK &&
       tiers_store_open_connection (temporary, SQLITE_OPEN_READWRITE, &copy_wait,
                                    &copy) == SQLITE_OK;
  if (!ok)
    g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE, "%s: %s", failure,
                 sqlite3_errmsg (copy ? copy : source));
  else
    {
      ok = copy_database (copy, source, failure, error) &&
           check_backup (copy, path, version, error);
    }
  sqlite3_close_v2 (source);
  sqlite3_close_v2 (copy);
  return ok;
}

static int
page_size (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int size = 0;

  if (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return size;
}

/* The restored copy, upgraded, gets its audit entry: the copy goes into place with it. */
static gboolean
ready_copy (TiersStore *store,
            TiersStore *copy,
            const char *path,
            int         version,
            GError    **error)
{
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *after_text = NULL;
  g_autofree char *name = g_path_get_basename (path);
  int size = page_size (store->db);
  gboolean ok;

  tiers_json_add_string (after, "file", name);
  tiers_json_add_int (after, "schema", version);
  after_text = tiers_json_end (g_steal_pointer (&after));
  if (!tiers_store_begin (copy, error))
    return FALSE;
  ok = tiers_store_audit_append (copy, TIERS_AUDIT_RESTORED, "database", NULL, after_text,
                                 error) &&
       tiers_store_commit (copy, error);
  if (!ok)
    return tiers_store_rollback (copy), FALSE;
  /* SQLite copies into a database in WAL mode only between equal page sizes. */
  if (size != page_size (copy->db))
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA journal_mode = DELETE;"
                                                 "PRAGMA page_size = %d; VACUUM", size);

      return tiers_store_exec (copy, pragma, error);
    }
  return TRUE;
}

gboolean
tiers_store_restore (TiersStore  *store,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *failure = NULL;
  TiersStore *copy = NULL;
  int version = 0;
  gboolean ok;

  g_return_val_if_fail (store != NULL && path != NULL, FALSE);

  if (same_file (path, store->path))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is the database itself: choose a backup to restore"), path);
      return FALSE;
    }
  if ((temporary = make_temporary (store->path, "restore", error)) == NULL)
    return FALSE;
  ok = copy_backup (path, temporary, &version, error);
  if (ok)
    {
      copy = tiers_store_open_for_restore (temporary, error);
      ok = copy != NULL && ready_copy (store, copy, path, version, error);
    }
  if (ok)
    {
      failure = g_strdup_printf (_("Cannot restore %s"), path);
      ok = copy_database (store->db, copy->db, failure, error);
    }
  g_clear_pointer (&copy, tiers_store_close);
  remove_database_file (temporary);
  return ok;
}

/* The version N of a file named BASE.vN.bak, or -1 for any other name. */
static int
backup_version (const char *name,
                const char *base)
{
  size_t n = strlen (base);
  const char *rest;
  char *end = NULL;
  long version;

  if (strncmp (name, base, n) != 0 || strncmp (name + n, ".v", 2) != 0)
    return -1;
  rest = name + n + 2;
  if (!g_ascii_isdigit (*rest))
    return -1;
  version = strtol (rest, &end, 10);
  if (strcmp (end, ".bak") != 0 || version > G_MAXINT)
    return -1;
  return (int) version;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

void
tiers_store_prune_migration_backups (const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (int));
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      int version = backup_version (name, base);

      if (version >= 0)
        g_array_append_val (versions, version);
    }
  /* The backups of the newest versions are the ones made last. */
  g_array_sort (versions, compare_newest_first);
  for (guint i = TIERS_STORE_MIGRATION_BACKUPS_KEPT; i < versions->len; i++)
    {
      g_autofree char *old = g_strdup_printf ("%s.v%d.bak", path,
                                              g_array_index (versions, int, i));

      if (g_unlink (old) != 0)
        g_warning ("Cannot remove the old backup %s: %s", old, g_strerror (errno));
    }
}
