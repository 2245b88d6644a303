/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-hostile-text.c: text that looks like SQL, format directives, Pango markup or
 * bidirectional controls, typed into the free-text fields of plans, status changes, actions,
 * corrected records and the scorecard's communication log, is stored and read back exactly,
 * lands in the audit trail as the same text, JSON-escaped, and runs no statement
 * (docs/reliability.md, Hostile input). test-hostile-text shows it in the window. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <string.h>

#include "tiers-communication.h"
#include "tiers-import.h"
#include "tiers-json.h"
#include "tiers-plan.h"
#include "tiers-record-rules.h"
#include "tiers-store-audit.h"
#include "tiers-store-plans.h"
#include "tiers-store-private.h"
#include "tiers-store-records.h"
#include "tiers-store-scorecard.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"
#include "tiers-test-util.h"

/* Each would do harm if it were taken for what it looks like. */
static const char *const hostile[] = {
  "Robert'); DROP TABLE supplier;--",
  "%s%n%x%p 100% \\n",
  "<b>Bold</b> &amp; <span foreground=\"red\">red</span> &lt;",
  "\u202Egnp.exe\u202C Bidi \u2066isolate\u2069 \u200F",
};

typedef TiersTestStore Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_store_set_up (f, "review", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_store_tear_down (f);
}

/* The newest audit entry holds TEXT under KEY in its after, as JSON writes a string. */
static void
assert_audited (Fixture *f, const char *key, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = tiers_store_list_audit (f->store, NULL, &error);
  g_autoptr(TiersJson) json = tiers_json_new ();
  g_autofree char *expected = NULL;
  g_autofree char *member = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, >, 0);
  tiers_json_add_string (json, key, text);
  expected = tiers_json_end (g_steal_pointer (&json));
  /* {"key":"..."} -> "key":"..." */
  member = g_strndup (expected + 1, strlen (expected) - 2);
  tiers_test_assert_contains (((TiersAuditEntry *) list->pdata[0])->after, member);
}

/* Nothing was run as SQL: every table is there, the audit chain and the file are whole. */
static void
assert_whole (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (f->store,
      "SELECT count (*) FROM supplier", &error);
  TiersVerifyReport report = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 7);
  g_assert_true (tiers_store_verify (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.broken_id, ==, 0);
  g_assert_null (report.integrity);
  tiers_verify_report_clear (&report);
}

/* An improvement plan's problem, owner, containment, corrective action and close reason. */
static void
test_plans (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const char *text = hostile[i];
      g_autoptr(TiersPlan) plan = tiers_plan_new ();
      g_autoptr(TiersPlan) back = NULL;
      g_autoptr(GError) error = NULL;

      plan->supplier_code = g_strdup ("R1");
      plan->criterion = g_strdup ("on_time");
      plan->problem = g_strdup (text);
      plan->owner = g_strdup (text);
      plan->containment = g_strdup (text);
      plan->corrective = g_strdup (text);
      plan->target = 0.95;
      plan->due = (TiersPeriod) { TIERS_PERIOD_QUARTER, 2026, 3 };
      g_assert_true (tiers_store_save_plan (f->store, plan, &error));
      g_assert_no_error (error);
      assert_audited (f, "problem", text);
      g_assert_true (tiers_store_close_plan (f->store, plan->id, text, &error));
      g_assert_no_error (error);
      assert_audited (f, "close_reason", text);

      back = tiers_store_load_plan (f->store, plan->id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (back->problem, ==, text);
      g_assert_cmpstr (back->owner, ==, text);
      g_assert_cmpstr (back->containment, ==, text);
      g_assert_cmpstr (back->corrective, ==, text);
      g_assert_cmpstr (back->close_reason, ==, text);
    }
  assert_whole (f);
}

/* A status change's reason; an action's who and what, with the reason of the status change
 * it brings. */
static void
test_status_and_actions (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const char *text = hostile[i];
      g_autofree char *date = g_strdup_printf ("2026-05-%02u", 1 + 2 * i);
      g_autofree char *action_date = g_strdup_printf ("2026-05-%02u", 2 + 2 * i);
      TiersSupplierAction action = { 0, "", (char *) text, (char *) text, 0,
                                     TIERS_ACTION_WARNING, NULL };
      TiersSupplierStatus active = TIERS_STATUS_ACTIVE;
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GPtrArray) actions = NULL;
      g_autoptr(GError) error = NULL;
      const TiersStatusChange *change;
      const TiersSupplierAction *stored;

      g_strlcpy (action.date, action_date, sizeof action.date);
      g_assert_true (tiers_store_set_supplier_status (f->store, "R2", TIERS_STATUS_ON_HOLD,
                                                      date, text, &error));
      g_assert_no_error (error);
      assert_audited (f, "reason", text);
      g_assert_true (tiers_store_record_action (f->store, "R2", &action, &active, text,
                                                &error));
      g_assert_no_error (error);
      assert_audited (f, "reason", text);

      changes = tiers_store_list_status_changes (f->store, "R2", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (changes->len, ==, 2 * (i + 1));
      for (guint c = changes->len - 2; c < changes->len; c++)
        {
          change = changes->pdata[c];
          g_assert_cmpstr (change->reason, ==, text);
        }
      actions = tiers_store_list_actions (f->store, "R2", &error);
      g_assert_no_error (error);
      stored = actions->pdata[0];
      g_assert_cmpstr (stored->who, ==, text);
      g_assert_cmpstr (stored->what, ==, text);
    }
  assert_whole (f);
}

