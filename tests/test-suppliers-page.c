/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-suppliers-page.c: the Suppliers page on a real display over sample data: one row per
 * supplier, sorting through the column view, search in Chinese, the grade filter and its
 * count, the overview's transition filter, the CSV export, the scorecard of the selected
 * supplier, its notes across sessions, switching the period (in place: the same records
 * and rows, showing the new figures and the new period's scorecard), and the narrow
 * layout. */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "tiers-grade-badge.h"
#include "tiers-alternatives-view.h"
#include "tiers-conflicts-view.h"
#include "tiers-scorecard.h"
#include "tiers-scorecard-text.h"
#include "tiers-session.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-notes.h"
#include "tiers-sample-private.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-conflicts.h"
#include "tiers-store-sample.h"
#include "tiers-supplier-record.h"
#include "tiers-suppliers-page.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-tier-actions.h"

typedef struct
{
  char               *dir;
  char               *path;
  TiersSession       *session;
  GtkWidget          *window;
  TiersSuppliersPage *page;
} Fixture;

static void
open_page (Fixture *f,
           int      width,
           int      height)
{
  g_autoptr(GError) error = NULL;

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  f->page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (!tiers_suppliers_page_get_loading (f->page)
              && g_list_model_get_n_items (tiers_suppliers_page_get_shown (f->page)) > 0);
}

/* The page on a database without any data: nothing to wait for. */
static void
open_page_empty (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (tiers_session_get_busy (f->session));
  f->window = gtk_window_new ();
  f->page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
}

/* Closing the window frees the page once its workers have answered. (The session may live a
 * moment longer in a worker thread of its own, finishing a cancelled evaluation.) */
static void
close_page (Fixture *f)
{
  if (f->window == NULL)
    return;
  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  TIERS_TEST_WAIT_UNTIL (f->page == NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-suppliers-page-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 60;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  if (data != NULL)
    open_page (f, 360, 700);
  else
    open_page (f, 1280, 800);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  close_page (f);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

/* The drop-down whose first choice is FIRST. */
static GtkDropDown *
find_dropdown (GtkWidget  *widget,
               const char *first)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      if (GTK_IS_STRING_LIST (model)
          && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), first) == 0)
        return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_dropdown (child, first);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label below WIDGET shows exactly TEXT. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* A new reference to the record shown at POSITION. */
static TiersSupplierRecord *
shown_record (Fixture *f,
              guint    position)
{
  GListModel *shown = tiers_suppliers_page_get_shown (f->page);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (shown));
  return g_list_model_get_item (shown, position);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (tiers_suppliers_page_get_shown (f->page));
}

/* The stack of the list's states (loading, empty, no match, the list). */
static GtkStack *
find_list_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "no-match"))
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_list_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the shown rows are exactly the evaluation's suppliers that PREDICATE accepts. */
typedef gboolean (*ResultPredicate) (const TiersSupplierResult *result,
                                     const TiersSupplierResult *previous,
                                     gconstpointer              data);

static guint
assert_shown_are (Fixture         *f,
                  ResultPredicate  predicate,
                  gconstpointer    data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  const TiersEvaluation *previous = tiers_session_get_previous_evaluation (f->session);
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint expected = 0;

  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);

      g_hash_table_add (shown, g_strdup (tiers_supplier_record_get_code (record)));
    }
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *result = &evaluation->suppliers[i];
      const TiersSupplierResult *before =
        previous ? tiers_evaluation_find (previous, result->supplier->code) : NULL;
      gboolean accepted = predicate (result, before, data);

      g_assert_cmpint (accepted, ==, g_hash_table_contains (shown, result->supplier->code));
      expected += accepted;
    }
  g_assert_cmpuint (expected, ==, n_shown (f));
  return expected;
}

static gboolean
is_grade (const TiersSupplierResult *result,
          const TiersSupplierResult *previous,
          gconstpointer              data)
{
  return result->graded && (int) result->grade == GPOINTER_TO_INT (data);
}

static TiersGrade
grade_of (const TiersSupplierResult *result)
{
  return result != NULL && result->graded ? result->grade : TIERS_GRADE_NONE;
}

static gboolean
is_transition (const TiersSupplierResult *result,
               const TiersSupplierResult *previous,
               gconstpointer              data)
{
  const TiersSupplierFilter *filter = data;

  return grade_of (result) == filter->grade && grade_of (previous) == filter->previous_grade;
}

