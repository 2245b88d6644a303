/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window on a real display: the empty state with its two buttons,
 * the supplier list on a sample database and its sorting by column, loading sample data
 * from the window, and the import path: recognising a file's kind from its header, importing
 * it in a worker, and listing the problems of a refused file. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import-dialog.h"
#include "tiers-import-job.h"
#include "tiers-store-sample.h"
#include "tiers-store-suppliers.h"
#include "tiers-supplier-item.h"
#include "tiers-window.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->dir = g_dir_make_tmp ("tiers-window-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->db_path = g_build_filename (f->dir, "tiers.db", NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->db_path);
  g_free (f->dir);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("the window never got to “%s”", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the window shows `page`; the worker threads report through it. */
static void
wait_for_page (TiersWindow *window,
               const char  *page)
{
  guint timeout = g_timeout_add_seconds (20, on_timeout_cb, (gpointer) page);

  while (g_strcmp0 (tiers_window_get_page (window), page) != 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
load_sample (const char *db_path,
             guint       suppliers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (db_path, &error);
  TiersSampleOptions options;

  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = suppliers;
  options.years = 1;
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_suppliers (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (db_path, &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  rows = tiers_store_list_suppliers (store, &error);
  g_assert_no_error (error);
  return rows;
}

/* The shown, sensitive button that activates `action`, anywhere below `widget`. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static TiersWindow *
open_window (const char *db_path)
{
  TiersWindow *window = g_object_ref (tiers_window_new (NULL, db_path));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Once destroyed, the window and everything it started must go away. */
static void
finalize_window (TiersWindow *window)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static void
close_window (TiersWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  finalize_window (window);
}

static void
test_empty_state (Fixture      *f,
                  gconstpointer data)
{
  TiersWindow *window = open_window (f->db_path);
  GtkWidget *import_button, *sample_button, *status_page;

  wait_for_page (window, "empty");
  /* Both buttons sit on the status page, which says what to do next. */
  sample_button = find_button (GTK_WIDGET (window), "win.load-sample");
  g_assert_nonnull (sample_button);
  status_page = gtk_widget_get_ancestor (sample_button, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_true (gtk_widget_get_mapped (status_page));
  g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)));
  import_button = find_button (status_page, "win.import");
  g_assert_nonnull (import_button);
  g_assert_true (gtk_widget_has_css_class (import_button, "suggested-action"));
  g_assert_true (gtk_widget_has_css_class (sample_button, "pill"));
  g_assert_cmpuint (tiers_supplier_list_get_n_suppliers (tiers_window_get_supplier_list (window)),
                    ==, 0);
  close_window (window);
}

static TiersSupplierItem *
first_row (GListModel *model)
{
  g_autoptr(TiersSupplierItem) item = g_list_model_get_item (model, 0);

  return item;  /* the model keeps its own reference */
}

static GtkColumnViewColumn *
column (GtkColumnView *view,
        guint          index)
{
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (
      gtk_column_view_get_columns (view), index);

  return column;
}

static void
test_supplier_list (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  TiersWindow *window;
  GtkColumnView *view;
  GListModel *model;
  guint64 min_receipts = G_MAXUINT64, max_receipts = 0;
  const char *last_code = NULL;

  load_sample (f->db_path, 12);
  rows = list_suppliers (f->db_path);
  g_assert_cmpuint (rows->len, ==, 12);
  for (guint i = 0; i < rows->len; i++)
    {
      TiersSupplierRow *row = g_ptr_array_index (rows, i);

      min_receipts = MIN (min_receipts, row->receipts);
      max_receipts = MAX (max_receipts, row->receipts);
      last_code = row->code;
    }
  g_assert_cmpuint (min_receipts, <, max_receipts);

  window = open_window (f->db_path);
  wait_for_page (window, "suppliers");
  view = tiers_supplier_list_get_column_view (tiers_window_get_supplier_list (window));
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, rows->len);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 5);

  /* Unsorted, the rows come as the store gives them: by code. */
  g_assert_cmpstr (tiers_supplier_item_get_code (first_row (model)), ==,
                   ((TiersSupplierRow *) g_ptr_array_index (rows, 0))->code);

  gtk_column_view_sort_by_column (view, column (view, 4), GTK_SORT_ASCENDING);
  g_assert_cmpuint (tiers_supplier_item_get_receipts (first_row (model)), ==, min_receipts);
  gtk_column_view_sort_by_column (view, column (view, 4), GTK_SORT_DESCENDING);
  g_assert_cmpuint (tiers_supplier_item_get_receipts (first_row (model)), ==, max_receipts);
  gtk_column_view_sort_by_column (view, column (view, 0), GTK_SORT_DESCENDING);
  g_assert_cmpstr (tiers_supplier_item_get_code (first_row (model)), ==, last_code);

  close_window (window);
}

static void
test_load_sample (Fixture      *f,
                  gconstpointer data)
{
  TiersWindow *window = open_window (f->db_path);
  g_autoptr(GPtrArray) rows = NULL;

  wait_for_page (window, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  wait_for_page (window, "suppliers");
  rows = list_suppliers (f->db_path);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (tiers_supplier_list_get_n_suppliers (tiers_window_get_supplier_list (window)),
                    ==, rows->len);
  close_window (window);
}

static void
test_database_error (Fixture      *f,
                     gconstpointer data)
{
  TiersWindow *window;

  g_assert_true (g_file_set_contents (f->db_path, "not a database, just text\n", -1, NULL));
  window = open_window (f->db_path);
  wait_for_page (window, "error");
  /* Nothing can be imported into a file that is not a database. */
  g_assert_null (find_button (GTK_WIDGET (window), "win.load-sample"));
  g_assert_null (find_button (GTK_WIDGET (window), "win.import"));
  close_window (window);
}

/* Closing the window remembers its size for the next one. */
static void
test_window_size (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  TiersWindow *window = open_window (f->db_path);
  int width, height;

  wait_for_page (window, "empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 530);
  /* As the close button does: close-request, then destruction. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 530);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  finalize_window (window);

  window = open_window (f->db_path);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 720);
  g_assert_cmpint (height, ==, 530);
  wait_for_page (window, "empty");
  close_window (window);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *content)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, content, -1, NULL));
  return path;
}

static gboolean
detect (const char       *content,
        TiersImportKind  *kind,
        GError          **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (content, -1, NULL);

  return tiers_import_detect_kind (stream, "test.csv", kind, NULL, error);
}

/* The header decides the kind, in any column order, quoted or not, with a byte-order mark
 * and CRLF; a header of no known kind and an empty file are refused with a reason. */
static void
test_detect_kind (void)
{
  g_autoptr(GError) error = NULL;
  TiersImportKind kind = TIERS_N_IMPORT_KINDS;

  g_assert_true (detect ("\xEF\xBB\xBF" "name,\"code\",category\r\nS1,A,B\r\n", &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, TIERS_IMPORT_SUPPLIERS);
  g_assert_true (detect ("supplier_code,po_number,item_code,ordered_qty,received_qty,"
                         "rejected_qty,unit_price,promised_date,received_date\n", &kind, &error));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_RECEIPTS);
  g_assert_true (detect ("date, supplier_code ,severity,description\n", &kind, &error));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_INCIDENTS);
  g_assert_true (detect ("supplier_code,date,rating,response_hours,comment\n", &kind, &error));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_FEEDBACK);
  g_assert_true (detect ("supplier_code,criterion,date,evaluator,rating\n", &kind, &error));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_RATINGS);

  g_assert_false (detect ("invoice,amount\n1,2\n", &kind, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "test.csv"));
  g_clear_error (&error);
  g_assert_false (detect ("", &kind, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
}

typedef struct
{
  gboolean              done;
  gboolean              ok;
  TiersImportJobOutcome outcome;
  GError               *error;
} JobResult;

static void
on_job_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  JobResult *job = user_data;

  job->ok = tiers_import_job_run_finish (result, &job->outcome, &job->error);
  job->done = TRUE;
}

static void
run_job (const char *db_path,
         const char *path,
         JobResult  *job)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  tiers_import_job_run_async (db_path, file, NULL, NULL, NULL, on_job_done_cb, job);
  while (!job->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
job_result_clear (JobResult *job)
{
  tiers_import_job_outcome_clear (&job->outcome);
  g_clear_error (&job->error);
  memset (job, 0, sizeof *job);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* A good file lands and says how much; a file with bad rows lands not at all, and the
 * dialog lists each problem with its line. */
static void
test_import_job (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *suppliers = write_file (f, "suppliers.csv",
                                           "code,name,category\nS1,Acme,Steel\nS2,Bolt,Fasteners\n");
  g_autofree char *receipts = write_file (f, "receipts.csv",
      "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
      "promised_date,received_date\n"
      "S1,PO1,IT1,10,10,0,2.5,2026-01-10,2026-01-09\n"
      "S9,PO2,IT1,10,10,0,2.5,2026-01-10,2026-01-09\n"
      "S2,PO3,IT1,10,10,0,2.5,2026-02-30,2026-01-09\n");
  g_autoptr(GPtrArray) rows = NULL;
  JobResult job = { 0 };
  TiersWindow *window;
  TiersImportDialog *dialog;
  GtkWidget *row;

  run_job (f->db_path, suppliers, &job);
  g_assert_no_error (job.error);
  g_assert_true (job.ok);
  g_assert_cmpint (job.outcome.kind, ==, TIERS_IMPORT_SUPPLIERS);
  g_assert_cmpuint (job.outcome.result.rows_imported, ==, 2);
  g_assert_cmpstr (job.outcome.display_name, ==, "suppliers.csv");
  job_result_clear (&job);

  /* Cancelled before it starts: nothing lands, and the window says so rather than fails. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (receipts);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    tiers_import_job_run_async (f->db_path, file, cancellable, NULL, NULL, on_job_done_cb, &job);
    while (!job.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (job.ok);
    g_assert_true (g_error_matches (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
                   g_error_matches (job.error, TIERS_ERROR, TIERS_ERROR_CANCELLED));
    job_result_clear (&job);
  }

  run_job (f->db_path, receipts, &job);
  g_assert_false (job.ok);
  g_assert_error (job.error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpint (job.outcome.kind, ==, TIERS_IMPORT_RECEIPTS);
  g_assert_cmpuint (job.outcome.result.problems->len, ==, 2);
  rows = list_suppliers (f->db_path);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((TiersSupplierRow *) g_ptr_array_index (rows, i))->receipts, ==, 0);

  window = open_window (f->db_path);
  wait_for_page (window, "suppliers");
  dialog = tiers_import_dialog_new_for_problems (GTK_WINDOW (window), job.outcome.display_name,
                                                 &job.outcome.result);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_rows (tiers_import_dialog_get_problem_list (dialog)), ==, 2);
  row = gtk_widget_get_first_child (GTK_WIDGET (tiers_import_dialog_get_problem_list (dialog)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Line 3");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "S9"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  job_result_clear (&job);
  close_window (window);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static gboolean
drop_file (TiersWindow *window,
           const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (find_drop_target (GTK_WIDGET (window)), "drop", &value, 10.0, 10.0,
                         &accepted);
  return accepted;
}

/* A CSV file dropped on the window goes the whole way: progress, import in the worker, the
 * list read again; a bad file opens the list of its problems and changes nothing. */
static void
test_drop_file (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *suppliers = write_file (f, "suppliers.csv",
                                           "code,name,category\nS1,Acme,Steel\nS2,Bolt,Fasteners\n"
                                           "S3,Cast,Castings\n");
  g_autofree char *bad = write_file (f, "more.csv",
                                     "code,name,category\nS4,,Steel\n");
  TiersWindow *window = open_window (f->db_path);
  TiersSupplierList *list = tiers_window_get_supplier_list (window);
  GtkWindow *problems = NULL;

  wait_for_page (window, "empty");
  g_assert_true (drop_file (window, suppliers));
  wait_for_page (window, "suppliers");
  g_assert_cmpuint (tiers_supplier_list_get_n_suppliers (list), ==, 3);

  g_assert_true (drop_file (window, bad));
  /* The problems window appears once the worker has refused the file. */
  while (problems == NULL)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (TIERS_IS_IMPORT_DIALOG (toplevel) &&
              gtk_widget_get_first_child (GTK_WIDGET (tiers_import_dialog_get_problem_list (
                                            TIERS_IMPORT_DIALOG (toplevel)))) != NULL)
            problems = toplevel;
        }
      if (problems == NULL)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (count_rows (tiers_import_dialog_get_problem_list (
                                  TIERS_IMPORT_DIALOG (problems))), ==, 1);
  gtk_window_destroy (problems);
  g_assert_cmpuint (tiers_supplier_list_get_n_suppliers (list), ==, 3);
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/empty-state", Fixture, NULL, fixture_set_up, test_empty_state,
              fixture_tear_down);
  g_test_add ("/window/supplier-list", Fixture, NULL, fixture_set_up, test_supplier_list,
              fixture_tear_down);
  g_test_add ("/window/load-sample", Fixture, NULL, fixture_set_up, test_load_sample,
              fixture_tear_down);
  g_test_add ("/window/database-error", Fixture, NULL, fixture_set_up, test_database_error,
              fixture_tear_down);
  g_test_add ("/window/size", Fixture, NULL, fixture_set_up, test_window_size,
              fixture_tear_down);
  g_test_add_func ("/window/detect-kind", test_detect_kind);
  g_test_add ("/window/import-job", Fixture, NULL, fixture_set_up, test_import_job,
              fixture_tear_down);
  g_test_add ("/window/drop-file", Fixture, NULL, fixture_set_up, test_drop_file,
              fixture_tear_down);
  return g_test_run ();
}
