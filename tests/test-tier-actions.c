/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tier-actions.c: the scorecard's tier actions, the Review page's and the Overview's
 * replacement flags, driven through their real widgets as a manager uses them: an
 * improvement plan opened for a D supplier of 2026-Q2 in its window, checked against 2026-Q3
 * (met or missed as the store's values say); the tier strategy of grade D with its hard
 * steps; terminating a supplier by recording that hard step; the suppliers flagged for
 * replacement listed and tagged. With TIERS_SHOT_DIR set, it saves PNGs of what it shows. */
#define G_LOG_DOMAIN "test-tier-actions"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-application.h"
#include "tiers-plan-dialog.h"
#include "tiers-replacement-flags.h"
#include "tiers-replacement-list.h"
#include "tiers-review-page.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-plans.h"
#include "tiers-store-sample.h"
#include "tiers-store-status.h"
#include "tiers-store-strategies.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-strategy-page.h"
#include "tiers-tier-actions.h"

/* What the window says, in the language the test runs in (LANGUAGE=zh_CN for Chinese
 * screenshots). */
#define T_(text) g_dgettext (GETTEXT_PACKAGE, text)

static const TiersPeriod q2 = { TIERS_PERIOD_QUARTER, 2026, 2 };
static const TiersPeriod q3 = { TIERS_PERIOD_QUARTER, 2026, 3 };

typedef struct
{
  char             *dir;
  char             *path;
  TiersSession     *session;
  GtkWidget        *window;
  TiersTierActions *actions;
  char             *code;     /* a D supplier of 2026-Q2 */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersEvaluation) e = NULL;
  g_autoptr(TiersScheme) scheme = NULL;
  GtkWidget *scrolled;
  TiersSampleOptions options;
  gint64 version;

  f->dir = g_dir_make_tmp ("tiers-tier-actions-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 40;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  scheme = tiers_store_load_scheme (store, &version, &error);
  g_assert_true (tiers_store_current_evaluation (store, &q2, version, &e, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < e->n_suppliers && f->code == NULL; i++)
    if (e->suppliers[i].graded && e->suppliers[i].grade == TIERS_GRADE_D)
      f->code = g_strdup (e->suppliers[i].supplier->code);
  g_assert_nonnull (f->code);

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  tiers_session_set_period (f->session, &q2);
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_review (f->session) != NULL
                         && tiers_session_get_details (f->session) != NULL);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 720, 1000);
  f->actions = TIERS_TIER_ACTIONS (tiers_tier_actions_new ());
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->actions));
  gtk_widget_set_margin_start (GTK_WIDGET (f->actions), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (f->actions), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (f->actions), 12);
  gtk_window_set_child (GTK_WINDOW (f->window), scrolled);
  gtk_window_present (GTK_WINDOW (f->window));
  tiers_tier_actions_show (f->actions, f->session, f->code, "Test Supplier", TIERS_GRADE_D);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_object_add_weak_pointer (G_OBJECT (f->actions), (gpointer *) &f->actions);
  gtk_window_destroy (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (f->actions == NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  tiers_test_remove_tree (f->dir);
  g_free (f->code);
  g_free (f->path);
  g_free (f->dir);
}

/* Saves a PNG of WIDGET's window as NAME when TIERS_SHOT_DIR says where. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("TIERS_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkWidget *root;
  int width, height;

  if (dir == NULL)
    return;
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  root = GTK_WIDGET (gtk_widget_get_root (widget));
  width = gtk_widget_get_width (root);
  height = gtk_widget_get_height (root);
  paintable = gtk_widget_paintable_new (root);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (root)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row below WIDGET titled TITLE. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  GtkWindow *dialog = NULL;

  TIERS_TEST_WAIT_UNTIL ((dialog = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* The NTH button below WIDGET whose label is LABEL. */
static GtkWidget *
find_named_button (GtkWidget  *widget,
                   const char *label,
                   guint       nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();

  g_ptr_array_add (queue, widget);
  for (guint i = 0; i < queue->len; i++)
    {
      GtkWidget *w = queue->pdata[i];

      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0)
        g_ptr_array_add (found, w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (queue, c);
    }
  g_assert_cmpuint (nth, <, found->len);
  return found->pdata[nth];
}

static void
close_all_dialogs (void)
{
  GtkWindow *w;

  while ((w = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (w);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The name shown of grade D's standard action at INDEX (in the window's language). */
static char *
d_action (Fixture *f,
          guint    index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) d = tiers_store_list_standard_actions (tiers_session_get_store (f->session),
                                                              TIERS_GRADE_D, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, d->len);
  return g_strdup (tiers_standard_action_display_name (d->pdata[index]));
}

static void
test_plan_checked (Fixture *f, gconstpointer data)
{
  g_autofree char *terminate = d_action (f, 2);
  g_autofree char *suspend = d_action (f, 1);
  g_autofree char *due_label = tiers_period_to_label (&q3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(TiersEvaluation) q3_evaluation = NULL;
  g_autofree char *title = NULL;
  g_autofree char *check_title = NULL;
  const TiersPlan *plan;
  GtkWindow *window = NULL;
  GtkWidget *row;
  gboolean has_value;
  double value;

  /* Grade D's strategy, its hard steps tagged, and a plan suggested. */
  g_assert_nonnull (find_row (GTK_WIDGET (f->actions), terminate));
  g_assert_nonnull (find_row (GTK_WIDGET (f->actions), suspend));
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (f->actions),
                                                tiers_action_kind_label (TIERS_ACTION_TERMINATE))
                         != NULL);
  g_assert_nonnull (find_row (GTK_WIDGET (f->actions), T_ ("No improvement plans")));
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (f->actions), T_ ("Suggested for a grade C or D supplier: a target for one "
                                                     "criterion by a due period, checked when "
                                                     "that period is evaluated.")));
  shot (GTK_WIDGET (f->actions), "tier-actions.png");

  /* Open a plan in its window: due the next quarter by default, the baseline filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->actions), "tier-actions.new-plan",
                                             NULL));
  TIERS_TEST_WAIT_UNTIL ((window = tiers_test_find_toplevel (ADW_TYPE_WINDOW)) != NULL &&
                         window != GTK_WINDOW (f->window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (window), "due"))),
                   ==, "2026-Q3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (window),
                                                                     "baseline"))), !=, "");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (window), "problem")),
                         "Too many rejected lots");
  /* A target that is not a number is refused at the top, naming the field. */
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (window), "target")), "98 %");
  g_signal_emit_by_name (find_named (GTK_WIDGET (window), "save-plan"), "clicked");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (window), "plan-error")));
  tiers_test_assert_contains (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (window),
                                                                         "plan-error"))),
                              T_ ("Target"));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (window), "target")), "0.99");
  shot (GTK_WIDGET (window), "plan-dialog.png");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_signal_emit_by_name (find_named (GTK_WIDGET (window), "save-plan"), "clicked");
  TIERS_TEST_WAIT_UNTIL (window == NULL);

  /* Stored, and checked at once against 2026-Q3, which the session graded already (its
   * previous period's neighbour) or is graded now. */
  plans = tiers_store_list_plans (tiers_session_get_store (f->session), f->code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  plan = plans->pdata[0];
  g_assert_cmpstr (plan->problem, ==, "Too many rejected lots");
  g_assert_cmpstr (plan->criterion, ==, "pass_rate");
  g_assert_true (tiers_period_equal (&plan->due, &q3));
  {
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autoptr(TiersScheme) scheme = NULL;
    gint64 version;

    scheme = tiers_store_load_scheme (store, &version, &error);
    g_assert_true (tiers_store_current_evaluation (store, &q3, version, &q3_evaluation, NULL,
                                                   &error));
    g_assert_no_error (error);
  }
  /* Evaluating 2026-Q3 (if the session had not) checked the plan: show it again. */
  tiers_session_actions_changed (f->session);
  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = tiers_store_list_plans (tiers_session_get_store (f->session), f->code, &error);
  plan = plans->pdata[0];
  /* What the check must say, from the supplier's own pass rate in 2026-Q3. */
  g_assert_cmpint (plan->check, ==, tiers_plan_check_evaluation (plan, q3_evaluation,
                                                                 &has_value, &value));
  g_assert_true (plan->checked);
  title = g_strdup_printf (T_ ("%s %s %s by %s"),
                           tiers_criterion_get_display_name (
                               tiers_scheme_find_criterion (tiers_session_get_scheme (f->session),
                                                            "pass_rate")),
                           "≥", "0.99", due_label);
  TIERS_TEST_WAIT_UNTIL ((row = find_row (GTK_WIDGET (f->actions), title)) != NULL);
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (row, tiers_plan_status_label (
                             tiers_plan_get_status (plan))) != NULL);
  if (plan->check == TIERS_PLAN_OPEN)
    g_assert_nonnull (tiers_test_find_label (row, T_ ("Overdue")));
  shot (GTK_WIDGET (f->actions), "tier-actions-plan.png");
}

