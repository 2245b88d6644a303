/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-walkthrough.c: one window driven as a person new to it would, through its widgets
 * and actions only: sample data from the empty state, the worst suppliers of the newest
 * quarter, why the worst got its grade, a weight edit previewed and then applied, and a new
 * month of receipts dropped on the window and imported through the import dialog, and the
 * window narrowed to a phone's width. */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "tiers-criteria-page.h"
#include "tiers-grade-badge.h"
#include "tiers-import-dialog.h"
#include "tiers-scorecard.h"
#include "tiers-scorecard-text.h"
#include "tiers-store-evaluation.h"
#include "tiers-supplier-record.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-what-if-view.h"
#include "tiers-window.h"

typedef struct
{
  char        *dir;
  char        *db_path;
  TiersWindow *window;
  char        *worst;          /* the code of the worst supplier of the quarter */
} Walk;

/* Widgets as a person sees them. */

static GObject *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* Waits until the session has evaluated and the pages show what it holds. */
static void
wait_until_settled (Walk *w)
{
  TiersSession *session = tiers_window_get_session (w->window);
  TiersOverviewPage *overview = tiers_window_get_overview_page (w->window);
  TiersSuppliersPage *suppliers = tiers_window_get_suppliers_page (w->window);
  TiersCriteriaPage *criteria = tiers_window_get_criteria_page (w->window);

  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (session) &&
                         tiers_session_get_evaluation (session) != NULL &&
                         !tiers_overview_page_get_loading (overview) &&
                         !tiers_suppliers_page_get_loading (suppliers) &&
                         !tiers_criteria_page_get_busy (criteria));
}

static const char *
visible_page (Walk *w)
{
  return adw_view_stack_get_visible_child_name (tiers_window_get_view_stack (w->window));
}

static TiersStore *
open_store (Walk *w)
{
  g_autoptr(GError) error = NULL;
  TiersStore *store = tiers_store_open (w->db_path, &error);

  g_assert_no_error (error);
  return store;
}

/* a. The empty state offers sample data; a click on its button fills the database, the
 * pages replace the empty state and a toast says so. */
static void
load_sample (Walk *w)
{
  GtkWidget *button;

  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_window_get_page (w->window), "empty") == 0);
  button = tiers_test_find_button (GTK_WIDGET (w->window), "win.load-sample");
  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_ancestor (button, ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_activate (button));
  TIERS_TEST_WAIT_UNTIL (g_strcmp0 (tiers_window_get_page (w->window), "pages") == 0);
  wait_until_settled (w);
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (w->window),
                                                "Sample data loaded") != NULL);
  g_assert_cmpstr (visible_page (w), ==, "overview");
}

/* b. The newest quarter is shown first; a click on the D bar of the overview's distribution
 * lists the D suppliers, weakest first: the worst suppliers on top. */
static void
find_worst (Walk *w)
{
  TiersSession *session = tiers_window_get_session (w->window);
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (session);
  const TiersPeriod *period = tiers_session_get_period (session);
  TiersOverviewPage *overview = tiers_window_get_overview_page (w->window);
  TiersSuppliersPage *suppliers = tiers_window_get_suppliers_page (w->window);
  GListModel *shown;
  double lowest = INFINITY, previous_score = -INFINITY;
  guint n_d = 0;

  /* Newest first: the selected period is the newest quarter with data. */
  g_assert_cmpint (period->kind, ==, TIERS_PERIOD_QUARTER);
  for (guint i = 0; i < tiers_session_get_periods (session)->len; i++)
    {
      const TiersPeriod *other = &g_array_index (tiers_session_get_periods (session),
                                                 TiersPeriod, i);

      if (other->kind == TIERS_PERIOD_QUARTER)
        g_assert_true (other->year < period->year ||
                       (other->year == period->year && other->index <= period->index));
    }
  g_assert_true (tiers_period_equal (&evaluation->period, period));
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *result = &evaluation->suppliers[i];

      if (!result->graded)
        continue;
      /* The lowest score of all is a D: the worst are the D suppliers. */
      lowest = MIN (lowest, result->score);
      if (result->grade == TIERS_GRADE_D)
        n_d++;
    }
  g_assert_cmpuint (n_d, >, 0);
  g_assert_cmpuint (tiers_overview_page_get_count (overview, TIERS_GRADE_D), ==, n_d);

  /* A click on the D bar (palette position 3). */
  g_signal_emit_by_name (tiers_overview_page_get_chart (overview,
                                                        TIERS_OVERVIEW_CHART_DISTRIBUTION),
                         "selected", (guint) TIERS_CHART_ITEM_GRADE, 3, -1, "D");
  g_assert_cmpstr (visible_page (w), ==, "suppliers");
  wait_until_settled (w);

  shown = tiers_suppliers_page_get_shown (suppliers);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_d);
  for (guint i = 0; i < n_d; i++)
    {
      g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, i);
      const TiersSupplierResult *result =
        tiers_evaluation_find (evaluation, tiers_supplier_record_get_code (record));

      g_assert_nonnull (result);
      g_assert_cmpint (tiers_supplier_record_get_grade (record), ==, TIERS_GRADE_D);
      g_assert_cmpint (result->grade, ==, TIERS_GRADE_D);
      g_assert_cmpfloat (tiers_supplier_record_get_score (record), ==, result->score);
      g_assert_cmpfloat (result->score, >=, previous_score);
      previous_score = result->score;
      if (i == 0)
        {
          g_assert_cmpfloat (result->score, ==, lowest);
          w->worst = g_strdup (result->supplier->code);
        }
    }
}

