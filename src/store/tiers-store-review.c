/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-review.c: finalizing and reopening periods, overrides and review marks (tables
 * finalized_period, period_event, grade_override and review_mark, schema version 5). The
 * checks here give the messages; the schema's triggers refuse the same writes to a finalized
 * period whatever bypasses them. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-evaluation.h"
#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"

gboolean
tiers_store_period_is_finalized (TiersStore        *store,
                                 const TiersPeriod *period,
                                 gboolean          *finalized,
                                 GError           **error)
{
  g_autofree char *name = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL && finalized != NULL, FALSE);

  stmt = tiers_store_prepare (store, "SELECT 1 FROM finalized_period WHERE period = ?1", error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  *finalized = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
tiers_store_refuse_finalized (TiersStore        *store,
                              const TiersPeriod *period,
                              GError           **error)
{
  gboolean finalized = FALSE;
  g_autofree char *name = NULL;

  if (!tiers_store_period_is_finalized (store, period, &finalized, error))
    return FALSE;
  if (!finalized)
    return TRUE;
  name = tiers_period_to_string (period);
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED,
               _("%s is finalized: its grades, overrides and review marks are frozen. To change "
                 "them, reopen it first with a reason (supplier-tiers-cli reopen %s --reason "
                 "TEXT)"), name, name);
  return FALSE;
}

static gboolean
record_event (TiersStore *store,
              const char *period,
              const char *action,
              const char *now,
              const char *reason,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "INSERT INTO period_event (period, action, happened_at, user_name, reason)"
      " VALUES (?1, ?2, ?3, ?4, ?5)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, g_get_user_name (), -1, SQLITE_TRANSIENT);
  if (reason != NULL)
    sqlite3_bind_text (stmt, 5, reason, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

/* Finalizing (REASON NULL) or reopening PERIOD in the audit trail. */
static gboolean
audit_status (TiersStore *store,
              const char *period,
              const char *action,
              const char *reason,
              GError    **error)
{
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *after_text = NULL;
  g_autofree char *object = g_strconcat ("period:", period, NULL);
  gboolean reopened = reason != NULL;

  tiers_json_add_string (after, "status", reopened ? "draft" : "finalized");
  if (reopened)
    tiers_json_add_string (after, "reason", reason);
  after_text = tiers_json_end (g_steal_pointer (&after));
  return tiers_store_audit_append (store, action, object,
                                   reopened ? "{\"status\":\"finalized\"}"
                                            : "{\"status\":\"draft\"}",
                                   after_text, error);
}

/* Run between begin and commit; the caller rolls back when it fails. */
static gboolean
freeze (TiersStore        *store,
        const TiersPeriod *period,
        GError           **error)
{
  g_autofree char *name = tiers_period_to_string (period);
  g_autofree char *now = tiers_store_now_iso ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!tiers_store_refuse_finalized (store, period, error))
    return FALSE;
  stmt = tiers_store_prepare (store,
      "INSERT INTO finalized_period (period, finalized_at, finalized_by) VALUES (?1, ?2, ?3)",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g_get_user_name (), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return record_event (store, name, "finalized", now, NULL, error) &&
         audit_status (store, name, TIERS_AUDIT_PERIOD_FINALIZED, NULL, error);
}

gboolean
tiers_store_finalize_period (TiersStore        *store,
                             const TiersPeriod *period,
                             guint             *n_suppliers,
                             gboolean          *evaluated,
                             GError           **error)
{
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  gboolean finalized = FALSE;
  gint64 version = 0;

  g_return_val_if_fail (store != NULL && period != NULL, FALSE);

  /* Refused before anything is evaluated, so refusing changes nothing. */
  if (!tiers_store_period_is_finalized (store, period, &finalized, error))
    return FALSE;
  if (finalized)
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED,
                   _("%s is already finalized; nothing changed"), name);
      return FALSE;
    }
  /* What is frozen is what the window and the command line show: the current evaluation. */
  if ((scheme = tiers_store_load_scheme (store, &version, error)) == NULL ||
      !tiers_store_current_evaluation (store, period, version, &evaluation, evaluated, error))
    return FALSE;
  if (evaluation == NULL)
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("%s holds no data and has not been evaluated: there is nothing to "
                     "finalize"), name);
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!freeze (store, period, error) || !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  if (n_suppliers != NULL)
    *n_suppliers = evaluation->n_suppliers;
  return TRUE;
}

