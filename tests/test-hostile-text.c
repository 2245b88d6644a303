/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile-text.c: text that looks like SQL, format directives, Pango markup or
 * bidirectional controls is stored and shown literally (docs/reliability.md): imported as
 * supplier names and contacts, read back unchanged from the store, and shown character for
 * character in the supplier list, on the scorecard and among its alternatives, with the
 * database still whole. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tiers-alternatives-view.h"
#include "tiers-import.h"
#include "tiers-scorecard.h"
#include "tiers-session.h"
#include "tiers-store-sample.h"
#include "tiers-store-suppliers.h"
#include "tiers-supplier-record.h"
#include "tiers-suppliers-page.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"

/* Code -> the name it gets. Each would do harm if it were taken for what it looks like. */
static const char *const hostile[][2] = {
  { "S0001", "Robert'); DROP TABLE supplier;--" },
  { "S0002", "%s%n%x%p 100% \\n" },
  { "S0003", "<b>Bold</b> &amp; <span foreground=\"red\">red</span> &lt;" },
  { "S0004", "\u202Egnp.exe\u202C Bidi \u2066isolate\u2069 \u200F" },
};

typedef struct
{
  char               *dir;
  char               *path;
  TiersSession       *session;
  GtkWidget          *window;
  TiersSuppliersPage *page;
} Fixture;

/* The names as a suppliers file would bring them, quoted as RFC 4180 wants. */
static char *
suppliers_file (void)
{
  GString *text = g_string_new ("code,name,category,contact\n");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *quoted = NULL;
      g_auto(GStrv) parts = g_strsplit (hostile[i][1], "\"", -1);

      quoted = g_strjoinv ("\"\"", parts);
      g_string_append_printf (text, "%s,\"%s\",Fasteners,\"%s\"\n", hostile[i][0], quoted,
                              quoted);
    }
  /* The other suppliers of the sample get the same texts, each with its code, in the same
   * category: the C and D suppliers' alternatives are then named so too. */
  for (guint n = G_N_ELEMENTS (hostile) + 1; n <= 12; n++)
    {
      g_autofree char *name = g_strdup_printf ("%s S%04u", hostile[n % G_N_ELEMENTS (hostile)][1],
                                               n);
      g_auto(GStrv) parts = g_strsplit (name, "\"", -1);
      g_autofree char *quoted = g_strjoinv ("\"\"", parts);

      g_string_append_printf (text, "S%04u,\"%s\",Fasteners,\n", n, quoted);
    }
  return g_string_free (text, FALSE);
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *text = suppliers_file ();
  TiersImportResult result = { 0 };
  TiersSampleOptions options;

  f->dir = g_dir_make_tmp ("tiers-hostile-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 12;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_assert_true (tiers_store_import_stream (store, TIERS_IMPORT_SUPPLIERS, "hostile.csv",
                                            stream, 0, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows_imported, ==, 12);
  tiers_import_result_clear (&result);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  if (f->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
      gtk_window_destroy (GTK_WINDOW (f->window));
      TIERS_TEST_WAIT_UNTIL (f->page == NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_clear_object (&f->session);
    }
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The store gives back exactly what was imported, and no statement was run from it. */
static void
test_store (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (f->path, &error);
  g_autoptr(GHashTable) names = NULL;
  guint64 count = 0;

  g_assert_no_error (error);
  names = tiers_store_load_supplier_names (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    g_assert_cmpstr (g_hash_table_lookup (names, hostile[i][0]), ==, hostile[i][1]);
  g_assert_true (tiers_store_count_suppliers (store, &count, &error));
  g_assert_cmpuint (count, ==, 12);
}

/* A mapped label below WIDGET whose text is exactly TEXT: markup would have been parsed
 * away, a format directive expanded, a control character dropped. */
static GtkLabel *
find_exact_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_exact_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A label shows it literally when markup is off, and with markup on Pango would take it. */
static void
test_label (Fixture *f, gconstpointer data)
{
  GtkWidget *label = gtk_label_new (hostile[2][1]);

  g_object_ref_sink (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, hostile[2][1]);
  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, hostile[2][1]);
  g_object_unref (label);
}

/* The supplier list shows each name as it is; selecting the supplier shows its scorecard
 * with the name as it is. */
static void
test_supplier_list_and_scorecard (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GListModel *shown;
  TiersScorecard *scorecard;
  GtkColumnView *view;

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  shown = tiers_suppliers_page_get_shown (f->page);
  TIERS_TEST_WAIT_UNTIL (!tiers_suppliers_page_get_loading (f->page) &&
                         g_list_model_get_n_items (shown) == 12);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    TIERS_TEST_WAIT_UNTIL (find_exact_label (GTK_WIDGET (f->page), hostile[i][1]) != NULL);

  scorecard = TIERS_SCORECARD (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                        TIERS_TYPE_SCORECARD));
  view = GTK_COLUMN_VIEW (tiers_test_find_by_type (GTK_WIDGET (f->page),
                                                   GTK_TYPE_COLUMN_VIEW));
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    for (guint p = 0; p < g_list_model_get_n_items (shown); p++)
      {
        g_autoptr(TiersSupplierRecord) record = g_list_model_get_item (shown, p);

        if (g_strcmp0 (tiers_supplier_record_get_code (record), hostile[i][0]) != 0)
          continue;
        g_assert_cmpstr (tiers_supplier_record_get_name (record), ==, hostile[i][1]);
        gtk_selection_model_select_item (gtk_column_view_get_model (view), p, TRUE);
        g_assert_true (tiers_scorecard_get_supplier (scorecard) == record);
        TIERS_TEST_WAIT_UNTIL (find_exact_label (GTK_WIDGET (scorecard), hostile[i][1]) != NULL);
      }
}

