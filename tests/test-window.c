/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window on a real display: the empty state with its two buttons,
 * loading sample data from it, the three pages over one session, the period selector
 * (newest first, driving the overview, remembered per database), a click on a distribution
 * bar showing exactly those suppliers, the page and search actions, opening and creating
 * other databases, a file that is not a database, and the remembered window size. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-store-supplier-details.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-sample.h"
#include "tiers-store-suppliers.h"
#include "tiers-window.h"
#include "tiers-test-widgets.h"

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
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
}

/* The header bar shows the page switcher over the pages, and the title otherwise. */
static gboolean
switcher_shown (TiersWindow *window)
{
  GtkWidget *title = tiers_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE);

  g_assert_nonnull (title);
  return adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (title));
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
  sample_button = tiers_test_find_button (GTK_WIDGET (window), "win.load-sample");
  g_assert_nonnull (sample_button);
  status_page = gtk_widget_get_ancestor (sample_button, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_true (gtk_widget_get_mapped (status_page));
  g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)));
  import_button = tiers_test_find_button (status_page, "win.import");
  g_assert_nonnull (import_button);
  g_assert_true (gtk_widget_has_css_class (import_button, "suggested-action"));
  g_assert_true (gtk_widget_has_css_class (sample_button, "pill"));
  /* Nothing to search or switch to yet. */
  g_assert_false (switcher_shown (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "criteria"));
  g_assert_cmpstr (tiers_window_get_page (window), ==, "empty");
  close_window (window);
}