static gboolean
thaw (TiersStore        *store,
      const TiersPeriod *period,
      const char        *reason,
      GError           **error)
{
  g_autofree char *name = tiers_period_to_string (period);
  g_autofree char *now = tiers_store_now_iso ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean finalized = FALSE;

  if (!tiers_store_period_is_finalized (store, period, &finalized, error))
    return FALSE;
  if (!finalized)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s is a draft, not finalized: there is nothing to reopen"), name);
      return FALSE;
    }
  stmt = tiers_store_prepare (store, "DELETE FROM finalized_period WHERE period = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return record_event (store, name, "reopened", now, reason, error) &&
         audit_status (store, name, TIERS_AUDIT_PERIOD_REOPENED, reason, error);
}

gboolean
tiers_store_reopen_period (TiersStore        *store,
                           const TiersPeriod *period,
                           const char        *reason,
                           GError           **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (store != NULL && period != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  if (*trimmed == '\0')
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Write why %s is reopened: reopening a finalized period needs a reason"),
                   name);
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!thaw (store, period, trimmed, error) || !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
tiers_period_event_free (TiersPeriodEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->happened_at);
  g_free (event->user_name);
  g_free (event->reason);
  g_free (event);
}

GPtrArray *
tiers_store_list_period_events (TiersStore        *store,
                                const TiersPeriod *period,
                                GError           **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_period_event_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT action, happened_at, user_name, reason FROM period_event WHERE period = ?1"
      " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersPeriodEvent *event = g_new0 (TiersPeriodEvent, 1);

      event->reopened = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0),
                                   "reopened") == 0;
      event->happened_at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      event->user_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      event->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (events, event);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&events);
}

/* STATE_SQL's one value (a JSON object of the supplier's row, ?1 the period, ?2 the supplier
 * id) into *STATE; NULL when there is no row. */
static gboolean
read_row_state (TiersStore  *store,
                const char  *state_sql,
                const char  *period,
                gint64       supplier_id,
                char       **state,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, state_sql, error);
  int rc;

  *state = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, supplier_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *state = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

static const char override_state[] =
  "SELECT json_object ('period', period, 'grade', grade, 'reason', reason, 'comment', comment)"
  " FROM grade_override WHERE period = ?1 AND supplier_id = ?2";
static const char mark_state[] =
  "SELECT json_object ('period', period, 'comment', comment)"
  " FROM review_mark WHERE period = ?1 AND supplier_id = ?2";

/* Runs the bound STMT, a change of the supplier's row in PERIOD, and records it as ACTION
 * with the row's state before and after, all in one transaction. *CHANGED: whether a row
 * changed (nothing is recorded otherwise). */
static gboolean
change_supplier_row (TiersStore   *store,
                     sqlite3_stmt *stmt,
                     const char   *state_sql,
                     const char   *action,
                     const char   *period,
                     const char   *supplier_code,
                     gint64        supplier_id,
                     gboolean     *changed,
                     GError      **error)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *object = tiers_audit_supplier_object (supplier_code);
  gboolean nested, ok;

  *changed = FALSE;
  if (!tiers_store_begin_change (store, &nested, error))
    return FALSE;
  ok = read_row_state (store, state_sql, period, supplier_id, &before, error) &&
       (sqlite3_step (stmt) == SQLITE_DONE || tiers_store_set_error (store, error));
  if (ok && (*changed = sqlite3_changes (store->db) > 0))
    ok = read_row_state (store, state_sql, period, supplier_id, &after, error) &&
         tiers_store_audit_append (store, action, object, before, after, error);
  return tiers_store_end_change (store, nested, ok, error);
}

