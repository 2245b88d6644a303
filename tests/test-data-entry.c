/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-data-entry.c: collecting data in the window, on real widgets, as a manager would:
 * adding a supplier (a bad email marked at its field, Save insensitive until it is fixed),
 * logging an incident and an evaluator's ratings from its scorecard and seeing it graded in
 * the quarter, correcting a wrong feedback with a reason, finding the suppliers whose grade
 * rests on too little data from the Overview and opening one, and withdrawing an imported
 * file. Data: tests/data/records (see test-store-records.c); the window opens on 2026-Q1. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-batches-dialog.h"
#include "tiers-completeness-view.h"
#include "tiers-import.h"
#include "tiers-record-form.h"
#include "tiers-records-dialog.h"
#include "tiers-scorecard.h"
#include "tiers-session.h"
#include "tiers-store-records.h"
#include "tiers-supplier-form.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-window.h"

typedef struct
{
  char         *dir;
  char         *path;
  TiersWindow  *window;
  TiersSession *session;
} Fixture;

static void
import (TiersStore *store, TiersImportKind kind, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "records", name, NULL);
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };

  g_assert_true (tiers_store_import_file (store, kind, path, 0, NULL, NULL, NULL, &result,
                                         &error));
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *scheme_path = g_test_build_filename (G_TEST_DIST, "data", "records",
                                                        "scheme.ini", NULL);
  g_autoptr(TiersScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  TiersStore *store;

  f->dir = g_dir_make_tmp ("tiers-data-entry-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  scheme = tiers_scheme_load_from_file (scheme_path, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_save_scheme (store, scheme, "test", NULL, &error));
  import (store, TIERS_IMPORT_SUPPLIERS, "suppliers.csv");
  import (store, TIERS_IMPORT_RECEIPTS, "receipts.csv");
  import (store, TIERS_IMPORT_FEEDBACK, "feedback.csv");
  import (store, TIERS_IMPORT_RATINGS, "ratings.csv");
  tiers_store_close (store);

  f->window = g_object_ref (tiers_window_new (NULL, f->path));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (tiers_window_shows_content (f->window));
  f->session = tiers_window_get_session (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (f->window);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
set_text (GtkWidget *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Clicks SAVE and waits until its form has closed. */
static void
save_and_wait (GtkWidget *save)
{
  GtkWidget *form = GTK_WIDGET (gtk_widget_get_root (save));

  g_assert_true (gtk_widget_get_sensitive (save));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  gtk_widget_activate (save);
  TIERS_TEST_WAIT_UNTIL (form == NULL);
}

static const TiersSupplierResult *
result_of (Fixture *f, const char *code)
{
  const TiersEvaluation *e = tiers_session_get_evaluation (f->session);

  return e != NULL && !tiers_session_get_busy (f->session) ? tiers_evaluation_find (e, code)
                                                            : NULL;
}

static TiersScorecard *
scorecard_of (Fixture *f, const char *code)
{
  TiersScorecard *card = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->window),
                                                                   TIERS_TYPE_SCORECARD));

  TIERS_TEST_WAIT_UNTIL (tiers_scorecard_get_supplier (card) != NULL &&
                         g_str_equal (tiers_supplier_record_get_code (
                             tiers_scorecard_get_supplier (card)), code));
  return card;
}

static void
test_new_supplier_graded (Fixture *f, gconstpointer data)
{
  TiersSupplierForm *supplier;
  TiersRecordForm *form;
  TiersScorecard *card;
  GtkWidget *save, *email, *cooperation;
  const TiersSupplierResult *r;

  /* Adding a supplier: Save waits for the required fields; a bad email is marked. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-supplier", NULL);
  supplier = TIERS_SUPPLIER_FORM (tiers_test_find_toplevel (TIERS_TYPE_SUPPLIER_FORM));
  g_assert_nonnull (supplier);
  save = tiers_supplier_form_get_save_button (supplier);
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_CODE), "S9");
  set_text (tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_NAME), "Nine Gears");
  set_text (tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_CATEGORY), "Bolts");
  g_assert_true (gtk_widget_get_sensitive (save));
  email = tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_EMAIL);
  set_text (email, "ann.nine.test");
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (email), ==,
                   "email: “ann.nine.test” is not an email address (name@example.com)");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (supplier), "email: “ann.nine.test”"));
  set_text (email, "ann@nine.test");
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  /* A code another supplier has is refused by the store and marked at the code. */
  set_text (tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_CODE), "S1");
  gtk_widget_activate (save);
  TIERS_TEST_WAIT_UNTIL (gtk_widget_has_css_class (
      tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_CODE), "error"));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (tiers_supplier_form_get_row (supplier, TIERS_SUPPLIER_CODE), "S9");
  save_and_wait (save);

  /* The window shows its scorecard, ungraded for want of data. */
  card = scorecard_of (f, "S9");
  TIERS_TEST_WAIT_UNTIL ((r = result_of (f, "S9")) != NULL);
  g_assert_false (r->graded);

  /* An incident from the scorecard. */
  gtk_widget_activate_action (GTK_WIDGET (card), "scorecard.log-incident", NULL);
  form = TIERS_RECORD_FORM (tiers_test_find_toplevel (TIERS_TYPE_RECORD_FORM));
  set_text (tiers_record_form_get_row (form, TIERS_INCIDENT_DATE), "2026-02-30");
  g_assert_true (gtk_widget_has_css_class (tiers_record_form_get_row (form, TIERS_INCIDENT_DATE),
                                           "error"));
  g_assert_cmpstr (tiers_record_form_get_problem (form), ==,
                   "date: “2026-02-30” is not a date (YYYY-MM-DD)");
  set_text (tiers_record_form_get_row (form, TIERS_INCIDENT_DATE), "2026-02-10");
  set_text (tiers_record_form_get_row (form, TIERS_INCIDENT_DESCRIPTION), "cracked housing");
  save_and_wait (tiers_record_form_get_save_button (form));

  /* An evaluator's ratings: one form over the manual criteria. */
  card = scorecard_of (f, "S9");
  gtk_widget_activate_action (GTK_WIDGET (card), "scorecard.add-ratings", NULL);
  form = TIERS_RECORD_FORM (tiers_test_find_toplevel (TIERS_TYPE_RECORD_FORM));
  save = tiers_record_form_get_save_button (form);
  set_text (tiers_record_form_get_row (form, TIERS_RATING_DATE), "2026-03-02");
  set_text (tiers_record_form_get_row (form, TIERS_RATING_EVALUATOR), "Ann Lee");
  g_assert_false (gtk_widget_get_sensitive (save));   /* nothing rated yet */
  cooperation = tiers_record_form_get_row (form, TIERS_RATING_RATING);
  g_assert_cmpstr (gtk_widget_get_name (cooperation), ==, "cooperation");
  set_text (cooperation, "11");
  g_assert_true (gtk_widget_has_css_class (cooperation, "error"));
  g_assert_cmpstr (tiers_record_form_get_problem (form), ==,
                   "rating must be between 0 and 10, not 11");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (cooperation, "8");
  set_text (tiers_record_form_get_row (form, TIERS_RATING_RATING + 1), "4");   /* audit */
  save_and_wait (save);

  /* Graded in the quarter: cooperation 8/10 and audit 4/5 both score 80: B, provisional
   * (no receipts). */
  TIERS_TEST_WAIT_UNTIL ((r = result_of (f, "S9")) != NULL && r->graded);
  g_assert_cmpfloat_with_epsilon (r->score, 80, 1e-9);
  g_assert_cmpint (r->grade, ==, TIERS_GRADE_B);
  g_assert_true (r->provisional);
}