static void
test_rows (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  g_autofree char *count = g_strdup_printf ("%u suppliers", evaluation->n_suppliers);

  g_assert_cmpuint (evaluation->n_suppliers, ==, 60);
  g_assert_cmpuint (n_shown (f), ==, evaluation->n_suppliers);
  g_assert_true (has_label (GTK_WIDGET (f->page), count));
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);
      const TiersSupplierResult *result =
        tiers_evaluation_find (evaluation, tiers_supplier_record_get_code (record));

      g_assert_nonnull (result);
      g_assert_cmpstr (tiers_supplier_record_get_name (record), !=, "");
      g_assert_cmpint (tiers_supplier_record_get_grade (record), ==, grade_of (result));
      g_assert_cmpuint (tiers_supplier_record_get_receipts (record), ==,
                        result->supplier->receipts);
      /* Every supplier with receipts spent something in the period. */
      g_assert_cmpint (tiers_supplier_record_get_spend (record) > 0, ==,
                       result->supplier->receipts > 0);
    }
}

static void
test_sort_by_score (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  GtkColumnView *view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                      GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) score_column = NULL;
  g_autoptr(TiersSupplierRecord) first = NULL;
  g_autoptr(TiersSupplierRecord) last = NULL;
  double best = -1;

  for (guint i = 0; i < evaluation->n_suppliers; i++)
    if (evaluation->suppliers[i].graded)
      best = MAX (best, evaluation->suppliers[i].score);
  score_column = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
  g_assert_cmpstr (gtk_column_view_column_get_title (score_column), ==, "Score");
  gtk_column_view_sort_by_column (view, score_column, GTK_SORT_DESCENDING);
  first = shown_record (f, 0);
  g_assert_true (tiers_supplier_record_get_has_score (first));
  g_assert_cmpfloat (tiers_supplier_record_get_score (first), ==, best);
  for (guint i = 1; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) a = shown_record (f, i - 1);
      g_autoptr(TiersSupplierRecord) b = shown_record (f, i);

      if (tiers_supplier_record_get_has_score (b))
        g_assert_cmpfloat (tiers_supplier_record_get_score (a), >=,
                           tiers_supplier_record_get_score (b));
    }

  /* The grade column orders A before D, the ungraded last. */
  {
    g_autoptr(GtkColumnViewColumn) grade_column =
      g_list_model_get_item (gtk_column_view_get_columns (view), 2);

    gtk_column_view_sort_by_column (view, grade_column, GTK_SORT_ASCENDING);
    g_clear_object (&first);
    first = shown_record (f, 0);
    last = shown_record (f, n_shown (f) - 1);
    g_assert_cmpint (tiers_supplier_record_get_grade (first), ==, TIERS_GRADE_A);
    g_assert_true (tiers_supplier_record_get_grade (last) == TIERS_GRADE_D
                   || tiers_supplier_record_get_grade (last) == TIERS_GRADE_NONE);
  }
}

/* Some sample suppliers have Chinese names: a two-character piece of one finds it. */
static void
test_search_chinese (Fixture *f, gconstpointer data)
{
  GtkEditable *entry = GTK_EDITABLE (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                  GTK_TYPE_SEARCH_ENTRY));
  g_autofree char *needle = NULL;
  g_autofree char *code = NULL;
  guint total = n_shown (f);

  for (guint i = 0; i < total && needle == NULL; i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);
      const char *name = tiers_supplier_record_get_name (record);

      if (g_utf8_get_char (name) >= 0x4e00 && g_utf8_strlen (name, -1) >= 4)
        {
          const char *start = g_utf8_offset_to_pointer (name, 1);

          needle = g_strndup (start, g_utf8_offset_to_pointer (name, 3) - start);
          code = g_strdup (tiers_supplier_record_get_code (record));
        }
    }
  g_assert_nonnull (needle);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "suppliers.search", NULL);
  gtk_editable_set_text (entry, needle);
  TIERS_TEST_WAIT_UNTIL (n_shown (f) < total);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < n_shown (f); i++)
      {
        g_autoptr(TiersSupplierRecord) record = shown_record (f, i);

        g_assert_nonnull (strstr (tiers_supplier_record_get_name (record), needle));
        found |= g_strcmp0 (tiers_supplier_record_get_code (record), code) == 0;
      }
    g_assert_true (found);
  }

  /* A code in the wrong case finds its supplier too. */
  {
    g_autofree char *lower = g_ascii_strdown (code, -1);
    g_autoptr(TiersSupplierRecord) record = NULL;

    gtk_editable_set_text (entry, lower);
    TIERS_TEST_WAIT_UNTIL (n_shown (f) == 1);
    record = shown_record (f, 0);
    g_assert_cmpstr (tiers_supplier_record_get_code (record), ==, code);
  }
  /* Nothing matches: the page says so. */
  gtk_editable_set_text (entry, "no such supplier");
  TIERS_TEST_WAIT_UNTIL (n_shown (f) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_list_stack (GTK_WIDGET (f->page))), ==,
                   "no-match");
  gtk_editable_set_text (entry, "");
  TIERS_TEST_WAIT_UNTIL (n_shown (f) == total);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_list_stack (GTK_WIDGET (f->page))), ==,
                   "list");
}

