/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-criteria-page.c: the Criteria page driven through its widgets on a sample database:
 * a weight edit moves the what-if exactly as grading the edited scheme does, invalid input is
 * marked and keeps Apply off, Apply stores a new version and re-grades the stored periods
 * (and keeps the version when cancelled), Revert, adding, moving and removing a criterion,
 * bands, a GraceDays edit recomputed off the main loop, another period, a scheme version
 * stored elsewhere, and the empty database. */
#include "config.h"

#include <adwaita.h>

#include "tiers-criteria-jobs.h"
#include "tiers-criteria-page.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"
#include "tiers-test-util.h"
#include "tiers-store-sample.h"
#include "tiers-what-if-view.h"

typedef struct
{
  char              *dir;
  char              *path;
  TiersSession      *session;
  GtkWindow         *window;
  TiersCriteriaPage *page;
} Fixture;

static void
wait_until_idle (Fixture *f)
{
  while (tiers_session_get_busy (f->session) || tiers_criteria_page_get_busy (f->page))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tiers-criteria-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  {
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    TiersSampleOptions options;

    g_assert_no_error (error);
    if (data != NULL)
      {
        tiers_sample_options_init (&options);
        options.suppliers = 80;
        options.years = 1;
        g_date_set_dmy (&options.until, 30, 9, 2026);
        g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
        g_assert_no_error (error);
      }
  }
  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  f->page = g_object_ref_sink (TIERS_CRITERIA_PAGE (tiers_criteria_page_new (f->session)));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wait_until_idle (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  gtk_window_destroy (f->window);
  wait_until_idle (f);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->session);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

static GObject *
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), TIERS_TYPE_CRITERIA_PAGE, name);
}

static TiersWhatIfView *
what_if_view (Fixture *f)
{
  return TIERS_WHAT_IF_VIEW (child (f, "what_if"));
}

static gboolean
apply_sensitive (Fixture *f)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (child (f, "apply_button")));
}

/* The what-if of the stored scheme against EDITED, graded here without the page. */
static TiersWhatIf *
expected_what_if (Fixture *f, const TiersScheme *edited, gboolean compute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  const TiersScheme *stored = tiers_session_get_scheme (f->session);
  const TiersPeriod *period = tiers_session_get_period (f->session);
  g_autoptr(TiersIndicatorSet) base = tiers_store_load_indicators (store, period, stored, &error);
  g_autofree double *base_previous = tiers_store_load_previous_scores (store, base, &error);
  g_autoptr(TiersIndicatorSet) set = NULL;
  g_autofree double *previous = NULL;
  TiersEvaluation *now;
  TiersWhatIf *w;

  g_assert_no_error (error);
  set = compute ? tiers_store_compute_indicators (store, period, edited->grace_days,
                                                  edited->quantity_tolerance, &error)
                : tiers_indicator_set_ref (base);
  previous = tiers_store_load_previous_scores (store, set, &error);
  g_assert_no_error (error);
  now = tiers_evaluation_new (base, stored, 0, base_previous);
  w = tiers_what_if_compare (now, tiers_evaluation_new (set, edited, 0, previous));
  w->owned_now = now;   /* freed with w */
  return w;
}

/* What the view shows equals EXPECTED: every count and every changed supplier in order. */
static void
assert_view_shows (Fixture *f, const TiersWhatIf *expected)
{
  TiersWhatIfView *view = what_if_view (f);
  GListModel *changes = tiers_what_if_view_get_changes (view);
  const TiersGrade grades[] = {
    TIERS_GRADE_A, TIERS_GRADE_B, TIERS_GRADE_C, TIERS_GRADE_D, TIERS_GRADE_NONE,
  };

  g_assert_cmpint (tiers_what_if_view_get_state (view), ==, TIERS_WHAT_IF_READY);
  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    {
      g_autofree char *now = g_strdup_printf ("%u", expected->counts_now.grades[grades[i]]);
      g_autofree char *edited = g_strdup_printf ("%u",
                                                 expected->counts_edited.grades[grades[i]]);

      g_assert_cmpstr (tiers_what_if_view_get_count_text (view, FALSE, grades[i]), ==, now);
      g_assert_cmpstr (tiers_what_if_view_get_count_text (view, TRUE, grades[i]), ==, edited);
    }
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, expected->changes->len);
  for (guint i = 0; i < expected->changes->len; i++)
    {
      g_autoptr(TiersGradeChangeItem) item = g_list_model_get_item (changes, i);
      const TiersGradeChange *want = &g_array_index (expected->changes, TiersGradeChange, i);
      const TiersGradeChange *got = tiers_grade_change_item_get_change (item);

      g_assert_cmpstr (got->code, ==, want->code);
      g_assert_cmpint (got->from, ==, want->from);
      g_assert_cmpint (got->to, ==, want->to);
      g_assert_cmpfloat (got->score_before, ==, want->score_before);
      g_assert_cmpfloat (got->score_after, ==, want->score_after);
      g_assert_cmpstr (tiers_grade_change_item_get_name (item), !=, "");
    }
}