/* c. Selecting the top row opens its scorecard: grade, score, each criterion's points, and
 * the scores that make that grade, and in sentences why the grade changed. */
static void
open_worst_scorecard (Walk *w)
{
  TiersSession *session = tiers_window_get_session (w->window);
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (session);
  const TiersSupplierResult *result = tiers_evaluation_find (evaluation, w->worst);
  TiersSuppliersPage *suppliers = tiers_window_get_suppliers_page (w->window);
  GtkColumnView *view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (suppliers),
                                                                   GTK_TYPE_COLUMN_VIEW));
  TiersScorecard *scorecard;
  GtkWidget *criteria;
  g_autofree char *score = g_strdup_printf ("%.2f", result->score);
  g_autofree char *why = NULL;
  guint rows = 0, with_points = 0;

  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  g_assert_cmpstr (tiers_suppliers_page_get_selected_code (suppliers), ==, w->worst);
  scorecard = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (suppliers),
                                                        TIERS_TYPE_SCORECARD));
  g_assert_nonnull (scorecard);
  g_assert_cmpstr (tiers_supplier_record_get_code (tiers_scorecard_get_supplier (scorecard)),
                   ==, w->worst);
  /* Shown beside the list once it has loaded and the window has laid it out. */
  TIERS_TEST_WAIT_UNTIL (!tiers_scorecard_get_loading (scorecard) &&
                         gtk_widget_get_mapped (GTK_WIDGET (scorecard)));

  g_assert_cmpint (tiers_grade_badge_get_grade (
                     TIERS_GRADE_BADGE (template_child (scorecard, TIERS_TYPE_SCORECARD,
                                                        "grade_badge"))),
                   ==, TIERS_GRADE_D);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (scorecard,
                                                                  TIERS_TYPE_SCORECARD,
                                                                  "score_label"))),
                   ==, score);

  /* The grade's band says why 45 points make a D: the C threshold of the scheme. */
  {
    g_autofree char *band = g_strdup_printf ("Grade D: a score under %.1f",
                                             evaluation->scheme->grade_c);

    g_assert_cmpfloat (result->score, <, evaluation->scheme->grade_c);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (scorecard,
                                                                    TIERS_TYPE_SCORECARD,
                                                                    "band_label"))),
                     ==, band);
  }

  /* One row per criterion; a criterion with a value says the points it adds. */
  criteria = GTK_WIDGET (template_child (scorecard, TIERS_TYPE_SCORECARD, "criteria_list"));
  for (GtkWidget *row = gtk_widget_get_first_child (criteria); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      {
        const TiersCriterionResult *criterion = &result->criteria[rows++];

        if (criterion->weight_share > 0)
          {
            g_autofree char *points = g_strdup_printf ("+%.2f points", criterion->points);

            g_assert_nonnull (tiers_test_find_label (row, points));
            with_points++;
          }
      }
  g_assert_cmpuint (rows, ==, evaluation->scheme->criteria->len);
  g_assert_cmpuint (with_points, >, 0);

  /* Why, as the explanation of the stored evaluations says it. */
  {
    g_autoptr(TiersStore) store = open_store (w);
    g_autoptr(GError) error = NULL;
    g_autoptr(TiersExplanation) explanation =
      tiers_store_explain (store, &evaluation->period, w->worst, &error);

    g_assert_no_error (error);
    why = tiers_describe_change (explanation);
  }
  g_assert_cmpuint (strlen (why), >, 20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (scorecard,
                                                                  TIERS_TYPE_SCORECARD,
                                                                  "change_label"))),
                   ==, why);
}

