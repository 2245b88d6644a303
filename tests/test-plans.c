/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-plans.c: the pure rules of tier actions, hand-computed: a plan's check against an
 * indicator value and against an evaluation, overdue plans, the replacement flag, and which
 * periods grade a supplier with status changes (tiers-plan.h, tiers-supplier-status.h,
 * tiers-tier-strategy.h). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-plan.h"
#include "tiers-review.h"
#include "tiers-supplier-status.h"
#include "tiers-tier-strategy.h"

static void
test_check_value (void)
{
  /* At least 0.95: 0.95 reaches it, 0.9499 does not; no value leaves the plan open. */
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_LEAST, 0.95, TRUE, 0.95), ==,
                   TIERS_PLAN_MET);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_LEAST, 0.95, TRUE, 0.9499), ==,
                   TIERS_PLAN_MISSED);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_LEAST, 0.95, TRUE, 1.0), ==,
                   TIERS_PLAN_MET);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_LEAST, 0.95, FALSE, 0), ==,
                   TIERS_PLAN_OPEN);
  /* At most 2 days late: 2 meets, 2.01 misses, 0 meets. */
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_MOST, 2, TRUE, 2), ==,
                   TIERS_PLAN_MET);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_MOST, 2, TRUE, 2.01), ==,
                   TIERS_PLAN_MISSED);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_MOST, 2, TRUE, 0), ==,
                   TIERS_PLAN_MET);
  g_assert_cmpint (tiers_plan_check_value (TIERS_TARGET_AT_MOST, 2, TRUE, NAN), ==,
                   TIERS_PLAN_OPEN);
}

static const char scheme_text[] =
  "[Scheme]\nName=Plans\nGradeA=90\nGradeB=80\nGradeC=60\nMinReceipts=0\n"
  "[Criterion on_time]\nName=On time\nDimension=delivery\nIndicator=on_time_rate\nWeight=1\n"
  "Method=linear\nBest=1\nWorst=0\n";

/* P1: 19 of 20 receipts on time (0.95); P2: 18 of 20 (0.9); P3: no receipts. */
static TiersEvaluation *
evaluate_q3 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = tiers_scheme_load_from_data (scheme_text, -1, &error);
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 3 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  const struct { const char *code; guint64 on_time; } rows[] = {
    { "P1", 19 }, { "P2", 18 }, { "P3", 0 },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      TiersSupplierIndicators *s = tiers_indicator_set_add (set, rows[i].code, "bolts");
      TiersSupplierFacts f = { .receipts = 20, .on_time = rows[i].on_time,
                               .received_qty = 100 };

      if (rows[i].on_time > 0)
        tiers_facts_to_indicators (&f, s);
    }
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, 1, NULL);
}

static TiersPlan *
plan_for (const char *code,
          const char *criterion,
          double      target)
{
  TiersPlan *plan = tiers_plan_new ();

  plan->supplier_code = g_strdup (code);
  plan->criterion = g_strdup (criterion);
  plan->problem = g_strdup ("late");
  plan->owner = g_strdup ("Li");
  plan->target = target;
  plan->due = (TiersPeriod) { TIERS_PERIOD_QUARTER, 2026, 3 };
  return plan;
}

static void
test_check_evaluation (void)
{
  g_autoptr(TiersEvaluation) e = evaluate_q3 ();
  struct { const char *code; const char *criterion; TiersPlanCheck check; gboolean has;
           double value; } cases[] = {
    { "P1", "on_time", TIERS_PLAN_MET, TRUE, 0.95 },
    { "P2", "on_time", TIERS_PLAN_MISSED, TRUE, 0.9 },
    { "P3", "on_time", TIERS_PLAN_OPEN, FALSE, 0 },      /* no receipts: no value */
    { "P9", "on_time", TIERS_PLAN_OPEN, FALSE, 0 },      /* not evaluated at all */
    { "P1", "pass_rate", TIERS_PLAN_OPEN, FALSE, 0 },    /* not a criterion of the scheme */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TiersPlan) plan = plan_for (cases[i].code, cases[i].criterion, 0.95);
      gboolean has = !cases[i].has;
      double value = -1;

      g_assert_cmpint (tiers_plan_check_evaluation (plan, e, &has, &value), ==, cases[i].check);
      g_assert_cmpint (has, ==, cases[i].has);
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-12);
    }
}