static void
test_grade_filter (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  GtkDropDown *grades = find_dropdown (GTK_WIDGET (f->page), "All Grades");
  g_autofree char *count = NULL;
  guint d;

  g_assert_nonnull (grades);
  gtk_drop_down_set_selected (grades, 4);   /* Grade D */
  d = assert_shown_are (f, is_grade, GINT_TO_POINTER (TIERS_GRADE_D));
  g_assert_cmpuint (d, >, 0);
  count = g_strdup_printf ("%u of %u suppliers", d, evaluation->n_suppliers);
  g_assert_true (has_label (GTK_WIDGET (f->page), count));

  tiers_suppliers_page_show (f->page, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (grades), ==, 0);
  g_assert_cmpuint (n_shown (f), ==, evaluation->n_suppliers);
}

static void
test_show_transition (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  const TiersEvaluation *previous = tiers_session_get_previous_evaluation (f->session);
  TiersSupplierFilter filter = { TIERS_SUPPLIER_FILTER_TRANSITION, 0, 0, NULL, NULL };
  gboolean moved = FALSE;

  g_assert_nonnull (previous);
  /* A transition that happened: a supplier whose grade changed. */
  for (guint i = 0; i < evaluation->n_suppliers && !moved; i++)
    {
      const TiersSupplierResult *now = &evaluation->suppliers[i];
      const TiersSupplierResult *then = tiers_evaluation_find (previous, now->supplier->code);

      if (now->graded && grade_of (then) != grade_of (now))
        {
          filter.grade = grade_of (now);
          filter.previous_grade = grade_of (then);
          moved = TRUE;
        }
    }
  g_assert_true (moved);
  tiers_suppliers_page_show (f->page, &filter);
  g_assert_cmpuint (assert_shown_are (f, is_transition, &filter), >, 0);

  /* One supplier: selected, its scorecard shown. */
  {
    g_autoptr(TiersSupplierRecord) record = shown_record (f, 0);
    g_autofree char *code = g_strdup (tiers_supplier_record_get_code (record));
    TiersSupplierFilter one = { TIERS_SUPPLIER_FILTER_SUPPLIER, 0, 0, NULL, code };

    tiers_suppliers_page_show (f->page, &one);
    g_assert_cmpuint (n_shown (f), ==, 1);
    g_assert_cmpstr (tiers_suppliers_page_get_selected_code (f->page), ==, code);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->page), "suppliers.show-all", NULL);
  g_assert_cmpuint (n_shown (f), ==, evaluation->n_suppliers);
}

static void
test_csv (Fixture *f, gconstpointer data)
{
  GtkDropDown *grades = find_dropdown (GTK_WIDGET (f->page), "All Grades");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  gsize size;

  gtk_drop_down_set_selected (grades, 4);   /* Grade D */
  g_assert_true (tiers_suppliers_page_write_csv (f->page, stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), size);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "Code,Name,Grade,Score,Change,"
                                         "Category,Provisional,Receipts,Spend\r\n"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  /* the header, one line per shown row, and the empty rest after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, n_shown (f) + 2);
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);

      g_assert_true (g_str_has_prefix (lines[i + 1], tiers_supplier_record_get_code (record)));
      g_assert_nonnull (strstr (lines[i + 1], ",D,"));
    }
}

static void
on_changed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
}

/* A grade a manager adjusts in the review shows in the list, its tooltip, the grade filter,
 * the scorecard and the exported CSV, beside the computed one. */
static void
test_adjusted_grade (Fixture *f, gconstpointer data)
{
  GtkDropDown *grades = find_dropdown (GTK_WIDGET (f->page), "All Grades");
  g_autoptr(TiersSupplierRecord) record = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TiersReviewChange *change;
  TiersGrade computed;
  gboolean done = FALSE;

  TIERS_TEST_WAIT_UNTIL (tiers_session_get_review (f->session) != NULL);
  gtk_drop_down_set_selected (grades, 4);   /* Grade D */
  g_assert_cmpuint (n_shown (f), >, 0);
  record = shown_record (f, 0);
  computed = tiers_supplier_record_get_grade (record);
  g_assert_cmpint (computed, ==, TIERS_GRADE_D);
  change = tiers_review_change_new (TIERS_REVIEW_CHANGE_SET_OVERRIDE,
                                    tiers_session_get_period (f->session),
                                    tiers_supplier_record_get_code (record),
                                    "Quality audit passed after the incident");
  change->grade = TIERS_GRADE_B;
  change->reason = TIERS_OVERRIDE_NEW_INFORMATION;
  tiers_session_change_review_async (f->session, change, on_changed_cb, &done);
  TIERS_TEST_WAIT_UNTIL (done);

  g_assert_cmpint (tiers_supplier_record_get_shown_grade (record), ==, TIERS_GRADE_B);
  g_assert_cmpint (tiers_supplier_record_get_grade (record), ==, TIERS_GRADE_D);
  /* No longer a D as the list shows it: out of the D filter, into the B one. */
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) shown = shown_record (f, i);

      g_assert_true (shown != record);
    }
  gtk_drop_down_set_selected (grades, 2);   /* Grade B */
  g_assert_true (tiers_suppliers_page_write_csv (f->page, stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_nonnull (strstr (text, ",\"B, adjusted from D\","));

  /* The scorecard shows the adjusted grade with who set it and why. */
  {
    TiersScorecard *scorecard = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                                        TIERS_TYPE_SCORECARD));

    tiers_scorecard_set_supplier (scorecard, record);
    g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (scorecard), "Adjusted to B from D"));
  }
}

