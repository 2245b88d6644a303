/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history-window.c: the History window and the window's backups on a real display: the
 * trail listed newest first and filtered by words, kind and time; one supplier's own
 * changes; reading again when the data changes; a broken chain shown as broken; Back Up and
 * Restore through the session's worker, a refused restore changing nothing, and the
 * question asked before a restore. */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-history-item.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"
#include "tiers-scorecard.h"
#include "tiers-store-sample.h"
#include "tiers-suppliers-page.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-window-private.h"

typedef struct
{
  char        *dir;
  char        *db_path;
  TiersWindow *window;
} Fixture;

static const TiersPeriod q3 = { TIERS_PERIOD_QUARTER, 2026, 3 };

/* Sample data, an override of S0003 and a conflict of interest declared with S0005. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-history-XXXXXX", NULL);
  f->db_path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->db_path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 12;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  e = tiers_store_evaluate (store, &q3, NULL, TIERS_EVALUATE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_set_override (store, &q3, "S0003", TIERS_GRADE_B,
                                           TIERS_OVERRIDE_DATA_ERROR, "Rejects counted twice",
                                           &error));
  g_assert_true (tiers_store_add_conflict (store, "Li Wei", "S0005", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (f->window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_finalize_object (f->window);
    }
  tiers_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static gboolean
history_loaded (Fixture *f)
{
  TiersSession *session = tiers_window_get_session (f->window);
  const GArray *periods = NULL;

  return !tiers_session_get_busy (session) &&
         tiers_session_get_history (session, &periods) != NULL;
}

static void
open_window (Fixture *f)
{
  f->window = g_object_ref (tiers_window_new (NULL, f->db_path));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_window_get_page (f->window), "pages") == 0);
  /* Opening evaluates what the conflict made stale, each an entry: wait until it has. */
  TIERS_TEST_WAIT_UNTIL (history_loaded (f));
}

static TiersHistoryWindow *
show_history (Fixture *f, const char *object)
{
  TiersHistoryWindow *history = _tiers_window_show_history (f->window, object);

  g_assert_nonnull (history);
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_history_window_get_state (history), "loading") != 0);
  return history;
}

static TiersHistoryItem *
row (TiersHistoryWindow *history, guint i)
{
  g_autoptr(TiersHistoryItem) item = g_list_model_get_item (
      tiers_history_window_get_rows (history), i);

  g_assert_nonnull (item);
  return item;  /* the model keeps it */
}

static guint
n_rows (TiersHistoryWindow *history)
{
  return g_list_model_get_n_items (tiers_history_window_get_rows (history));
}

