/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-communication.c: the communication log on the scorecard, driven through the real
 * widgets as a manager keeps it: the empty line first; the scorecard recorded as sent in its
 * form (a bad date marked at its field and Save off until it is fixed, the supplier's contact
 * filled in); an objection to one criterion, whose statement (with markup in it) is shown as
 * typed; the Review page counting it open; its decision, written once, shown with who took it;
 * the Review page's count following; each write in the audit trail. Sample data up to
 * 2026-09-30: the window opens on 2026-Q3. With TIERS_SHOT_DIR set, it saves PNGs of the
 * window, the form and the decision dialog. */
#define G_LOG_DOMAIN "test-communication"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-communication-form.h"
#include "tiers-communication-view.h"
#include "tiers-review-page.h"
#include "tiers-scorecard.h"
#include "tiers-session.h"
#include "tiers-store-audit.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"
#include "tiers-window.h"

/* What the window says, in the language the test runs in. */
#define T_(text) g_dgettext (GETTEXT_PACKAGE, text)

#define CODE "S0003"

typedef struct
{
  char         *dir;
  char         *path;
  TiersWindow  *window;
  TiersSession *session;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;
  TiersStore *store;
  int width = g_getenv ("TIERS_SHOT_WIDTH") ? atoi (g_getenv ("TIERS_SHOT_WIDTH")) : 1280;

  f->dir = g_dir_make_tmp ("tiers-communication-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 20;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  tiers_store_close (store);

  f->window = g_object_ref (tiers_window_new (NULL, f->path));
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  TIERS_TEST_WAIT_UNTIL (tiers_window_shows_content (f->window));
  f->session = tiers_window_get_session (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GtkWindow *w;

  while ((w = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (w);
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (f->window);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Saves a PNG of WINDOW as NAME when TIERS_SHOT_DIR says where. */
static void
shot (GtkWidget  *window,
      const char *name)
{
  const char *dir = g_getenv ("TIERS_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
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

/* The titles of the log's rows, top to bottom, joined by "|". */
static char *
row_titles (TiersCommunicationView *view)
{
  GtkWidget *list = find_named (GTK_WIDGET (view), "communication-log");
  g_autoptr(GString) titles = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row))
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static gboolean
titles_are (TiersCommunicationView *view,
            const char             *expected)
{
  g_autofree char *titles = row_titles (view);

  return g_str_equal (titles, expected);
}

static void
set_text (GtkWidget *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Opens the form of KIND from the view's Record menu's action. */
static TiersCommunicationForm *
open_form (TiersCommunicationView *view,
           const char             *kind)
{
  GtkWindow *form = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "communication.record", "s",
                                             kind));
  TIERS_TEST_WAIT_UNTIL ((form = tiers_test_find_toplevel (TIERS_TYPE_COMMUNICATION_FORM))
                         != NULL);
  return TIERS_COMMUNICATION_FORM (form);
}

static void
save_and_wait (TiersCommunicationForm *form)
{
  GtkWidget *save = find_named (GTK_WIDGET (form), "save");

  g_assert_true (gtk_widget_get_sensitive (save));
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &form);
  gtk_widget_activate (save);
  TIERS_TEST_WAIT_UNTIL (form == NULL);
}

/* The Review page's line of open objections, read with the page shown, as a user sees it:
 * the empty string when it is hidden. */
static char *
review_objections (Fixture    *f,
                   const char *expected)
{
  AdwViewStack *stack = tiers_window_get_view_stack (f->window);
  GtkWidget *page = GTK_WIDGET (tiers_window_get_review_page (f->window));
  GtkLabel *label = NULL;
  char *text;

  adw_view_stack_set_visible_child_name (stack, "review");
  if (*expected != '\0')
    TIERS_TEST_WAIT_UNTIL ((label = tiers_test_find_label (page, expected)) != NULL);
  else
    TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (page, T_ ("Review of")) != NULL);
  text = g_strdup (label != NULL ? gtk_label_get_text (label) : "");
  adw_view_stack_set_visible_child_name (stack, "suppliers");
  return text;
}

static void
test_sent_objection_decided (Fixture *f, gconstpointer data)
{
  const TiersCriterion *on_time = tiers_scheme_find_criterion (tiers_session_get_scheme (f->session),
                                                               "on_time");
  g_autofree char *one_open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u objection to a scorecard is open.",
                                                            "%u objections to scorecards are open.",
                                                            1), 1u);
  g_autofree char *sent_title = NULL;
  g_autofree char *objection_title = NULL;
  g_autofree char *statement_line = NULL;
  g_autofree char *seen = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  TiersCommunicationView *view;
  TiersCommunicationForm *form;
  TiersScorecard *card;
  GtkWidget *date, *save, *decide;
  AdwMessageDialog *ask = NULL;
  const char *contact;
  guint criterion_index = 0;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-supplier", "s", CODE);
  card = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->window), TIERS_TYPE_SCORECARD));
  TIERS_TEST_WAIT_UNTIL (tiers_scorecard_get_supplier (card) != NULL &&
                         g_str_equal (tiers_supplier_record_get_code (
                             tiers_scorecard_get_supplier (card)), CODE));
  contact = tiers_supplier_record_get_contact (tiers_scorecard_get_supplier (card));
  g_assert_nonnull (contact);
  view = TIERS_COMMUNICATION_VIEW (tiers_test_find_by_type (GTK_WIDGET (card),
                                                            TIERS_TYPE_COMMUNICATION_VIEW));
  g_assert_nonnull (view);

  /* Nothing yet: the line says what to do. */
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_label (GTK_WIDGET (view), T_ ("Nothing recorded yet."))
                         != NULL);
  g_assert_true (titles_are (view, ""));

  /* Sent: the channel is required, a bad date is marked at its field. */
  form = open_form (view, "sent");
  save = find_named (GTK_WIDGET (form), "save");
  date = find_named (GTK_WIDGET (form), "date");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (GTK_WIDGET (form),
                                                                     "contact"))), ==, contact);
  set_text (find_named (GTK_WIDGET (form), "channel"), "email");
  g_assert_true (gtk_widget_get_sensitive (save));
  set_text (date, "2026-10-32");
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_false (gtk_widget_get_sensitive (save));
  set_text (date, "2026-10-05");
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  shot (GTK_WIDGET (form), "communication-sent-form.png");
  save_and_wait (form);
  sent_title = g_strdup_printf (T_ ("Sent by %s to %s"), "email", contact);
  TIERS_TEST_WAIT_UNTIL (titles_are (view, sent_title));
  g_assert_null (tiers_test_find_label (GTK_WIDGET (view), T_ ("Nothing recorded yet.")));

  /* An objection to on-time delivery, its statement taken literally. */
  form = open_form (view, "objection");
  save = find_named (GTK_WIDGET (form), "save");
  g_assert_false (gtk_widget_get_sensitive (save));   /* no statement yet */
  set_text (find_named (GTK_WIDGET (form), "date"), "2026-10-09");
  set_text (find_named (GTK_WIDGET (form), "contact"), "Li Wei");
  set_text (find_named (GTK_WIDGET (form), "statement"), "<b>Held</b> at customs & late");
  for (guint i = 0; i < tiers_session_get_scheme (f->session)->criteria->len; i++)
    if (g_ptr_array_index (tiers_session_get_scheme (f->session)->criteria, i) == on_time)
      criterion_index = i + 1;   /* after "the grade as a whole" */
  g_assert_cmpuint (criterion_index, >, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (form), "criterion")),
                              criterion_index);
  shot (GTK_WIDGET (form), "communication-objection-form.png");
  save_and_wait (form);
  objection_title = g_strdup_printf (T_ ("Objection to %s"),
                                     tiers_criterion_get_display_name (on_time));
  {
    g_autofree char *expected = g_strdup_printf ("%s|%s", objection_title, sent_title);

    /* Newest first. */
    TIERS_TEST_WAIT_UNTIL (titles_are (view, expected));
  }
  statement_line = g_strdup_printf (T_ ("%s, from %s: “%s”"), "2026-10-09", "Li Wei",
                                    "<b>Held</b> at customs & late");
  g_assert_nonnull (tiers_test_find_label (GTK_WIDGET (view), statement_line));
  {
    GtkLabel *label = tiers_test_find_label (GTK_WIDGET (view), statement_line);

    g_assert_nonnull (label);
    tiers_test_assert_contains (gtk_label_get_text (label), T_ ("Open: no decision yet."));
  }

  /* The Review page counts it. */
  seen = review_objections (f, one_open);
  g_assert_cmpstr (seen, ==, one_open);
  g_clear_pointer (&seen, g_free);
  shot (GTK_WIDGET (f->window), "communication-window.png");

  /* The decision: Save waits for a text; written once, with who decided. */
  decide = tiers_test_find_button (GTK_WIDGET (view), "communication.decide");
  g_assert_nonnull (decide);
  gtk_widget_activate (decide);
  TIERS_TEST_WAIT_UNTIL ((ask = ADW_MESSAGE_DIALOG (tiers_test_find_toplevel (
                              ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (ask, "decide"));
  set_text (tiers_test_find_by_type (GTK_WIDGET (ask), GTK_TYPE_ENTRY), "The grade stands");
  g_assert_true (adw_message_dialog_get_response_enabled (ask, "decide"));
  shot (GTK_WIDGET (ask), "communication-decide.png");
  adw_message_dialog_response (ask, "decide");
  gtk_window_destroy (GTK_WINDOW (ask));
  TIERS_TEST_WAIT_UNTIL (tiers_test_find_button (GTK_WIDGET (view), "communication.decide")
                         == NULL);
  {
    g_autofree char *line = g_strdup_printf ("%s\n", statement_line);
    GtkLabel *label = tiers_test_find_label (GTK_WIDGET (view), line);

    g_assert_nonnull (label);
    tiers_test_assert_contains (gtk_label_get_text (label), g_get_user_name ());
    tiers_test_assert_contains (gtk_label_get_text (label), ": The grade stands");
  }
  shot (GTK_WIDGET (f->window), "communication-decided.png");

  /* No longer open on the Review page. */
  seen = review_objections (f, "");
  g_assert_cmpstr (seen, ==, "");
  g_assert_null (tiers_test_find_label (GTK_WIDGET (tiers_window_get_review_page (f->window)),
                                        one_open));

  /* Each write in the supplier's own audit trail, newest first. */
  audit = tiers_store_list_audit (tiers_session_get_store (f->session), "supplier:" CODE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audit->len, >=, 3);
  g_assert_cmpstr (((TiersAuditEntry *) audit->pdata[0])->action, ==, TIERS_AUDIT_OBJECTION_DECIDED);
  g_assert_cmpstr (((TiersAuditEntry *) audit->pdata[1])->action, ==, TIERS_AUDIT_OBJECTION_RECORDED);
  g_assert_cmpstr (((TiersAuditEntry *) audit->pdata[2])->action, ==, TIERS_AUDIT_SCORECARD_SENT);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/communication/sent-objection-decided", Fixture, NULL, fixture_set_up,
              test_sent_objection_decided, fixture_tear_down);
  return g_test_run ();
}
