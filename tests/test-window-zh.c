/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-zh.c: with LANGUAGE=zh_CN the whole window speaks Chinese: every label on the
 * empty state, the header bar with its page titles and period, and the main menu, with no
 * English left but names that read the same in every language. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-application.h"
#include "tiers-store-sample.h"
#include "tiers-window.h"

/* Words that stay as they are in Chinese text; "db" ends the database's file name, which the
 * header bar shows. */
static const char * const same_everywhere[] = { "CSV", "ERP", "db", NULL };

/* TRUE when `text` holds no Latin word but those above. A Chinese label shows its mnemonic
 * letter in parentheses, "导入(_I)", as "导入(I)" once parsed. */
static gboolean
reads_chinese (const char *text)
{
  g_autoptr(GRegex) mnemonic = g_regex_new ("\\(_?[A-Z]\\)", 0, 0, NULL);
  g_autofree char *plain = g_regex_replace_literal (mnemonic, text, -1, 0, "", 0, NULL);
  g_auto(GStrv) words = g_regex_split_simple ("[^A-Za-z]+", plain, 0, 0);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !g_strv_contains (same_everywhere, words[i]))
      return FALSE;
  return TRUE;
}

static void
assert_chinese (const char *text)
{
  if (text != NULL && !reads_chinese (text))
    g_error ("English text left in the Chinese window: “%s”", text);
}

/* Every label shown below `widget`. */
static guint
check_labels (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget))
    {
      assert_chinese (gtk_label_get_text (GTK_LABEL (widget)));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += check_labels (child);
  return n;
}

static guint
check_menu (GMenuModel *menu)
{
  guint n = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          assert_chinese (label);
          n++;
        }
      if (section != NULL)
        n += check_menu (section);
    }
  return n;
}

static GtkWidget *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_for_page (TiersWindow *window,
               const char  *page)
{
  while (g_strcmp0 (tiers_window_get_page (window), page) != 0)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("%s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* The header bar fills in once the window has been laid out at its width (the view
 * switcher shows its page titles only when there is room), which a slow build may not
 * have done by the time the pages are shown. */
static void
wait_for_labels (GtkWidget *widget,
                 guint      n)
{
  guint timeout = g_timeout_add_seconds (20, on_timeout_cb,
                                         (gpointer) "the header bar never showed its labels");

  while (check_labels (widget) < n)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
test_chinese_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tiers-zh-XXXXXX", NULL);
  g_autofree char *empty_db = g_build_filename (dir, "空.db", NULL);
  g_autofree char *sample_db = g_build_filename (dir, "样例.db", NULL);
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
  TiersWindow *window;
  g_autoptr(GtkSelectionModel) pages = NULL;
  GtkWidget *menu_button, *header_bar;
  guint labels;

  window = tiers_window_new (NULL, empty_db);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_page (window, "empty");
  labels = check_labels (GTK_WIDGET (window));
  /* window title, status page title and description, two buttons */
  g_assert_cmpuint (labels, >=, 5);
  assert_chinese (gtk_window_get_title (GTK_WINDOW (window)));
  menu_button = find_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu_button);
  assert_chinese (gtk_widget_get_tooltip_text (menu_button));
  g_assert_cmpuint (check_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button))),
                    ==, 7);
  gtk_window_destroy (GTK_WINDOW (window));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TiersStore) store = tiers_store_open (sample_db, &error);
    TiersSampleOptions options;

    g_assert_no_error (error);
    tiers_sample_options_init (&options);
    options.suppliers = 5;
    options.years = 1;
    g_date_set_dmy (&options.until, 30, 9, 2026);
    g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
    g_assert_no_error (error);
  }
  window = tiers_window_new (NULL, sample_db);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_page (window, "pages");
  pages = adw_view_stack_get_pages (tiers_window_get_view_stack (window));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      assert_chinese (adw_view_stack_page_get_title (page));
    }
  /* The period selector says "2026年第3季度", the switcher the page titles. */
  header_bar = gtk_widget_get_ancestor (GTK_WIDGET (tiers_window_get_period_selector (window)),
                                        ADW_TYPE_HEADER_BAR);
  wait_for_labels (header_bar, 4);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  /* Set before anything reads the locale; the test environment points
   * SUPPLIER_TIERS_LOCALEDIR at the build tree's translations. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  tiers_application_set_up_locale ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window-zh/everything-chinese", test_chinese_window);
  return g_test_run ();
}
