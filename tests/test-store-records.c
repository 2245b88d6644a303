/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-records.c: suppliers and records entered and corrected by hand, through the
 * store: the importer's rules and words, one transaction each, the record history, the data
 * mark (stored evaluations turn stale), finalized periods refusing, withdrawing an import
 * batch whole, and the completeness of a period computed by hand.
 * Data: tests/data/records (see its scheme.ini; MinReceipts=3, manual criteria cooperation
 * and audit count, unused weighs 0). In 2026-Q1: S1 has 3 receipts, 1 feedback, ratings of
 * cooperation and audit; S2 1 receipt, no feedback, a cooperation rating by Lena Koch (who
 * declares a conflict of interest with S2 in the completeness test); S3 only a receipt in
 * 2025-Q3 and feedback in 2025-Q4; S4 only a receipt in 2025-Q2. */
#include "config.h"

#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-batches.h"
#include "tiers-store-completeness.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-store-private.h"
#include "tiers-store-records.h"
#include "tiers-store-review.h"
#include "tiers-test-util.h"

typedef TiersTestStore Fixture;

static const TiersPeriod q1 = { TIERS_PERIOD_QUARTER, 2026, 1 };
static const TiersPeriod q4 = { TIERS_PERIOD_QUARTER, 2025, 4 };

static gboolean
import_text (Fixture *f, TiersImportKind kind, const char *text, GError **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  TiersImportResult result = { 0 };
  gboolean ok = tiers_store_import_stream (f->store, kind, "form.csv", stream, 0, NULL, NULL,
                                           NULL, &result, error);

  tiers_import_result_clear (&result);
  return ok;
}

static void
import (Fixture *f, TiersImportKind kind, const char *name)
{
  tiers_test_store_import (f, "records", kind, name);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  tiers_test_store_set_up (f, "records", NULL);
  import (f, TIERS_IMPORT_FEEDBACK, "feedback.csv");
  import (f, TIERS_IMPORT_RATINGS, "ratings.csv");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_store_tear_down (f);
}