/* A conflict of interest declared on the scorecard (through its dialog) lists the evaluator
 * there, grades the period again, and the scorecard says which ratings were left out. */
static void
test_conflict_of_interest (Fixture *f, gconstpointer data)
{
  TiersScorecard *scorecard = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                                      TIERS_TYPE_SCORECARD));
  g_autoptr(TiersSupplierRecord) record = shown_record (f, 0);
  g_autofree char *code = g_strdup (tiers_supplier_record_get_code (record));
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *excluded = NULL;
  GtkWindow *dialog = NULL;

  tiers_scorecard_set_supplier (scorecard, record);
  g_assert_true (gtk_widget_activate_action (tiers_test_find_by_type (GTK_WIDGET (scorecard),
                                                                     TIERS_TYPE_CONFLICTS_VIEW),
                                             "conflicts.declare", NULL));
  TIERS_TEST_WAIT_UNTIL ((dialog = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "declare"));
  gtk_editable_set_text (GTK_EDITABLE (tiers_test_find_by_type (GTK_WIDGET (dialog),
                                                                GTK_TYPE_ENTRY)),
                         tiers_sample_evaluator (0));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "declare");
  gtk_window_destroy (dialog);

  /* The other evaluators too, through the store: then every rating of the supplier goes. */
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < tiers_sample_n_evaluators (); i++)
    {
      g_assert_true (tiers_store_add_conflict (store, tiers_sample_evaluator (i), code, &error));
      g_assert_no_error (error);
    }
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (scorecard),
                                                tiers_sample_evaluator (0)) != NULL);
  tiers_session_data_changed (f->session);
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_evaluation (f->session) != NULL
                         && !tiers_session_get_busy (f->session)
                         && !tiers_suppliers_page_get_loading (f->page));
  excluded = tiers_describe_excluded_ratings (tiers_session_get_evaluation (f->session), code);
  g_assert_nonnull (excluded);
  g_assert_nonnull (strstr (excluded, tiers_sample_evaluator (0)));
  tiers_scorecard_set_supplier (scorecard, NULL);
  {
    g_autoptr(TiersSupplierRecord) again = NULL;

    for (guint i = 0; i < n_shown (f) && again == NULL; i++)
      {
        g_autoptr(TiersSupplierRecord) shown = shown_record (f, i);

        if (g_str_equal (tiers_supplier_record_get_code (shown), code))
          again = g_object_ref (shown);
      }
    g_assert_nonnull (again);
    tiers_scorecard_set_supplier (scorecard, again);
  }
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (scorecard), excluded));
}

/* The list box of the criteria: the one below WIDGET that holds action rows (each
 * preferences group has a list box of its own, empty here). */
static GtkWidget *
find_criteria_list (GtkWidget *widget)
{
  /* The alternatives of a C or D supplier and the tier actions' lists are lists of rows
   * too, above the criteria. */
  if (TIERS_IS_ALTERNATIVES_VIEW (widget) || TIERS_IS_TIER_ACTIONS (widget))
    return NULL;
  if (GTK_IS_LIST_BOX (widget) && ADW_IS_ACTION_ROW (gtk_widget_get_first_child (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_criteria_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static TiersScorecard *
scorecard_of (Fixture *f)
{
  return TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->page), TIERS_TYPE_SCORECARD));
}

static void
select_position (Fixture *f,
                 guint    position)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                      GTK_TYPE_COLUMN_VIEW));

  gtk_selection_model_select_item (gtk_column_view_get_model (view), position, TRUE);
}

