/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window.c: the window benchmark of docs/benchmarks.md, on a prepared database (10,000
 * suppliers, 2,000,000 receipts, two quarters evaluated). In one run: the time from process
 * start to the first painted frame of `supplier-tiers --db FILE` against a bare GTK 4 window
 * (bench-bare-window), alternating, with each process's peak RSS; the time to its first
 * frame with content (the Overview's counts), with the period it shows graded and, on copies
 * without that period's stored evaluation, not graded yet, each against the bare window's
 * first frame, alternating; then, in this process, a window on the database switching
 * between two quarters: the time until the session's evaluation and the pages' models are
 * updated, and until the overview's charts are too; then this process's peak RSS against the
 * size of the receipts table. Run it under Xvfb and a session bus, as the tests run. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "tiers-store-evaluation.h"
#include "tiers-store-periods.h"
#include "tiers-window.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* What a started program reports: its first frame, or its first frame with content. */
typedef enum
{
  REPORT_FIRST_FRAME,
  REPORT_FIRST_CONTENT,
} Report;

static const struct
{
  const char *variable;
  const char *prefix;
} reports[] = {
  [REPORT_FIRST_FRAME] = { "SUPPLIER_TIERS_FIRST_FRAME", "first-frame " },
  [REPORT_FIRST_CONTENT] = { "SUPPLIER_TIERS_FIRST_CONTENT", "first-content " },
};

/* A database file and those SQLite keeps beside it. */
static const char *const database_suffixes[] = { "", "-wal", "-shm" };

/* Runs ARGV with REPORT's variable set and returns the milliseconds from just before the
 * spawn to the frame the program reports; MAXRSS_KIB gets its peak RSS. */
static double
time_report (const char * const *argv,
             Report              report,
             long               *maxrss_kib)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), reports[report].variable, "1",
                                         TRUE);
  g_autoptr(GString) output = g_string_new (NULL);
  const char *prefix = reports[report].prefix;
  struct rusage usage;
  gint64 start, frame = 0;
  char buffer[256];
  ssize_t n;
  GPid pid;
  int out, status;
  const char *line;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                 NULL, &pid, NULL, &out, NULL, &error))
    g_error ("%s: %s", argv[0], error->message);
  while ((n = read (out, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not exit cleanly", argv[0]);
  line = strstr (output->str, prefix);
  if (line == NULL || sscanf (line + strlen (prefix), "%" G_GINT64_FORMAT, &frame) != 1)
    g_error ("%s reported no %s: %s", argv[0], prefix, output->str);
  *maxrss_kib = usage.ru_maxrss;
  return (double) (frame - start) / 1000.0;
}

static double
time_first_frame (const char * const *argv,
                  long               *maxrss_kib)
{
  return time_report (argv, REPORT_FIRST_FRAME, maxrss_kib);
}

static void
bench_startup (const char *db,
               guint       repeat)
{
  const char *app[] = { SUPPLIER_TIERS_APP, "--db", db, NULL };
  const char *bare[] = { BENCH_BARE_WINDOW, NULL };
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  long app_rss = 0, bare_rss = 0;
  double a, b;

  /* One of each first, untimed, so both start from warm caches. */
  time_first_frame (bare, &bare_rss);
  time_first_frame (app, &app_rss);
  for (guint i = 0; i < repeat; i++)
    {
      b = time_first_frame (bare, &bare_rss);
      a = time_first_frame (app, &app_rss);
      g_array_append_val (bare_ms, b);
      g_array_append_val (app_ms, a);
    }
  a = median (app_ms);
  b = median (bare_ms);
  g_print ("Startup to the first frame (median of %u, alternating):\n", repeat);
  g_print ("  bare GTK 4 window      %8.1f ms   peak RSS %6.1f MiB\n", b, bare_rss / 1024.0);
  g_print ("  supplier-tiers --db    %8.1f ms   peak RSS %6.1f MiB\n", a, app_rss / 1024.0);
  g_print ("  ratio                  %8.2f      (target <= 2)\n", a / b);
}

/* Copies FROM to TO, with its write-ahead log when there is one. */
static void
copy_database (const char *from,
               const char *to)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, database_suffixes[i], NULL);
      g_autofree char *target = g_strconcat (to, database_suffixes[i], NULL);
      g_autoptr(GFile) source_file = g_file_new_for_path (source);
      g_autoptr(GFile) target_file = g_file_new_for_path (target);

      g_file_delete (target_file, NULL, NULL);
      if (i > 0 && !g_file_test (source, G_FILE_TEST_EXISTS))
        continue;
      if (!g_file_copy (source_file, target_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL,
                        &error))
        g_error ("cannot copy %s: %s", source, error->message);
    }
}

/* A copy of DB at PATH in which the newest quarter with data, the one the window opens on,
 * has no stored evaluation; gives that quarter's name. */
