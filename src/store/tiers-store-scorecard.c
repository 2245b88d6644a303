/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-scorecard.c: the facts behind a scorecard's numbers and its communication log
 * (table scorecard_message). */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-audit.h"
#include "tiers-chart-facts.h"
#include "tiers-json.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-plans.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"
#include "tiers-store-scorecard.h"
#include "tiers-store-strategies.h"
#include "tiers-store-supplier-details.h"

static TiersDeliveryFacts *
facts_for (GHashTable *facts,
           const char *code)
{
  TiersDeliveryFacts *row = g_hash_table_lookup (facts, code);

  if (row == NULL)
    {
      row = g_new0 (TiersDeliveryFacts, 1);
      g_hash_table_insert (facts, g_strdup (code), row);
    }
  return row;
}

/* Both inner GROUP BYs read only their *_period index (receipt_period covers the quantities,
 * price and days late; incident_period the severity). */
GHashTable *
tiers_store_load_delivery_facts (TiersStore        *store,
                                 const TiersPeriod *period,
                                 int                grace_days,
                                 GError           **error)
{
  g_autoptr(sqlite3_stmt) receipts = NULL;
  g_autoptr(sqlite3_stmt) incidents = NULL;
  g_autoptr(GHashTable) facts = NULL;
  char first[11], last[11];
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  receipts = tiers_store_prepare (store,
      "SELECT s.code, r.n, r.late, r.received, r.rejected, r.spend"
      " FROM (SELECT supplier_id, count(*) AS n, sum (days_late > ?3) AS late,"
      "              sum (received_qty) AS received, sum (rejected_qty) AS rejected,"
      "              sum (unit_price * received_qty) AS spend"
      "       FROM receipt WHERE received_date BETWEEN ?1 AND ?2 GROUP BY supplier_id) r"
      " JOIN supplier s ON s.id = r.supplier_id",
      error);
  if (receipts == NULL)
    return NULL;
  incidents = tiers_store_prepare (store,
      "SELECT s.code, i.severity, i.n"
      " FROM (SELECT supplier_id, severity, count(*) AS n"
      "       FROM incident WHERE date BETWEEN ?1 AND ?2 GROUP BY supplier_id, severity) i"
      " JOIN supplier s ON s.id = i.supplier_id",
      error);
  if (incidents == NULL)
    return NULL;
  tiers_period_bounds_iso (period, first, last);
  sqlite3_bind_text (receipts, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (receipts, 2, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (receipts, 3, MAX (grace_days, 0));
  sqlite3_bind_text (incidents, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (incidents, 2, last, -1, SQLITE_TRANSIENT);

  facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (receipts)) == SQLITE_ROW)
    {
      TiersDeliveryFacts *row = facts_for (facts, (const char *) sqlite3_column_text (receipts, 0));

      row->receipts = (guint64) sqlite3_column_int64 (receipts, 1);
      row->late_receipts = (guint64) sqlite3_column_int64 (receipts, 2);
      row->received_qty = sqlite3_column_double (receipts, 3);
      row->rejected_qty = sqlite3_column_double (receipts, 4);
      row->spend = sqlite3_column_double (receipts, 5);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  while ((rc = sqlite3_step (incidents)) == SQLITE_ROW)
    {
      TiersDeliveryFacts *row = facts_for (facts, (const char *) sqlite3_column_text (incidents, 0));
      const char *severity = (const char *) sqlite3_column_text (incidents, 1);
      guint n = (guint) sqlite3_column_int64 (incidents, 2);

      row->incidents[g_str_equal (severity, "minor") ? 0 : g_str_equal (severity, "major") ? 1 : 2] = n;
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&facts);
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
check_entry (const TiersCommunication  *entry,
             GError                   **error)
{
  TiersPeriod period;
  GDate date;

  if (!tiers_period_parse (entry->period, &period, error))
    return FALSE;
  if (entry->date == NULL || !tiers_date_parse (entry->date, &date))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD"),
                   entry->date != NULL ? entry->date : "");
      return FALSE;
    }
  if (entry->kind == TIERS_COMMUNICATION_SENT && blank (entry->channel))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Say how the scorecard was sent (the channel: email, post, "
                             "portal, …)"));
      return FALSE;
    }
  if (entry->kind == TIERS_COMMUNICATION_OBJECTION && blank (entry->statement))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("An objection needs the supplier’s statement"));
      return FALSE;
    }
  return TRUE;
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               const char   *text)
{
  if (blank (text))
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

/* ENTRY as the audit trail keeps it: one flat JSON object of what was recorded. */
static char *
communication_json (const TiersCommunication *entry)
{
  g_autoptr(TiersJson) json = tiers_json_new ();

  tiers_json_add_int (json, "message", entry->id);
  tiers_json_add_string (json, "period", entry->period);
  tiers_json_add_string (json, "date", entry->date);
  if (!blank (entry->channel))
    tiers_json_add_string (json, "channel", entry->channel);
  if (!blank (entry->contact))
    tiers_json_add_string (json, "contact", entry->contact);
  if (entry->kind == TIERS_COMMUNICATION_OBJECTION)
    {
      tiers_json_add_string (json, "criterion", blank (entry->criterion) ? NULL
                                                                          : entry->criterion);
      tiers_json_add_string (json, "statement", entry->statement);
      if (entry->decision != NULL)
        tiers_json_add_string (json, "decision", entry->decision);
    }
  return tiers_json_end (g_steal_pointer (&json));
}

static const char *
audit_action (TiersCommunicationKind kind)
{
  switch (kind)
    {
    case TIERS_COMMUNICATION_SENT:
      return TIERS_AUDIT_SCORECARD_SENT;
    case TIERS_COMMUNICATION_ACKNOWLEDGED:
      return TIERS_AUDIT_SCORECARD_ACKNOWLEDGED;
    case TIERS_COMMUNICATION_OBJECTION:
    case TIERS_N_COMMUNICATION_KINDS:
    default:
      return TIERS_AUDIT_OBJECTION_RECORDED;
    }
}

static gboolean
insert_communication (TiersStore         *store,
                      TiersCommunication *entry,
                      gint64              supplier_id,
                      GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = tiers_store_prepare (store,
      "INSERT INTO scorecard_message (supplier_id, period, kind, date, channel, contact,"
      "  criterion, statement, recorded_by, recorded_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier_id);
  sqlite3_bind_text (stmt, 2, entry->period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, tiers_communication_kind_to_string (entry->kind), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, entry->date, -1, SQLITE_TRANSIENT);
  bind_optional (stmt, 5, entry->channel);
  bind_optional (stmt, 6, entry->contact);
  bind_optional (stmt, 7, entry->criterion);
  bind_optional (stmt, 8, entry->statement);
  sqlite3_bind_text (stmt, 9, entry->recorded_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, entry->recorded_at, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  entry->id = sqlite3_last_insert_rowid (store->db);
  return TRUE;
}

gboolean
tiers_store_add_communication (TiersStore         *store,
                               TiersCommunication *entry,
                               GError            **error)
{
  g_autofree char *object = NULL;
  g_autofree char *after = NULL;
  gint64 supplier_id;
  gboolean nested, ok;

  g_return_val_if_fail (store != NULL && entry != NULL && entry->supplier_code != NULL, FALSE);
  g_return_val_if_fail (entry->period != NULL, FALSE);

  if (!check_entry (entry, error))
    return FALSE;
  if (!tiers_store_find_supplier (store, entry->supplier_code, &supplier_id, error))
    return FALSE;
  g_free (entry->recorded_by);
  entry->recorded_by = g_strdup (g_get_user_name ());
  g_free (entry->recorded_at);
  entry->recorded_at = tiers_store_now_iso ();
  object = tiers_audit_supplier_object (entry->supplier_code);
  /* The entry and its audit entry land together or not at all. */
  if (!tiers_store_begin_change (store, &nested, error))
    return FALSE;
  ok = insert_communication (store, entry, supplier_id, error);
  if (ok)
    after = communication_json (entry);
  ok = ok && tiers_store_audit_append (store, audit_action (entry->kind), object, NULL, after,
                                       error);
  if (!tiers_store_end_change (store, nested, ok, error))
    {
      entry->id = 0;
      return FALSE;
    }
  return TRUE;
}

/* The open objection ID as it stands; NULL with a message when there is none (no such id,
 * not an objection, or decided already). */
static TiersCommunication *
load_open_objection (TiersStore  *store,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = tiers_store_prepare (store,
      "SELECT s.code, m.period, m.date, m.contact, m.criterion, m.statement"
      " FROM scorecard_message m JOIN supplier s ON s.id = m.supplier_id"
      " WHERE m.id = ?1 AND m.kind = 'objection' AND m.decision IS NULL",
      error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      TiersCommunication *entry = g_new0 (TiersCommunication, 1);

      entry->id = id;
      entry->kind = TIERS_COMMUNICATION_OBJECTION;
      entry->supplier_code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      entry->period = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->date = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      entry->contact = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      entry->criterion = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      entry->statement = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      return entry;
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

    g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                 _("There is no open objection number %s: it does not exist or was decided "
                   "already"), number);
  }
  return NULL;
}

static gboolean
write_decision (TiersStore *store,
                gint64      id,
                const char *decision,
                const char *now,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = tiers_store_prepare (store,
      "UPDATE scorecard_message SET decision = ?2, decided_by = ?3, decided_at = ?4"
      " WHERE id = ?1 AND kind = 'objection' AND decision IS NULL",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, decision, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

gboolean
tiers_store_decide_objection (TiersStore  *store,
                              gint64       id,
                              const char  *decision,
                              GError     **error)
{
  g_autoptr(TiersCommunication) objection = NULL;
  g_autofree char *now = tiers_store_now_iso ();
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autofree char *object = NULL;
  gboolean nested, ok;

  g_return_val_if_fail (store != NULL, FALSE);

  if (blank (decision))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                           _("Write the decision on the objection"));
      return FALSE;
    }
  /* Read and written in one transaction, so two deciders cannot both decide. */
  if (!tiers_store_begin_change (store, &nested, error))
    return FALSE;
  objection = load_open_objection (store, id, error);
  ok = objection != NULL;
  if (objection != NULL)
    {
      before_text = communication_json (objection);
      objection->decision = g_strdup (decision);
      after_text = communication_json (objection);
      object = tiers_audit_supplier_object (objection->supplier_code);
    }
  ok = ok && write_decision (store, id, decision, now, error)
       && tiers_store_audit_append (store, TIERS_AUDIT_OBJECTION_DECIDED, object, before_text,
                                    after_text, error);
  return tiers_store_end_change (store, nested, ok, error);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

GPtrArray *
tiers_store_load_communications (TiersStore        *store,
                                 const TiersPeriod *period,
                                 const char        *supplier_code,
                                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *name = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT m.id, s.code, m.kind, m.date, m.channel, m.contact, m.criterion, m.statement,"
      "       m.decision, m.decided_by, m.decided_at, m.recorded_by, m.recorded_at"
      " FROM scorecard_message m JOIN supplier s ON s.id = m.supplier_id"
      " WHERE m.period = ?1 AND (?2 IS NULL OR s.code = ?2)"
      " ORDER BY s.code COLLATE BINARY, m.id",
      error);
  if (stmt == NULL)
    return NULL;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (supplier_code != NULL)
    sqlite3_bind_text (stmt, 2, supplier_code, -1, SQLITE_TRANSIENT);
  log = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_communication_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersCommunication *entry = g_new0 (TiersCommunication, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->supplier_code = column_dup (stmt, 1);
      entry->period = g_strdup (name);
      if (!tiers_communication_kind_parse ((const char *) sqlite3_column_text (stmt, 2),
                                           &entry->kind, NULL))
        entry->kind = TIERS_COMMUNICATION_OBJECTION;
      entry->date = column_dup (stmt, 3);
      entry->channel = column_dup (stmt, 4);
      entry->contact = column_dup (stmt, 5);
      entry->criterion = column_dup (stmt, 6);
      entry->statement = column_dup (stmt, 7);
      entry->decision = column_dup (stmt, 8);
      entry->decided_by = column_dup (stmt, 9);
      entry->decided_at = column_dup (stmt, 10);
      entry->recorded_by = column_dup (stmt, 11);
      entry->recorded_at = column_dup (stmt, 12);
      g_ptr_array_add (log, entry);
    }
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&log);
}

gboolean
tiers_store_count_open_objections (TiersStore        *store,
                                   const TiersPeriod *period,
                                   guint             *count,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (store != NULL && period != NULL && count != NULL, FALSE);

  stmt = tiers_store_prepare (store,
      "SELECT count(*) FROM scorecard_message"
      " WHERE period = ?1 AND kind = 'objection' AND decision IS NULL",
      error);
  if (stmt == NULL)
    return FALSE;
  name = tiers_period_to_string (period);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  *count = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

void
tiers_scorecard_data_free (TiersScorecardData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->periods, g_array_unref);
  g_clear_pointer (&data->evaluations, g_ptr_array_unref);
  g_clear_pointer (&data->grades, g_ptr_array_unref);
  g_clear_pointer (&data->details, g_ptr_array_unref);
  g_clear_pointer (&data->facts, g_hash_table_unref);
  g_clear_pointer (&data->adjusted, g_hash_table_unref);
  g_clear_pointer (&data->log, g_ptr_array_unref);
  g_clear_pointer (&data->strategies, g_hash_table_unref);
  g_clear_pointer (&data->plans, g_hash_table_unref);
  g_free (data);
}

/* Every grade's standard actions, grade letter -> GPtrArray of TiersStandardAction*. */
static GHashTable *
load_strategies (TiersStore  *store,
                 GError     **error)
{
  g_autoptr(GPtrArray) actions = tiers_store_list_standard_actions (store, TIERS_GRADE_NONE, error);
  g_autoptr(GHashTable) strategies = NULL;

  if (actions == NULL)
    return NULL;
  strategies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  /* Steal each action into its grade's list, in the stored order. */
  g_ptr_array_set_free_func (actions, NULL);
  for (guint i = 0; i < actions->len; i++)
    {
      TiersStandardAction *action = g_ptr_array_index (actions, i);
      const char *letter = tiers_grade_to_string (action->grade);
      GPtrArray *list = g_hash_table_lookup (strategies, letter);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_standard_action_free);
          g_hash_table_insert (strategies, g_strdup (letter), list);
        }
      g_ptr_array_add (list, action);
    }
  return g_steal_pointer (&strategies);
}