/* The scorecard of a C or D supplier lists its category's A and B suppliers as
 * alternatives: their names as they are, markup and all. */
static void
test_alternatives (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TiersAlternativesView *view;
  guint found[G_N_ELEMENTS (hostile)] = { 0 };
  guint listed = 0;

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  TIERS_TEST_WAIT_UNTIL (!tiers_session_get_busy (f->session) &&
                         tiers_session_get_evaluation (f->session) != NULL &&
                         tiers_session_get_details (f->session) != NULL);
  f->window = gtk_window_new ();
  f->page = TIERS_SUPPLIERS_PAGE (tiers_suppliers_page_new (f->session));
  view = TIERS_ALTERNATIVES_VIEW (tiers_alternatives_view_new ());
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->page));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (view));
    gtk_window_set_child (GTK_WINDOW (f->window), box);
  }
  gtk_window_present (GTK_WINDOW (f->window));
  tiers_alternatives_view_set_session (view, f->session);
  for (guint n = 1; n <= 12; n++)
    {
      g_autofree char *code = g_strdup_printf ("S%04u", n);

      tiers_alternatives_view_set_supplier (view, code);
      listed += tiers_alternatives_view_get_n_alternatives (view);
      if (tiers_alternatives_view_get_n_alternatives (view) == 0)
        continue;
      TIERS_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view)));
      for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
        for (guint m = 1; m <= 12; m++)
          {
            g_autofree char *name = m <= G_N_ELEMENTS (hostile)
              ? g_strdup (hostile[m - 1][1])
              : g_strdup_printf ("%s S%04u", hostile[m % G_N_ELEMENTS (hostile)][1], m);

            if (strcmp (name, hostile[i][1]) != 0 &&
                !g_str_has_prefix (name, hostile[i][1]))
              continue;
            if (find_exact_label (GTK_WIDGET (view), name) != NULL)
              found[i]++;
          }
    }
  g_assert_cmpuint (listed, >, 0);
  /* Markup among them, shown as written. */
  g_assert_cmpuint (found[2], >, 0);
  g_assert_cmpuint (found[0] + found[1] + found[2] + found[3], ==, listed);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/hostile-text/store", test_store);
  ADD ("/hostile-text/label", test_label);
  ADD ("/hostile-text/supplier-list-and-scorecard", test_supplier_list_and_scorecard);
  ADD ("/hostile-text/alternatives", test_alternatives);
#undef ADD

  return g_test_run ();
}