static gint64
stored_scheme_version (Walk *w)
{
  g_autoptr(TiersStore) store = open_store (w);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  gint64 version = 0;

  scheme = tiers_store_load_scheme (store, &version, &error);
  g_assert_no_error (error);
  return version;
}

/* d. A weight edit on the Criteria page moves the grades in the preview at once, stores
 * nothing; Apply stores a new version and the period is graded again with it. */
static void
change_weight (Walk *w)
{
  TiersSession *session = tiers_window_get_session (w->window);
  TiersCriteriaPage *page = tiers_window_get_criteria_page (w->window);
  TiersWhatIfView *view = TIERS_WHAT_IF_VIEW (template_child (page, TIERS_TYPE_CRITERIA_PAGE,
                                                              "what_if"));
  GtkWidget *apply = GTK_WIDGET (template_child (page, TIERS_TYPE_CRITERIA_PAGE,
                                                 "apply_button"));
  gint64 version = tiers_session_get_scheme_version (session);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (TiersGradeChange));
  TiersGradeCounts edited_counts;
  gboolean moved = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (w->window), "win.show-page", "s",
                                             "criteria"));
  g_assert_cmpstr (visible_page (w), ==, "criteria");
  wait_until_settled (w);
  g_assert_cmpint (tiers_what_if_view_get_state (view), ==, TIERS_WHAT_IF_READY);
  g_assert_false (gtk_widget_get_sensitive (apply));

  /* The first criterion weighs four times the rest together. */
  gtk_spin_button_set_value (
    tiers_criterion_editor_get_weight (tiers_criteria_page_get_editor (page, 0)), 400);
  g_assert_cmpint (tiers_what_if_view_get_state (view), ==, TIERS_WHAT_IF_READY);
  g_assert_cmpuint (g_list_model_get_n_items (tiers_what_if_view_get_changes (view)), >, 0);
  for (TiersGrade grade = TIERS_GRADE_NONE; grade <= TIERS_GRADE_D; grade++)
    moved |= g_strcmp0 (tiers_what_if_view_get_count_text (view, FALSE, grade),
                        tiers_what_if_view_get_count_text (view, TRUE, grade)) != 0;
  g_assert_true (moved);
  edited_counts = tiers_what_if_view_get_what_if (view)->counts_edited;
  for (guint i = 0; i < g_list_model_get_n_items (tiers_what_if_view_get_changes (view)); i++)
    {
      g_autoptr(TiersGradeChangeItem) item =
        g_list_model_get_item (tiers_what_if_view_get_changes (view), i);
      TiersGradeChange change = *tiers_grade_change_item_get_change (item);

      change.code = g_intern_string (change.code);
      g_array_append_val (expected, change);
    }
  /* Only previewed: the stored scheme and the stored grades are as they were. */
  g_assert_cmpint (stored_scheme_version (w), ==, version);
  g_assert_cmpint (tiers_session_get_scheme_version (session), ==, version);
  g_assert_true (gtk_widget_get_sensitive (apply));

  g_signal_emit_by_name (apply, "clicked");
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_scheme_version (session) > version &&
                         !tiers_criteria_page_get_modified (page));
  wait_until_settled (w);
  g_assert_cmpint (stored_scheme_version (w), ==, tiers_session_get_scheme_version (session));

  /* The stored evaluation of the period is the one the preview promised. */
  {
    g_autoptr(TiersStore) store = open_store (w);
    g_autoptr(GError) error = NULL;
    TiersEvaluation *stored = tiers_store_load_evaluation (store,
                                                           tiers_session_get_period (session),
                                                           &error);
    TiersGradeCounts counts;

    g_assert_no_error (error);
    g_assert_cmpint (stored->scheme_version, ==, tiers_session_get_scheme_version (session));
    tiers_grade_counts_init (&counts, stored, NULL);
    for (TiersGrade grade = TIERS_GRADE_NONE; grade <= TIERS_GRADE_D; grade++)
      g_assert_cmpuint (counts.grades[grade], ==, edited_counts.grades[grade]);
    for (guint i = 0; i < expected->len; i++)
      {
        const TiersGradeChange *change = &g_array_index (expected, TiersGradeChange, i);
        const TiersSupplierResult *result = tiers_evaluation_find (stored, change->code);

        g_assert_nonnull (result);
        g_assert_cmpint (result->graded ? result->grade : TIERS_GRADE_NONE, ==, change->to);
      }
    tiers_evaluation_free (stored);
  }
  g_assert_cmpint (tiers_session_get_evaluation (session)->scheme_version, ==,
                   tiers_session_get_scheme_version (session));
}