static void
test_scorecard (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  TiersScorecard *scorecard = scorecard_of (f);
  g_autoptr(TiersSupplierRecord) record = shown_record (f, 3);
  GtkWidget *criteria;
  guint rows = 0;

  select_position (f, 3);
  g_assert_true (tiers_scorecard_get_supplier (scorecard) == record);
  g_assert_true (has_label (GTK_WIDGET (scorecard), tiers_supplier_record_get_name (record)));
  g_assert_cmpint (tiers_grade_badge_get_grade (TIERS_GRADE_BADGE (
                     tiers_test_find_by_type (GTK_WIDGET (scorecard), TIERS_TYPE_GRADE_BADGE))), ==,
                   tiers_supplier_record_get_grade (record));
  criteria = find_criteria_list (GTK_WIDGET (scorecard));
  g_assert_nonnull (criteria);
  for (GtkWidget *row = gtk_widget_get_first_child (criteria); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      {
        const TiersCriterion *criterion = g_ptr_array_index (evaluation->scheme->criteria, rows);

        g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                         tiers_criterion_get_display_name (criterion));
        rows++;
      }
  g_assert_cmpuint (rows, ==, evaluation->scheme->criteria->len);
  TIERS_TEST_WAIT_UNTIL (!tiers_scorecard_get_loading (scorecard));
  /* The explanation of the change is the one of the stored evaluations. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autoptr(TiersExplanation) explanation =
      tiers_store_explain (store, &evaluation->period, tiers_supplier_record_get_code (record),
                           &error);
    g_autofree char *why = NULL;

    g_assert_no_error (error);
    why = tiers_describe_change (explanation);
    g_assert_true (has_label (GTK_WIDGET (scorecard), why));
  }
}

/* What is typed is kept, even when the window closes right after. */
static void
test_notes (Fixture *f, gconstpointer data)
{
  TiersScorecard *scorecard = scorecard_of (f);
  g_autoptr(TiersSupplierRecord) record = shown_record (f, 1);
  g_autofree char *code = g_strdup (tiers_supplier_record_get_code (record));
  GtkTextView *notes;
  g_autoptr(GError) error = NULL;
  const char *text = "Visit in March; 交货期需要改进";

  select_position (f, 1);
  notes = GTK_TEXT_VIEW (tiers_test_find_by_type (GTK_WIDGET (scorecard), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), text, -1);
  close_page (f);

  open_page (f, 1280, 800);
  {
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autofree char *stored = tiers_store_load_note (store, code, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (stored, ==, text);
  }
  /* Selecting the supplier in the new window shows them. */
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) other = shown_record (f, i);

      if (g_strcmp0 (tiers_supplier_record_get_code (other), code) == 0)
        {
          GtkTextIter start, end;
          g_autofree char *shown = NULL;
          GtkTextBuffer *buffer;

          select_position (f, i);
          buffer = gtk_text_view_get_buffer (
            GTK_TEXT_VIEW (tiers_test_find_by_type (GTK_WIDGET (scorecard_of (f)),
                                                    GTK_TYPE_TEXT_VIEW)));
          gtk_text_buffer_get_bounds (buffer, &start, &end);
          shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_assert_cmpstr (shown, ==, text);
        }
    }
}

static gboolean
is_in_category (const TiersSupplierResult *result,
                const TiersSupplierResult *previous,
                gconstpointer              data)
{
  return g_strcmp0 (result->supplier->category, data) == 0;
}

static gboolean
is_provisional_in_category (const TiersSupplierResult *result,
                            const TiersSupplierResult *previous,
                            gconstpointer              data)
{
  return result->provisional && is_in_category (result, previous, data);
}

static void
test_category_and_provisional (Fixture *f, gconstpointer data)
{
  GtkDropDown *categories = find_dropdown (GTK_WIDGET (f->page), "All Categories");
  GtkDropDown *grades = find_dropdown (GTK_WIDGET (f->page), "All Grades");
  GListModel *names = gtk_drop_down_get_model (categories);
  const char *category;

  /* Every category of the evaluation is offered, after "All Categories". */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==,
                    tiers_session_get_evaluation (f->session)->indicators->categories->len + 1);
  gtk_drop_down_set_selected (categories, 1);
  category = gtk_string_list_get_string (GTK_STRING_LIST (names), 1);
  g_assert_cmpuint (assert_shown_are (f, is_in_category, category), >, 0);
  gtk_drop_down_set_selected (grades, 6);   /* Provisional */
  assert_shown_are (f, is_provisional_in_category, category);

  /* The overview's "provisional in this category" sets both drop-downs. */
  tiers_suppliers_page_show (f->page, NULL);
  g_assert_cmpuint (n_shown (f), ==, tiers_session_get_evaluation (f->session)->n_suppliers);
  {
    TiersSupplierFilter filter = { TIERS_SUPPLIER_FILTER_PROVISIONAL, 0, 0, category, NULL };

    tiers_suppliers_page_show (f->page, &filter);
    g_assert_cmpuint (gtk_drop_down_get_selected (grades), ==, 6);
    g_assert_cmpuint (gtk_drop_down_get_selected (categories), ==, 1);
    assert_shown_are (f, is_provisional_in_category, category);
  }
}