static void
test_weight_edit (Fixture *f, gconstpointer data)
{
  TiersCriterionEditor *editor = tiers_criteria_page_get_editor (f->page, 0);
  g_autoptr(TiersWhatIf) expected = NULL;

  g_assert_nonnull (editor);
  g_assert_false (apply_sensitive (f));
  /* Nothing edited: the preview is the stored grading and nobody changes. */
  g_assert_cmpuint (g_list_model_get_n_items (tiers_what_if_view_get_changes (what_if_view (f))),
                    ==, 0);

  gtk_spin_button_set_value (tiers_criterion_editor_get_weight (editor), 400);
  /* Re-scored on the main loop at once: nothing to wait for. */
  g_assert_false (tiers_criteria_page_get_busy (f->page));
  g_assert_cmpfloat (((TiersCriterion *) tiers_criteria_page_get_edited (f->page)->criteria
                      ->pdata[0])->weight, ==, 400);
  expected = expected_what_if (f, tiers_criteria_page_get_edited (f->page), FALSE);
  g_assert_cmpuint (expected->changes->len, >, 0);
  assert_view_shows (f, expected);
  g_assert_true (apply_sensitive (f));
}

static void
test_invalid (Fixture *f, gconstpointer data)
{
  GtkSpinButton *grade_a = GTK_SPIN_BUTTON (child (f, "grade_a"));
  GtkWidget *grade_a_row = GTK_WIDGET (child (f, "grade_a_row"));
  const TiersScheme *edited = tiers_criteria_page_get_edited (f->page);
  double old_a = edited->grade_a;
  TiersCriterionEditor *linear = NULL;

  gtk_spin_button_set_value (grade_a, edited->grade_b - 1);
  g_assert_true (gtk_widget_has_css_class (grade_a_row, "error"));
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (grade_a_row)));
  g_assert_false (apply_sensitive (f));
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_INVALID);
  gtk_spin_button_set_value (grade_a, old_a);
  g_assert_false (gtk_widget_has_css_class (grade_a_row, "error"));
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_READY);

  for (guint i = 0; i < edited->criteria->len && linear == NULL; i++)
    if (((TiersCriterion *) edited->criteria->pdata[i])->method == TIERS_METHOD_LINEAR)
      linear = tiers_criteria_page_get_editor (f->page, i);
  g_assert_nonnull (linear);
  gtk_spin_button_set_value (tiers_criterion_editor_get_best (linear),
                             gtk_spin_button_get_value (tiers_criterion_editor_get_worst (linear)));
  g_assert_cmpstr (tiers_criterion_editor_get_problem (linear), ==,
                   "Best and Worst must differ: one value scores 100, the other 0");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor
                                            (GTK_WIDGET (tiers_criterion_editor_get_best (linear)),
                                             ADW_TYPE_ACTION_ROW), "error"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (linear)), ==,
                   tiers_criterion_editor_get_problem (linear));
  g_assert_false (apply_sensitive (f));
}

static GArray *
stored_periods (TiersStore *store)
{
  g_autoptr(GError) error = NULL;
  GArray *all = g_array_new (FALSE, FALSE, sizeof (TiersPeriod));
  const TiersPeriodKind kinds[] = { TIERS_PERIOD_QUARTER, TIERS_PERIOD_HALF, TIERS_PERIOD_YEAR };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GArray) periods = tiers_store_list_evaluations (store, kinds[k], &error);

      g_assert_no_error (error);
      g_array_append_vals (all, periods->data, periods->len);
    }
  return all;
}

