/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-application.c: Supplier Tiers as a desktop application: `supplier-tiers [--db FILE]`
 * opens a window on the database, without --db the one used last (a second call reaches the
 * running instance, which presents the window on that file or opens one), the application's
 * actions and the keyboard shortcuts of the window's, and the About window. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tiers-application.h"
#include "tiers-preferences-window.h"
#include "tiers-store.h"
#include "tiers-strategy-page.h"
#include "tiers-window.h"

struct _TiersApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (TiersApplication, tiers_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The database to open (default: the one in your data folder)"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

void
tiers_application_set_up_locale (void)
{
  const char *localedir = g_getenv ("SUPPLIER_TIERS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* For the startup benchmark (bench/bench-window.c): with SUPPLIER_TIERS_FIRST_FRAME set, the
 * first window prints when its first frame was painted, on the monotonic clock every process
 * shares, and the application quits. */
static void
on_first_frame_cb (GdkFrameClock    *clock,
                   TiersApplication *self)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_realize_cb (GtkWidget        *window,
                      TiersApplication *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_cb), self);
}

/* The same with SUPPLIER_TIERS_FIRST_CONTENT: after the first frame that shows content, the
 * Overview's counts of the period (checked after each paint, so that frame has drawn them). */
static void
on_content_frame_cb (GdkFrameClock *clock,
                     TiersWindow   *window)
{
  if (!tiers_window_shows_content (window))
    return;
  g_print ("first-content %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_content_frame_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_content_window_realize_cb (GtkWidget *window,
                              gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_content_frame_cb), window, 0);
}

/* The database of the window opened last, while it is still there; else the default one. */
static char *
last_database (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = g_settings_get_string (settings, "last-database");

  if (*path != '\0' && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);
  return tiers_store_default_path ();
}

void
tiers_application_open_database (TiersApplication *self,
                                 const char       *path)
{
  g_autofree char *default_path = NULL;
  GtkWindow *window;

  g_return_if_fail (TIERS_IS_APPLICATION (self));

  if (path == NULL)
    path = default_path = last_database ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (TIERS_IS_WINDOW (l->data) &&
        g_strcmp0 (tiers_window_get_db_path (l->data), path) == 0)
      {
        gtk_window_present (l->data);
        return;
      }
  window = GTK_WINDOW (tiers_window_new (GTK_APPLICATION (self), path));
  if (g_getenv ("SUPPLIER_TIERS_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), self);
  if (g_getenv ("SUPPLIER_TIERS_FIRST_CONTENT") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_content_window_realize_cb), NULL);
  gtk_window_present (window);
}

static void
tiers_application_activate (GApplication *application)
{
  tiers_application_open_database (TIERS_APPLICATION (application), NULL);
}

static int
tiers_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("supplier-tiers %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

/* The path is resolved against the caller's folder, which may not be ours when the call
 * reached an instance that was already running. */
static int
tiers_application_command_line (GApplication            *application,
                                GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *db = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      file = g_application_command_line_create_file_for_arg (command_line, db);
      path = g_file_get_path (file);
    }
  tiers_application_open_database (TIERS_APPLICATION (application), path);
  return 0;
}

static void
tiers_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Supplier Tiers developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Supplier Tiers"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Supplier Tiers developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Grade suppliers A, B, C or D from their deliveries, "
                                      "quality and service, and see what to do with each."),
                        "website", "https://github.com/suppliertiers/SupplierTiers",
                        "issue-url", "https://github.com/suppliertiers/SupplierTiers/issues",
                        "developers", developers,
                        /* Translators: your name(s), one per line, to be credited in the
                         * About window */
                        "translator-credits", _("translator-credits"),
                        "copyright", _("© 2026 The Supplier Tiers developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
tiers_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *preferences = tiers_preferences_window_new (parent);

  /* The tier strategies live in the window's database: a page for its session. */
  if (TIERS_IS_WINDOW (parent))
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (preferences),
                                ADW_PREFERENCES_PAGE (tiers_strategy_page_new (
                                    tiers_window_get_session (TIERS_WINDOW (parent)))));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
tiers_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  /* Closing each window lets it remember its size. */
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", tiers_application_about_action, NULL, NULL, NULL, { 0 } },
  { "preferences", tiers_application_preferences_action, NULL, NULL, NULL, { 0 } },
  { "quit", tiers_application_quit_action, NULL, NULL, NULL, { 0 } },
};

/* Action, then its accelerators; the help overlay's Ctrl+? comes with GtkApplication. */
static const char *const accels[][4] = {
  { "app.quit", "<Control>q", NULL },
  { "app.preferences", "<Control>comma", NULL },
  { "window.close", "<Control>w", NULL },
  { "win.open-database", "<Control>o", NULL },
  { "win.new-database", "<Control>n", NULL },
  { "win.import", "<Control>i", NULL },
  { "win.export-csv", "<Control>e", NULL },
  { "win.show-history('')", "<Control>h", NULL },
  { "win.print-scorecards", "<Control>p", NULL },
  { "win.search", "<Control>f", NULL },
  { "win.show-page::overview", "<Alt>1", NULL },
  { "win.show-page::suppliers", "<Alt>2", NULL },
  { "win.show-page::criteria", "<Alt>3", NULL },
  { "win.show-page::review", "<Alt>4", NULL },
};

static void
tiers_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (tiers_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i][0],
                                           &accels[i][1]);
}

static void
tiers_application_class_init (TiersApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = tiers_application_activate;
  application_class->startup = tiers_application_startup;
  application_class->command_line = tiers_application_command_line;
  application_class->handle_local_options = tiers_application_handle_local_options;
}

static void
tiers_application_init (TiersApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Grade suppliers A, B, C or D from their "
                                              "deliveries, quality and service."));
}

TiersApplication *
tiers_application_new (void)
{
  return g_object_new (TIERS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