/* The first day of the month after PERIOD. */
static void
month_after (const TiersPeriod *period,
             GDate             *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, (GDateMonth) (period->index * 3), (GDateYear) period->year);
  g_date_add_months (date, 1);
}

/* A month of receipts of three sample suppliers, two each. */
static char *
write_month (Walk              *w,
             const TiersPeriod *quarter,
             const char *const *codes)
{
  g_autoptr(GString) csv = g_string_new ("supplier_code,po_number,item_code,ordered_qty,"
                                         "received_qty,rejected_qty,unit_price,"
                                         "promised_date,received_date\n");
  g_autofree char *path = g_build_filename (w->dir, "receipts-next-month.csv", NULL);
  g_autoptr(GError) error = NULL;
  GDate first;
  guint year, month;

  month_after (quarter, &first);
  year = g_date_get_year (&first);
  month = g_date_get_month (&first);
  for (guint i = 0; codes[i] != NULL; i++)
    g_string_append_printf (csv,
                            "%s,PO-WALK-%u,ITEM-%u,100,100,%u,2.50,%u-%02u-05,%u-%02u-%02u\n"
                            "%s,PO-WALK-%u,ITEM-%u,40,38,0,2.50,%u-%02u-20,%u-%02u-20\n",
                            codes[i], 2 * i, i, i, year, month, year, month, 5 + i,
                            codes[i], 2 * i + 1, i, year, month, year, month);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* The file dragged from a file manager and dropped on the window. (Import… in the main
 * menu opens GTK's file chooser on the same dialog; its sidebar's cloud-provider client
 * leaks inside its library, which the sanitizer build would report.) */
static void
drop_file (Walk  *w,
           GFile *file)
{
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (tiers_test_find_drop_target (GTK_WIDGET (w->window)), "drop", &value, 10.0,
                         10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);
}

static gboolean
selector_offers (Walk       *w,
                 const char *label)
{
  GListModel *labels = gtk_drop_down_get_model (
    tiers_period_selector_get_dropdown (tiers_window_get_period_selector (w->window)));

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (labels, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return TRUE;
    }
  return FALSE;
}

/* e. The new month's file dropped on the window, Import in the dialog it opens: a toast
 * offers the new month's quarter, Show evaluates it, and a toast says what landed. */
static void
import_month (Walk *w)
{
  static const char *const codes[] = { "S0001", "S0002", "S0003", NULL };
  TiersSession *session = tiers_window_get_session (w->window);
  TiersPeriod quarter = *tiers_session_get_period (session);
  TiersPeriod next = { TIERS_PERIOD_QUARTER, quarter.year + (quarter.index == 4),
                       quarter.index % 4 + 1 };
  g_autofree char *path = write_month (w, &quarter, codes);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TiersStore) store = open_store (w);
  g_autofree char *next_label = NULL;
  g_autofree char *offer = NULL;
  GtkWidget *show;
  GtkDropDown *dropdown;
  TiersImportDialog *dialog;
  const TiersEvaluation *evaluation;

  next_label = tiers_period_to_label (&next);
  offer = g_strdup_printf ("%s has data now", next_label);
  g_assert_false (selector_offers (w, next_label));

  drop_file (w, file);
  dialog = (TiersImportDialog *) tiers_test_find_toplevel (TIERS_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (w->window));
  g_assert_cmpuint (tiers_import_dialog_get_n_files (dialog), ==, 1);
  TIERS_TEST_WAIT_UNTIL (!tiers_import_dialog_get_busy (dialog));
  g_assert_true (tiers_import_dialog_get_can_import (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_toplevel (TIERS_TYPE_IMPORT_DIALOG) == NULL);

  /* The new quarter is in the selector, still on the quarter being looked at, and a toast
   * offers it; its Show button evaluates it with the receipts just imported. */
  g_assert_true (selector_offers (w, next_label));
  g_assert_true (tiers_period_equal (tiers_session_get_period (session), &quarter));
  TIERS_TEST_WAIT_UNTIL ((show = tiers_test_find_button (GTK_WIDGET (w->window),
                                                         "win.show-period")) != NULL);
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (w->window), offer) != NULL);
  /* A button's activation, like a key press on it, clicks when it lets go. */
  g_assert_true (gtk_widget_activate (show));
  TIERS_TEST_WAIT_UNTIL (tiers_period_equal (tiers_session_get_period (session), &next));
  dropdown = tiers_period_selector_get_dropdown (tiers_window_get_period_selector (w->window));
  g_assert_true (tiers_period_equal (&g_array_index (tiers_session_get_periods (session),
                                                     TiersPeriod,
                                                     gtk_drop_down_get_selected (dropdown)),
                                     &next));
  /* Then the toast of what landed. */
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (w->window),
                                                "Imported 6 receipts") != NULL);
  wait_until_settled (w);
  evaluation = tiers_session_get_evaluation (session);
  g_assert_true (tiers_period_equal (&evaluation->period, &next));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      const TiersSupplierResult *result = tiers_evaluation_find (evaluation, codes[i]);

      g_assert_nonnull (result);
      g_assert_cmpuint (result->supplier->receipts, ==, 2);
    }
  /* It was stored, with the scheme just applied. */
  {
    g_autoptr(GError) error = NULL;
    TiersEvaluation *stored = tiers_store_load_evaluation (store, &next, &error);

    g_assert_no_error (error);
    g_assert_cmpint (stored->scheme_version, ==, tiers_session_get_scheme_version (session));
    tiers_evaluation_free (stored);
  }
  /* The overview counts the new quarter. */
  g_assert_cmpuint (tiers_overview_page_get_count (tiers_window_get_overview_page (w->window),
                                                   TIERS_GRADE_NONE) +
                    tiers_overview_page_get_count (tiers_window_get_overview_page (w->window),
                                                   TIERS_GRADE_A) +
                    tiers_overview_page_get_count (tiers_window_get_overview_page (w->window),
                                                   TIERS_GRADE_B) +
                    tiers_overview_page_get_count (tiers_window_get_overview_page (w->window),
                                                   TIERS_GRADE_C) +
                    tiers_overview_page_get_count (tiers_window_get_overview_page (w->window),
                                                   TIERS_GRADE_D),
                    ==, evaluation->n_suppliers);
}