static void
test_apply (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) before = tiers_store_load_scheme (store, NULL, &error);
  g_autoptr(TiersScheme) after = NULL;
  g_autoptr(GArray) periods = NULL;
  gint64 old_version = tiers_session_get_scheme_version (f->session), version = 0;

  /* A stored half-year too, so more than one period kind is graded again. */
  {
    TiersPeriod h1 = { TIERS_PERIOD_HALF, 2026, 1 };
    g_autoptr(TiersEvaluation) e = tiers_store_evaluate (store, &h1, NULL,
                                                         TIERS_EVALUATE_FLAGS_NONE, &error);
    g_assert_no_error (error);
  }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (f, "grade_c")), before->grade_c + 5);
  g_assert_true (apply_sensitive (f));
  g_signal_emit_by_name (child (f, "apply_button"), "clicked");
  g_assert_true (tiers_criteria_page_get_busy (f->page));
  g_assert_false (apply_sensitive (f));
  wait_until_idle (f);

  after = tiers_store_load_scheme (store, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, old_version + 1);
  g_assert_cmpfloat (after->grade_c, ==, before->grade_c + 5);
  g_assert_cmpint (tiers_session_get_scheme_version (f->session), ==, version);
  periods = stored_periods (store);
  g_assert_cmpuint (periods->len, >=, 3);
  for (guint i = 0; i < periods->len; i++)
    {
      g_autoptr(TiersEvaluation) e =
        tiers_store_load_evaluation (store, &g_array_index (periods, TiersPeriod, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (e->scheme_version, ==, version);
    }
  /* The editor now shows the stored scheme: nothing left to apply. */
  g_assert_false (tiers_criteria_page_get_modified (f->page));
  g_assert_false (apply_sensitive (f));
}

static void
on_apply_finished (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Cancelled before re-grading starts: the version is saved and reported as such, and the
 * stored evaluations keep theirs until they are shown. */
static void
test_apply_cancelled (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = tiers_scheme_copy (tiers_session_get_scheme (f->session));
  g_autoptr(GArray) periods = NULL;
  gint64 old_version = tiers_session_get_scheme_version (f->session), version;
  guint regraded = 99;
  gboolean cancelled = FALSE;

  scheme->grade_b += 1;
  /* The session has graded what it shows (the history of the period too) before. */
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_history (f->session, NULL) != NULL);
  g_cancellable_cancel (cancellable);
  tiers_scheme_apply_async (f->session, scheme, "test", NULL, cancellable, on_apply_finished,
                            &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  version = tiers_scheme_apply_finish (result, &regraded, &cancelled, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, old_version + 1);
  g_assert_true (cancelled);
  g_assert_cmpuint (regraded, ==, 0);
  periods = stored_periods (store);
  g_assert_cmpuint (periods->len, >, 0);
  for (guint i = 0; i < periods->len; i++)
    {
      g_autoptr(TiersEvaluation) e =
        tiers_store_load_evaluation (store, &g_array_index (periods, TiersPeriod, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (e->scheme_version, ==, old_version);
    }
}

/* A finalized period keeps its grades under a new scheme, and is not counted as graded again. */
static void
test_apply_finalized (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = tiers_scheme_copy (tiers_session_get_scheme (f->session));
  g_autoptr(GArray) periods = NULL;
  g_autoptr(TiersEvaluation) frozen = NULL;
  TiersPeriod oldest;
  gint64 old_version = tiers_session_get_scheme_version (f->session), version;
  guint regraded = 0;
  gboolean cancelled = TRUE;

  TIERS_TEST_WAIT_UNTIL (tiers_session_get_history (f->session, NULL) != NULL);
  periods = stored_periods (store);
  g_assert_cmpuint (periods->len, >=, 2);
  oldest = g_array_index (periods, TiersPeriod, 0);
  g_assert_true (tiers_store_finalize_period (store, &oldest, NULL, NULL, &error));
  g_assert_no_error (error);

  scheme->grade_b += 1;
  tiers_scheme_apply_async (f->session, scheme, "test", NULL, NULL, on_apply_finished, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  version = tiers_scheme_apply_finish (result, &regraded, &cancelled, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, old_version + 1);
  g_assert_false (cancelled);
  g_assert_cmpuint (regraded, ==, periods->len - 1);
  frozen = tiers_store_load_evaluation (store, &oldest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (frozen->scheme_version, ==, old_version);
}

static void
test_revert (Fixture *f, gconstpointer data)
{
  GtkSpinButton *weight = tiers_criterion_editor_get_weight (tiers_criteria_page_get_editor
                                                             (f->page, 1));
  double old = gtk_spin_button_get_value (weight);

  gtk_spin_button_set_value (weight, old + 7);
  g_assert_true (tiers_criteria_page_get_modified (f->page));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (f, "revert_button"))));
  g_signal_emit_by_name (child (f, "revert_button"), "clicked");
  g_assert_false (tiers_criteria_page_get_modified (f->page));
  g_assert_true (tiers_scheme_equal (tiers_criteria_page_get_edited (f->page),
                                     tiers_session_get_scheme (f->session)));
  /* The fields were rebuilt from the stored scheme. */
  weight = tiers_criterion_editor_get_weight (tiers_criteria_page_get_editor (f->page, 1));
  g_assert_cmpfloat (gtk_spin_button_get_value (weight), ==, old);
  g_assert_false (apply_sensitive (f));
}

static void
test_add_remove (Fixture *f, gconstpointer data)
{
  guint n = tiers_criteria_page_get_edited (f->page)->criteria->len;
  TiersCriterionEditor *added;
  GtkEditable *key;

  g_signal_emit_by_name (child (f, "add_button"), "clicked");
  g_assert_cmpuint (tiers_criteria_page_get_edited (f->page)->criteria->len, ==, n + 1);
  added = tiers_criteria_page_get_editor (f->page, n);
  g_assert_nonnull (added);
  key = tiers_criterion_editor_get_key (added);
  g_assert_nonnull (key);   /* a new criterion's key can be chosen */
  g_assert_true (apply_sensitive (f));

  gtk_editable_set_text (key, "Bad Key");
  g_assert_nonnull (tiers_criterion_editor_get_problem (added));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (key), "error"));
  g_assert_false (apply_sensitive (f));
  gtk_editable_set_text (key, ((TiersCriterion *) tiers_criteria_page_get_edited (f->page)
                               ->criteria->pdata[0])->key);
  g_assert_cmpstr (tiers_criterion_editor_get_problem (added), ==, "Two criteria have this key");
  g_assert_false (apply_sensitive (f));
  gtk_editable_set_text (key, "audit");
  /* A name is text, not markup. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (GTK_WIDGET (key))),
                         "Audit <R&D>");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (added)), ==,
                   "Audit <R&D>");
  g_assert_null (tiers_criterion_editor_get_problem (added));
  g_assert_true (apply_sensitive (f));
  g_assert_cmpstr (((TiersCriterion *) tiers_criteria_page_get_edited (f->page)
                    ->criteria->pdata[n])->key, ==, "audit");

  /* Moving it up keeps editors and criteria in the same order. */
  g_signal_emit_by_name (added, "move", -1);
  g_assert_true (tiers_criteria_page_get_editor (f->page, n - 1) == added);
  g_assert_cmpstr (((TiersCriterion *) tiers_criteria_page_get_edited (f->page)
                    ->criteria->pdata[n - 1])->key, ==, "audit");

  g_signal_emit_by_name (added, "remove");
  g_assert_cmpuint (tiers_criteria_page_get_edited (f->page)->criteria->len, ==, n);
  g_assert_null (tiers_criteria_page_get_editor (f->page, n));
  g_assert_false (tiers_criteria_page_get_modified (f->page));
  g_assert_false (apply_sensitive (f));
}

static void
test_method_bands (Fixture *f, gconstpointer data)
{
  TiersCriterionEditor *editor = tiers_criteria_page_get_editor (f->page, 0);
  const TiersCriterion *c = tiers_criterion_editor_get_criterion (editor);
  GtkEditable *bands = tiers_criterion_editor_get_bands (editor);
  g_autoptr(TiersWhatIf) expected = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bands)));
  adw_combo_row_set_selected (tiers_criterion_editor_get_method (editor), TIERS_METHOD_BANDS);
  g_assert_cmpint (c->method, ==, TIERS_METHOD_BANDS);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bands)));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (tiers_criterion_editor_get_best (editor))));

  /* No bands yet: marked, Apply off. */
  g_assert_cmpstr (tiers_criterion_editor_get_problem (editor), ==,
                   "The bands method needs at least one band");
  g_assert_false (apply_sensitive (f));
  gtk_editable_set_text (bands, "0.99:100; 0.95:70; 0:20");
  g_assert_null (tiers_criterion_editor_get_problem (editor));
  g_assert_cmpuint (c->bands->len, ==, 3);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).threshold, ==, 0.95);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).score, ==, 70);
  g_assert_true (apply_sensitive (f));
  expected = expected_what_if (f, tiers_criteria_page_get_edited (f->page), FALSE);
  assert_view_shows (f, expected);

  gtk_editable_set_text (bands, "0.99:100; 0.95");
  g_assert_nonnull (tiers_criterion_editor_get_problem (editor));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bands), "error"));
  g_assert_false (apply_sensitive (f));
  gtk_editable_set_text (bands, "0.99:100; 0.99:50");
  g_assert_cmpstr (tiers_criterion_editor_get_problem (editor), ==,
                   "Two bands have the same threshold");
}