/* The plans a scorecard of PERIOD shows, code -> GPtrArray of TiersPlan*: those still open,
 * and those due in PERIOD whatever became of them. */
static GHashTable *
load_shown_plans (TiersStore         *store,
                  const TiersPeriod  *period,
                  GError            **error)
{
  g_autoptr(GPtrArray) all = tiers_store_list_plans (store, NULL, error);
  g_autoptr(GHashTable) plans = NULL;

  if (all == NULL)
    return NULL;
  plans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < all->len; i++)
    {
      TiersPlan *plan = g_ptr_array_index (all, i);
      GPtrArray *list;

      if (tiers_plan_get_status (plan) != TIERS_PLAN_STATUS_OPEN
          && !tiers_period_equal (&plan->due, period))
        continue;
      list = g_hash_table_lookup (plans, plan->supplier_code);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_plan_free);
          g_hash_table_insert (plans, g_strdup (plan->supplier_code), list);
        }
      g_ptr_array_add (list, tiers_plan_copy (plan));
    }
  return g_steal_pointer (&plans);
}

TiersScorecardData *
tiers_store_load_scorecard_data (TiersStore         *store,
                                 const TiersPeriod  *period,
                                 GError            **error)
{
  g_autoptr(TiersScorecardData) data = g_new0 (TiersScorecardData, 1);
  g_autoptr(TiersScheme) scheme = NULL;
  const TiersEvaluation *current;
  gint64 version = 0;
  guint n;

  g_return_val_if_fail (store != NULL && period != NULL, NULL);

  if ((scheme = tiers_store_load_scheme (store, &version, error)) == NULL)
    return NULL;
  data->periods = tiers_periods_ending_at (period, TIERS_TREND_DEFAULT_PERIODS);
  n = data->periods->len;
  data->evaluations = g_ptr_array_new_full (n, (GDestroyNotify) tiers_evaluation_free);
  data->grades = g_ptr_array_new_full (n, (GDestroyNotify) tiers_period_grades_free);
  /* Oldest first, so smoothing reads every earlier score as it is now. */
  for (guint i = 0; i < n; i++)
    {
      TiersEvaluation *evaluation = NULL;

      if (!tiers_store_current_evaluation (store, &g_array_index (data->periods, TiersPeriod, i),
                                           version, &evaluation, NULL, error))
        return NULL;
      g_ptr_array_add (data->evaluations, evaluation);
      g_ptr_array_add (data->grades, evaluation != NULL ? tiers_period_grades_new (evaluation)
                                                        : NULL);
    }
  current = g_ptr_array_index (data->evaluations, n - 1);
  if (current == NULL)
    {
      g_autofree char *name = tiers_period_to_string (period);

      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("%s holds no data: there is no scorecard to print"), name);
      return NULL;
    }
  if ((data->details = tiers_store_load_supplier_details (store, period, error)) == NULL
      || (data->facts = tiers_store_load_delivery_facts (store, period,
                                                         current->scheme->grace_days,
                                                         error)) == NULL
      || (data->adjusted = tiers_store_load_overrides (store, period, error)) == NULL
      || (data->log = tiers_store_load_communications (store, period, NULL, error)) == NULL
      || (data->strategies = load_strategies (store, error)) == NULL
      || (data->plans = load_shown_plans (store, period, error)) == NULL)
    return NULL;

  data->set.evaluation = current;
  data->set.previous = n > 1 ? g_ptr_array_index (data->evaluations, n - 2) : NULL;
  data->set.details = data->details;
  data->set.facts = data->facts;
  data->set.history_periods = data->periods;
  data->set.history_grades = (const TiersPeriodGrades * const *) data->grades->pdata;
  data->set.adjusted = data->adjusted;
  data->set.log = data->log;
  data->set.strategies = data->strategies;
  data->set.plans = data->plans;
  return g_steal_pointer (&data);
}
