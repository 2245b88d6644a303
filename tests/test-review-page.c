/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-review-page.c: the Review page driven through its real widgets, as a manager runs a
 * quarter's review: the movers listed with what moved them, each marked reviewed by its
 * check box, one grade adjusted through the dialog, the period finalized through its button
 * and dialog, after which nothing in it can change (not even by the store), and reopened
 * with a reason. */
#define G_LOG_DOMAIN "test-review-page"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-review-page.h"
#include "tiers-store-evaluation.h"
#include "tiers-store-review.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"

typedef struct
{
  char            *dir;
  char            *path;
  TiersSession    *session;
  GtkWidget       *window;
  TiersReviewPage *page;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-review-page-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 40;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 800);
  f->page = TIERS_REVIEW_PAGE (tiers_review_page_new (f->session));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_review (f->session) != NULL
                         && tiers_session_get_details (f->session) != NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  gtk_window_destroy (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (f->page == NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

static GtkCheckButton *
check_of (Fixture    *f,
          const char *code)
{
  GtkWidget *row = tiers_review_page_get_row (f->page, code);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (g_object_get_data (G_OBJECT (row), "check"));
}

/* The message dialog the page opened, answered with RESPONSE; with ENTRY_TEXT, a text the
 * answer needs: RESPONSE is refused until it is typed. */
static void
answer_dialog (const char *entry_text,
               const char *response)
{
  GtkWindow *dialog = NULL;
  GtkWidget *entry;

  TIERS_TEST_WAIT_UNTIL ((dialog = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  entry = tiers_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  if (entry_text != NULL)
    {
      g_assert_nonnull (entry);
      g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                               response));
      gtk_editable_set_text (GTK_EDITABLE (entry), entry_text);
    }
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
}

/* Every mover is listed with its grades and what moved it; checking each one's box marks it
 * reviewed in the store, and Finalize becomes possible when none is left. */
static void
test_review_and_finalize (Fixture *f, gconstpointer data)
{
  const TiersEvaluation *evaluation = tiers_session_get_evaluation (f->session);
  g_autoptr(GArray) movers = tiers_review_movers (evaluation,
                                                  tiers_session_get_previous_evaluation (
                                                    f->session));
  GtkWidget *finalize = NULL;
  const TiersPeriodReview *review;
  const char *adjusted = NULL;
  guint n_movers = 0;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < movers->len; i++)
    if (g_array_index (movers, TiersMover, i).status != TIERS_REVIEW_STAYED_LOW)
      n_movers++;
  g_assert_cmpuint (n_movers, >, 0);
  g_assert_cmpuint (tiers_review_page_get_n_movers (f->page), ==, n_movers);
  g_assert_cmpuint (tiers_review_page_get_n_to_review (f->page), ==, n_movers);
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (f->page), "Review of "));
  /* Not offered while movers are left. */
  g_assert_null (tiers_test_find_button (GTK_WIDGET (f->page), "review.finalize"));

  for (guint i = 0; i < movers->len; i++)
    {
      const TiersMover *mover = &g_array_index (movers, TiersMover, i);
      GtkWidget *row = tiers_review_page_get_row (f->page, mover->supplier_code);

      g_assert_nonnull (row);
      if (mover->top_criterion != NULL)
        g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                  "points"));
      if (mover->status == TIERS_REVIEW_STAYED_LOW)
        continue;
      gtk_check_button_set_active (check_of (f, mover->supplier_code), TRUE);
      adjusted = mover->supplier_code;
      TIERS_TEST_WAIT_UNTIL (g_hash_table_contains (tiers_session_get_review (f->session)->marks,
                                                    mover->supplier_code));
    }
  g_assert_cmpuint (tiers_review_page_get_n_to_review (f->page), ==, 0);

  /* One grade adjusted through the dialog: the reason and comment are required. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "review.adjust", "s", adjusted);
  answer_dialog ("Delivery strike at the port", "confirm");
  TIERS_TEST_WAIT_UNTIL (g_hash_table_contains (tiers_session_get_review (f->session)->overrides,
                                                adjusted));
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (f->page), "Adjusted to "));

  finalize = tiers_test_find_button (GTK_WIDGET (f->page), "review.finalize");
  g_assert_nonnull (finalize);
  gtk_widget_activate (finalize);
  answer_dialog (NULL, "confirm");
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_review (f->session)->finalized);

  /* Finalized: the boxes cannot change, reopening is offered, and the store refuses. */
  review = tiers_session_get_review (f->session);
  g_assert_cmpuint (review->events->len, ==, 1);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (check_of (f, adjusted))));
  g_assert_nonnull (tiers_test_find_button (GTK_WIDGET (f->page), "review.reopen"));
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (f->page), "Finalized on "));
  {
    g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
    g_autoptr(TiersEvaluation) again = NULL;

    g_assert_no_error (error);
    again = tiers_store_evaluate (store, &evaluation->period, NULL, TIERS_EVALUATE_FLAGS_NONE,
                                  &error);
    g_assert_null (again);
    g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
    g_clear_error (&error);
    g_assert_false (tiers_store_unmark_reviewed (store, &evaluation->period, adjusted, &error));
    g_assert_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED);
    g_clear_error (&error);
  }

  /* Reopened with a reason: a draft again, with who, when and why recorded. */
  gtk_widget_activate (tiers_test_find_button (GTK_WIDGET (f->page), "review.reopen"));
  answer_dialog ("A late credit note changes the quality figures", "confirm");
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_review (f->session)->finalized);
  review = tiers_session_get_review (f->session);
  g_assert_cmpuint (review->events->len, ==, 2);
  g_assert_cmpstr (((TiersPeriodEvent *) review->events->pdata[1])->reason, ==,
                   "A late credit note changes the quality figures");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (check_of (f, adjusted))));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/review-page/review-and-finalize", Fixture, NULL, fixture_set_up,
              test_review_and_finalize, fixture_tear_down);
  return g_test_run ();
}