/* New data: the rows are built again, the selected supplier stays selected. */
static void
test_keeps_selection (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersSupplierRecord) record = shown_record (f, 5);
  g_autofree char *code = g_strdup (tiers_supplier_record_get_code (record));
  TiersSupplierRecord *shown;

  select_position (f, 5);
  tiers_session_data_changed (f->session);
  g_assert_true (tiers_suppliers_page_get_loading (f->page));
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session)
                         && !tiers_suppliers_page_get_loading (f->page));
  g_assert_cmpstr (tiers_suppliers_page_get_selected_code (f->page), ==, code);
  shown = tiers_scorecard_get_supplier (scorecard_of (f));
  g_assert_nonnull (shown);
  g_assert_true (shown != record);   /* a new record of the same supplier */
  g_assert_cmpstr (tiers_supplier_record_get_code (shown), ==, code);
}

/* Whether every shown record's spend is that of the evaluation's period: positive exactly
 * for the suppliers with receipts in it. */
static gboolean
spend_matches (Fixture *f)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);

  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);
      const TiersSupplierResult *result =
        tiers_evaluation_find (evaluation, tiers_supplier_record_get_code (record));

      if ((tiers_supplier_record_get_spend (record) > 0) != (result->supplier->receipts > 0))
        return FALSE;
    }
  return TRUE;
}

/* Switching the period gives the same records the new evaluation's grades, scores and
 * receipts at once, and the new period's spend once it is read. */
static void
test_switch_period (Fixture *f, gconstpointer data)
{
  GArray *periods = tiers_session_get_periods (f->session);
  g_autoptr(TiersSupplierRecord) before = shown_record (f, 0);
  const TiersEvaluation *evaluation;
  TiersPeriod other;
  guint changed = 0;

  g_assert_cmpuint (periods->len, >, 1);
  other = g_array_index (periods, TiersPeriod, 1);
  g_assert_false (tiers_period_equal (&other, tiers_session_get_period (f->session)));
  tiers_session_set_period (f->session, &other);
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session)
                         && !tiers_suppliers_page_get_loading (f->page)
                         && tiers_session_get_evaluation (f->session) != NULL);
  evaluation = tiers_session_get_evaluation (f->session);
  g_assert_true (tiers_period_equal (&evaluation->period, &other));
  g_assert_cmpuint (n_shown (f), ==, evaluation->n_suppliers);
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);
      const TiersSupplierResult *result =
        tiers_evaluation_find (evaluation, tiers_supplier_record_get_code (record));

      g_assert_nonnull (result);
      g_assert_cmpint (tiers_supplier_record_get_grade (record), ==, grade_of (result));
      g_assert_cmpint (tiers_supplier_record_get_has_score (record), ==, result->graded);
      if (result->graded)
        g_assert_cmpfloat (tiers_supplier_record_get_score (record), ==, result->score);
      g_assert_cmpint (tiers_supplier_record_get_provisional (record), ==, result->provisional);
      g_assert_cmpuint (tiers_supplier_record_get_receipts (record), ==,
                        result->supplier->receipts);
      changed += record == before;
    }
  /* Updated in place: the first record is still one of those shown. */
  g_assert_cmpuint (changed, ==, 1);
  TIERS_TEST_WAIT_UNTIL (spend_matches (f));
}

/* The cell widgets of each row the column view has made, in the order of the columns. */
#define N_CELLS 9

typedef struct
{
  Fixture    *f;
  GHashTable *texts;    /* code -> "grade score receipts" shown before the switch */
  guint       rows;
  guint       changed;  /* rows whose texts differ from those in TEXTS */
} RowCheck;

/* The texts a row shows in the grade, score and receipts columns, as one string. */
static char *
row_texts (GtkWidget **cells)
{
  return g_strdup_printf ("%d %s %s",
                          tiers_grade_badge_get_grade (TIERS_GRADE_BADGE (cells[2])),
                          gtk_label_get_text (GTK_LABEL (cells[3])),
                          gtk_label_get_text (GTK_LABEL (cells[7])));
}

/* Every row shows its record as it is now: grade, score, receipts and spend. */
static void
check_row (RowCheck   *check,
           GtkWidget **cells)
{
  const char *code = gtk_label_get_text (GTK_LABEL (cells[0]));
  g_autofree char *score = NULL;
  g_autofree char *receipts = NULL;
  g_autofree char *spend = NULL;
  g_autofree char *texts = row_texts (cells);
  TiersSupplierRecord *record = NULL;

  for (guint i = 0; record == NULL && i < n_shown (check->f); i++)
    {
      g_autoptr(TiersSupplierRecord) candidate = shown_record (check->f, i);

      if (strcmp (tiers_supplier_record_get_code (candidate), code) == 0)
        record = candidate;
    }
  g_assert_nonnull (record);
  g_object_get (record, "score-text", &score, "receipts-text", &receipts, "spend-text", &spend,
                NULL);
  g_assert_cmpint (tiers_grade_badge_get_grade (TIERS_GRADE_BADGE (cells[2])), ==,
                   tiers_supplier_record_get_grade (record));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cells[3])), ==, score);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cells[7])), ==, receipts);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cells[8])), ==, spend);
  if (g_hash_table_contains (check->texts, code))
    check->changed += g_strcmp0 (g_hash_table_lookup (check->texts, code), texts) != 0;
}

