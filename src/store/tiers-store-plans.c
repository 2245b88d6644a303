/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-plans.c: improvement plans (table improvement_plan, schema version 7) and their
 * automatic check against the due period's evaluation. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-plans.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"

#define PLAN_COLUMNS \
  "p.id, s.code, p.problem, p.criterion, p.baseline, p.direction, p.target, p.due_period," \
  " p.owner, p.containment, p.corrective, p.created_at, p.created_by, p.check_result," \
  " p.checked_value, p.checked_at, p.closed_at, p.closed_by, p.close_reason"

static char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

static TiersPlan *
read_plan (sqlite3_stmt *stmt)
{
  TiersPlan *plan = tiers_plan_new ();

  plan->id = sqlite3_column_int64 (stmt, 0);
  plan->supplier_code = column_text (stmt, 1);
  plan->problem = column_text (stmt, 2);
  plan->criterion = column_text (stmt, 3);
  plan->has_baseline = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  plan->baseline = sqlite3_column_double (stmt, 4);
  /* The schema's CHECKs keep these columns to what the parsers take. */
  tiers_target_direction_parse ((const char *) sqlite3_column_text (stmt, 5), &plan->direction,
                                NULL);
  plan->target = sqlite3_column_double (stmt, 6);
  tiers_period_parse ((const char *) sqlite3_column_text (stmt, 7), &plan->due, NULL);
  plan->owner = column_text (stmt, 8);
  plan->containment = column_text (stmt, 9);
  plan->corrective = column_text (stmt, 10);
  plan->created_at = column_text (stmt, 11);
  plan->created_by = column_text (stmt, 12);
  tiers_plan_check_parse ((const char *) sqlite3_column_text (stmt, 13), &plan->check);
  plan->has_checked_value = sqlite3_column_type (stmt, 14) != SQLITE_NULL;
  plan->checked_value = sqlite3_column_double (stmt, 14);
  plan->checked_at = column_text (stmt, 15);
  plan->checked = plan->checked_at != NULL;
  plan->closed_at = column_text (stmt, 16);
  plan->closed = plan->closed_at != NULL;
  plan->closed_by = column_text (stmt, 17);
  plan->close_reason = column_text (stmt, 18);
  return plan;
}

GPtrArray *
tiers_store_list_plans (TiersStore *store,
                        const char *supplier_code,
                        GError    **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_plan_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  if (supplier_code != NULL && !tiers_store_find_supplier (store, supplier_code, &id, error))
    return NULL;
  stmt = tiers_store_prepare (store,
      "SELECT " PLAN_COLUMNS " FROM improvement_plan p JOIN supplier s ON s.id = p.supplier_id"
      " WHERE ?1 IS NULL OR p.supplier_id = ?1 ORDER BY s.code, p.id", error);
  if (stmt == NULL)
    return NULL;
  if (supplier_code != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (plans, read_plan (stmt));
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&plans);
}

TiersPlan *
tiers_store_load_plan (TiersStore *store,
                       gint64      id,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT " PLAN_COLUMNS " FROM improvement_plan p JOIN supplier s ON s.id = p.supplier_id"
      " WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_plan (stmt);
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
               _("There is no improvement plan number %lld"), (long long) id);
  return NULL;
}

/* Writes PLAN's check against EVALUATION (its due period's). */
static gboolean
write_check (TiersStore            *store,
             TiersPlan             *plan,
             const TiersEvaluation *evaluation,
             GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "UPDATE improvement_plan SET check_result = ?2, checked_value = ?3, checked_at = ?4"
      " WHERE id = ?1", error);
  g_autofree char *now = tiers_store_now_iso ();
  gboolean has_value;
  double value;

  if (stmt == NULL)
    return FALSE;
  plan->check = tiers_plan_check_evaluation (plan, evaluation, &has_value, &value);
  sqlite3_bind_int64 (stmt, 1, plan->id);
  sqlite3_bind_text (stmt, 2, tiers_plan_check_to_string (plan->check), -1, SQLITE_STATIC);
  if (has_value)
    sqlite3_bind_double (stmt, 3, value);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