static void
test_overdue (void)
{
  g_autoptr(TiersPlan) plan = plan_for ("P1", "on_time", 0.95);
  GDate sep30, oct1;

  g_date_clear (&sep30, 1);
  g_date_set_dmy (&sep30, 30, 9, 2026);
  g_date_clear (&oct1, 1);
  g_date_set_dmy (&oct1, 1, 10, 2026);
  /* Due 2026-Q3, not checked: overdue from the day after its last day. */
  g_assert_false (tiers_plan_is_overdue (plan, &sep30));
  g_assert_true (tiers_plan_is_overdue (plan, &oct1));
  /* Checked and still open (no value): overdue even before the period ends. */
  plan->checked = TRUE;
  g_assert_true (tiers_plan_is_overdue (plan, &sep30));
  plan->check = TIERS_PLAN_MISSED;
  g_assert_true (tiers_plan_is_overdue (plan, &sep30));
  g_assert_cmpint (tiers_plan_get_status (plan), ==, TIERS_PLAN_STATUS_MISSED);
  plan->check = TIERS_PLAN_MET;
  g_assert_false (tiers_plan_is_overdue (plan, &oct1));
  plan->check = TIERS_PLAN_MISSED;
  plan->closed = TRUE;
  g_assert_false (tiers_plan_is_overdue (plan, &oct1));
  g_assert_cmpint (tiers_plan_get_status (plan), ==, TIERS_PLAN_STATUS_CLOSED);
}

static void
test_replacement (void)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_plan_free);
  TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
  TiersPeriod q3 = { TIERS_PERIOD_QUARTER, 2026, 3 };
  TiersPeriod h2 = { TIERS_PERIOD_HALF, 2026, 2 };
  TiersPlan *missed = plan_for ("P2", "on_time", 0.95);

  /* D twice running; D then C; ungraded then D: only the first. */
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_D, TIERS_GRADE_D, NULL, &q3), ==,
                   TIERS_REPLACE_TWICE_D);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_C, TIERS_GRADE_D, NULL, &q3), ==,
                   TIERS_REPLACE_NONE);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_D, TIERS_GRADE_NONE, NULL, &q3), ==,
                   TIERS_REPLACE_NONE);
  /* A plan missed in Q3 flags Q3 and later periods (H2 ends with Q3's year), not Q2. */
  missed->check = TIERS_PLAN_MISSED;
  g_ptr_array_add (plans, missed);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_B, TIERS_GRADE_B, plans, &q3), ==,
                   TIERS_REPLACE_MISSED_PLAN);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_B, TIERS_GRADE_B, plans, &h2), ==,
                   TIERS_REPLACE_MISSED_PLAN);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_B, TIERS_GRADE_B, plans, &q2), ==,
                   TIERS_REPLACE_NONE);
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_D, TIERS_GRADE_D, plans, &q3), ==,
                   TIERS_REPLACE_MISSED_PLAN | TIERS_REPLACE_TWICE_D);
  /* Closed by hand, it no longer counts. */
  missed->closed = TRUE;
  g_assert_cmpint (tiers_replacement_reason (TIERS_GRADE_B, TIERS_GRADE_B, plans, &q3), ==,
                   TIERS_REPLACE_NONE);
}

static void
test_replacement_flags (void)
{
  g_autoptr(TiersEvaluation) q3 = evaluate_q3 ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_plan_free);
  g_autoptr(GHashTable) overrides = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) flags = NULL;
  TiersOverride d = { .grade = TIERS_GRADE_D };
  TiersPlan *missed = plan_for ("P1", "on_time", 0.99);

  /* Q3 grades: P1 95 A, P2 90 A, P3 ungraded. A missed plan flags P1; overriding P2 to D in
   * both periods (the previous being the same evaluation) flags it twice-D. */
  missed->check = TIERS_PLAN_MISSED;
  g_ptr_array_add (plans, missed);
  g_hash_table_insert (overrides, (gpointer) "P2", &d);
  flags = tiers_replacement_flags (q3, overrides, q3, overrides, plans);
  g_assert_cmpuint (g_hash_table_size (flags), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (flags, "P1")), ==,
                    TIERS_REPLACE_MISSED_PLAN);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (flags, "P2")), ==,
                    TIERS_REPLACE_TWICE_D);
  g_clear_pointer (&flags, g_hash_table_unref);
  /* No previous evaluation: nobody is D twice. */
  flags = tiers_replacement_flags (q3, overrides, NULL, NULL, NULL);
  g_assert_cmpuint (g_hash_table_size (flags), ==, 0);
}

static TiersStatusChange *
change (TiersSupplierStatus status,
        const char         *date)
{
  TiersStatusChange *c = g_new0 (TiersStatusChange, 1);

  c->status = status;
  g_strlcpy (c->date, date, sizeof c->date);
  return c;
}