/* Runs check_row over the rows made; with REMEMBER, keeps their texts in CHECK->texts. */
static void
check_rows (RowCheck *check,
            gboolean  remember)
{
  GtkWidget *view = tiers_test_find_by_type (GTK_WIDGET (check->f->page), GTK_TYPE_COLUMN_VIEW);
  GtkWidget *list = tiers_test_find_by_type (view, GTK_TYPE_LIST_VIEW);

  check->rows = 0;
  check->changed = 0;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cells[N_CELLS];
      guint k = 0;

      if (g_strcmp0 (gtk_widget_get_css_name (row), "row") != 0
          || !gtk_widget_get_child_visible (row))
        continue;
      for (GtkWidget *cell = gtk_widget_get_first_child (row); cell != NULL && k < N_CELLS;
           cell = gtk_widget_get_next_sibling (cell))
        cells[k++] = gtk_widget_get_first_child (cell);
      g_assert_cmpuint (k, ==, N_CELLS);
      check_row (check, cells);
      if (remember)
        g_hash_table_insert (check->texts,
                             g_strdup (gtk_label_get_text (GTK_LABEL (cells[0]))),
                             row_texts (cells));
      check->rows++;
    }
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *changes)
{
  (*changes)++;
}

/* The scorecard's sentence on why SUPPLIER's grade changed in PERIOD, from the store. */
static char *
describe_change (Fixture           *f,
                 const TiersPeriod *period,
                 const char        *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersExplanation) explanation = NULL;

  g_assert_no_error (error);
  explanation = tiers_store_explain (store, period, code, &error);
  g_assert_no_error (error);
  return tiers_describe_change (explanation);
}

/* Selects the first supplier shown whose sentence differs between FROM and TO (both
 * evaluated), and gives both sentences. */
static void
select_differing (Fixture           *f,
                  const TiersPeriod *from,
                  const TiersPeriod *to,
                  char             **why_from,
                  char             **why_to)
{
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = shown_record (f, i);
      const char *code = tiers_supplier_record_get_code (record);

      *why_from = describe_change (f, from, code);
      *why_to = describe_change (f, to, code);
      if (strcmp (*why_from, *why_to) != 0)
        {
          select_position (f, i);
          g_assert_true (tiers_scorecard_get_supplier (scorecard_of (f)) == record);
          TIERS_TEST_WAIT_UNTIL (!tiers_scorecard_get_loading (scorecard_of (f)));
          g_assert_true (has_label (GTK_WIDGET (scorecard_of (f)), *why_from));
          return;
        }
      g_clear_pointer (why_from, g_free);
      g_clear_pointer (why_to, g_free);
    }
  g_assert_not_reached ();
}

/* Switching between periods of the same suppliers keeps the very record objects and the
 * rows: the list sees no change at all (no rows removed and added again), yet the rows on
 * screen show the new period's grade, score, receipts and spend, as the records notify
 * what changed. Sorted by score, the order follows the new scores; the scorecard of the
 * selected supplier shows the new period. */