gboolean
tiers_store_check_plans (TiersStore            *store,
                         const TiersEvaluation *evaluation,
                         GError               **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_plan_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && evaluation != NULL, FALSE);

  stmt = tiers_store_prepare (store,
      "SELECT " PLAN_COLUMNS " FROM improvement_plan p JOIN supplier s ON s.id = p.supplier_id"
      " WHERE p.due_period = ?1", error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (&evaluation->period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (plans, read_plan (stmt));
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  for (guint i = 0; i < plans->len; i++)
    if (!write_check (store, g_ptr_array_index (plans, i), evaluation, error))
      return FALSE;
  return TRUE;
}

/* What a plan must be to be stored: valid, for a known supplier, with a criterion of the
 * current scheme and a draft due period. *SUPPLIER_ID: the supplier's. */
static gboolean
check_plan (TiersStore      *store,
            const TiersPlan *plan,
            gint64          *supplier_id,
            GError         **error)
{
  g_autoptr(TiersScheme) scheme = NULL;
  gboolean finalized = FALSE;

  if (!tiers_plan_validate (plan, error) ||
      !tiers_store_find_supplier (store, plan->supplier_code, supplier_id, error) ||
      (scheme = tiers_store_load_scheme (store, NULL, error)) == NULL)
    return FALSE;
  if (tiers_scheme_find_criterion (scheme, plan->criterion) == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” is not a criterion of the current scheme: use one of its keys, "
                     "such as on_time"), plan->criterion);
      return FALSE;
    }
  if (plan->id != 0)
    {
      g_autoptr(TiersPlan) old = tiers_store_load_plan (store, plan->id, error);

      if (old == NULL || !tiers_store_period_is_finalized (store, &old->due, &finalized, error))
        return FALSE;
      if (finalized)
        {
          g_autofree char *due = tiers_period_to_string (&old->due);

          g_set_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED,
                       _("%s is finalized: the plan’s check there is frozen, so the plan "
                         "cannot be changed; close it and open a new one"), due);
          return FALSE;
        }
    }
  if (!tiers_store_period_is_finalized (store, &plan->due, &finalized, error))
    return FALSE;
  if (finalized)
    {
      g_autofree char *due = tiers_period_to_string (&plan->due);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED,
                   _("%s is finalized: a plan must be due in a period still open, such as the "
                     "next one"), due);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_plan (TiersStore *store,
            TiersPlan  *plan,
            gint64      supplier_id,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *due = tiers_period_to_string (&plan->due);
  g_autofree char *now = tiers_store_now_iso ();
  g_autofree char *problem = g_strstrip (g_strdup (plan->problem));
  g_autofree char *owner = g_strstrip (g_strdup (plan->owner));
  g_autofree char *containment = g_strstrip (g_strdup (plan->containment ? plan->containment
                                                                         : ""));
  g_autofree char *corrective = g_strstrip (g_strdup (plan->corrective ? plan->corrective : ""));

  if (plan->id == 0)
    stmt = tiers_store_prepare (store,
        "INSERT INTO improvement_plan (supplier_id, problem, criterion, baseline, direction,"
        " target, due_period, owner, containment, corrective, created_at, created_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  else
    /* A changed target or due period is checked again below; until then it is open. */
    stmt = tiers_store_prepare (store,
        "UPDATE improvement_plan SET supplier_id = ?1, problem = ?2, criterion = ?3,"
        " baseline = ?4, direction = ?5, target = ?6, due_period = ?7, owner = ?8,"
        " containment = ?9, corrective = ?10, check_result = 'open', checked_value = NULL,"
        " checked_at = NULL WHERE id = ?13 AND closed_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier_id);
  sqlite3_bind_text (stmt, 2, problem, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, plan->criterion, -1, SQLITE_STATIC);
  if (plan->has_baseline)
    sqlite3_bind_double (stmt, 4, plan->baseline);
  sqlite3_bind_text (stmt, 5, tiers_target_direction_to_string (plan->direction), -1,
                     SQLITE_STATIC);
  sqlite3_bind_double (stmt, 6, plan->target);
  sqlite3_bind_text (stmt, 7, due, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, owner, -1, SQLITE_STATIC);
  if (*containment != '\0')
    sqlite3_bind_text (stmt, 9, containment, -1, SQLITE_STATIC);
  if (*corrective != '\0')
    sqlite3_bind_text (stmt, 10, corrective, -1, SQLITE_STATIC);
  if (plan->id == 0)
    {
      sqlite3_bind_text (stmt, 11, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 12, g_get_user_name (), -1, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_int64 (stmt, 13, plan->id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (plan->id == 0)
    plan->id = sqlite3_last_insert_rowid (store->db);
  else if (sqlite3_changes (store->db) == 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Improvement plan %lld is closed or does not exist: it cannot be "
                     "changed"), (long long) plan->id);
      return FALSE;
    }
  plan->check = TIERS_PLAN_OPEN;
  return TRUE;
}

/* PLAN as the audit trail keeps it: one flat JSON object. */
static char *
plan_json (const TiersPlan *plan)
{
  g_autoptr(TiersJson) json = tiers_json_new ();
  g_autofree char *due = tiers_period_to_string (&plan->due);

  tiers_json_add_int (json, "plan", plan->id);
  tiers_json_add_string (json, "problem", plan->problem);
  tiers_json_add_string (json, "criterion", plan->criterion);
  if (plan->has_baseline)
    tiers_json_add_double (json, "baseline", plan->baseline);
  tiers_json_add_string (json, "direction", tiers_target_direction_to_string (plan->direction));
  tiers_json_add_double (json, "target", plan->target);
  tiers_json_add_string (json, "due", due);
  tiers_json_add_string (json, "owner", plan->owner);
  tiers_json_add_string (json, "containment", plan->containment);
  tiers_json_add_string (json, "corrective", plan->corrective);
  tiers_json_add_string (json, "check", tiers_plan_check_to_string (plan->check));
  if (plan->closed)
    tiers_json_add_string (json, "close_reason", plan->close_reason);
  return tiers_json_end (g_steal_pointer (&json));
}

/* Records ACTION for the plan ID as it is now stored, BEFORE_JSON its state before. */
static gboolean
audit_plan (TiersStore *store,
            const char *action,
            gint64      id,
            const char *before_json,
            GError    **error)
{
  g_autoptr(TiersPlan) stored = tiers_store_load_plan (store, id, error);
  g_autofree char *object = NULL;
  g_autofree char *after = NULL;

  if (stored == NULL)
    return FALSE;
  object = tiers_audit_supplier_object (stored->supplier_code);
  after = plan_json (stored);
  return tiers_store_audit_append (store, action, object, before_json, after, error);
}

/* A plan opened after its due period was evaluated is checked against that evaluation now. */
static gboolean
check_now (TiersStore *store,
           TiersPlan  *plan,
           GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TiersEvaluation) evaluation = tiers_store_load_evaluation (store, &plan->due,
                                                                       &local_error);

  if (evaluation == NULL)
    {
      if (g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return write_check (store, plan, evaluation, error);
}

gboolean
tiers_store_save_plan (TiersStore *store,
                       TiersPlan  *plan,
                       GError    **error)
{
  g_autofree char *before = NULL;
  gint64 supplier_id, old_id;

  g_return_val_if_fail (store != NULL && plan != NULL, FALSE);

  old_id = plan->id;
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (old_id != 0)
    {
      g_autoptr(TiersPlan) old = tiers_store_load_plan (store, old_id, NULL);

      if (old != NULL)
        before = plan_json (old);
    }
  if (!check_plan (store, plan, &supplier_id, error) ||
      !write_plan (store, plan, supplier_id, error) ||
      !check_now (store, plan, error) ||
      !audit_plan (store, old_id == 0 ? TIERS_AUDIT_PLAN_OPENED : TIERS_AUDIT_PLAN_EDITED,
                   plan->id, before, error) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      plan->id = old_id;
      return FALSE;
    }
  return TRUE;
}

gboolean
tiers_store_close_plan (TiersStore *store,
                        gint64      id,
                        const char *reason,
                        GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *now = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(TiersPlan) plan = NULL;
  g_autofree char *before = NULL;

  g_return_val_if_fail (store != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Write a reason: closing an improvement plan by hand needs one"));
      return FALSE;
    }
  if ((plan = tiers_store_load_plan (store, id, error)) == NULL)
    return FALSE;
  if (plan->closed)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Improvement plan %lld is already closed"), (long long) id);
      return FALSE;
    }
  before = plan_json (plan);
  if (!tiers_store_begin (store, error))
    return FALSE;
  stmt = tiers_store_prepare (store,
      "UPDATE improvement_plan SET closed_at = ?2, closed_by = ?3, close_reason = ?4"
      " WHERE id = ?1 AND closed_at IS NULL", error);
  if (stmt == NULL)
    return tiers_store_rollback (store), FALSE;
  now = tiers_store_now_iso ();
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      tiers_store_rollback (store);
      return FALSE;
    }
  if (!audit_plan (store, TIERS_AUDIT_PLAN_CLOSED, id, before, error) ||
      !tiers_store_commit (store, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