static void
test_status_grading (void)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_status_change_free);
  TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
  TiersPeriod q3 = { TIERS_PERIOD_QUARTER, 2026, 3 };
  TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2026, 4 };
  TiersPeriod y2026 = { TIERS_PERIOD_YEAR, 2026, 1 };
  TiersPeriod july = { TIERS_PERIOD_MONTH, 2026, 7 };
  TiersPeriod june = { TIERS_PERIOD_MONTH, 2026, 6 };

  /* Never changed: active, graded. */
  g_assert_cmpint (tiers_status_on (changes, "2026-01-01"), ==, TIERS_STATUS_ACTIVE);
  g_assert_true (tiers_status_grades_period (changes, &q3));

  /* On hold from 2026-03-10: still graded. Terminated on 2026-06-30: Q2 (holds the date)
   * and June still graded; Q3, July, Q4 start after it and are not; 2026 as a year started
   * before it and is. */
  g_ptr_array_add (changes, change (TIERS_STATUS_ON_HOLD, "2026-03-10"));
  g_ptr_array_add (changes, change (TIERS_STATUS_TERMINATED, "2026-06-30"));
  g_assert_cmpint (tiers_status_on (changes, "2026-03-09"), ==, TIERS_STATUS_ACTIVE);
  g_assert_cmpint (tiers_status_on (changes, "2026-03-10"), ==, TIERS_STATUS_ON_HOLD);
  g_assert_cmpint (tiers_status_on (changes, "2026-06-30"), ==, TIERS_STATUS_TERMINATED);
  g_assert_true (tiers_status_grades_period (changes, &q2));
  g_assert_true (tiers_status_grades_period (changes, &june));
  g_assert_false (tiers_status_grades_period (changes, &q3));
  g_assert_false (tiers_status_grades_period (changes, &july));
  g_assert_false (tiers_status_grades_period (changes, &q4));
  g_assert_true (tiers_status_grades_period (changes, &y2026));

  /* Taken back on 2026-08-15: Q3 (started while terminated) stays out, Q4 is graded again. */
  g_ptr_array_add (changes, change (TIERS_STATUS_ACTIVE, "2026-08-15"));
  g_assert_false (tiers_status_grades_period (changes, &q3));
  g_assert_true (tiers_status_grades_period (changes, &q4));

  /* Two changes on one date: the later recorded wins. A termination dated 2026-07-01, the
   * first day of Q3, leaves Q3 graded (it does not start after the date). */
  g_ptr_array_set_size (changes, 0);
  g_ptr_array_add (changes, change (TIERS_STATUS_TERMINATED, "2026-07-01"));
  g_assert_true (tiers_status_grades_period (changes, &q3));
  g_assert_false (tiers_status_grades_period (changes, &q4));
  g_ptr_array_add (changes, change (TIERS_STATUS_ON_HOLD, "2026-07-01"));
  g_assert_cmpint (tiers_status_on (changes, "2026-07-01"), ==, TIERS_STATUS_ON_HOLD);
  g_assert_true (tiers_status_grades_period (changes, &q4));
}

static void
test_codes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) defaults = tiers_tier_strategy_defaults ();
  TiersSupplierStatus status;
  TiersActionKind kind;
  TiersTargetDirection direction;
  guint per_grade[5] = { 0 }, hard = 0;

  g_assert_true (tiers_supplier_status_parse ("on_hold", &status, NULL));
  g_assert_cmpint (status, ==, TIERS_STATUS_ON_HOLD);
  g_assert_false (tiers_supplier_status_parse ("paused", &status, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tiers_action_kind_parse ("terminate", &kind, NULL));
  g_assert_true (tiers_action_kind_is_hard_step (kind));
  g_assert_true (tiers_action_kind_parse ("warning", &kind, NULL));
  g_assert_false (tiers_action_kind_is_hard_step (kind));
  g_assert_true (tiers_target_direction_parse ("<=", &direction, NULL));
  g_assert_cmpint (direction, ==, TIERS_TARGET_AT_MOST);
  g_assert_false (tiers_target_direction_parse ("=", &direction, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);

  /* The seeded strategies: A 3, B 2, C 3, D 4 actions, every one named in both languages;
   * D's suspend and terminate are the hard steps. */
  for (guint i = 0; i < defaults->len; i++)
    {
      const TiersStandardAction *a = g_ptr_array_index (defaults, i);

      per_grade[a->grade]++;
      g_assert_nonnull (a->name_zh);
      if (tiers_action_kind_is_hard_step (a->kind))
        {
          g_assert_cmpint (a->grade, ==, TIERS_GRADE_D);
          hard++;
        }
    }
  g_assert_cmpuint (per_grade[TIERS_GRADE_A], ==, 3);
  g_assert_cmpuint (per_grade[TIERS_GRADE_B], ==, 2);
  g_assert_cmpuint (per_grade[TIERS_GRADE_C], ==, 3);
  g_assert_cmpuint (per_grade[TIERS_GRADE_D], ==, 4);
  g_assert_cmpuint (hard, ==, 2);
}

static void
test_validate (void)
{
  g_autoptr(TiersPlan) plan = plan_for ("P1", "on_time", 0.95);
  g_autoptr(GError) error = NULL;

  g_assert_true (tiers_plan_validate (plan, &error));
  g_free (plan->owner);
  plan->owner = g_strdup ("  ");
  g_assert_false (tiers_plan_validate (plan, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Owner"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plans/check-value", test_check_value);
  g_test_add_func ("/plans/check-evaluation", test_check_evaluation);
  g_test_add_func ("/plans/overdue", test_overdue);
  g_test_add_func ("/plans/replacement", test_replacement);
  g_test_add_func ("/plans/replacement-flags", test_replacement_flags);
  g_test_add_func ("/plans/status-grading", test_status_grading);
  g_test_add_func ("/plans/codes", test_codes);
  g_test_add_func ("/plans/validate", test_validate);
  return g_test_run ();
}