static gint64
count (Fixture *f, const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
evaluate (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  TiersEvaluation *e = NULL;

  g_assert_true (tiers_store_current_evaluation (f->store, period, f->version, &e, NULL,
                                                 &error));
  g_assert_no_error (error);
  tiers_evaluation_free (e);
}

static gboolean
is_current (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  gboolean current = FALSE;

  g_assert_true (tiers_store_evaluation_is_current (f->store, period, f->version, &current,
                                                    &error));
  g_assert_no_error (error);
  return current;
}

static void
finalize (Fixture *f, const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (tiers_store_finalize_period (f->store, period, &n, NULL, &error));
  g_assert_no_error (error);
}

/* ---- suppliers ---- */

static void
test_supplier_form (Fixture *f, gconstpointer data)
{
  const char *fresh[] = { " S9 ", "Nine Gears", "Gears", "Ann Lee", "ann@nine.test", "" };
  const char *bad_email[] = { "S9", "Nine Gears", "Gears", "", "ann.nine.test", "" };
  const char *no_name[] = { "S9", "  ", "Gears", "", "", "" };
  const char *taken[] = { "S1", "Nine Gears", "Gears", "", "", "" };
  const char *renamed[] = { "S9", "Nine Gears Ltd", "Gears", "Ann Lee", "", "555" };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) loaded = NULL;
  g_autoptr(GPtrArray) history = NULL;
  const TiersRecordChange *change;
  gint64 id = 0, again = 0;

  g_assert_true (tiers_store_save_supplier (f->store, 0, fresh, &id, &error));
  g_assert_no_error (error);
  loaded = tiers_store_load_supplier (f->store, "S9", &again, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_CODE], ==, "S9");   /* trimmed */
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_EMAIL], ==, "ann@nine.test");
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_PHONE], ==, "");

  /* The importer's rules and words. */
  g_assert_false (tiers_store_save_supplier (f->store, 0, bad_email, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "email: “ann.nine.test” is not an email address (name@example.com)");
  g_clear_error (&error);
  g_assert_false (import_text (f, TIERS_IMPORT_SUPPLIERS,
                               "code,name,category,email\nS8,Eight,Gears,ann.nine.test\n",
                               &error));
  tiers_test_assert_contains (error->message,
      "form.csv:2: email: “ann.nine.test” is not an email address (name@example.com)");
  g_clear_error (&error);
  g_assert_false (tiers_store_save_supplier (f->store, 0, no_name, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "name is required but empty");
  g_clear_error (&error);
  g_assert_false (tiers_store_save_supplier (f->store, 0, taken, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (tiers_store_save_supplier (f->store, id, taken, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM supplier"), ==, 5);

  g_assert_true (tiers_store_save_supplier (f->store, id, renamed, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&loaded, g_strfreev);
  loaded = tiers_store_load_supplier (f->store, "S9", NULL, &error);
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_NAME], ==, "Nine Gears Ltd");
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_EMAIL], ==, "");
  g_assert_cmpstr (loaded[TIERS_SUPPLIER_PHONE], ==, "555");

  history = tiers_store_list_record_changes (f->store, "S9", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  change = history->pdata[0];
  g_assert_cmpstr (change->action, ==, "edited");
  tiers_test_assert_contains (change->before, "name=Nine Gears\n");
  tiers_test_assert_contains (change->after, "name=Nine Gears Ltd\n");
  g_assert_cmpstr (change->user_name, ==, g_get_user_name ());
  g_assert_cmpstr (((TiersRecordChange *) history->pdata[1])->action, ==, "added");
}

/* ---- records ---- */

static void
test_add_records (Fixture *f, gconstpointer data)
{
  const char *incident[] = { "S1", "2026-02-03", "Major", " late paperwork " };
  const char *bad_feedback[] = { "S1", "2026-02-03", "7", "", "" };
  const char *bad_date[] = { "S1", "2026-02-30", "minor", "" };
  const char *criteria[] = { "cooperation", "audit" };
  const char *too_high[] = { "9", "6" };
  const char *good[] = { "9", "5" };
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) import_error = NULL;
  const TiersRecord *record;
  gint64 id = 0;

  evaluate (f, &q1);
  g_assert_true (is_current (f, &q1));
  g_assert_true (tiers_store_add_record (f->store, TIERS_RECORD_INCIDENT, incident, &id,
                                         &error));
  g_assert_no_error (error);
  /* The draft period is to be graded again, as after an import. */
  g_assert_false (is_current (f, &q1));
  incidents = tiers_store_list_records (f->store, TIERS_RECORD_INCIDENT, "S1", "2026-01-01",
                                        "2026-03-31", &error);
  g_assert_cmpuint (incidents->len, ==, 1);
  record = incidents->pdata[0];
  g_assert_cmpint (record->id, ==, id);
  g_assert_cmpstr (record->values[TIERS_INCIDENT_SEVERITY], ==, "major");
  g_assert_cmpstr (record->values[TIERS_INCIDENT_DESCRIPTION], ==, "late paperwork");
  g_assert_null (record->source);   /* entered by hand */

  /* The same words as the importer for the same value. */
  g_assert_false (tiers_store_add_record (f->store, TIERS_RECORD_FEEDBACK, bad_feedback, NULL,
                                          &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "rating must be between 1 and 5, not 7");
  g_assert_false (import_text (f, TIERS_IMPORT_FEEDBACK,
                               "supplier_code,date,rating\nS1,2026-02-03,7\n", &import_error));
  tiers_test_assert_contains (import_error->message, "form.csv:2: " "rating must be between 1 "
                              "and 5, not 7");
  g_clear_error (&error);
  g_assert_false (tiers_store_add_record (f->store, TIERS_RECORD_INCIDENT, bad_date, NULL,
                                          &error));
  g_assert_cmpstr (error->message, ==, "date: “2026-02-30” is not a date (YYYY-MM-DD)");
  g_clear_error (&error);

  /* An evaluator's form: all ratings land, or none. */
  g_assert_false (tiers_store_add_ratings (f->store, "S2", "2026-03-01", "Ann Lee", criteria,
                                           too_high, 2, NULL, &error));
  g_assert_cmpstr (error->message, ==, "rating must be between 0 and 5, not 6");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM rating WHERE evaluator = 'Ann Lee'"), ==, 0);
  g_assert_true (tiers_store_add_ratings (f->store, "S2", "2026-03-01", "Ann Lee", criteria,
                                          good, 2, "site visit", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM rating WHERE evaluator = 'Ann Lee'"), ==, 2);
  g_assert_false (tiers_store_add_ratings (f->store, "S2", "2026-03-01", "Ann Lee", criteria,
                                           good, 1, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (tiers_store_add_ratings (f->store, "S2", "2026-03-01", "Ann Lee", criteria,
                                           good, 0, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  /* Unknown criterion, as the importer says it. */
  {
    const char *unknown[] = { "speed" };

    g_assert_false (tiers_store_add_ratings (f->store, "S2", "2026-03-01", "Ann Lee", unknown,
                                             good, 1, NULL, &error));
    g_assert_cmpstr (error->message, ==, "criterion “speed” is not in the current scheme");
  }
}

static void
test_finalized_refuses (Fixture *f, gconstpointer data)
{
  const char *in_q4[] = { "S3", "2025-11-01", "minor", "" };
  const char *feedback_q4[] = { "S3", "2025-12-01", "2", "", "" };
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GError) error = NULL;
  gint64 q4_feedback, mark_changes;

  finalize (f, &q4);
  mark_changes = count (f, "SELECT count(*) FROM record_change");
  g_assert_false (tiers_store_add_record (f->store, TIERS_RECORD_INCIDENT, in_q4, NULL,
                                          &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  tiers_test_assert_contains (error->message, "2025-Q4");
  g_clear_error (&error);

  feedback = tiers_store_list_records (f->store, TIERS_RECORD_FEEDBACK, "S3", NULL, NULL,
                                       &error);
  g_assert_cmpuint (feedback->len, ==, 1);
  q4_feedback = ((TiersRecord *) feedback->pdata[0])->id;
  g_assert_false (tiers_store_change_record (f->store, TIERS_RECORD_FEEDBACK, q4_feedback,
                                             feedback_q4, "typo", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);
  g_assert_false (tiers_store_delete_record (f->store, TIERS_RECORD_FEEDBACK, q4_feedback,
                                             "typo", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  g_clear_error (&error);

  /* Moving a draft period's record into the finalized one is refused too. */
  {
    g_autoptr(GPtrArray) s1 = tiers_store_list_records (f->store, TIERS_RECORD_FEEDBACK, "S1",
                                                        NULL, NULL, &error);
    const char *moved[] = { "S1", "2025-12-15", "4", "5", "" };

    g_assert_false (tiers_store_change_record (f->store, TIERS_RECORD_FEEDBACK,
                                               ((TiersRecord *) s1->pdata[0])->id, moved,
                                               "wrong quarter", &error));
    g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
    g_clear_error (&error);
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_change"), ==, mark_changes);
  g_assert_cmpint (count (f, "SELECT count(*) FROM feedback WHERE rating = 3"), ==, 1);
}

static void
test_corrections (Fixture *f, gconstpointer data)
{
  const char *corrected[] = { "S2", "2026-02-01", "2", "", "plant call" };
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  const TiersRecordChange *change;
  const TiersRecord *record;
  gint64 id;

  evaluate (f, &q1);
  feedback = tiers_store_list_records (f->store, TIERS_RECORD_FEEDBACK, "S1", NULL, NULL,
                                       &error);
  record = feedback->pdata[0];
  id = record->id;
  g_assert_cmpstr (record->values[TIERS_FEEDBACK_RATING], ==, "4");
  g_assert_cmpstr (record->values[TIERS_FEEDBACK_RESPONSE_HOURS], ==, "5");
  g_assert_true (g_str_has_suffix (record->source, "feedback.csv"));

  /* No reason, no correction. */
  g_assert_false (tiers_store_change_record (f->store, TIERS_RECORD_FEEDBACK, id, corrected,
                                             "  ", &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (is_current (f, &q1));

  /* The supplier stays S1 whatever the values say. */
  g_assert_true (tiers_store_change_record (f->store, TIERS_RECORD_FEEDBACK, id, corrected,
                                            "entered 4 for 2 ", &error));
  g_assert_no_error (error);
  g_assert_false (is_current (f, &q1));
  g_assert_cmpint (count (f, "SELECT count(*) FROM feedback f JOIN supplier s"
                             " ON s.id = f.supplier_id WHERE s.code = 'S1' AND rating = 2"
                             " AND response_hours IS NULL AND comment = 'plant call'"), ==, 1);

  history = tiers_store_list_record_changes (f->store, "S1", &error);
  g_assert_cmpuint (history->len, ==, 1);
  change = history->pdata[0];
  g_assert_cmpstr (change->kind, ==, "feedback");
  g_assert_cmpint (change->record_id, ==, id);
  g_assert_cmpstr (change->action, ==, "edited");
  g_assert_cmpstr (change->reason, ==, "entered 4 for 2");
  g_assert_cmpstr (change->before, ==, "supplier_code=S1\ndate=2026-02-01\nrating=4\n"
                                       "response_hours=5\ncomment=");
  g_assert_cmpstr (change->after, ==, "supplier_code=S1\ndate=2026-02-01\nrating=2\n"
                                      "response_hours=\ncomment=plant call");
  g_clear_pointer (&history, g_ptr_array_unref);

  g_assert_true (tiers_store_delete_record (f->store, TIERS_RECORD_FEEDBACK, id, "duplicate",
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM feedback WHERE id = 1"), ==, 0);
  history = tiers_store_list_record_changes (f->store, "S1", &error);
  g_assert_cmpuint (history->len, ==, 2);
  change = history->pdata[0];
  g_assert_cmpstr (change->action, ==, "deleted");
  g_assert_null (change->after);
  g_assert_false (tiers_store_delete_record (f->store, TIERS_RECORD_FEEDBACK, id, "again",
                                             &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
}

static gint64
batch_of (Fixture *f, const char *kind)
{
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;

  batches = tiers_store_list_batches (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < batches->len; i++)
    {
      const TiersImportBatch *batch = batches->pdata[i];

      if (strcmp (batch->kind, kind) == 0)
        return batch->id;
    }
  g_assert_not_reached ();
}

static void
test_withdraw (Fixture *f, gconstpointer data)
{
  const char *by_hand[] = { "S1", "2026-02-05", "3", "", "" };
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;
  guint64 rows = 0;

  /* Entered by hand: corrected one by one, never listed as a file. */
  g_assert_true (tiers_store_add_record (f->store, TIERS_RECORD_FEEDBACK, by_hand, NULL,
                                         &error));
  batches = tiers_store_list_batches (f->store, &error);
  g_assert_cmpuint (batches->len, ==, 4);
  g_assert_nonnull (((TiersImportBatch *) batches->pdata[3])->refusal);  /* suppliers */
  g_assert_null (((TiersImportBatch *) batches->pdata[0])->refusal);

  g_assert_false (tiers_store_withdraw_batch (f->store, batch_of (f, "suppliers"), "wrong",
                                              NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_withdraw_batch (f->store, batch_of (f, "feedback"), "", NULL,
                                              &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tiers_store_withdraw_batch (f->store, 999, "gone", NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Receipts of 2025-Q2 lie in a finalized period: the file stays whole. */
  finalize (f, &(TiersPeriod) { TIERS_PERIOD_QUARTER, 2025, 2 });
  g_assert_false (tiers_store_withdraw_batch (f->store, batch_of (f, "receipts"), "wrong file",
                                              NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
  tiers_test_assert_contains (error->message, "2025-Q2");
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM receipt"), ==, 6);

  /* The feedback file goes whole; what was entered by hand stays; it may come again. */
  evaluate (f, &q1);
  g_assert_true (tiers_store_withdraw_batch (f->store, batch_of (f, "feedback"), "wrong file",
                                             &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 2);
  g_assert_false (is_current (f, &q1));
  g_assert_cmpint (count (f, "SELECT count(*) FROM feedback"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_change WHERE kind = 'batch'"
                             " AND action = 'withdrawn' AND reason = 'wrong file'"), ==, 1);
  import (f, TIERS_IMPORT_FEEDBACK, "feedback.csv");
  g_assert_cmpint (count (f, "SELECT count(*) FROM feedback"), ==, 3);
}

/* ---- completeness ---- */

static const TiersCompletenessRow *
row_of (GPtrArray *rows, const char *code)
{
  for (guint i = 0; i < rows->len; i++)
    if (strcmp (((TiersCompletenessRow *) rows->pdata[i])->code, code) == 0)
      return rows->pdata[i];
  g_assert_not_reached ();
}

static char *
missing_of (const TiersCompletenessRow *row)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < row->missing->len; i++)
    g_string_append_printf (text, "%s%s", i ? ";" : "", (char *) row->missing->pdata[i]);
  return g_string_free (text, FALSE);
}

static void
assert_row (GPtrArray *rows, const char *code, guint64 receipts, guint64 feedback,
            const char *missing, const char *issues)
{
  const TiersCompletenessRow *row = row_of (rows, code);
  g_autofree char *missing_text = missing_of (row);
  g_autofree char *issue_text = tiers_completeness_issues_to_string (row->issues);

  g_assert_cmpuint (row->receipts, ==, receipts);
  g_assert_cmpuint (row->feedback, ==, feedback);
  g_assert_cmpstr (missing_text, ==, missing);
  g_assert_cmpstr (issue_text, ==, issues);
}

static void
test_completeness (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  scheme = tiers_store_load_scheme (f->store, NULL, &error);
  g_assert_true (tiers_store_add_conflict (f->store, "Lena Koch", "S2", &error));
  g_assert_no_error (error);
  rows = tiers_store_completeness (f->store, &q1, scheme, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (((TiersCompletenessRow *) rows->pdata[0])->code, ==, "S1");
  assert_row (rows, "S1", 3, 1, "", "");
  /* 1 receipt < MinReceipts 3; Lena Koch's rating does not count (her conflict). */
  assert_row (rows, "S2", 1, 0, "cooperation;audit", "few_receipts;no_feedback;missing_ratings");
  /* Feedback in 2025-Q4 and a receipt in 2025-Q3: quiet this quarter, but not stale. */
  assert_row (rows, "S3", 0, 0, "cooperation;audit", "no_receipts;no_feedback;missing_ratings");
  /* Its last receipt, 2025-06-30, lies before 2025-Q3, the first of the three quarters. */
  assert_row (rows, "S4", 0, 0, "cooperation;audit",
              "no_receipts;no_feedback;missing_ratings;stale");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* For 2025-Q4 the three quarters start with 2025-Q2, which holds S4's receipt. */
  rows = tiers_store_completeness (f->store, &q4, scheme, &error);
  assert_row (rows, "S4", 0, 0, "cooperation;audit", "no_receipts;no_feedback;missing_ratings");
  assert_row (rows, "S3", 0, 1, "cooperation;audit", "no_receipts;missing_ratings");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Entering the missing records by hand clears S2's issues but the receipts. */
  {
    const char *criteria[] = { "cooperation", "audit" };
    const char *ratings[] = { "7", "4" };
    const char *feedback[] = { "S2", "2026-03-03", "4.5", "2", "" };

    g_assert_true (tiers_store_add_ratings (f->store, "S2", "2026-03-03", "Ann Lee", criteria,
                                            ratings, 2, NULL, &error));
    g_assert_true (tiers_store_add_record (f->store, TIERS_RECORD_FEEDBACK, feedback, NULL,
                                           &error));
    g_assert_no_error (error);
  }
  rows = tiers_store_completeness (f->store, &q1, scheme, &error);
  assert_row (rows, "S2", 1, 1, "", "few_receipts");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/store-records/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("supplier-form", test_supplier_form);
  ADD ("add-records", test_add_records);
  ADD ("finalized-refuses", test_finalized_refuses);
  ADD ("corrections", test_corrections);
  ADD ("withdraw", test_withdraw);
  ADD ("completeness", test_completeness);
  return g_test_run ();
}