/* The entry reports a moment after the typing stops; callers wait for the rows. */
static void
search (TiersHistoryWindow *history, const char *text)
{
  GtkWidget *entry = tiers_test_find_by_type (GTK_WIDGET (history), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static GtkDropDown *
dropdown (TiersHistoryWindow *history, guint n)
{
  GtkWidget *first = tiers_test_find_by_type (GTK_WIDGET (history), GTK_TYPE_DROP_DOWN);

  g_assert_nonnull (first);
  return GTK_DROP_DOWN (n == 0 ? first : gtk_widget_get_next_sibling (first));
}

static void
test_lists_and_filters (Fixture *f, gconstpointer data)
{
  TiersHistoryWindow *history;
  GtkLabel *verified;
  guint all, found;

  open_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-history", "s",
                                             ""));
  history = TIERS_HISTORY_WINDOW (tiers_test_find_toplevel (TIERS_TYPE_HISTORY_WINDOW));
  g_assert_nonnull (history);
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_history_window_get_state (history), "loading") != 0);
  g_assert_cmpstr (tiers_history_window_get_state (history), ==, "list");

  /* Newest first: the conflict, the override, then older entries. */
  all = n_rows (history);
  g_assert_cmpuint (all, >=, 10);
  for (guint i = 0; i + 1 < all; i++)
    g_assert_cmpint (tiers_history_item_get_id (row (history, i)), >,
                     tiers_history_item_get_id (row (history, i + 1)));
  for (found = 0; found < all; found++)
    if (g_str_equal (tiers_history_item_get_what (row (history, found)),
                     "Conflict of interest declared"))
      break;
  g_assert_cmpuint (found, <, all);
  g_assert_cmpstr (tiers_history_item_get_about (row (history, found)), ==, "Supplier S0005");
  g_assert_cmpstr (tiers_history_item_get_details (row (history, found)), ==, "Evaluator: Li Wei");
  g_assert_cmpstr (tiers_history_item_get_user (row (history, found)), ==, g_get_user_name ());
  /* The oldest entry is where the trail began. */
  g_assert_cmpstr (tiers_history_item_get_what (row (history, all - 1)), ==,
                   "Audit trail started");
  verified = tiers_test_find_label (GTK_WIDGET (history), "Verified: all ");
  g_assert_nonnull (verified);
  tiers_test_assert_contains (gtk_label_get_text (verified), "as they were written");

  /* Words: every row shown holds them. */
  search (history, "rejects twice");
  TIERS_TEST_WAIT_UNTIL (n_rows (history) == 1);
  g_assert_cmpstr (tiers_history_item_get_what (row (history, 0)), ==, "Override set");
  search (history, "");
  TIERS_TEST_WAIT_UNTIL (n_rows (history) == all);

  /* Kind of change. */
  gtk_drop_down_set_selected (dropdown (history, 0), TIERS_HISTORY_IMPORTS);
  g_assert_cmpuint (n_rows (history), ==, 5);
  for (guint i = 0; i < n_rows (history); i++)
    g_assert_cmpstr (tiers_history_item_get_what (row (history, i)), ==, "File imported");
  gtk_drop_down_set_selected (dropdown (history, 0), TIERS_HISTORY_OVERRIDES);
  g_assert_cmpuint (n_rows (history), ==, 1);

  /* Time: everything happened today. */
  gtk_drop_down_set_selected (dropdown (history, 1), 1);
  g_assert_cmpuint (n_rows (history), ==, 1);
  gtk_drop_down_set_selected (dropdown (history, 0), TIERS_HISTORY_ALL);
  g_assert_cmpuint (n_rows (history), ==, all);

  search (history, "no such words here");
  TIERS_TEST_WAIT_UNTIL (n_rows (history) == 0);
  g_assert_cmpstr (tiers_history_window_get_state (history), ==, "no-match");
}

static void
test_one_supplier (Fixture *f, gconstpointer data)
{
  TiersSupplierFilter one = { TIERS_SUPPLIER_FILTER_SUPPLIER, 0, 0, NULL, "S0003" };
  TiersHistoryWindow *history;
  TiersSuppliersPage *page;
  GtkWidget *scorecard, *show_all;

  open_window (f);
  /* The scorecard's History of Changes opens the window on its supplier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "suppliers"));
  page = TIERS_SUPPLIERS_PAGE (tiers_test_find_by_type (GTK_WIDGET (f->window),
                                                        TIERS_TYPE_SUPPLIERS_PAGE));
  TIERS_TEST_WAIT_UNTIL (!tiers_suppliers_page_get_loading (page) &&
                         g_list_model_get_n_items (tiers_suppliers_page_get_shown (page)) > 0);
  tiers_suppliers_page_show (page, &one);
  g_assert_cmpstr (tiers_suppliers_page_get_selected_code (page), ==, "S0003");
  scorecard = tiers_test_find_by_type (GTK_WIDGET (page), TIERS_TYPE_SCORECARD);
  g_assert_nonnull (scorecard);
  g_assert_true (gtk_widget_activate_action (scorecard, "scorecard.show-history", NULL));
  history = TIERS_HISTORY_WINDOW (tiers_test_find_toplevel (TIERS_TYPE_HISTORY_WINDOW));
  g_assert_nonnull (history);
  g_assert_cmpstr (tiers_history_window_get_object (history), ==, "supplier:S0003");
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_history_window_get_state (history), "loading") != 0);
  g_assert_cmpuint (n_rows (history), ==, 1);
  g_assert_cmpstr (tiers_history_item_get_about (row (history, 0)), ==, "Supplier S0003");
  tiers_test_assert_contains (tiers_history_item_get_details (row (history, 0)),
                              "Grade: B; Reason: data error; Comment: Rejects counted twice");
  show_all = tiers_test_find_button (GTK_WIDGET (history), "history.show-all");
  g_assert_nonnull (show_all);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.show-all", NULL));
  TIERS_TEST_WAIT_UNTIL (n_rows (history) > 1);
  g_assert_null (tiers_history_window_get_object (history));
  g_assert_false (gtk_widget_get_visible (show_all));
  /* The same window serves the next request. */
  g_assert_true (show_history (f, "supplier:S0005") == history);
  g_assert_cmpuint (n_rows (history), ==, 1);
}