static guint feedback_count (Fixture *f, const char *code);

static gboolean
history_has_reason (GPtrArray *history, const char *reason)
{
  for (guint i = 0; i < history->len; i++)
    if (g_strcmp0 (((TiersRecordChange *) history->pdata[i])->reason, reason) == 0)
      return TRUE;
  return FALSE;
}

static void
test_correct_feedback (Fixture *f, gconstpointer data)
{
  TiersRecordsDialog *dialog;
  AdwMessageDialog *ask;
  TiersRecordForm *form;
  TiersScorecard *card;
  GtkWidget *save;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  TiersStore *store = tiers_session_get_store (f->session);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-supplier", "s", "S1");
  card = scorecard_of (f, "S1");
  gtk_widget_activate_action (GTK_WIDGET (card), "scorecard.records", NULL);
  dialog = TIERS_RECORDS_DIALOG (tiers_test_find_toplevel (TIERS_TYPE_RECORDS_DIALOG));
  TIERS_TEST_WAIT_UNTIL (!tiers_records_dialog_get_loading (dialog));
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (dialog), "2026-02-01 · rated 4 of 5"));

  feedback = tiers_store_list_records (store, TIERS_RECORD_FEEDBACK, "S1", NULL, NULL, &error);
  target = g_strdup_printf ("feedback:%" G_GINT64_FORMAT,
                            ((TiersRecord *) feedback->pdata[0])->id);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "records.correct", "s", target);
  form = TIERS_RECORD_FORM (tiers_test_find_toplevel (TIERS_TYPE_RECORD_FORM));
  save = tiers_record_form_get_save_button (form);
  set_text (tiers_record_form_get_row (form, TIERS_FEEDBACK_RATING), "2");
  g_assert_false (gtk_widget_get_sensitive (save));   /* no reason yet */
  set_text (tiers_record_form_get_reason_row (form), "x");
  set_text (tiers_record_form_get_reason_row (form), " ");
  g_assert_true (gtk_widget_has_css_class (tiers_record_form_get_reason_row (form), "error"));
  set_text (tiers_record_form_get_reason_row (form), "entered 4 for 2");
  save_and_wait (save);

  /* The dialog reads the records again; the history keeps the reason, before and after. */
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (dialog),
                                                "2026-02-01 · rated 2 of 5") != NULL);
  history = tiers_store_list_record_changes (store, "S1", &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (((TiersRecordChange *) history->pdata[0])->reason, ==, "entered 4 for 2");
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (dialog), "Reason: entered 4 for 2"));

  /* Deleting it asks for a reason too: Delete stays off while the reason is blank. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "records.delete", "s", target);
  ask = ADW_MESSAGE_DIALOG (tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (ask, "delete"));
  set_text (tiers_test_find_by_type (GTK_WIDGET (ask), GTK_TYPE_ENTRY), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (ask, "delete"));
  set_text (tiers_test_find_by_type (GTK_WIDGET (ask), GTK_TYPE_ENTRY), " duplicate entry ");
  g_assert_true (adw_message_dialog_get_response_enabled (ask, "delete"));
  adw_message_dialog_response (ask, "delete");
  TIERS_TEST_WAIT_UNTIL (feedback_count (f, "S1") == feedback->len - 1);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = tiers_store_list_record_changes (store, "S1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_true (history_has_reason (history, "duplicate entry"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static guint
feedback_count (Fixture *f, const char *code)
{
  g_autoptr(GPtrArray) feedback = tiers_store_list_records (tiers_session_get_store (f->session),
                                                            TIERS_RECORD_FEEDBACK, code, NULL,
                                                            NULL, NULL);

  return feedback != NULL ? feedback->len : G_MAXUINT;
}

static void
test_completeness_and_withdraw (Fixture *f, gconstpointer data)
{
  TiersCompletenessView *view;
  TiersBatchesDialog *batches;
  AdwMessageDialog *ask;
  GtkWindow *list;
  GtkLabel *label;
  GtkWidget *row;

  /* 2026-Q1: S2, S3 and S4 lack data (test-store-records.c); S1 lacks nothing. */
  view = TIERS_COMPLETENESS_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->window),
                                                           TIERS_TYPE_COMPLETENESS_VIEW));
  TIERS_TEST_WAIT_UNTIL (tiers_completeness_view_get_count (view) != G_MAXUINT);
  g_assert_cmpuint (tiers_completeness_view_get_count (view), ==, 3);
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (view), "3 suppliers’ grades rest"));

  /* One click from the list to the supplier's scorecard. */
  list = tiers_completeness_view_open_list (view);
  label = tiers_test_find_label (GTK_WIDGET (list), "S4 · Quiet Castings");
  g_assert_nonnull (label);
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (list), "no receipts, no feedback, "
                                           "missing ratings, no data for three periods"));
  row = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW);
  g_signal_emit_by_name (row, "activated");
  scorecard_of (f, "S4");

  /* Withdrawing the feedback file whole, with a reason. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.withdraw-import", NULL);
  batches = TIERS_BATCHES_DIALOG (tiers_test_find_toplevel (TIERS_TYPE_BATCHES_DIALOG));
  TIERS_TEST_WAIT_UNTIL (!tiers_batches_dialog_get_loading (batches));
  label = tiers_test_find_label (GTK_WIDGET (batches), "Suppliers · ");
  g_assert_nonnull (label);
  tiers_test_assert_contains (gtk_label_get_text (label), "\nA suppliers file is not withdrawn");
  gtk_widget_activate_action (GTK_WIDGET (batches), "batches.withdraw", "x", (gint64) 3);
  ask = ADW_MESSAGE_DIALOG (tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (adw_message_dialog_get_response_enabled (ask, "withdraw"));
  set_text (tiers_test_find_by_type (GTK_WIDGET (ask), GTK_TYPE_ENTRY), "wrong plant");
  g_assert_true (adw_message_dialog_get_response_enabled (ask, "withdraw"));
  adw_message_dialog_response (ask, "withdraw");
  TIERS_TEST_WAIT_UNTIL (feedback_count (f, "S1") == 0);
  /* The Overview counts again: S1 has no feedback now. */
  TIERS_TEST_WAIT_UNTIL (tiers_completeness_view_get_count (view) == 4);
  gtk_window_destroy (GTK_WINDOW (batches));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
#define ADD(name, func) \
  g_test_add ("/data-entry/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("new-supplier-graded", test_new_supplier_graded);
  ADD ("correct-feedback", test_correct_feedback);
  ADD ("completeness-and-withdraw", test_completeness_and_withdraw);
  return g_test_run ();
}