/* What an override or a review mark needs: a draft period, a known supplier, listed in the
 * period's stored evaluation. *ID: the supplier's. */
static gboolean
check_draft_supplier (TiersStore        *store,
                      const TiersPeriod *period,
                      const char        *code,
                      gint64            *id,
                      GError           **error)
{
  g_autoptr(TiersEvaluation) evaluation = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  if (!tiers_store_refuse_finalized (store, period, error) ||
      !tiers_store_find_supplier (store, code, id, error))
    return FALSE;
  name = tiers_period_to_string (period);
  evaluation = tiers_store_load_evaluation (store, period, &local_error);
  if (evaluation == NULL)
    {
      if (g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND))
        g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                     _("%s has not been evaluated yet: evaluate it first"), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (tiers_evaluation_find (evaluation, code) == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("Supplier “%s” was not evaluated in %s"), code, name);
      return FALSE;
    }
  return TRUE;
}

gboolean
tiers_store_set_override (TiersStore          *store,
                          const TiersPeriod   *period,
                          const char          *supplier_code,
                          TiersGrade           grade,
                          TiersOverrideReason  reason,
                          const char          *comment,
                          GError             **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean changed;
  gint64 id;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, FALSE);
  g_return_val_if_fail (grade >= TIERS_GRADE_A && grade <= TIERS_GRADE_D, FALSE);
  g_return_val_if_fail (reason <= TIERS_OVERRIDE_OTHER, FALSE);

  trimmed = g_strstrip (g_strdup (comment ? comment : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Write a comment: an override needs one that says why the "
                             "computed grade does not stand"));
      return FALSE;
    }
  if (!check_draft_supplier (store, period, supplier_code, &id, error))
    return FALSE;
  stmt = tiers_store_prepare (store,
      "INSERT INTO grade_override (period, supplier_id, grade, reason, comment, set_by, set_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
      " ON CONFLICT (period, supplier_id) DO UPDATE SET grade = excluded.grade,"
      "   reason = excluded.reason, comment = excluded.comment, set_by = excluded.set_by,"
      "   set_at = excluded.set_at", error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  now = tiers_store_now_iso ();
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_text (stmt, 3, tiers_grade_to_string (grade), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, tiers_override_reason_to_string (reason), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_STATIC);
  return change_supplier_row (store, stmt, override_state, TIERS_AUDIT_OVERRIDE_SET, name,
                              supplier_code, id, &changed, error);
}

/* Deletes the supplier's row (SQL, ?1 the period, ?2 the supplier id) in the draft PERIOD
 * and records it as ACTION; *DELETED says whether there was one. */
static gboolean
delete_row (TiersStore        *store,
            const char        *sql,
            const char        *state_sql,
            const char        *action,
            const TiersPeriod *period,
            const char        *supplier_code,
            gboolean          *deleted,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  if (!tiers_store_refuse_finalized (store, period, error) ||
      !tiers_store_find_supplier (store, supplier_code, &id, error))
    return FALSE;
  stmt = tiers_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  return change_supplier_row (store, stmt, state_sql, action, name, supplier_code, id,
                              deleted, error);
}

gboolean
tiers_store_withdraw_override (TiersStore        *store,
                               const TiersPeriod *period,
                               const char        *supplier_code,
                               GError           **error)
{
  gboolean deleted = FALSE;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, FALSE);

  if (!delete_row (store, "DELETE FROM grade_override WHERE period = ?1 AND supplier_id = ?2",
                   override_state, TIERS_AUDIT_OVERRIDE_WITHDRAWN, period, supplier_code,
                   &deleted, error))
    return FALSE;
  if (!deleted)
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("Supplier “%s” has no override in %s: there is nothing to withdraw"),
                   supplier_code, name);
      return FALSE;
    }
  return TRUE;
}

