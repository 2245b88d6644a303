/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-audit-calls.c: each user change to plans, statuses, standard actions, actions,
 * suppliers, imported files and the scorecards' communication log writes its audit entry,
 * and the chain still holds; a change whose entry cannot be written does not land. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <string.h>

#include "tiers-import.h"
#include "tiers-plan.h"
#include "tiers-record-rules.h"
#include "tiers-store-audit.h"
#include "tiers-store-batches.h"
#include "tiers-store-plans.h"
#include "tiers-store-private.h"
#include "tiers-store-records.h"
#include "tiers-store-scorecard.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"
#include "tiers-test-util.h"

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

/* The newest entry is ACTION about OBJECT, with AFTER_PART in its after (when not NULL), and
 * the chain verifies. */
static void
assert_newest (Fixture *f, const char *action, const char *object, const char *after_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = tiers_store_list_audit (f->store, NULL, &error);
  const TiersAuditEntry *e;
  TiersVerifyReport report = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, >, 0);
  e = list->pdata[0];
  g_assert_cmpstr (e->action, ==, action);
  g_assert_cmpstr (e->object, ==, object);
  if (after_part != NULL)
    tiers_test_assert_contains (e->after, after_part);
  g_assert_true (tiers_store_verify (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.broken_id, ==, 0);
  g_assert_null (report.integrity);
  g_assert_cmpint (report.n_entries, ==, list->len);
  tiers_verify_report_clear (&report);
}