static void
test_grace_days (Fixture *f, gconstpointer data)
{
  GtkSpinButton *grace = GTK_SPIN_BUTTON (child (f, "grace_days"));
  g_autoptr(TiersWhatIf) expected = NULL;

  gtk_spin_button_set_value (grace, gtk_spin_button_get_value (grace) + 2);
  /* Indicators change: computed off the main loop, the preview marked meanwhile. */
  g_assert_true (tiers_criteria_page_get_busy (f->page));
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_UPDATING);
  /* Another step before that lands: the first answer is dropped, the second shown; a
   * weight edit meanwhile waits for it and is scored when it lands. */
  gtk_spin_button_set_value (grace, gtk_spin_button_get_value (grace) + 1);
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_UPDATING);
  gtk_spin_button_set_value (tiers_criterion_editor_get_weight
                             (tiers_criteria_page_get_editor (f->page, 1)), 40);
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_UPDATING);
  wait_until_idle (f);
  g_assert_cmpint (tiers_criteria_page_get_edited (f->page)->grace_days, ==,
                   tiers_session_get_scheme (f->session)->grace_days + 3);
  expected = expected_what_if (f, tiers_criteria_page_get_edited (f->page), TRUE);
  assert_view_shows (f, expected);

  /* A weight edit now re-scores the recomputed set at once. */
  gtk_spin_button_set_value (tiers_criterion_editor_get_weight
                             (tiers_criteria_page_get_editor (f->page, 0)), 300);
  g_assert_false (tiers_criteria_page_get_busy (f->page));
  g_clear_pointer (&expected, tiers_what_if_free);
  expected = expected_what_if (f, tiers_criteria_page_get_edited (f->page), TRUE);
  assert_view_shows (f, expected);
}

