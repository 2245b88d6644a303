/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-strategies.c: standard actions per grade (table standard_action) and the
 * actions taken with suppliers (supplier_action), schema version 7. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-json.h"
#include "tiers-period.h"
#include "tiers-store-audit.h"
#include "tiers-review.h"
#include "tiers-store-private.h"
#include "tiers-store-strategies.h"

GPtrArray *
tiers_store_list_standard_actions (TiersStore *store,
                                   TiersGrade  grade,
                                   GError    **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_standard_action_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT id, grade, name, name_zh, kind FROM standard_action"
      " WHERE ?1 IS NULL OR grade = ?1 ORDER BY grade, position, id", error);
  if (stmt == NULL)
    return NULL;
  if (grade != TIERS_GRADE_NONE)
    sqlite3_bind_text (stmt, 1, tiers_grade_to_string (grade), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersStandardAction *a = g_new0 (TiersStandardAction, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      /* The schema's CHECKs keep grade and kind to what these parse. */
      tiers_grade_parse ((const char *) sqlite3_column_text (stmt, 1), &a->grade, NULL);
      a->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      a->name_zh = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      tiers_action_kind_parse ((const char *) sqlite3_column_text (stmt, 4), &a->kind, NULL);
      g_ptr_array_add (actions, a);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&actions);
}

static gboolean
not_found (gint64   id,
           GError **error)
{
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
               _("There is no standard action number %lld"), (long long) id);
  return FALSE;
}

/* The standard action ID as stored, as one flat JSON object; NULL with *ERROR set when
 * there is none. *GRADE: its grade's letter. */
static char *
standard_action_json (TiersStore *store,
                      gint64      id,
                      char      **grade,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT grade, position, name, name_zh, kind FROM standard_action WHERE id = ?1", error);
  g_autoptr(TiersJson) json = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return not_found (id, error), NULL;
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (store, error), NULL;
  json = tiers_json_new ();
  tiers_json_add_int (json, "id", id);
  tiers_json_add_string (json, "grade", (const char *) sqlite3_column_text (stmt, 0));
  tiers_json_add_int (json, "position", sqlite3_column_int64 (stmt, 1));
  tiers_json_add_string (json, "name", (const char *) sqlite3_column_text (stmt, 2));
  tiers_json_add_string (json, "name_zh", (const char *) sqlite3_column_text (stmt, 3));
  tiers_json_add_string (json, "kind", (const char *) sqlite3_column_text (stmt, 4));
  if (grade != NULL)
    *grade = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return tiers_json_end (g_steal_pointer (&json));
}

/* Records ACTION on the standard action ID (object "strategy:GRADE"): BEFORE_JSON its state
 * before; its state after is read back unless it was deleted (BEFORE_GRADE then names it). */
static gboolean
audit_standard_action (TiersStore *store,
                       const char *action,
                       gint64      id,
                       const char *before_json,
                       const char *before_grade,
                       GError    **error)
{
  g_autofree char *after = NULL;
  g_autofree char *grade = NULL;
  g_autofree char *object = NULL;

  if (g_strcmp0 (action, TIERS_AUDIT_STRATEGY_DELETED) != 0 &&
      (after = standard_action_json (store, id, &grade, error)) == NULL)
    return FALSE;
  object = g_strdup_printf ("strategy:%s", grade ? grade : before_grade);
  return tiers_store_audit_append (store, action, object, before_json, after, error);
}