static void
test_plans (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersPlan) plan = tiers_plan_new ();
  g_autoptr(GError) error = NULL;

  plan->supplier_code = g_strdup ("R1");
  plan->criterion = g_strdup ("on_time");
  plan->problem = g_strdup ("late");
  plan->owner = g_strdup ("Li");
  plan->target = 0.95;
  plan->due = (TiersPeriod) { TIERS_PERIOD_QUARTER, 2026, 3 };
  g_assert_true (tiers_store_save_plan (f->store, plan, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_PLAN_OPENED, "supplier:R1", "\"owner\":\"Li\"");
  g_free (plan->owner);
  plan->owner = g_strdup ("Wang");
  g_assert_true (tiers_store_save_plan (f->store, plan, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_PLAN_EDITED, "supplier:R1", "\"owner\":\"Wang\"");
  g_assert_true (tiers_store_close_plan (f->store, plan->id, "solved", &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_PLAN_CLOSED, "supplier:R1", "\"close_reason\":\"solved\"");
}

static void
test_status_and_actions (Fixture *f, gconstpointer data)
{
  TiersStandardAction standard = { 0, TIERS_GRADE_D, (char *) "Audit on site", NULL,
                                   TIERS_ACTION_WARNING };
  TiersSupplierAction action = { 0, "2026-05-02", (char *) "Li", (char *) "Warned", 0,
                                 TIERS_ACTION_WARNING, NULL };
  TiersSupplierStatus hold = TIERS_STATUS_ON_HOLD;
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_store_set_supplier_status (f->store, "R2", TIERS_STATUS_ON_HOLD,
                                                  "2026-05-01", "late again", &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STATUS_CHANGED, "supplier:R2", "\"status\":\"on_hold\"");

  g_assert_true (tiers_store_save_standard_action (f->store, &standard, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STRATEGY_ADDED, "strategy:D", "\"name\":\"Audit on site\"");
  standard.name = (char *) "Audit on site twice";
  g_assert_true (tiers_store_save_standard_action (f->store, &standard, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STRATEGY_EDITED, "strategy:D", "twice");
  g_assert_true (tiers_store_move_standard_action (f->store, standard.id, -1, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STRATEGY_MOVED, "strategy:D", NULL);

  g_assert_true (tiers_store_record_action (f->store, "R3", &action, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_ACTION_RECORDED, "supplier:R3", "\"what\":\"Warned\"");
  /* With a change of status: both, the status last. */
  action.id = 0;
  g_assert_true (tiers_store_record_action (f->store, "R3", &action, &hold, "warned",
                                            &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STATUS_CHANGED, "supplier:R3", "\"reason\":\"warned\"");

  g_assert_true (tiers_store_delete_standard_action (f->store, standard.id, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_STRATEGY_DELETED, "strategy:D", NULL);
}

static void
test_suppliers_and_batches (Fixture *f, gconstpointer data)
{
  const char *values[TIERS_SUPPLIER_N_FIELDS] = { "N1", "New One", "rings", NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (tiers_store_save_supplier (f->store, 0, values, &id, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_SUPPLIER_ADDED, "supplier:N1", "\"name\":\"New One\"");
  values[TIERS_SUPPLIER_NAME] = "New Name";
  g_assert_true (tiers_store_save_supplier (f->store, id, values, NULL, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_SUPPLIER_EDITED, "supplier:N1", "\"name\":\"New Name\"");

  g_assert_true (tiers_store_withdraw_batch (f->store, 2, "wrong file", NULL, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_IMPORT_WITHDRAWN, "batch:2", "\"reason\":\"wrong file\"");
}

static TiersCommunication *
message (TiersCommunicationKind kind, const char *code)
{
  TiersCommunication *entry = g_new0 (TiersCommunication, 1);

  entry->supplier_code = g_strdup (code);
  entry->period = g_strdup ("2026-Q2");
  entry->kind = kind;
  entry->date = g_strdup ("2026-07-03");
  return entry;
}

static guint
n_entries (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = tiers_store_list_audit (f->store, NULL, &error);

  g_assert_no_error (error);
  return list->len;
}

static guint
n_messages (Fixture *f)
{
  TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = tiers_store_load_communications (f->store, &q2, NULL, &error);

  g_assert_no_error (error);
  return log->len;
}

/* Sent, acknowledged, an objection and its decision: four entries about the supplier, each
 * with what was recorded; refusals and a refused audit entry leave log and trail as they were. */
static void
test_communication (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersCommunication) sent = message (TIERS_COMMUNICATION_SENT, "R1");
  g_autoptr(TiersCommunication) ack = message (TIERS_COMMUNICATION_ACKNOWLEDGED, "R1");
  g_autoptr(TiersCommunication) objection = message (TIERS_COMMUNICATION_OBJECTION, "R1");
  g_autoptr(TiersCommunication) unknown = message (TIERS_COMMUNICATION_SENT, "NOPE");
  g_autoptr(TiersCommunication) late = message (TIERS_COMMUNICATION_OBJECTION, "R2");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint before;

  sent->channel = g_strdup ("email");
  sent->contact = g_strdup ("Li Wei");
  g_assert_true (tiers_store_add_communication (f->store, sent, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_SCORECARD_SENT, "supplier:R1", "\"channel\":\"email\"");
  assert_newest (f, TIERS_AUDIT_SCORECARD_SENT, "supplier:R1", "\"period\":\"2026-Q2\"");
  g_assert_true (tiers_store_add_communication (f->store, ack, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_SCORECARD_ACKNOWLEDGED, "supplier:R1", "\"date\":\"2026-07-03\"");
  objection->criterion = g_strdup ("on_time");
  objection->statement = g_strdup ("Held at customs");
  g_assert_true (tiers_store_add_communication (f->store, objection, &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_OBJECTION_RECORDED, "supplier:R1",
                 "\"criterion\":\"on_time\",\"statement\":\"Held at customs\"");
  g_assert_true (tiers_store_decide_objection (f->store, objection->id, "The grade stands",
                                               &error));
  g_assert_no_error (error);
  assert_newest (f, TIERS_AUDIT_OBJECTION_DECIDED, "supplier:R1",
                 "\"decision\":\"The grade stands\"");
  list = tiers_store_list_audit (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (((TiersAuditEntry *) list->pdata[0])->before);
  tiers_test_assert_contains (((TiersAuditEntry *) list->pdata[0])->before,
                              "\"statement\":\"Held at customs\"");
  g_assert_null (strstr (((TiersAuditEntry *) list->pdata[0])->before, "decision"));

  /* Refused: a second decision, an unknown supplier. Nothing lands in the trail. */
  before = n_entries (f);
  g_assert_false (tiers_store_decide_objection (f->store, objection->id, "Changed my mind",
                                                &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tiers_store_add_communication (f->store, unknown, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (n_entries (f), ==, before);
  g_assert_cmpuint (n_messages (f), ==, 3);

  /* The trail refuses the entry: the message does not land, the decision is not written. */
  late->statement = g_strdup ("Not ours");
  g_assert_true (tiers_store_add_communication (f->store, late, &error));
  g_assert_no_error (error);
  before = n_entries (f);
  g_assert_true (tiers_store_exec (f->store, "CREATE TRIGGER audit_full BEFORE INSERT ON audit"
                                   " BEGIN SELECT RAISE (ABORT, 'audit refused'); END", &error));
  g_assert_false (tiers_store_decide_objection (f->store, late->id, "Rejected", &error));
  tiers_test_assert_contains (error->message, "audit refused");
  g_clear_error (&error);
  g_assert_false (tiers_store_add_communication (f->store, sent, &error));
  tiers_test_assert_contains (error->message, "audit refused");
  g_clear_error (&error);
  g_assert_true (tiers_store_exec (f->store, "DROP TRIGGER audit_full", &error));
  g_assert_cmpuint (n_messages (f), ==, 4);
  g_assert_cmpuint (n_entries (f), ==, before);
  {
    TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
    guint open = 0;

    g_assert_true (tiers_store_count_open_objections (f->store, &q2, &open, &error));
    g_assert_cmpuint (open, ==, 1);
  }
  assert_newest (f, TIERS_AUDIT_OBJECTION_RECORDED, "supplier:R2", "Not ours");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-audit-calls/plans", test_plans);
  ADD ("/store-audit-calls/status-and-actions", test_status_and_actions);
  ADD ("/store-audit-calls/suppliers-and-batches", test_suppliers_and_batches);
  ADD ("/store-audit-calls/communication", test_communication);
#undef ADD
  return g_test_run ();
}