static void
test_period (Fixture *f, gconstpointer data)
{
  TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
  g_autoptr(TiersWhatIf) expected = NULL;

  gtk_spin_button_set_value (tiers_criterion_editor_get_weight
                             (tiers_criteria_page_get_editor (f->page, 0)), 250);
  tiers_session_set_period (f->session, &q2);
  g_assert_true (tiers_criteria_page_get_busy (f->page));
  wait_until_idle (f);
  /* The edit stays and is previewed on the other period's indicators. */
  g_assert_true (tiers_criteria_page_get_modified (f->page));
  expected = expected_what_if (f, tiers_criteria_page_get_edited (f->page), FALSE);
  g_assert_cmpint (expected->edited->period.index, ==, 2);
  assert_view_shows (f, expected);
}

/* Another window stores a new scheme version: the page shows it, unless the user is editing. */
static void
save_scheme_elsewhere (Fixture *f, double grade_a)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, &error);

  g_assert_no_error (error);
  scheme->grade_a = grade_a;
  g_assert_true (tiers_store_save_scheme (store, scheme, "test", NULL, &error));
  tiers_session_data_changed (f->session);
  wait_until_idle (f);
}

static void
test_scheme_version (Fixture *f, gconstpointer data)
{
  GtkSpinButton *grade_a = GTK_SPIN_BUTTON (child (f, "grade_a"));
  GtkSpinButton *weight;

  save_scheme_elsewhere (f, 95);
  g_assert_cmpfloat (gtk_spin_button_get_value (grade_a), ==, 95);
  g_assert_false (tiers_criteria_page_get_modified (f->page));

  /* The criteria were filled again from the new version: new editors. */
  weight = tiers_criterion_editor_get_weight (tiers_criteria_page_get_editor (f->page, 0));
  gtk_spin_button_set_value (weight, 123);
  save_scheme_elsewhere (f, 93);
  /* Unsaved edits are kept; what they differ from is the newer version now. */
  weight = tiers_criterion_editor_get_weight (tiers_criteria_page_get_editor (f->page, 0));
  g_assert_cmpfloat (gtk_spin_button_get_value (weight), ==, 123);
  g_assert_cmpfloat (gtk_spin_button_get_value (grade_a), ==, 95);
  g_assert_true (tiers_criteria_page_get_modified (f->page));
  g_signal_emit_by_name (child (f, "revert_button"), "clicked");
  g_assert_cmpfloat (gtk_spin_button_get_value (grade_a), ==, 93);
}

