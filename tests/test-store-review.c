/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-review.c: finalizing and reopening periods, overrides and review marks in the
 * store; that a finalized period keeps its grades through imports, scheme changes and the
 * re-grading of earlier periods; and that the schema's triggers alone refuse every write to
 * a finalized period. Data: tests/data/review (scores computed in test-cli-review.c). */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-private.h"
#include "tiers-store-review.h"
#include "tiers-test-util.h"

typedef TiersTestStore Fixture;

static const TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };
static const TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };
static const TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
static const TiersPeriod q3 = { TIERS_PERIOD_QUARTER, 2026, 3 };

static void
import (Fixture *f, TiersImportKind kind, const char *name)
{
  tiers_test_store_import (f, "review", kind, name);
}

static TiersScheme *
review_scheme (const char *smoothing)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "review", "scheme.ini",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  TiersScheme *scheme;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  parts = g_strsplit (text, "Smoothing=1", 2);
  changed = g_strjoinv (smoothing, parts);
  scheme = tiers_scheme_load_from_data (changed, -1, &error);
  g_assert_no_error (error);
  return scheme;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersScheme) scheme = review_scheme ("Smoothing=1");

  tiers_test_store_set_up (f, "review", scheme);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_store_tear_down (f);
}

static void
evaluate (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) e = tiers_store_evaluate (f->store, period, NULL,
                                                       TIERS_EVALUATE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (e);
}

static double
stored_score (Fixture *f, const TiersPeriod *period, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) e = tiers_store_load_evaluation (f->store, period, &error);
  const TiersSupplierResult *r;

  g_assert_no_error (error);
  r = tiers_evaluation_find (e, code);
  g_assert_nonnull (r);
  g_assert_true (r->graded);
  return r->score;
}

static gboolean
is_finalized (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  gboolean finalized = TRUE;

  g_assert_true (tiers_store_period_is_finalized (f->store, period, &finalized, &error));
  g_assert_no_error (error);
  return finalized;
}