static void
test_switch_in_place (Fixture *f, gconstpointer data)
{
  GArray *periods = tiers_session_get_periods (f->session);
  GListModel *shown = tiers_suppliers_page_get_shown (f->page);
  GtkColumnView *view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                      GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GHashTable) before = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkColumnViewColumn) score_column = NULL;
  RowCheck check = { f, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), 0, 0 };
  TiersPeriod other = g_array_index (periods, TiersPeriod, 1);
  g_autofree char *why_before = NULL;
  g_autofree char *why_after = NULL;
  guint changes = 0;
  gulong handler;

  TIERS_TEST_WAIT_UNTIL (tiers_test_find_by_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW) != NULL
                         && gtk_widget_get_first_child (
                              tiers_test_find_by_type (GTK_WIDGET (view),
                                                       GTK_TYPE_LIST_VIEW)) != NULL);
  check_rows (&check, TRUE);
  g_assert_cmpuint (check.rows, >, 5);
  for (guint i = 0; i < n_shown (f); i++)
    g_hash_table_add (before, g_list_model_get_item (shown, i));

  handler = g_signal_connect (shown, "items-changed", G_CALLBACK (count_changes), &changes);
  tiers_session_set_period (f->session, &other);
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_evaluation (f->session) != NULL
                         && !tiers_session_get_busy (f->session)
                         && !tiers_suppliers_page_get_loading (f->page) && spend_matches (f));
  g_signal_handler_disconnect (shown, handler);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpuint (n_shown (f), ==, g_hash_table_size (before));
  for (guint i = 0; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, i);

      g_assert_true (g_hash_table_contains (before, record));
    }
  /* The rows made before show the new figures, and some of them did change. */
  check_rows (&check, FALSE);
  g_assert_cmpuint (check.rows, >, 5);
  g_assert_cmpuint (check.changed, >, 0);

  /* Sorted by score, then back to the first period: the order is by the new scores, and
   * the scorecard of the selected supplier (the same record) shows the first period. */
  score_column = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
  gtk_column_view_sort_by_column (view, score_column, GTK_SORT_DESCENDING);
  select_differing (f, &other, &g_array_index (periods, TiersPeriod, 0), &why_before, &why_after);
  tiers_session_set_period (f->session, &g_array_index (periods, TiersPeriod, 0));
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_evaluation (f->session) != NULL
                         && !tiers_session_get_busy (f->session)
                         && !tiers_suppliers_page_get_loading (f->page) && spend_matches (f)
                         && !tiers_scorecard_get_loading (scorecard_of (f)));
  g_assert_true (has_label (GTK_WIDGET (scorecard_of (f)), why_after));
  g_assert_false (has_label (GTK_WIDGET (scorecard_of (f)), why_before));
  for (guint i = 1; i < n_shown (f); i++)
    {
      g_autoptr(TiersSupplierRecord) a = shown_record (f, i - 1);
      g_autoptr(TiersSupplierRecord) b = shown_record (f, i);

      g_assert_cmpfloat (tiers_supplier_record_get_score_key (a), >=,
                         tiers_supplier_record_get_score_key (b));
    }
  g_hash_table_unref (check.texts);
}

/* A database without data: the page says so instead of showing an empty list. */
static void
test_no_data (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tiers-suppliers-page-XXXXXX", NULL);
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
  Fixture f = { NULL, g_build_filename (dir, "tiers.db", NULL), NULL, NULL, NULL };
  GtkStack *stack;

  open_page_empty (&f);
  stack = find_list_stack (GTK_WIDGET (f.page));
  g_assert_cmpuint (n_shown (&f), ==, 0);
  g_assert_false (tiers_suppliers_page_get_loading (f.page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  close_page (&f);
  g_free (f.path);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
}

/* At 360 pixels the list is alone; activating a row opens the scorecard, Back returns. */
static void
test_narrow (Fixture *f, gconstpointer data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                              ADW_TYPE_LEAFLET));
  GtkColumnView *view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                      GTK_TYPE_COLUMN_VIEW));

  TIERS_TEST_WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (f->page)) > 0);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_true (gtk_column_view_get_single_click_activate (view));
  /* Selecting (the pointer passing over a row) does not load the hidden scorecard. */
  select_position (f, 4);
  g_assert_null (tiers_scorecard_get_supplier (scorecard_of (f)));
  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "scorecard");
  {
    g_autoptr(TiersSupplierRecord) record = shown_record (f, 2);

    g_assert_true (tiers_scorecard_get_supplier (scorecard_of (f)) == record);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->page), "suppliers.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

#define ADD(path, fn, narrow) \
  g_test_add (path, Fixture, narrow, fixture_set_up, fn, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("/suppliers-page/rows", test_rows, NULL);
  ADD ("/suppliers-page/sort-by-score", test_sort_by_score, NULL);
  ADD ("/suppliers-page/search-chinese", test_search_chinese, NULL);
  ADD ("/suppliers-page/grade-filter", test_grade_filter, NULL);
  ADD ("/suppliers-page/show-transition", test_show_transition, NULL);
  ADD ("/suppliers-page/csv", test_csv, NULL);
  ADD ("/suppliers-page/scorecard", test_scorecard, NULL);
  ADD ("/suppliers-page/notes", test_notes, NULL);
  ADD ("/suppliers-page/category-and-provisional", test_category_and_provisional, NULL);
  ADD ("/suppliers-page/keeps-selection", test_keeps_selection, NULL);
  ADD ("/suppliers-page/switch-period", test_switch_period, NULL);
  ADD ("/suppliers-page/switch-in-place", test_switch_in_place, NULL);
  ADD ("/suppliers-page/adjusted-grade", test_adjusted_grade, NULL);
  ADD ("/suppliers-page/conflict-of-interest", test_conflict_of_interest, NULL);
  ADD ("/suppliers-page/narrow", test_narrow, "narrow");
  g_test_add_func ("/suppliers-page/no-data", test_no_data);
  return g_test_run ();
}