static char *
copy_without_newest (const char *db,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GArray) periods = NULL;
  gboolean forgotten = FALSE;

  copy_database (db, path);
  store = tiers_store_open (path, &error);
  if (store != NULL)
    periods = tiers_store_list_data_periods (store, &error);
  if (periods == NULL)
    g_error ("%s: %s", path, error->message);
  for (guint i = 0; i < periods->len; i++)
    {
      const TiersPeriod *period = &g_array_index (periods, TiersPeriod, i);

      if (period->kind != TIERS_PERIOD_QUARTER)
        continue;
      if (!tiers_store_forget_evaluation (store, period, &forgotten, &error))
        g_error ("%s: %s", path, error->message);
      if (!forgotten)
        g_error ("%s: the newest quarter has no stored evaluation to forget", path);
      return tiers_period_to_string (period);
    }
  g_error ("%s holds no quarter", path);
  return NULL;
}

/* Process start to the first frame with content against the bare window's first frame,
 * alternating: on DB, and on a fresh copy for each start without the newest quarter's
 * stored evaluation, which the window then grades in the background. */
static void
bench_first_content (const char *db,
                     guint       repeat)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-window-XXXXXX", NULL);
  g_autofree char *template = g_build_filename (dir, "ungraded-template.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "ungraded.db", NULL);
  g_autofree char *newest = NULL;
  const char *bare[] = { BENCH_BARE_WINDOW, NULL };
  const char *graded[] = { SUPPLIER_TIERS_APP, "--db", db, NULL };
  const char *ungraded[] = { SUPPLIER_TIERS_APP, "--db", copy, NULL };
  GArray *times[4];
  double medians[4];
  long rss = 0;

  if (dir == NULL)
    g_error ("cannot make a temporary folder");
  newest = copy_without_newest (db, template);
  for (guint k = 0; k < 4; k++)
    times[k] = g_array_new (FALSE, FALSE, sizeof (double));
  /* One of each first, untimed, so they start from warm caches. */
  time_first_frame (bare, &rss);
  time_report (graded, REPORT_FIRST_CONTENT, &rss);
  copy_database (template, copy);
  time_report (ungraded, REPORT_FIRST_CONTENT, &rss);
  for (guint i = 0; i < repeat; i++)
    {
      double ms[4];

      ms[0] = time_first_frame (bare, &rss);
      ms[1] = time_report (graded, REPORT_FIRST_CONTENT, &rss);
      ms[2] = time_first_frame (bare, &rss);
      copy_database (template, copy);
      ms[3] = time_report (ungraded, REPORT_FIRST_CONTENT, &rss);
      for (guint k = 0; k < 4; k++)
        g_array_append_val (times[k], ms[k]);
    }
  for (guint k = 0; k < 4; k++)
    medians[k] = median (times[k]);
  g_print ("Startup to the first frame with content, the Overview's counts (median of %u, "
           "alternating):\n", repeat);
  g_print ("  the shown period graded:\n");
  g_print ("  bare GTK 4 window      %8.1f ms\n", medians[0]);
  g_print ("  supplier-tiers --db    %8.1f ms\n", medians[1]);
  g_print ("  ratio                  %8.2f      (target <= 2)\n", medians[1] / medians[0]);
  g_print ("  %s not graded yet (graded on opening):\n", newest);
  g_print ("  bare GTK 4 window      %8.1f ms\n", medians[2]);
  g_print ("  supplier-tiers --db    %8.1f ms\n", medians[3]);
  g_print ("  ratio                  %8.2f      (target <= 3)\n", medians[3] / medians[2]);
  for (guint k = 0; k < 4; k++)
    g_array_unref (times[k]);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < G_N_ELEMENTS (database_suffixes); j++)
      {
        g_autofree char *path = g_strconcat (i == 0 ? template : copy, database_suffixes[j],
                                             NULL);

        g_remove (path);
      }
  g_rmdir (dir);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_error ("the window did not settle within a minute");
  return G_SOURCE_REMOVE;
}

typedef enum
{
  UPDATED_EVALUATION,  /* the session's evaluation, and so the overview's counts */
  UPDATED_MODELS,      /* and the suppliers page's rows */
  UPDATED_CHARTS,      /* and the overview's charts */
} Updated;

static gboolean
is_updated (TiersWindow *window,
            Updated      what)
{
  TiersSession *session = tiers_window_get_session (window);

  if (tiers_session_get_busy (session) || tiers_session_get_evaluation (session) == NULL)
    return FALSE;
  if (what >= UPDATED_MODELS &&
      tiers_suppliers_page_get_loading (tiers_window_get_suppliers_page (window)))
    return FALSE;
  return what < UPDATED_CHARTS ||
         !tiers_overview_page_get_loading (tiers_window_get_overview_page (window));
}