static void
test_hard_step (Fixture *f, gconstpointer data)
{
  g_autofree char *terminate = d_action (f, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  AdwMessageDialog *dialog;

  /* "Terminate the supplier" is D's third standard action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->actions),
                                             "tier-actions.record-standard", "u", 2));
  dialog = wait_for_message_dialog ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "record"));
  shot (GTK_WIDGET (dialog), "record-action.png");
  adw_message_dialog_response (dialog, "record");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* The hard step asks for the status change, with a reason. */
  dialog = wait_for_message_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "change"));
  g_assert_true (adw_message_dialog_has_response (dialog, "action-only"));
  shot (GTK_WIDGET (dialog), "hard-step.png");
  adw_message_dialog_response (dialog, "change");
  close_all_dialogs ();

  actions = tiers_store_list_actions (tiers_session_get_store (f->session), f->code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (((TiersSupplierAction *) actions->pdata[0])->kind, ==,
                   TIERS_ACTION_TERMINATE);
  changes = tiers_store_list_status_changes (tiers_session_get_store (f->session), f->code,
                                             &error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((TiersStatusChange *) changes->pdata[0])->status, ==,
                   TIERS_STATUS_TERMINATED);
  /* The scorecard shows it; the history stays. */
  TIERS_TEST_WAIT_UNTIL (find_row (GTK_WIDGET (f->actions),
                                   tiers_supplier_status_label (TIERS_STATUS_TERMINATED)) != NULL);
  g_assert_nonnull (find_row (GTK_WIDGET (f->actions), terminate));
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session) &&
                         tiers_session_get_review (f->session) != NULL);
  shot (GTK_WIDGET (f->actions), "tier-actions-terminated.png");

  /* The status dialog refuses to change without a reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->actions),
                                             "tier-actions.change-status", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "change"));
  shot (GTK_WIDGET (dialog), "change-status.png");
  close_all_dialogs ();
}

static void
test_flags (Fixture *f, gconstpointer data)
{
  g_autoptr(GHashTable) flags = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersPlan) plan = tiers_plan_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  TiersReplacementList *list = g_object_new (TIERS_TYPE_REPLACEMENT_LIST, NULL);
  TiersReviewPage *page = TIERS_REVIEW_PAGE (tiers_review_page_new (f->session));
  const TiersEvaluation *evaluation;
  GHashTableIter iter;
  gpointer key;
  char *shown = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  gtk_window_set_child (GTK_WINDOW (window), box);
  tiers_replacement_list_set_session (list, f->session);
  gtk_window_present (GTK_WINDOW (window));

  /* A plan for the D supplier that cannot be met: missed in 2026-Q3. */
  plan->supplier_code = g_strdup (f->code);
  plan->criterion = g_strdup ("pass_rate");
  plan->target = 2;
  plan->due = q3;
  plan->problem = g_strdup ("Rejects");
  plan->owner = g_strdup ("Li");
  g_assert_true (tiers_store_save_plan (tiers_session_get_store (f->session), plan, &error));
  g_assert_no_error (error);

  tiers_session_set_period (f->session, &q3);
  TIERS_TEST_WAIT_UNTIL ((evaluation = tiers_session_get_evaluation (f->session)) != NULL &&
                         tiers_session_get_review (f->session) != NULL &&
                         tiers_session_get_previous_evaluation (f->session) != NULL &&
                         tiers_session_get_details (f->session) != NULL);
  tiers_session_actions_changed (f->session);
  flags = tiers_session_load_replacement_flags (f->session, &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (flags, f->code));
  g_assert_true (GPOINTER_TO_UINT (g_hash_table_lookup (flags, f->code)) &
                 TIERS_REPLACE_MISSED_PLAN);
  TIERS_TEST_WAIT_UNTIL (tiers_replacement_list_get_count (list) == g_hash_table_size (flags));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));

  /* Every flagged supplier the review lists carries the tag. */
  g_hash_table_iter_init (&iter, flags);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GtkWidget *row = tiers_review_page_get_row (page, key);

      if (row != NULL)
        {
          TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (row, T_ ("Replace?")) != NULL);
          shown = key;
        }
    }
  g_assert_nonnull (shown);
  shot (GTK_WIDGET (list), "replacement-flags.png");

  /* Closing the plan by hand takes its flag back (a D twice running keeps its own). */
  g_assert_true (tiers_store_close_plan (tiers_session_get_store (f->session), plan->id ? plan->id
                                         : 1, "Replaced", &error));
  tiers_session_actions_changed (f->session);
  g_clear_pointer (&flags, g_hash_table_unref);
  flags = tiers_session_load_replacement_flags (f->session, &error);
  g_assert_false (GPOINTER_TO_UINT (g_hash_table_lookup (flags, f->code)) &
                  TIERS_REPLACE_MISSED_PLAN);
  TIERS_TEST_WAIT_UNTIL (tiers_replacement_list_get_count (list) == g_hash_table_size (flags));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkButton *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip,
                          guint       nth)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    {
      if (nth == 0)
        return GTK_BUTTON (widget);
      nth--;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkButton *found = find_button_with_tooltip (c, tooltip, nth);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_strategy_page (Fixture *f, gconstpointer data)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = tiers_strategy_page_new (f->session);
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  TIERS_TEST_WAIT_UNTIL (find_row (page, "Give more orders") != NULL &&
                         gtk_widget_get_mapped (page));
  shot (page, "strategy-page.png");

  /* Add one to grade B through its dialog. */
  g_signal_emit_by_name (find_named_button (page, T_ ("_Add…"), 1), "clicked");
  dialog = wait_for_message_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), T_ ("Name in English"))),
                         "Joint cost review");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), T_ ("Name in Chinese"))),
                         "联合成本评审");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  shot (GTK_WIDGET (dialog), "strategy-edit.png");
  adw_message_dialog_response (dialog, "save");
  close_all_dialogs ();
  a = tiers_store_list_standard_actions (tiers_session_get_store (f->session), TIERS_GRADE_B,
                                         &error);
  g_assert_cmpuint (a->len, ==, 3);
  g_assert_cmpstr (((TiersStandardAction *) a->pdata[2])->name_zh, ==, "联合成本评审");
  TIERS_TEST_WAIT_UNTIL ((row = find_row (page, "Joint cost review")) != NULL);

  /* Up one place, then deleted. */
  g_signal_emit_by_name (find_button_with_tooltip (row, T_ ("Move Up"), 0), "clicked");
  g_clear_pointer (&a, g_ptr_array_unref);
  a = tiers_store_list_standard_actions (tiers_session_get_store (f->session), TIERS_GRADE_B,
                                         &error);
  g_assert_cmpstr (((TiersStandardAction *) a->pdata[1])->name, ==, "Joint cost review");
  row = find_row (page, "Joint cost review");
  g_signal_emit_by_name (find_button_with_tooltip (row, T_ ("Delete"), 0), "clicked");
  g_assert_null (find_row (page, "Joint cost review"));
  g_clear_pointer (&a, g_ptr_array_unref);
  a = tiers_store_list_standard_actions (tiers_session_get_store (f->session), TIERS_GRADE_B,
                                         &error);
  g_assert_cmpuint (a->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int    argc,
      char **argv)
{
  tiers_application_set_up_locale ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/tier-actions/plan-checked", test_plan_checked);
  ADD ("/tier-actions/hard-step", test_hard_step);
  ADD ("/tier-actions/flags", test_flags);
  ADD ("/tier-actions/strategy-page", test_strategy_page);
  return g_test_run ();
}
