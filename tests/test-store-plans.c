/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-plans.c: improvement plans, supplier status and tier strategies in the store:
 * plans checked at each evaluation of their due period and at once when opened after it, a
 * finalized due period freezing the check, terminated suppliers leaving the grading of the
 * periods that start after their termination, the seeded strategies and recorded actions, a
 * hard step changing the status in the same transaction. Data: tests/data/review, graded
 * by on-time delivery and pass rate (scores in test-cli-review.c):
 *        2025-Q4                       2026-Q1
 *   R1   on time, pass 0.8: 90 A       on time 0, pass 1: 50 D
 *   R2   on time 0, pass 1: 50 D       on time 1, pass 0.9: 95 A
 *   R4   on time 0, pass 0.8: 40 D     on time 0, pass 0.9: 45 D
 *   R6   on time, pass 1: 100 A        no receipts: ungraded
 *   R7   on time, pass 0.4: 70 C       on time, pass 0.5: 75 C */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-store-plans.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"
#include "tiers-test-util.h"

typedef TiersTestStore Fixture;

static const TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };
static const TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };

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

static TiersEvaluation *
current (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  TiersEvaluation *e = NULL;
  gint64 version = 0;

  scheme = tiers_store_load_scheme (f->store, &version, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_current_evaluation (f->store, period, version, &e, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (e);
  return e;
}

static gint64
add_plan (Fixture *f, const char *code, const char *criterion, double target,
          const TiersPeriod *due, GError **error)
{
  g_autoptr(TiersPlan) plan = tiers_plan_new ();

  plan->supplier_code = g_strdup (code);
  plan->criterion = g_strdup (criterion);
  plan->target = target;
  plan->due = *due;
  plan->problem = g_strdup ("Too many rejects");
  plan->owner = g_strdup ("Wang Fang");
  plan->containment = g_strdup ("  ");  /* only spaces: stored as none */
  if (!tiers_store_save_plan (f->store, plan, error))
    return 0;
  return plan->id;
}

static TiersPlan *
load (Fixture *f, gint64 id)
{
  g_autoptr(GError) error = NULL;
  TiersPlan *plan = tiers_store_load_plan (f->store, id, &error);

  g_assert_no_error (error);
  return plan;
}

static void
assert_plan (Fixture *f, gint64 id, TiersPlanStatus status, gboolean checked,
             gboolean has_value, double value)
{
  g_autoptr(TiersPlan) plan = load (f, id);

  g_assert_cmpint (tiers_plan_get_status (plan), ==, status);
  g_assert_cmpint (plan->checked, ==, checked);
  g_assert_cmpint (plan->has_checked_value, ==, has_value);
  if (has_value)
    g_assert_cmpfloat_with_epsilon (plan->checked_value, value, 1e-12);
}

static GHashTable *
flags_of_q1 (Fixture *f)
{
  g_autoptr(TiersEvaluation) now = current (f, &q1);
  g_autoptr(TiersEvaluation) before = current (f, &q4);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *flags;
  GHashTableIter iter;
  gpointer key, value;
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  plans = tiers_store_list_plans (f->store, NULL, &error);
  g_assert_no_error (error);
  flags = tiers_replacement_flags (now, NULL, before, NULL, plans);
  /* The codes are the evaluation's: copy them before it goes. */
  g_hash_table_iter_init (&iter, flags);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), value);
  g_hash_table_unref (flags);
  return copy;
}

