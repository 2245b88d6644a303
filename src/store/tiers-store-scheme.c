/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-scheme.c: the grading scheme's stored versions; the newest is the current. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"

TiersScheme *
tiers_store_load_scheme (TiersStore *store,
                         gint64     *version,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  TiersScheme *scheme;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT id, content FROM scheme_version ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The database holds no grading scheme"));
      return NULL;
    }
  scheme = tiers_scheme_load_from_data ((const char *) sqlite3_column_text (stmt, 1), -1,
                                        &local_error);
  if (scheme == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The stored grading scheme is damaged: %s"), local_error->message);
      return NULL;
    }
  if (version != NULL)
    *version = sqlite3_column_int64 (stmt, 0);
  return scheme;
}

/* Stores a new version, unless it equals the current one (then *version is the current
 * one's and *ADDED is FALSE): saving the same scheme twice must not make history look busier
 * than it was. */
static gboolean
save_scheme (TiersStore        *store,
             const TiersScheme *scheme,
             const char        *author,
             gint64            *version,
             gboolean          *added,
             gint64            *previous,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) current = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *content = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *now = tiers_store_now_iso ();

  *added = FALSE;
  *previous = 0;
  if (!tiers_scheme_validate (scheme, error))
    return FALSE;
  content = tiers_scheme_to_data (scheme);

  current = tiers_store_prepare (store,
      "SELECT id, content FROM scheme_version ORDER BY id DESC LIMIT 1", error);
  if (current == NULL)
    return FALSE;
  if (sqlite3_step (current) == SQLITE_ROW)
    {
      g_autoptr(TiersScheme) before = NULL;

      *previous = sqlite3_column_int64 (current, 0);
      if (g_strcmp0 ((const char *) sqlite3_column_text (current, 1), content) == 0)
        {
          if (version != NULL)
            *version = *previous;
          return TRUE;
        }
      /* "What changed" against the version it replaces; a damaged one counts as none. */
      before = tiers_scheme_load_from_data ((const char *) sqlite3_column_text (current, 1),
                                            -1, NULL);
      summary = tiers_scheme_describe_changes (before, scheme);
    }
  else
    summary = tiers_scheme_describe_changes (NULL, scheme);

  insert = tiers_store_prepare (store,
      "INSERT INTO scheme_version (created_at, author, summary, content) VALUES (?, ?, ?, ?)",
      error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 2, author ? author : g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, summary, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, content, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (insert) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  *added = TRUE;
  if (version != NULL)
    *version = sqlite3_last_insert_rowid (store->db);
  return TRUE;
}

gboolean
tiers_store_save_scheme_unaudited (TiersStore        *store,
                                   const TiersScheme *scheme,
                                   const char        *author,
                                   gint64            *version,
                                   GError           **error)
{
  gboolean added;
  gint64 previous;

  return save_scheme (store, scheme, author, version, &added, &previous, error);
}

/* The new version in the audit trail: its number, author, what changed and the hash of its
 * whole text, which the stored version can be checked against. */
static gboolean
audit_scheme (TiersStore *store,
              gint64      previous,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT id, author, summary, content FROM scheme_version ORDER BY id DESC LIMIT 1",
      error);
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *after_text = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *object = NULL;
  g_autofree char *sha = NULL;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                       (const char *) sqlite3_column_text (stmt, 3), -1);
  tiers_json_add_int (after, "version", sqlite3_column_int64 (stmt, 0));
  tiers_json_add_string (after, "author", (const char *) sqlite3_column_text (stmt, 1));
  tiers_json_add_string (after, "summary", (const char *) sqlite3_column_text (stmt, 2));
  tiers_json_add_string (after, "sha256", sha);
  after_text = tiers_json_end (g_steal_pointer (&after));
  if (previous > 0)
    before_text = g_strdup_printf ("{\"version\":%" G_GINT64_FORMAT "}", previous);
  object = g_strdup_printf ("scheme:%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
  return tiers_store_audit_append (store, TIERS_AUDIT_SCHEME_VERSION, object, before_text,
                                   after_text, error);
}

gboolean
tiers_store_save_scheme (TiersStore        *store,
                         const TiersScheme *scheme,
                         const char        *author,
                         gint64            *version,
                         GError           **error)
{
  gboolean nested, added = FALSE, ok;
  gint64 previous = 0;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (scheme != NULL, FALSE);

  if (!tiers_store_begin_change (store, &nested, error))
    return FALSE;
  ok = save_scheme (store, scheme, author, version, &added, &previous, error) &&
       (!added || audit_scheme (store, previous, error));
  return tiers_store_end_change (store, nested, ok, error);
}

void
tiers_scheme_version_free (TiersSchemeVersion *version)
{
  if (version == NULL)
    return;
  g_free (version->created_at);
  g_free (version->author);
  g_free (version->summary);
  g_free (version);
}

/* Who changed the scheme, when, and what they changed: the history, oldest first. */
GPtrArray *
tiers_store_list_scheme_versions (TiersStore *store,
                                  GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT id, created_at, author, summary FROM scheme_version ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_scheme_version_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersSchemeVersion *v = g_new0 (TiersSchemeVersion, 1);

      v->id = sqlite3_column_int64 (stmt, 0);
      v->created_at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      v->author = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      v->summary = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (versions, v);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&versions);
}