static void
test_finalize_and_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(TiersEvaluation) what_if = NULL;
  const TiersPeriodEvent *event;
  gboolean evaluated = FALSE;
  guint n = 0;

  /* Not evaluated yet: evaluated first, then frozen. */
  g_assert_false (is_finalized (f, &q1));
  g_assert_true (tiers_store_finalize_period (f->store, &q1, &n, &evaluated, &error));
  g_assert_no_error (error);
  g_assert_true (evaluated);
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (is_finalized (f, &q1));

  g_assert_false (tiers_store_finalize_period (f->store, &q1, &n, &evaluated, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  g_assert_null (tiers_store_evaluate (f->store, &q1, NULL, TIERS_EVALUATE_FLAGS_NONE, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_assert_nonnull (strstr (error->message, "2026-Q1"));
  g_assert_nonnull (strstr (error->message, "reopen"));
  g_clear_error (&error);
  /* Even a what-if, which would store nothing: a finalized period is settled. */
  what_if = tiers_store_evaluate (f->store, &q1, NULL, TIERS_EVALUATE_DRY_RUN, &error);
  g_assert_null (what_if);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);

  g_assert_false (tiers_store_reopen_period (f->store, &q1, " \t", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (is_finalized (f, &q1));
  g_assert_true (tiers_store_reopen_period (f->store, &q1, " Late receipts ", &error));
  g_assert_no_error (error);
  g_assert_false (is_finalized (f, &q1));
  g_assert_false (tiers_store_reopen_period (f->store, &q1, "again", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  evaluate (f, &q1);

  events = tiers_store_list_period_events (f->store, &q1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  event = events->pdata[0];
  g_assert_false (event->reopened);
  g_assert_cmpstr (event->user_name, ==, g_get_user_name ());
  g_assert_null (event->reason);
  g_assert_nonnull (event->happened_at);
  event = events->pdata[1];
  g_assert_true (event->reopened);
  g_assert_cmpstr (event->user_name, ==, g_get_user_name ());
  g_assert_cmpstr (event->reason, ==, "Late receipts");
}

static void
test_nothing_to_finalize (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersPeriod empty = { TIERS_PERIOD_QUARTER, 2030, 1 };

  g_assert_false (tiers_store_finalize_period (f->store, &empty, NULL, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_assert_false (is_finalized (f, &empty));
}

/* R1 scores 50 in 2026-Q1 (late, nothing rejected). Frozen there, it stays 50 after a late
 * receipt of that quarter is imported (fresh: 25) and after a scheme that smooths by half
 * re-grades from 2025-Q4 on; 2026-Q2, a draft, smooths from the frozen 50: R1's raw 100 there
 * gives 50 x 0.5 + 100 x 0.5 = 75 (62.5 had 2026-Q1 been graded again). */
static void
test_frozen_grades (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) smoothing = review_scheme ("Smoothing=0.5");
  g_autoptr(TiersEvaluation) current = NULL;
  g_autoptr(TiersEvaluation) frozen = NULL;
  gboolean evaluated = TRUE;
  gint64 version = 0;

  import (f, TIERS_IMPORT_RECEIPTS, "receipts-q2.csv");
  evaluate (f, &q4);
  evaluate (f, &q1);
  evaluate (f, &q2);
  g_assert_cmpfloat (stored_score (f, &q1, "R1"), ==, 50);
  g_assert_true (tiers_store_finalize_period (f->store, &q1, NULL, NULL, &error));
  g_assert_no_error (error);
  frozen = tiers_store_load_evaluation (f->store, &q1, &error);
  g_assert_no_error (error);

  import (f, TIERS_IMPORT_RECEIPTS, "receipts-late.csv");
  g_assert_true (tiers_store_save_scheme (f->store, smoothing, "test", &version, &error));
  g_assert_no_error (error);
  /* The freshness rule hands the frozen evaluation over as it is. */
  g_assert_true (tiers_store_current_evaluation (f->store, &q1, version, &current, &evaluated,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (evaluated);
  g_assert_cmpint (current->scheme_version, ==, frozen->scheme_version);
  g_assert_cmpfloat (tiers_evaluation_find (current, "R1")->score, ==, 50);
  g_clear_pointer (&current, tiers_evaluation_free);

  /* Re-grading from 2025-Q4 passes 2026-Q1 by. */
  evaluate (f, &q4);
  g_assert_cmpfloat (stored_score (f, &q1, "R1"), ==, 50);
  g_assert_cmpfloat (stored_score (f, &q2, "R1"), ==, 75);
  current = tiers_store_load_evaluation (f->store, &q1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (current->scheme_version, ==, frozen->scheme_version);
  g_assert_cmpint (current->scheme_version, !=, version);

  /* Reopened, it grades with the data and scheme of now: late 0 and 50 of 200 rejected ->
   * 25, smoothed with 2025-Q4's 90 -> 57.5. */
  g_assert_true (tiers_store_reopen_period (f->store, &q1, "Late receipt found", &error));
  g_assert_no_error (error);
  evaluate (f, &q1);
  g_assert_cmpfloat (stored_score (f, &q1, "R1"), ==, 57.5);
}

static void
test_overrides (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  const TiersOverride *override;

  /* Not evaluated yet. */
  g_assert_false (tiers_store_set_override (f->store, &q3, "R1", TIERS_GRADE_C,
                                            TIERS_OVERRIDE_OTHER, "why", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  evaluate (f, &q1);
  g_assert_false (tiers_store_set_override (f->store, &q1, "R1", TIERS_GRADE_C,
                                            TIERS_OVERRIDE_OTHER, "  ", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_set_override (f->store, &q1, "ZZ", TIERS_GRADE_C,
                                            TIERS_OVERRIDE_OTHER, "why", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A supplier that came after the evaluation is not in it. */
  g_assert_true (tiers_store_exec (f->store, "INSERT INTO supplier (code, name, category)"
                                             " VALUES ('R8', 'Late comer', 'rings')", &error));
  g_assert_false (tiers_store_set_override (f->store, &q1, "R8", TIERS_GRADE_C,
                                            TIERS_OVERRIDE_OTHER, "why", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "R8"));
  g_clear_error (&error);

  g_assert_true (tiers_store_set_override (f->store, &q1, "R1", TIERS_GRADE_B,
                                           TIERS_OVERRIDE_DATA_ERROR, "first", &error));
  g_assert_true (tiers_store_set_override (f->store, &q1, "R1", TIERS_GRADE_C,
                                           TIERS_OVERRIDE_OUTSIDE_CONTROL, " Port strike ",
                                           &error));
  g_assert_no_error (error);
  overrides = tiers_store_load_overrides (f->store, &q1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 1);
  override = g_hash_table_lookup (overrides, "R1");
  g_assert_cmpint (override->grade, ==, TIERS_GRADE_C);
  g_assert_cmpint (override->reason, ==, TIERS_OVERRIDE_OUTSIDE_CONTROL);
  g_assert_cmpstr (override->comment, ==, "Port strike");
  g_assert_cmpstr (override->set_by, ==, g_get_user_name ());
  g_assert_nonnull (override->set_at);
  /* The computed grade stays. */
  {
    g_autoptr(TiersEvaluation) e = tiers_store_load_evaluation (f->store, &q1, &error);

    g_assert_cmpint (tiers_evaluation_find (e, "R1")->grade, ==, TIERS_GRADE_D);
  }
  g_clear_pointer (&overrides, g_hash_table_unref);

  g_assert_true (tiers_store_withdraw_override (f->store, &q1, "R1", &error));
  g_assert_no_error (error);
  g_assert_false (tiers_store_withdraw_override (f->store, &q1, "R1", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  overrides = tiers_store_load_overrides (f->store, &q1, &error);
  g_assert_cmpuint (g_hash_table_size (overrides), ==, 0);

  g_assert_true (tiers_store_set_override (f->store, &q1, "R2", TIERS_GRADE_B,
                                           TIERS_OVERRIDE_NEW_INFORMATION, "Audit", &error));
  g_assert_true (tiers_store_finalize_period (f->store, &q1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tiers_store_set_override (f->store, &q1, "R1", TIERS_GRADE_C,
                                            TIERS_OVERRIDE_OTHER, "why", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  g_assert_false (tiers_store_withdraw_override (f->store, &q1, "R2", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
}

static void
test_review_marks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) marks = NULL;
  const TiersReviewMark *mark;

  evaluate (f, &q1);
  g_assert_true (tiers_store_mark_reviewed (f->store, &q1, "R4", "Called them", &error));
  g_assert_true (tiers_store_mark_reviewed (f->store, &q1, "R5", NULL, &error));
  g_assert_true (tiers_store_mark_reviewed (f->store, &q1, "R6", "", &error));
  g_assert_no_error (error);
  g_assert_true (tiers_store_unmark_reviewed (f->store, &q1, "R6", &error));
  g_assert_true (tiers_store_unmark_reviewed (f->store, &q1, "R6", &error));
  g_assert_no_error (error);
  g_assert_false (tiers_store_mark_reviewed (f->store, &q1, "ZZ", NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  marks = tiers_store_load_review_marks (f->store, &q1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (marks), ==, 2);
  mark = g_hash_table_lookup (marks, "R4");
  g_assert_cmpstr (mark->comment, ==, "Called them");
  g_assert_cmpstr (mark->marked_by, ==, g_get_user_name ());
  mark = g_hash_table_lookup (marks, "R5");
  g_assert_null (mark->comment);

  g_assert_true (tiers_store_finalize_period (f->store, &q1, NULL, NULL, &error));
  g_assert_false (tiers_store_mark_reviewed (f->store, &q1, "R1", NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  g_assert_false (tiers_store_unmark_reviewed (f->store, &q1, "R4", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
}

/* Raw SQL past the store's checks: the triggers alone must refuse. */
static void
assert_refused_by_trigger (Fixture *f, const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (tiers_store_exec (f->store, sql, &error))
    g_error ("not refused: %s", sql);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE);
  g_assert_true (strstr (error->message, "finalized") != NULL ||
                 strstr (error->message, "kept as written") != NULL);
}

#define UPSERT(period) \
  "INSERT INTO evaluation (period, kind, first_day, last_day, scheme_version, evaluated_at," \
  "  data_mark, scores, indicators, results)" \
  " SELECT period, kind, first_day, last_day, scheme_version, 'later', data_mark, scores," \
  "  indicators, results FROM evaluation WHERE period = '" period "'" \
  " ON CONFLICT (period) DO UPDATE SET evaluated_at = excluded.evaluated_at"

static void
test_triggers (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  evaluate (f, &q4);
  evaluate (f, &q1);
  g_assert_true (tiers_store_set_override (f->store, &q1, "R1", TIERS_GRADE_C,
                                           TIERS_OVERRIDE_OTHER, "why", &error));
  g_assert_true (tiers_store_mark_reviewed (f->store, &q1, "R1", NULL, &error));
  g_assert_true (tiers_store_finalize_period (f->store, &q1, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The same statements pass on a draft period: only finalizing refuses them. */
  g_assert_true (tiers_store_exec (f->store, UPSERT ("2025-Q4"), &error));
  g_assert_no_error (error);

  assert_refused_by_trigger (f, UPSERT ("2026-Q1"));
  assert_refused_by_trigger (f,
      "INSERT OR REPLACE INTO evaluation SELECT * FROM evaluation WHERE period = '2026-Q1'");
  assert_refused_by_trigger (f,
      "UPDATE evaluation SET evaluated_at = 'later' WHERE period = '2026-Q1'");
  assert_refused_by_trigger (f, "DELETE FROM evaluation WHERE period = '2026-Q1'");
  assert_refused_by_trigger (f,
      "INSERT INTO grade_override (period, supplier_id, grade, reason, comment, set_by, set_at)"
      " SELECT '2026-Q1', id, 'A', 'other', 'raw', 'x', 'now' FROM supplier WHERE code = 'R2'");
  assert_refused_by_trigger (f, "UPDATE grade_override SET grade = 'A'");
  assert_refused_by_trigger (f, "DELETE FROM grade_override");
  assert_refused_by_trigger (f,
      "INSERT INTO review_mark (period, supplier_id, marked_by, marked_at)"
      " SELECT '2026-Q1', id, 'x', 'now' FROM supplier WHERE code = 'R2'");
  assert_refused_by_trigger (f, "UPDATE review_mark SET comment = 'raw'");
  assert_refused_by_trigger (f, "DELETE FROM review_mark");
  assert_refused_by_trigger (f, "UPDATE period_event SET user_name = 'someone else'");
  assert_refused_by_trigger (f, "DELETE FROM period_event");

  stmt = tiers_store_prepare (f->store,
      "SELECT evaluated_at != 'later', (SELECT count(*) FROM grade_override),"
      " (SELECT count(*) FROM review_mark) FROM evaluation WHERE period = '2026-Q1'", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-review/finalize-and-reopen", test_finalize_and_reopen);
  ADD ("/store-review/nothing-to-finalize", test_nothing_to_finalize);
  ADD ("/store-review/frozen-grades", test_frozen_grades);
  ADD ("/store-review/overrides", test_overrides);
  ADD ("/store-review/review-marks", test_review_marks);
  ADD ("/store-review/triggers", test_triggers);
#undef ADD
  return g_test_run ();
}