/* Reads one row of a per-supplier table into its value; FALSE with ERROR when it cannot. */
typedef gpointer (*RowReader) (sqlite3_stmt  *stmt,
                               GError       **error);

/* supplier code (the first column of SQL) -> what READ makes of each of PERIOD's rows. */
static GHashTable *
load_by_supplier (TiersStore        *store,
                  const TiersPeriod *period,
                  const char        *sql,
                  RowReader          read,
                  GDestroyNotify     value_free,
                  GError           **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      value_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  if ((stmt = tiers_store_prepare (store, sql, error)) == NULL)
    return NULL;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer value = read (stmt, error);

      if (value == NULL)
        return NULL;
      g_hash_table_insert (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), value);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&rows);
}

static gpointer
read_override (sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(TiersOverride) override = g_new0 (TiersOverride, 1);

  /* The schema's CHECKs keep both columns to what these parse. */
  if (!tiers_grade_parse ((const char *) sqlite3_column_text (stmt, 1), &override->grade,
                          error) ||
      !tiers_override_reason_parse ((const char *) sqlite3_column_text (stmt, 2),
                                    &override->reason, error))
    return NULL;
  override->comment = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  override->set_by = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  override->set_at = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  return g_steal_pointer (&override);
}

GHashTable *
tiers_store_load_overrides (TiersStore        *store,
                            const TiersPeriod *period,
                            GError           **error)
{
  return load_by_supplier (store, period,
      "SELECT s.code, o.grade, o.reason, o.comment, o.set_by, o.set_at"
      " FROM grade_override o JOIN supplier s ON s.id = o.supplier_id WHERE o.period = ?1",
      read_override, (GDestroyNotify) tiers_override_free, error);
}

gboolean
tiers_store_mark_reviewed (TiersStore        *store,
                           const TiersPeriod *period,
                           const char        *supplier_code,
                           const char        *comment,
                           GError           **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean changed;
  gint64 id;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, FALSE);

  if (!check_draft_supplier (store, period, supplier_code, &id, error))
    return FALSE;
  stmt = tiers_store_prepare (store,
      "INSERT INTO review_mark (period, supplier_id, comment, marked_by, marked_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5)"
      " ON CONFLICT (period, supplier_id) DO UPDATE SET comment = excluded.comment,"
      "   marked_by = excluded.marked_by, marked_at = excluded.marked_at", error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  now = tiers_store_now_iso ();
  trimmed = g_strstrip (g_strdup (comment ? comment : ""));
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  if (*trimmed != '\0')
    sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
  return change_supplier_row (store, stmt, mark_state, TIERS_AUDIT_REVIEW_MARKED, name,
                              supplier_code, id, &changed, error);
}

gboolean
tiers_store_unmark_reviewed (TiersStore        *store,
                             const TiersPeriod *period,
                             const char        *supplier_code,
                             GError           **error)
{
  gboolean deleted = FALSE;

  g_return_val_if_fail (store != NULL && period != NULL && supplier_code != NULL, FALSE);

  return delete_row (store, "DELETE FROM review_mark WHERE period = ?1 AND supplier_id = ?2",
                     mark_state, TIERS_AUDIT_REVIEW_UNMARKED, period, supplier_code, &deleted,
                     error);
}

static gpointer
read_mark (sqlite3_stmt  *stmt,
           GError       **error)
{
  TiersReviewMark *mark = g_new0 (TiersReviewMark, 1);

  mark->comment = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  mark->marked_by = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  mark->marked_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  return mark;
}

GHashTable *
tiers_store_load_review_marks (TiersStore        *store,
                               const TiersPeriod *period,
                               GError           **error)
{
  return load_by_supplier (store, period,
      "SELECT s.code, m.comment, m.marked_by, m.marked_at"
      " FROM review_mark m JOIN supplier s ON s.id = m.supplier_id WHERE m.period = ?1",
      read_mark, (GDestroyNotify) tiers_review_mark_free, error);
}