/* A record entered by hand, corrected and deleted: its text and the reasons. */
static void
test_record_changes (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const char *text = hostile[i];
      const char *values[] = { "R3", "2026-05-04", "minor", text, NULL };
      const char *corrected[] = { "R3", "2026-05-05", "major", text, NULL };
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GError) error = NULL;
      const TiersRecordChange *change;
      const TiersRecord *record;
      gint64 id = 0;

      g_assert_cmpuint (tiers_record_kind_n_fields (TIERS_RECORD_INCIDENT), ==, 4);
      g_assert_true (tiers_store_add_record (f->store, TIERS_RECORD_INCIDENT, values, &id,
                                             &error));
      g_assert_no_error (error);
      g_assert_true (tiers_store_change_record (f->store, TIERS_RECORD_INCIDENT, id,
                                                corrected, text, &error));
      g_assert_no_error (error);
      assert_audited (f, "reason", text);
      records = tiers_store_list_records (f->store, TIERS_RECORD_INCIDENT, "R3", NULL, NULL,
                                          &error);
      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, 1);
      record = records->pdata[0];
      g_assert_cmpstr (record->values[3], ==, text);

      g_assert_true (tiers_store_delete_record (f->store, TIERS_RECORD_INCIDENT, id, text,
                                                &error));
      g_assert_no_error (error);
      assert_audited (f, "reason", text);
      changes = tiers_store_list_record_changes (f->store, "R3", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (changes->len, >=, 3);
      for (guint c = 0; c < 2; c++)
        {
          change = changes->pdata[c];   /* newest first: deleted, edited */
          g_assert_cmpstr (change->reason, ==, text);
        }
      change = changes->pdata[1];
      tiers_test_assert_contains (change->after, text);
    }
  assert_whole (f);
}

/* The scorecard's log: a sent scorecard's channel and contact, an objection's statement and
 * its decision. */
static void
test_communications (Fixture *f, gconstpointer data)
{
  TiersPeriod period = { TIERS_PERIOD_QUARTER, 2026, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const char *text = hostile[i];
      TiersCommunication sent = { 0 };
      TiersCommunication objection = { 0 };
      g_autoptr(GPtrArray) log = NULL;
      g_autoptr(GError) error = NULL;
      const TiersCommunication *back;

      sent.supplier_code = (char *) "R4";
      sent.period = (char *) "2026-Q2";
      sent.kind = TIERS_COMMUNICATION_SENT;
      sent.date = (char *) "2026-07-01";
      sent.channel = (char *) text;
      sent.contact = (char *) text;
      g_assert_true (tiers_store_add_communication (f->store, &sent, &error));
      g_assert_no_error (error);
      objection = sent;
      objection.id = 0;
      objection.recorded_by = objection.recorded_at = NULL;   /* the store sets them anew */
      objection.kind = TIERS_COMMUNICATION_OBJECTION;
      objection.channel = NULL;
      objection.statement = (char *) text;
      g_assert_true (tiers_store_add_communication (f->store, &objection, &error));
      g_assert_no_error (error);
      g_assert_true (tiers_store_decide_objection (f->store, objection.id, text, &error));
      g_assert_no_error (error);

      log = tiers_store_load_communications (f->store, &period, "R4", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (log->len, ==, 2 * (i + 1));
      back = log->pdata[log->len - 2];
      g_assert_cmpstr (back->channel, ==, text);
      g_assert_cmpstr (back->contact, ==, text);
      back = log->pdata[log->len - 1];
      g_assert_cmpstr (back->statement, ==, text);
      g_assert_cmpstr (back->decision, ==, text);
      g_free (sent.recorded_by);
      g_free (sent.recorded_at);
      g_free (objection.recorded_by);
      g_free (objection.recorded_at);
    }
  assert_whole (f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-hostile-text/plans", test_plans);
  ADD ("/store-hostile-text/status-and-actions", test_status_and_actions);
  ADD ("/store-hostile-text/record-changes", test_record_changes);
  ADD ("/store-hostile-text/communications", test_communications);
#undef ADD
  return g_test_run ();
}