/* Runs the main loop until WHAT is updated; returns the milliseconds since START. */
static double
wait_until (TiersWindow *window,
            Updated      what,
            gint64       start)
{
  guint timeout = g_timeout_add_seconds (60, on_timeout_cb, NULL);

  while (!is_updated (window, what))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static guint
find_period (TiersSession *session,
             const char   *text)
{
  GArray *periods = tiers_session_get_periods (session);
  TiersPeriod period;

  if (!tiers_period_parse (text, &period, NULL))
    g_error ("not a period: %s", text);
  for (guint i = 0; i < periods->len; i++)
    if (tiers_period_equal (&g_array_index (periods, TiersPeriod, i), &period))
      return i;
  g_error ("the database has no data in %s", text);
  return 0;
}

static void
bench_period_switch (const char *db,
                     const char *periods[2],
                     guint       repeat)
{
  GArray *times[3];
  gint64 start = g_get_monotonic_time ();
  TiersWindow *window = tiers_window_new (NULL, db);
  TiersSession *session;
  GtkDropDown *dropdown;
  guint positions[2];
  double opened[3];

  for (guint k = 0; k < 3; k++)
    times[k] = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_window_present (GTK_WINDOW (window));
  /* The window opens the database after its first frame. */
  while (g_strcmp0 (tiers_window_get_page (window), "loading") == 0)
    g_main_context_iteration (NULL, TRUE);
  session = tiers_window_get_session (window);
  if (session == NULL)
    g_error ("cannot open %s", db);
  dropdown = tiers_period_selector_get_dropdown (tiers_window_get_period_selector (window));
  positions[0] = find_period (session, periods[0]);
  positions[1] = find_period (session, periods[1]);
  for (guint k = 0; k < 3; k++)
    opened[k] = wait_until (window, (Updated) k, start);
  g_print ("A window on the database, from its creation (once):\n");
  g_print ("  the overview's counts        %8.1f ms\n", opened[UPDATED_EVALUATION]);
  g_print ("  and the suppliers' rows      %8.1f ms\n", opened[UPDATED_MODELS]);
  g_print ("  and the overview's charts    %8.1f ms\n", opened[UPDATED_CHARTS]);
  /* The first visit of each evaluates the periods the trend needs; that is not a switch. */
  for (guint i = 0; i < 2; i++)
    {
      gtk_drop_down_set_selected (dropdown, positions[i]);
      wait_until (window, UPDATED_CHARTS, g_get_monotonic_time ());
    }
  /* On the Overview, then on the Suppliers page, where the overview's charts wait. */
  for (guint page = 0; page < 2; page++)
    {
      adw_view_stack_set_visible_child_name (tiers_window_get_view_stack (window),
                                             page == 0 ? "overview" : "suppliers");
      for (guint k = 0; k < 3; k++)
        g_array_set_size (times[k], 0);
      for (guint i = 0; i < 2 * repeat; i++)
        {
          start = g_get_monotonic_time ();
          gtk_drop_down_set_selected (dropdown, positions[i % 2]);
          for (guint k = 0; k < 3; k++)
            {
              double ms = wait_until (window, (Updated) k, start);

              g_array_append_val (times[k], ms);
            }
        }
      g_print ("Period switch %s <-> %s on the %s page (median of %u):\n", periods[0],
               periods[1], page == 0 ? "Overview" : "Suppliers", 2 * repeat);
      g_print ("  the session's evaluation     %8.1f ms   (the overview's counts)\n",
               median (times[UPDATED_EVALUATION]));
      g_print ("  and the suppliers' rows      %8.1f ms   (target < 200)\n",
               median (times[UPDATED_MODELS]));
      if (page == 0)
        g_print ("  and the overview's charts    %8.1f ms\n", median (times[UPDATED_CHARTS]));
    }
  for (guint k = 0; k < 3; k++)
    g_array_unref (times[k]);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The bytes the receipts table and its indexes take in the database file. */
static double
receipts_mib (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *statement = NULL;
  double bytes = 0;

  if (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (handle,
                          "SELECT sum(pgsize) FROM dbstat WHERE name IN ('receipt', "
                          "'receipt_period')", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    bytes = sqlite3_column_double (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (handle);
  return bytes / (1024 * 1024);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *first = g_strdup ("2024-Q4");
  g_autofree char *second = g_strdup ("2024-Q3");
  int repeat = 7;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The prepared database", "FILE" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Rounds of each timing (default 7)", "N" },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first, "A period (default 2024-Q4)", "PERIOD" },
    { "second", 0, 0, G_OPTION_ARG_STRING, &second, "Another (default 2024-Q3)", "PERIOD" },
    { NULL }
  };
  const char *periods[2];
  struct rusage usage;

  context = g_option_context_new ("- time the window's startup and period switch");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || db == NULL || repeat < 1)
    {
      g_printerr ("%s\n", error ? error->message : "bench-window --db FILE [--repeat N]");
      return 2;
    }
  /* The window's settings, from the build tree, kept in memory. */
  g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_DATA_DIR, FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);

  bench_startup (db, (guint) repeat);
  bench_first_content (db, (guint) repeat);

  adw_init ();
  periods[0] = first;
  periods[1] = second;
  bench_period_switch (db, periods, (guint) repeat);

  getrusage (RUSAGE_SELF, &usage);
  g_print ("Memory: this process's peak RSS %.1f MiB; the receipts table and its indexes "
           "%.1f MiB on disk\n", usage.ru_maxrss / 1024.0, receipts_mib (db));
  return 0;
}