/* Under DowngradeAfter the what-if grades as evaluate does, holding grades: with nothing
 * edited, what it shows as "now" is exactly the stored evaluation, at-risk suppliers included. */
static void
test_downgrade_after (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, &error);
  TiersWhatIfView *view = what_if_view (f);
  const TiersEvaluation *stored;
  const char *quarters[] = { "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3" };
  TiersGradeCounts counts;
  guint at_risk = 0;

  g_assert_no_error (error);
  scheme->downgrade_after = 3;
  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    {
      TiersPeriod period;
      TiersEvaluation *e;

      g_assert_true (tiers_period_parse (quarters[i], &period, &error));
      e = tiers_store_evaluate (store, &period, i == 0 ? scheme : NULL, 0, &error);
      g_assert_no_error (error);
      tiers_evaluation_free (e);
    }
  tiers_session_data_changed (f->session);
  wait_until_idle (f);

  stored = tiers_session_get_evaluation (f->session);
  g_assert_nonnull (stored);
  g_assert_cmpint (stored->scheme->downgrade_after, ==, 3);
  for (guint i = 0; i < stored->n_suppliers; i++)
    at_risk += stored->suppliers[i].at_risk;
  g_assert_cmpuint (at_risk, >, 0);   /* else this test would prove nothing */

  tiers_grade_counts_init (&counts, stored, NULL);
  g_assert_cmpint (tiers_what_if_view_get_state (view), ==, TIERS_WHAT_IF_READY);
  for (TiersGrade g = TIERS_GRADE_A; g <= TIERS_GRADE_D; g++)
    {
      g_autofree char *want = g_strdup_printf ("%u", counts.grades[g]);

      g_assert_cmpstr (tiers_what_if_view_get_count_text (view, FALSE, g), ==, want);
      g_assert_cmpstr (tiers_what_if_view_get_count_text (view, TRUE, g), ==, want);
    }
  g_assert_cmpuint (g_list_model_get_n_items (tiers_what_if_view_get_changes (view)), ==, 0);
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_assert_null (tiers_session_get_period (f->session));
  g_assert_cmpint (tiers_what_if_view_get_state (what_if_view (f)), ==, TIERS_WHAT_IF_EMPTY);
  /* The scheme can still be edited. */
  g_assert_nonnull (tiers_criteria_page_get_editor (f->page, 0));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
#define ADD(path, sample, fn) \
  g_test_add (path, Fixture, sample, fixture_set_up, fn, fixture_tear_down)
  ADD ("/criteria-page/weight-edit", "sample", test_weight_edit);
  ADD ("/criteria-page/invalid", "sample", test_invalid);
  ADD ("/criteria-page/apply", "sample", test_apply);
  ADD ("/criteria-page/apply-cancelled", "sample", test_apply_cancelled);
  ADD ("/criteria-page/apply-finalized", "sample", test_apply_finalized);
  ADD ("/criteria-page/revert", "sample", test_revert);
  ADD ("/criteria-page/add-remove", "sample", test_add_remove);
  ADD ("/criteria-page/method-bands", "sample", test_method_bands);
  ADD ("/criteria-page/grace-days", "sample", test_grace_days);
  ADD ("/criteria-page/period", "sample", test_period);
  ADD ("/criteria-page/scheme-version", "sample", test_scheme_version);
  ADD ("/criteria-page/downgrade-after", "sample", test_downgrade_after);
  ADD ("/criteria-page/empty", NULL, test_empty);
#undef ADD
  return g_test_run ();
}