/* f. On a phone-sized window the header bar still holds the period, the title, the menu
 * and the window buttons: the period goes by its short name, and the pages switch from a
 * bar at the bottom. */
static void
narrow_window (Walk *w)
{
  TiersPeriodSelector *selector = tiers_window_get_period_selector (w->window);
  GtkWidget *header = tiers_test_find_by_type (GTK_WIDGET (w->window), ADW_TYPE_HEADER_BAR);
  GtkWidget *bar = tiers_test_find_by_type (GTK_WIDGET (w->window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_autofree char *full = tiers_period_to_label (
    tiers_session_get_period (tiers_window_get_session (w->window)));
  int header_width = 0, content_width = 0;

  g_assert_false (tiers_period_selector_get_compact (selector));
  g_assert_cmpstr (tiers_period_selector_get_button_text (selector), ==, full);
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));

  gtk_window_set_default_size (GTK_WINDOW (w->window), 360, 700);
  TIERS_TEST_WAIT_UNTIL (tiers_period_selector_get_compact (selector) &&
                         adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  g_assert_nonnull (tiers_period_selector_get_button_text (selector));
  gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &header_width, NULL, NULL, NULL);
  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (w->window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &content_width, NULL, NULL, NULL);
  g_assert_cmpint (header_width, <=, 360);
  g_assert_cmpint (content_width, <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (w->window), 1280, 800);
  TIERS_TEST_WAIT_UNTIL (!tiers_period_selector_get_compact (selector));
  g_assert_cmpstr (tiers_period_selector_get_button_text (selector), ==, full);
}

static void
test_walkthrough (void)
{
  Walk w = { NULL };

  w.dir = g_dir_make_tmp ("tiers-walkthrough-XXXXXX", NULL);
  g_assert_nonnull (w.dir);
  w.db_path = g_build_filename (w.dir, "tiers.db", NULL);
  w.window = g_object_ref (tiers_window_new (NULL, w.db_path));
  gtk_window_set_default_size (GTK_WINDOW (w.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (w.window));

  load_sample (&w);
  find_worst (&w);
  open_worst_scorecard (&w);
  change_weight (&w);
  import_month (&w);
  narrow_window (&w);

  gtk_window_destroy (GTK_WINDOW (w.window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (w.window);
  tiers_test_remove_tree (w.dir);
  g_free (w.worst);
  g_free (w.db_path);
  g_free (w.dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/walkthrough/find-why-preview-import", test_walkthrough);
  return g_test_run ();
}