static void
test_reads_again (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  TiersHistoryWindow *history;
  guint before;

  open_window (f);
  history = show_history (f, NULL);
  before = n_rows (history);
  /* The command line, say, removes the conflict; the window learns of new data. */
  store = tiers_store_open (f->db_path, &error);
  g_assert_true (tiers_store_remove_conflict (store, "Li Wei", "S0005", &error));
  g_assert_no_error (error);
  tiers_session_data_changed (tiers_window_get_session (f->window));
  TIERS_TEST_WAIT_UNTIL (n_rows (history) > before &&
                         g_str_equal (tiers_history_item_get_what (row (history, 0)),
                                      "Conflict of interest removed"));
}

static void
test_broken_chain (Fixture *f, gconstpointer data)
{
  TiersHistoryWindow *history;
  sqlite3 *db = NULL;
  GtkLabel *label;

  g_assert_cmpint (sqlite3_open (f->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_keep_update;"
                                     "UPDATE audit SET user_name = 'someone' WHERE id = 3",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  open_window (f);
  history = show_history (f, NULL);
  label = tiers_test_find_label (GTK_WIDGET (history), "The audit trail is broken");
  g_assert_nonnull (label);
  tiers_test_assert_contains (gtk_label_get_text (label),
                              "at entry 3 (File imported): its content was changed");
}

static guint
n_conflicts (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = tiers_store_list_conflicts (
      tiers_session_get_store (tiers_window_get_session (f->window)), &error);

  g_assert_no_error (error);
  return conflicts->len;
}

static void
test_back_up_and_restore (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autoptr(GFile) backup_file = g_file_new_for_path (backup);
  g_autoptr(GFile) text_file = g_file_new_for_path (text);
  g_autoptr(GError) error = NULL;
  TiersSession *session;
  AdwMessageDialog *dialog;
  TiersHistoryWindow *history;

  open_window (f);
  session = tiers_window_get_session (f->window);
  _tiers_window_back_up_to (f->window, backup_file);
  TIERS_TEST_WAIT_UNTIL (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (tiers_store_remove_conflict (tiers_session_get_store (session), "Li Wei",
                                              "S0005", &error));
  g_assert_cmpuint (n_conflicts (f), ==, 0);

  /* Asked first; cancelling changes nothing. */
  dialog = ADW_MESSAGE_DIALOG (_tiers_window_confirm_restore (f->window, backup_file));
  tiers_test_assert_contains (adw_message_dialog_get_body (dialog), "“backup.db”");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A file that is not a backup is refused with a message; the data stays. */
  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  _tiers_window_restore_from (f->window, text_file);
  g_assert_true (_tiers_window_is_busy (f->window));
  TIERS_TEST_WAIT_UNTIL (!_tiers_window_is_busy (f->window));
  dialog = ADW_MESSAGE_DIALOG (tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Restore the Backup");
  tiers_test_assert_contains (adw_message_dialog_get_body (dialog),
                              "is not a Supplier Tiers backup");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_conflicts (f), ==, 0);

  /* The backup comes back whole, and the window reads it. */
  history = show_history (f, NULL);
  _tiers_window_restore_from (f->window, backup_file);
  TIERS_TEST_WAIT_UNTIL (!_tiers_window_is_busy (f->window));
  g_assert_null (tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (n_conflicts (f), ==, 1);
  TIERS_TEST_WAIT_UNTIL (n_rows (history) > 0 &&
                         g_str_equal (tiers_history_item_get_what (row (history, 0)),
                                      "Database restored from a backup"));
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_window_get_page (f->window), "pages") == 0);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/history-window/lists-and-filters", test_lists_and_filters);
  ADD ("/history-window/one-supplier", test_one_supplier);
  ADD ("/history-window/reads-again", test_reads_again);
  ADD ("/history-window/broken-chain", test_broken_chain);
  ADD ("/history-window/back-up-and-restore", test_back_up_and_restore);
#undef ADD
  return g_test_run ();
}