static void
test_load_sample (Fixture      *f,
                  gconstpointer data)
{
  TiersWindow *window = open_window (f->db_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  guint64 count = 0;

  wait_for_page (window, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  wait_for_page (window, "pages");
  store = tiers_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (tiers_store_count_suppliers (store, &count, &error));
  g_assert_cmpuint (count, >, 0);
  /* The session learnt of the new data: the period selector offers its periods. */
  g_assert_cmpuint (tiers_session_get_periods (tiers_window_get_session (window))->len, >, 0);
  g_assert_nonnull (tiers_session_get_period (tiers_window_get_session (window)));
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
  g_assert_null (tiers_test_find_button (GTK_WIDGET (window), "win.load-sample"));
  g_assert_null (tiers_test_find_button (GTK_WIDGET (window), "win.import"));
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

/* Waits until the session has evaluated and the pages have read what they show. */
static void
wait_until_settled (TiersWindow *window)
{
  TiersSession *session = tiers_window_get_session (window);
  TiersOverviewPage *overview = tiers_window_get_overview_page (window);
  TiersSuppliersPage *suppliers = tiers_window_get_suppliers_page (window);
  guint timeout = g_timeout_add_seconds (20, on_timeout_cb, (gpointer) "settled");

  while (tiers_session_get_busy (session) || tiers_session_get_evaluation (session) == NULL ||
         tiers_overview_page_get_loading (overview) ||
         tiers_suppliers_page_get_loading (suppliers))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static TiersWindow *
open_sample_window (Fixture *f)
{
  TiersWindow *window;

  load_sample (f->db_path, 30);
  window = open_window (f->db_path);
  wait_for_page (window, "pages");
  wait_until_settled (window);
  return window;
}

/* The frame: four pages with titles and icons, every page on the window's one session. */
static void
test_pages (Fixture      *f,
            gconstpointer data)
{
  static const char *names[] = { "overview", "suppliers", "criteria", "review" };
  TiersWindow *window = open_sample_window (f);
  TiersSession *session = tiers_window_get_session (window);
  AdwViewStack *stack = tiers_window_get_view_stack (window);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "overview");
  g_assert_true (switcher_shown (window));
  g_assert_true (tiers_overview_page_get_session (tiers_window_get_overview_page (window)) ==
                 session);
  g_assert_true (tiers_suppliers_page_get_session (tiers_window_get_suppliers_page (window)) ==
                 session);
  g_assert_true (tiers_criteria_page_get_session (tiers_window_get_criteria_page (window)) ==
                 session);
  g_assert_true (tiers_review_page_get_session (tiers_window_get_review_page (window)) ==
                 session);

  /* Alt+3 and Ctrl+F, as their actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "criteria"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "criteria");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "suppliers");
  g_assert_true (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))) ||
                 GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (window))));
  close_window (window);
}

static void
assert_counts_match_store (TiersWindow       *window,
                           const char        *db_path,
                           const TiersPeriod *period)
{
  TiersOverviewPage *overview = tiers_window_get_overview_page (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (db_path, &error);
  TiersEvaluation *evaluation;
  guint counts[TIERS_GRADE_D + 1] = { 0 };
  guint provisional = 0;

  g_assert_no_error (error);
  evaluation = tiers_store_load_evaluation (store, period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      counts[evaluation->suppliers[i].graded ? evaluation->suppliers[i].grade
                                             : TIERS_GRADE_NONE]++;
      provisional += evaluation->suppliers[i].provisional;
    }
  for (TiersGrade grade = TIERS_GRADE_NONE; grade <= TIERS_GRADE_D; grade++)
    g_assert_cmpuint (tiers_overview_page_get_count (overview, grade), ==, counts[grade]);
  g_assert_cmpuint (tiers_overview_page_get_provisional (overview), ==, provisional);
  tiers_evaluation_free (evaluation);
}

/* The selector lists the session's periods, newest first; choosing one re-evaluates, the
 * overview counts what the store holds for it, and the next window on the same database
 * opens on it. */
static void
test_period (Fixture      *f,
             gconstpointer data)
{
  TiersWindow *window = open_sample_window (f);
  TiersSession *session = tiers_window_get_session (window);
  GArray *periods = tiers_session_get_periods (session);
  GtkDropDown *dropdown = tiers_period_selector_get_dropdown (
      tiers_window_get_period_selector (window));
  GListModel *labels = gtk_drop_down_get_model (dropdown);
  TiersPeriod newest_quarter = { TIERS_PERIOD_QUARTER, 2026, 3 };
  TiersPeriod chosen = { TIERS_PERIOD_QUARTER, 2026, 1 };
  guint chosen_position = G_MAXUINT;

  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, periods->len);
  g_assert_cmpuint (periods->len, >=, 4);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (periods, TiersPeriod, i);
      g_autofree char *label = tiers_period_to_label (period);
      g_autoptr(GtkStringObject) item = g_list_model_get_item (labels, i);

      g_assert_cmpstr (gtk_string_object_get_string (item), ==, label);
      if (i > 0)
        {
          const TiersPeriod *above = &g_array_index (periods, TiersPeriod, i - 1);

          /* Newest year first; within a year quarters, half-years, then the year, each
           * newest first. */
          g_assert_cmpint (period->year, <=, above->year);
          if (period->year == above->year)
            g_assert_true (period->kind < above->kind ||
                           (period->kind == above->kind && period->index < above->index));
        }
      if (tiers_period_equal (period, &chosen))
        chosen_position = i;
    }
  g_assert_true (tiers_period_equal (tiers_session_get_period (session), &newest_quarter));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), <, periods->len);
  assert_counts_match_store (window, f->db_path, &newest_quarter);

  g_assert_cmpuint (chosen_position, <, periods->len);
  gtk_drop_down_set_selected (dropdown, chosen_position);
  g_assert_true (tiers_period_equal (tiers_session_get_period (session), &chosen));
  wait_until_settled (window);
  assert_counts_match_store (window, f->db_path, &chosen);
  close_window (window);

  window = open_window (f->db_path);
  wait_for_page (window, "pages");
  g_assert_true (tiers_period_equal (tiers_session_get_period (tiers_window_get_session (window)),
                                     &chosen));
  close_window (window);
}

/* A click on the distribution's B bar shows exactly the B suppliers on the Suppliers page. */
static void
test_chart_click (Fixture      *f,
                  gconstpointer data)
{
  TiersWindow *window = open_sample_window (f);
  TiersOverviewPage *overview = tiers_window_get_overview_page (window);
  TiersSuppliersPage *suppliers = tiers_window_get_suppliers_page (window);
  TiersChart *chart = tiers_overview_page_get_chart (overview,
                                                     TIERS_OVERVIEW_CHART_DISTRIBUTION);
  guint expected = tiers_overview_page_get_count (overview, TIERS_GRADE_B);
  GListModel *shown;

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, 30);
  /* As a click on the bar does: kind grade, palette position 1 (B). */
  g_signal_emit_by_name (chart, "selected", (guint) TIERS_CHART_ITEM_GRADE, 1, -1, "B");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (tiers_window_get_view_stack (window)),
                   ==, "suppliers");
  wait_until_settled (window);
  shown = tiers_suppliers_page_get_shown (suppliers);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  close_window (window);
}