static void
test_plan_checks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  gint64 met, missed, open, late, after;

  /* Opened before 2026-Q1 is evaluated: open, not checked. */
  met = add_plan (f, "R2", "pass", 0.9, &q1, &error);        /* 0.9 >= 0.9 */
  missed = add_plan (f, "R4", "pass", 0.95, &q1, &error);    /* 0.9 < 0.95 */
  open = add_plan (f, "R6", "on_time", 1, &q1, &error);      /* no receipts in Q1 */
  late = add_plan (f, "R1", "on_time", 0.5, &q1, &error);    /* 0 < 0.5 */
  g_assert_no_error (error);
  g_assert_cmpint (met, >, 0);
  assert_plan (f, met, TIERS_PLAN_STATUS_OPEN, FALSE, FALSE, 0);
  {
    g_autoptr(TiersPlan) plan = load (f, met);

    g_assert_null (plan->containment);
    g_assert_cmpstr (plan->owner, ==, "Wang Fang");
  }

  /* The evaluation of the due period checks them. */
  e = current (f, &q1);
  assert_plan (f, met, TIERS_PLAN_STATUS_MET, TRUE, TRUE, 0.9);
  assert_plan (f, missed, TIERS_PLAN_STATUS_MISSED, TRUE, TRUE, 0.9);
  assert_plan (f, open, TIERS_PLAN_STATUS_OPEN, TRUE, FALSE, 0);
  assert_plan (f, late, TIERS_PLAN_STATUS_MISSED, TRUE, TRUE, 0);

  /* Opened after: checked at once against the stored evaluation. */
  after = add_plan (f, "R7", "pass", 0.5, &q1, &error);
  g_assert_no_error (error);
  assert_plan (f, after, TIERS_PLAN_STATUS_MET, TRUE, TRUE, 0.5);

  /* Flags in Q1: R4 missed a plan and is D twice; R1 missed a plan (A before, D now). */
  flags = flags_of_q1 (f);
  g_assert_cmpuint (g_hash_table_size (flags), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (flags, "R4")), ==,
                    TIERS_REPLACE_MISSED_PLAN | TIERS_REPLACE_TWICE_D);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (flags, "R1")), ==,
                    TIERS_REPLACE_MISSED_PLAN);
  g_clear_pointer (&flags, g_hash_table_unref);

  /* Closed by hand, with a reason: no longer flags; closing again is refused. */
  g_assert_false (tiers_store_close_plan (f->store, late, "  ", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tiers_store_close_plan (f->store, late, "Supplier replaced", &error));
  g_assert_no_error (error);
  g_assert_false (tiers_store_close_plan (f->store, late, "again", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  assert_plan (f, late, TIERS_PLAN_STATUS_CLOSED, TRUE, TRUE, 0);
  flags = flags_of_q1 (f);
  g_assert_false (g_hash_table_contains (flags, "R1"));

  /* What the store refuses, naming the field or the value. */
  g_assert_cmpint (add_plan (f, "R2", "delivery", 1, &q1, &error), ==, 0);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "delivery"));
  g_clear_error (&error);
  g_assert_cmpint (add_plan (f, "R9", "pass", 1, &q1, &error), ==, 0);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  plans = tiers_store_list_plans (f->store, "R2", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = tiers_store_list_plans (f->store, NULL, &error);
  g_assert_cmpuint (plans->len, ==, 5);
  /* By supplier code. */
  g_assert_cmpstr (((TiersPlan *) plans->pdata[0])->supplier_code, ==, "R1");
}

static void
test_finalized_due_period (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersPlan) plan = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  gint64 id = add_plan (f, "R4", "pass", 0.95, &q1, &error);

  g_assert_no_error (error);
  g_assert_true (tiers_store_finalize_period (f->store, &q1, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_plan (f, id, TIERS_PLAN_STATUS_MISSED, TRUE, TRUE, 0.9);

  /* No plan may fall due in a finalized period, and a plan checked there is not changed. */
  g_assert_cmpint (add_plan (f, "R2", "pass", 0.9, &q1, &error), ==, 0);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  plan = load (f, id);
  plan->target = 0.5;
  g_assert_false (tiers_store_save_plan (f->store, plan, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  /* The schema's trigger refuses it behind the store's back too. */
  g_assert_false (tiers_store_exec (f->store,
                                    "UPDATE improvement_plan SET check_result = 'met'", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_plan (f, id, TIERS_PLAN_STATUS_MISSED, TRUE, TRUE, 0.9);
  /* Closing by hand is today's decision, not a change to the frozen check. */
  g_assert_true (tiers_store_close_plan (f->store, id, "Handled in the annual review", &error));
  g_assert_no_error (error);
  assert_plan (f, id, TIERS_PLAN_STATUS_CLOSED, TRUE, TRUE, 0.9);
}

static gboolean
evaluates (TiersEvaluation *e, const char *code)
{
  return tiers_evaluation_find (e, code) != NULL;
}

static void
test_status (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  gboolean is_current = FALSE;
  gint64 version = 0;

  {
    g_autoptr(TiersEvaluation) e = current (f, &q1);

    g_assert_true (evaluates (e, "R4"));
  }
  g_assert_cmpint (add_plan (f, "R4", "pass", 0.95, &q1, &error), >, 0);
  flags = flags_of_q1 (f);
  g_assert_true (g_hash_table_contains (flags, "R4"));
  g_clear_pointer (&flags, g_hash_table_unref);

  /* On hold: still graded, and the stored evaluations stay current. */
  scheme = tiers_store_load_scheme (f->store, &version, &error);
  g_assert_true (tiers_store_set_supplier_status (f->store, "R2", TIERS_STATUS_ON_HOLD,
                                                  "2025-10-01", "Audit pending", &error));
  g_assert_no_error (error);
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version, &is_current,
                                                    &error));
  g_assert_true (is_current);

  /* R4 terminated on 2025-12-31: out of 2026-Q1, which starts after it; kept in 2025-Q4.
   * R1 terminated on 2026-01-01, Q1's first day: still graded in Q1. */
  g_assert_true (tiers_store_set_supplier_status (f->store, "R4", TIERS_STATUS_TERMINATED,
                                                  "2025-12-31", "Quality never improved",
                                                  &error));
  g_assert_true (tiers_store_set_supplier_status (f->store, "R1", TIERS_STATUS_TERMINATED,
                                                  "2026-01-01", "Moved production", &error));
  g_assert_no_error (error);
  g_assert_true (tiers_store_evaluation_is_current (f->store, &q1, version, &is_current,
                                                    &error));
  g_assert_false (is_current);
  {
    g_autoptr(TiersEvaluation) now = current (f, &q1);
    g_autoptr(TiersEvaluation) before = current (f, &q4);

    g_assert_false (evaluates (now, "R4"));
    g_assert_true (evaluates (now, "R1"));
    g_assert_true (evaluates (now, "R2"));
    g_assert_true (evaluates (before, "R4"));
    g_assert_cmpuint (now->n_suppliers, ==, 6);
  }
  /* A terminated supplier is not flagged: it is gone. */
  flags = flags_of_q1 (f);
  g_assert_false (g_hash_table_contains (flags, "R4"));

  /* Refused: the same status again, no reason, no date. The history stays as it was. */
  g_assert_false (tiers_store_set_supplier_status (f->store, "R4", TIERS_STATUS_TERMINATED,
                                                   "2026-02-01", "again", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_set_supplier_status (f->store, "R4", TIERS_STATUS_ACTIVE,
                                                   "2026-02-01", " ", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_set_supplier_status (f->store, "R4", TIERS_STATUS_ACTIVE,
                                                   "2026-02-30", "back", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  changes = tiers_store_list_status_changes (f->store, "R4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((TiersStatusChange *) changes->pdata[0])->reason, ==,
                   "Quality never improved");
  all = tiers_store_load_status_changes (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 3);
  g_assert_false (tiers_store_exec (f->store, "UPDATE supplier_status_event SET reason = 'x'",
                                    &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Taken back on 2025-12-31 too (recorded later, so it wins): graded in Q1 again. */
  g_assert_true (tiers_store_set_supplier_status (f->store, "R4", TIERS_STATUS_ACTIVE,
                                                  "2025-12-31", "Mistaken termination",
                                                  &error));
  g_assert_no_error (error);
  {
    g_autoptr(TiersEvaluation) now = current (f, &q1);

    g_assert_true (evaluates (now, "R4"));
  }
}

static void
test_strategies (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = tiers_store_list_standard_actions (f->store, TIERS_GRADE_NONE,
                                                                &error);
  g_autoptr(GPtrArray) d = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(TiersStandardAction) added = NULL;
  TiersSupplierStatus terminated = TIERS_STATUS_TERMINATED;
  TiersSupplierAction warning = { .date = "2026-02-01", .who = "Li Na",
                                  .what = "Warning letter sent", .kind = TIERS_ACTION_WARNING };
  TiersSupplierAction stop = { .date = "2026-03-01", .who = "Li Na",
                               .what = "Contract ended", .kind = TIERS_ACTION_TERMINATE };
  const TiersStandardAction *terminate = NULL;

  /* Seeded: 12 actions, D's four in order, the third its terminating step. */
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 12);
  d = tiers_store_list_standard_actions (f->store, TIERS_GRADE_D, &error);
  g_assert_cmpuint (d->len, ==, 4);
  terminate = d->pdata[2];
  g_assert_cmpint (terminate->kind, ==, TIERS_ACTION_TERMINATE);
  g_assert_cmpstr (terminate->name_zh, ==, "终止合作");

  /* Added at the end of B, renamed, moved up to the top, deleted. */
  added = tiers_standard_action_new (TIERS_GRADE_B, "Joint cost review", "联合成本评审",
                                     TIERS_ACTION_ORDINARY);
  g_assert_true (tiers_store_save_standard_action (f->store, added, &error));
  g_assert_no_error (error);
  g_free (added->name);
  added->name = g_strdup ("Joint cost-down review");
  g_assert_true (tiers_store_save_standard_action (f->store, added, &error));
  g_assert_true (tiers_store_move_standard_action (f->store, added->id, -1, &error));
  g_assert_true (tiers_store_move_standard_action (f->store, added->id, -1, &error));
  g_assert_true (tiers_store_move_standard_action (f->store, added->id, -1, &error));
  g_assert_no_error (error);
  b = tiers_store_list_standard_actions (f->store, TIERS_GRADE_B, &error);
  g_assert_cmpuint (b->len, ==, 3);
  g_assert_cmpstr (((TiersStandardAction *) b->pdata[0])->name, ==, "Joint cost-down review");
  g_assert_true (tiers_store_delete_standard_action (f->store, added->id, &error));
  g_assert_false (tiers_store_delete_standard_action (f->store, added->id, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_free (added->name);
  added->name = g_strdup (" ");
  added->id = 0;
  g_assert_false (tiers_store_save_standard_action (f->store, added, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);

  /* A warning, then the terminating hard step with its status change, in one go. */
  g_assert_true (tiers_store_record_action (f->store, "R4", &warning, NULL, NULL, &error));
  stop.standard_id = terminate->id;
  g_assert_true (tiers_store_record_action (f->store, "R4", &stop, &terminated,
                                            "Missed its improvement plan", &error));
  g_assert_no_error (error);
  /* Terminating again: the status change is refused, and so is the action with it. */
  stop.id = 0;
  g_assert_false (tiers_store_record_action (f->store, "R4", &stop, &terminated, "again",
                                             &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  actions = tiers_store_list_actions (f->store, "R4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_cmpstr (((TiersSupplierAction *) actions->pdata[0])->what, ==, "Contract ended");
  g_assert_cmpint (((TiersSupplierAction *) actions->pdata[0])->standard_id, ==, terminate->id);
  g_assert_cmpint (((TiersSupplierAction *) actions->pdata[1])->kind, ==, TIERS_ACTION_WARNING);
  changes = tiers_store_list_status_changes (f->store, "R4", &error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((TiersStatusChange *) changes->pdata[0])->date, ==, "2026-03-01");

  /* Deleting a standard action keeps the actions recorded with it. */
  g_assert_true (tiers_store_delete_standard_action (f->store, terminate->id, &error));
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = tiers_store_list_actions (f->store, "R4", &error);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_cmpint (((TiersSupplierAction *) actions->pdata[0])->standard_id, ==, 0);
  g_assert_cmpint (((TiersSupplierAction *) actions->pdata[0])->kind, ==,
                   TIERS_ACTION_TERMINATE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-plans/checks", test_plan_checks);
  ADD ("/store-plans/finalized-due-period", test_finalized_due_period);
  ADD ("/store-plans/status", test_status);
  ADD ("/store-plans/strategies", test_strategies);
  return g_test_run ();
}
