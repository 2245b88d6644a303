/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-conflicts.c: declaring, removing and listing conflicts of interest (tables
 * rating_conflict and conflict_event, schema version 6). Grading leaves the ratings out
 * (tiers-store-indicators.c); each change is recorded as an event, whose number the data mark
 * carries, so the stored evaluations become stale. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-conflicts.h"
#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"

void
tiers_conflict_free (TiersConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->evaluator);
  g_free (conflict->supplier_code);
  g_free (conflict->declared_by);
  g_free (conflict->declared_at);
  g_free (conflict);
}

/* The trimmed evaluator, or NULL with TIERS_ERROR_INVALID when nothing is left. */
static char *
trimmed_evaluator (const char *evaluator,
                   GError    **error)
{
  char *trimmed = g_strstrip (g_strdup (evaluator));

  if (*trimmed == '\0')
    {
      g_free (trimmed);
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Name the evaluator: the name is empty"));
      return NULL;
    }
  return trimmed;
}

static gboolean
record_event (TiersStore *store,
              gint64      supplier_id,
              const char *evaluator,
              const char *action,
              const char *now,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "INSERT INTO conflict_event (supplier_id, evaluator, action, happened_at, user_name)"
      " VALUES (?1, ?2, ?3, ?4, ?5)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier_id);
  sqlite3_bind_text (stmt, 2, evaluator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, g_get_user_name (), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

static gboolean
audit_conflict (TiersStore *store,
                const char *supplier_code,
                const char *evaluator,
                const char *action,
                GError    **error)
{
  g_autoptr(TiersJson) json = tiers_json_new ();
  g_autofree char *text = NULL;
  g_autofree char *object = tiers_audit_supplier_object (supplier_code);
  gboolean declared = g_str_equal (action, "declared");

  tiers_json_add_string (json, "evaluator", evaluator);
  text = tiers_json_end (g_steal_pointer (&json));
  return tiers_store_audit_append (store,
                                   declared ? TIERS_AUDIT_CONFLICT_DECLARED
                                            : TIERS_AUDIT_CONFLICT_REMOVED,
                                   object, declared ? NULL : text, declared ? text : NULL,
                                   error);
}

/* Runs SQL with ?1 the supplier id, ?2 the evaluator and, where it has them, ?3 the user and
 * ?4 now, and records the event ACTION, all in one transaction; *CHANGED says whether SQL
 * changed a row (nothing is recorded then). */
static gboolean
change_conflict (TiersStore *store,
                 const char *sql,
                 const char *supplier_code,
                 gint64      supplier_id,
                 const char *evaluator,
                 const char *action,
                 gboolean   *changed,
                 GError    **error)
{
  g_autofree char *now = tiers_store_now_iso ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!tiers_store_begin (store, error))
    return FALSE;
  stmt = tiers_store_prepare (store, sql, error);
  if (stmt == NULL)
    return tiers_store_rollback (store), FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier_id);
  sqlite3_bind_text (stmt, 2, evaluator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return tiers_store_rollback (store), FALSE;
    }
  *changed = sqlite3_changes (store->db) > 0;
  if (*changed && (!record_event (store, supplier_id, evaluator, action, now, error) ||
                   !audit_conflict (store, supplier_code, evaluator, action, error)))
    return tiers_store_rollback (store), FALSE;
  return tiers_store_commit (store, error);
}

gboolean
tiers_store_add_conflict (TiersStore *store,
                          const char *evaluator,
                          const char *supplier_code,
                          GError    **error)
{
  g_autofree char *name = NULL;
  gboolean added = FALSE;
  gint64 id;

  g_return_val_if_fail (store != NULL && evaluator != NULL && supplier_code != NULL, FALSE);

  if ((name = trimmed_evaluator (evaluator, error)) == NULL ||
      !tiers_store_find_supplier (store, supplier_code, &id, error) ||
      !change_conflict (store,
                        "INSERT INTO rating_conflict (supplier_id, evaluator, declared_by,"
                        " declared_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                        supplier_code, id, name, "declared", &added, error))
    return FALSE;
  if (!added)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE,
                   _("“%s” has declared a conflict of interest with supplier “%s” already"),
                   name, supplier_code);
      return FALSE;
    }
  return TRUE;
}

gboolean
tiers_store_remove_conflict (TiersStore *store,
                             const char *evaluator,
                             const char *supplier_code,
                             GError    **error)
{
  g_autofree char *name = NULL;
  gboolean removed = FALSE;
  gint64 id;

  g_return_val_if_fail (store != NULL && evaluator != NULL && supplier_code != NULL, FALSE);

  if ((name = trimmed_evaluator (evaluator, error)) == NULL ||
      !tiers_store_find_supplier (store, supplier_code, &id, error) ||
      !change_conflict (store,
                        "DELETE FROM rating_conflict WHERE supplier_id = ?1 AND evaluator = ?2",
                        supplier_code, id, name, "removed", &removed, error))
    return FALSE;
  if (!removed)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("“%s” has no conflict of interest declared with supplier “%s”: there is "
                     "nothing to remove"), name, supplier_code);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
tiers_store_list_conflicts (TiersStore *store,
                            GError    **error)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT c.evaluator, s.code, c.declared_by, c.declared_at FROM rating_conflict c"
      " JOIN supplier s ON s.id = c.supplier_id ORDER BY c.evaluator, s.code", error);
  if (stmt == NULL)
    return NULL;
  conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_conflict_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersConflict *c = g_new0 (TiersConflict, 1);

      c->evaluator = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      c->supplier_code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->declared_by = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      c->declared_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (conflicts, c);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&conflicts);
}