static gboolean
save_action (TiersStore          *store,
             TiersStandardAction *action,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_strstrip (g_strdup (action->name));
  g_autofree char *name_zh = g_strstrip (g_strdup (action->name_zh ? action->name_zh : ""));

  if (action->id == 0)
    stmt = tiers_store_prepare (store,
        "INSERT INTO standard_action (grade, position, name, name_zh, kind)"
        " VALUES (?1, (SELECT coalesce (max (position), -1) + 1 FROM standard_action"
        "              WHERE grade = ?1), ?2, ?3, ?4)", error);
  else
    stmt = tiers_store_prepare (store,
        "UPDATE standard_action SET position = CASE WHEN grade = ?1 THEN position ELSE"
        "   (SELECT coalesce (max (position), -1) + 1 FROM standard_action WHERE grade = ?1)"
        " END, grade = ?1, name = ?2, name_zh = ?3, kind = ?4 WHERE id = ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tiers_grade_to_string (action->grade), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  if (*name_zh != '\0')
    sqlite3_bind_text (stmt, 3, name_zh, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, tiers_action_kind_to_string (action->kind), -1, SQLITE_STATIC);
  if (action->id != 0)
    sqlite3_bind_int64 (stmt, 5, action->id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (action->id != 0 && sqlite3_changes (store->db) == 0)
    return not_found (action->id, error);
  if (action->id == 0)
    action->id = sqlite3_last_insert_rowid (store->db);
  return TRUE;
}

gboolean
tiers_store_save_standard_action (TiersStore          *store,
                                  TiersStandardAction *action,
                                  GError             **error)
{
  g_autofree char *before = NULL;
  gint64 old_id;

  g_return_val_if_fail (store != NULL && action != NULL, FALSE);
  g_return_val_if_fail (action->grade >= TIERS_GRADE_A && action->grade <= TIERS_GRADE_D, FALSE);

  if (!tiers_action_text_validate (action->name, _("Name"), error))
    return FALSE;
  old_id = action->id;
  if (!tiers_store_begin (store, error))
    return FALSE;
  if ((old_id != 0 && (before = standard_action_json (store, old_id, NULL, error)) == NULL) ||
      !save_action (store, action, error) ||
      !audit_standard_action (store, old_id == 0 ? TIERS_AUDIT_STRATEGY_ADDED
                                                 : TIERS_AUDIT_STRATEGY_EDITED,
                              action->id, before, NULL, error) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      action->id = old_id;
      return FALSE;
    }
  return TRUE;
}

gboolean
tiers_store_delete_standard_action (TiersStore *store,
                                    gint64      id,
                                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *grade = NULL;

  g_return_val_if_fail (store != NULL, FALSE);

  if (!tiers_store_begin (store, error))
    return FALSE;
  if ((before = standard_action_json (store, id, &grade, error)) == NULL ||
      (stmt = tiers_store_prepare (store, "DELETE FROM standard_action WHERE id = ?1",
                                   error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      goto fail;
    }
  if (!audit_standard_action (store, TIERS_AUDIT_STRATEGY_DELETED, id, before, grade, error) ||
      !tiers_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  tiers_store_rollback (store);
  return FALSE;
}

/* Swaps the positions of ID and its neighbour DELTA places away in the same grade. */
static gboolean
swap_with_neighbour (TiersStore *store,
                     gint64      id,
                     int         delta,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) find = tiers_store_prepare (store,
      delta < 0
      ? "SELECT n.id, n.position, a.position FROM standard_action a JOIN standard_action n"
        "  ON n.grade = a.grade AND n.position < a.position WHERE a.id = ?1"
        "  ORDER BY n.position DESC LIMIT 1"
      : "SELECT n.id, n.position, a.position FROM standard_action a JOIN standard_action n"
        "  ON n.grade = a.grade AND n.position > a.position WHERE a.id = ?1"
        "  ORDER BY n.position LIMIT 1", error);
  g_autoptr(sqlite3_stmt) set = NULL;
  gint64 other, other_position, position;
  int rc;

  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 1, id);
  rc = sqlite3_step (find);
  if (rc == SQLITE_DONE)
    return TRUE;  /* already first or last */
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  other = sqlite3_column_int64 (find, 0);
  other_position = sqlite3_column_int64 (find, 1);
  position = sqlite3_column_int64 (find, 2);
  set = tiers_store_prepare (store, "UPDATE standard_action SET position = ?2 WHERE id = ?1",
                             error);
  if (set == NULL)
    return FALSE;
  sqlite3_bind_int64 (set, 1, id);
  sqlite3_bind_int64 (set, 2, other_position);
  if (sqlite3_step (set) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  sqlite3_reset (set);
  sqlite3_bind_int64 (set, 1, other);
  sqlite3_bind_int64 (set, 2, position);
  if (sqlite3_step (set) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

gboolean
tiers_store_move_standard_action (TiersStore *store,
                                  gint64      id,
                                  int         delta,
                                  GError    **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (store != NULL && (delta == -1 || delta == 1), FALSE);

  if (!tiers_store_begin (store, error))
    return FALSE;
  if ((before = standard_action_json (store, id, NULL, error)) == NULL ||
      !swap_with_neighbour (store, id, delta, error) ||
      !audit_standard_action (store, TIERS_AUDIT_STRATEGY_MOVED, id, before, NULL, error) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/* Records ACTION, just recorded for SUPPLIER_CODE, in the audit trail. */
static gboolean
audit_supplier_action (TiersStore                *store,
                       const char                *supplier_code,
                       const TiersSupplierAction *action,
                       GError                   **error)
{
  g_autoptr(TiersJson) json = tiers_json_new ();
  g_autofree char *after = NULL;
  g_autofree char *object = tiers_audit_supplier_object (supplier_code);

  tiers_json_add_int (json, "action", action->id);
  tiers_json_add_string (json, "date", action->date);
  tiers_json_add_string (json, "who", action->who);
  tiers_json_add_string (json, "what", action->what);
  if (action->standard_id != 0)
    tiers_json_add_int (json, "standard_action", action->standard_id);
  tiers_json_add_string (json, "kind", tiers_action_kind_to_string (action->kind));
  after = tiers_json_end (g_steal_pointer (&json));
  return tiers_store_audit_append (store, TIERS_AUDIT_ACTION_RECORDED, object, NULL, after,
                                   error);
}

static gboolean
insert_action (TiersStore          *store,
               const char          *supplier_code,
               gint64               supplier_id,
               TiersSupplierAction *action,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "INSERT INTO supplier_action (supplier_id, date, who, what, standard_action_id, kind,"
      " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  g_autofree char *who = g_strstrip (g_strdup (action->who));
  g_autofree char *what = g_strstrip (g_strdup (action->what));
  g_autofree char *now = tiers_store_now_iso ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier_id);
  sqlite3_bind_text (stmt, 2, action->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, what, -1, SQLITE_STATIC);
  if (action->standard_id != 0)
    sqlite3_bind_int64 (stmt, 5, action->standard_id);
  sqlite3_bind_text (stmt, 6, tiers_action_kind_to_string (action->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (store->db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        return not_found (action->standard_id, error);
      return tiers_store_set_error (store, error);
    }
  action->id = sqlite3_last_insert_rowid (store->db);
  return audit_supplier_action (store, supplier_code, action, error);
}

gboolean
tiers_store_record_action (TiersStore                *store,
                           const char                *supplier_code,
                           TiersSupplierAction       *action,
                           const TiersSupplierStatus *new_status,
                           const char                *status_reason,
                           GError                   **error)
{
  g_autofree char *reason = NULL;
  GDate date;
  gint64 id;

  g_return_val_if_fail (store != NULL && supplier_code != NULL && action != NULL, FALSE);

  if (!tiers_date_parse (action->date, &date))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD"), action->date);
      return FALSE;
    }
  if (!tiers_action_text_validate (action->who, _("Who"), error) ||
      !tiers_action_text_validate (action->what, _("What"), error))
    return FALSE;
  if (new_status != NULL)
    {
      reason = g_strstrip (g_strdup (status_reason ? status_reason : ""));
      if (*reason == '\0')
        {
          g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                               _("Write a reason: every change of a supplier’s status needs "
                                 "one"));
          return FALSE;
        }
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!tiers_store_find_supplier (store, supplier_code, &id, error) ||
      !insert_action (store, supplier_code, id, action, error) ||
      (new_status != NULL &&
       !tiers_store_record_status_change (store, id, supplier_code, *new_status, action->date,
                                          reason, error)) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      action->id = 0;
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
tiers_store_list_actions (TiersStore *store,
                          const char *supplier_code,
                          GError    **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_supplier_action_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (store != NULL && supplier_code != NULL, NULL);

  if (!tiers_store_find_supplier (store, supplier_code, &id, error))
    return NULL;
  stmt = tiers_store_prepare (store,
      "SELECT id, date, who, what, standard_action_id, kind, recorded_at FROM supplier_action"
      " WHERE supplier_id = ?1 ORDER BY date DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersSupplierAction *a = g_new0 (TiersSupplierAction, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      g_strlcpy (a->date, (const char *) sqlite3_column_text (stmt, 1), sizeof a->date);
      a->who = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      a->what = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      a->standard_id = sqlite3_column_int64 (stmt, 4);
      tiers_action_kind_parse ((const char *) sqlite3_column_text (stmt, 5), &a->kind, NULL);
      a->recorded_at = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (actions, a);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&actions);
}