/* The category with the largest spend in the session's period. */
static char *
largest_category (const char        *db_path,
                  const TiersPeriod *period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (db_path, &error);
  g_autoptr(GPtrArray) details = tiers_store_load_supplier_details (store, period, &error);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *best = NULL;
  double best_sum = -1;

  g_assert_no_error (error);
  for (guint i = 0; i < details->len; i++)
    {
      const TiersSupplierDetails *row = g_ptr_array_index (details, i);
      double *sum = g_hash_table_lookup (sums, row->category);

      if (sum == NULL)
        g_hash_table_insert (sums, row->category, sum = g_new0 (double, 1));
      *sum += row->spend;
      if (*sum > best_sum)
        {
          best_sum = *sum;
          best = row->category;
        }
    }
  return g_strdup (best);
}

/* The concentration shows the category with the largest spend first, another on request;
 * clicking a supplier's bar shows that supplier. */
static void
test_concentration (Fixture      *f,
                    gconstpointer data)
{
  TiersWindow *window = open_sample_window (f);
  TiersOverviewPage *overview = tiers_window_get_overview_page (window);
  TiersChart *chart = tiers_overview_page_get_chart (overview,
                                                     TIERS_OVERVIEW_CHART_CONCENTRATION);
  g_autofree char *largest = largest_category (
      f->db_path, tiers_session_get_period (tiers_window_get_session (window)));
  g_autofree char *summary = NULL;

  g_assert_nonnull (largest);
  g_assert_cmpstr (tiers_overview_page_get_category (overview), ==, largest);
  g_assert_nonnull (strstr (tiers_chart_get_summary (chart), largest));
  tiers_overview_page_set_category (overview, "Packaging");
  g_assert_cmpstr (tiers_overview_page_get_category (overview), ==, "Packaging");
  summary = g_strdup (tiers_chart_get_summary (chart));
  g_assert_nonnull (strstr (summary, "Packaging"));

  g_signal_emit_by_name (chart, "selected", (guint) TIERS_CHART_ITEM_SUPPLIER, 0, -1, "S0004");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (tiers_window_get_view_stack (window)),
                   ==, "suppliers");
  wait_until_settled (window);
  g_assert_cmpstr (tiers_suppliers_page_get_selected_code (tiers_window_get_suppliers_page (window)),
                   ==, "S0004");
  close_window (window);
}

static TiersWindow *
find_window_on (const char *db_path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (TIERS_IS_WINDOW (toplevel) &&
          g_strcmp0 (tiers_window_get_db_path (TIERS_WINDOW (toplevel)), db_path) == 0)
        return TIERS_WINDOW (toplevel);
    }
  return NULL;
}

/* Open Database… opens a second window on the chosen file; New Database… creates an empty
 * one, but never over a file that is not a database. */
static void
test_open_database (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *new_path = g_build_filename (f->dir, "new.db", NULL);
  g_autofree char *text_path = g_build_filename (f->dir, "notes.txt", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GFile) created = g_file_new_for_path (new_path);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  TiersWindow *window, *second, *third;

  load_sample (other_path, 10);
  window = open_window (f->db_path);
  wait_for_page (window, "empty");

  g_assert_true (tiers_window_open_file (window, other, FALSE, &error));
  g_assert_no_error (error);
  second = g_object_ref (find_window_on (other_path));
  g_assert_true (second != window);
  wait_for_page (second, "pages");

  g_assert_true (tiers_window_open_file (window, created, TRUE, &error));
  g_assert_no_error (error);
  third = g_object_ref (find_window_on (new_path));
  wait_for_page (third, "empty");
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_file_set_contents (text_path, "keep me\n", -1, NULL));
  g_assert_false (tiers_window_open_file (window, text, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (find_window_on (text_path));
  g_assert_true (g_file_get_contents (text_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me\n");

  close_window (third);
  close_window (second);
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
  g_test_add ("/window/load-sample", Fixture, NULL, fixture_set_up, test_load_sample,
              fixture_tear_down);
  g_test_add ("/window/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/window/period", Fixture, NULL, fixture_set_up, test_period,
              fixture_tear_down);
  g_test_add ("/window/chart-click", Fixture, NULL, fixture_set_up, test_chart_click,
              fixture_tear_down);
  g_test_add ("/window/concentration", Fixture, NULL, fixture_set_up, test_concentration,
              fixture_tear_down);
  g_test_add ("/window/open-database", Fixture, NULL, fixture_set_up, test_open_database,
              fixture_tear_down);
  g_test_add ("/window/database-error", Fixture, NULL, fixture_set_up, test_database_error,
              fixture_tear_down);
  g_test_add ("/window/size", Fixture, NULL, fixture_set_up, test_window_size,
              fixture_tear_down);
  return g_test_run ();
}
