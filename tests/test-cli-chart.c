/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-chart.c: `supplier-tiers-cli chart` on sample data: every kind into PNG, SVG and
 * PDF at the asked size, periods evaluated first, usage errors (exit 2) and refusals (exit 1). */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-store-evaluation.h"

static char *dir;
static char *db;

/* Runs supplier-tiers-cli --db DB with ARGS; returns its exit status, stderr in *ERR. */
static int
run_chart (const char * const *args,
           char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("SUPPLIER_TIERS_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                               | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, err, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static char *
output_path (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
assert_file_starts_with (const char *path,
                         const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, magic));
  g_assert_cmpint (g_remove (path), ==, 0);
}

static gboolean
is_evaluated (const char *text)
{
  g_autoptr(TiersStore) store = tiers_store_open (db, NULL);
  g_autoptr(TiersEvaluation) evaluation = NULL;
  TiersPeriod period;

  g_assert_nonnull (store);
  g_assert_true (tiers_period_parse (text, &period, NULL));
  evaluation = tiers_store_load_evaluation (store, &period, NULL);
  return evaluation != NULL;
}

static void
test_every_kind (void)
{
  const char *kinds[][3] = {
    { "distribution", NULL, NULL },
    { "distribution-trend", "--periods", "4" },
    { "transitions", "--flow", NULL },
    { "transitions", NULL, NULL },
    { "history", "--supplier", "S0003" },
    { "profile", "--supplier", "S0003" },
    { "concentration", "--category", "Fasteners" },
  };

  g_assert_false (is_evaluated ("2026-Q2"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *png = output_path ("chart.png");
      g_autofree char *err = NULL;
      const char *args[] = { "chart", kinds[k][0], "2026-Q2", "--width", "640", "--height",
                             "360", "--lang", k % 2 ? "zh_CN" : "en", "--png", png,
                             k % 2 ? "--dark" : "--width=640", kinds[k][1], kinds[k][2],
                             NULL };
      cairo_surface_t *image;

      g_assert_cmpint (run_chart (args, &err), ==, 0);
      g_assert_null (strstr (err, "supplier-tiers-cli:"));   /* no message, no warning */
      g_assert_null (strstr (err, "WARNING"));
      image = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 360);
      cairo_surface_destroy (image);
      g_assert_cmpint (g_remove (png), ==, 0);
    }
  /* The periods the charts needed were evaluated and stored on the way. */
  g_assert_true (is_evaluated ("2026-Q2"));
  g_assert_true (is_evaluated ("2026-Q1"));
  g_assert_true (is_evaluated ("2025-Q3"));
}

static void
test_formats (void)
{
  const char *options[] = { "--svg", "--pdf" };
  const char *magic[] = { "<?xml", "%PDF" };

  for (guint f = 0; f < G_N_ELEMENTS (options); f++)
    {
      g_autofree char *path = output_path ("chart.out");
      g_autofree char *err = NULL;
      const char *args[] = { "chart", "distribution", "2026-Q2", options[f], path, NULL };

      g_assert_cmpint (run_chart (args, &err), ==, 0);
      assert_file_starts_with (path, magic[f]);
    }
}

static void
test_usage_errors (void)
{
  g_autofree char *png = output_path ("never.png");
  const char *wrong[][8] = {
    { "chart", "pie", "2026-Q2", "--png", png, NULL },
    { "chart", "history", "2026-Q2", "--png", png, NULL },
    { "chart", "profile", "2026-Q2", "--png", png, NULL },
    { "chart", "concentration", "2026-Q2", "--png", png, NULL },
    { "chart", "distribution", "2026-Q2", NULL },
    { "chart", "distribution", "2026-Q2", "--png", png, "--pdf", png, NULL },
    { "chart", "distribution", "2026-Q2", "--width", "100", "--png", png, NULL },
    { "chart", "distribution", "2026-Q2", "--lang", "fr", "--png", png, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_chart (wrong[i], &err), ==, 2);
      g_assert_nonnull (strstr (err, "supplier-tiers-cli: "));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
}

static void
test_refused (void)
{
  g_autofree char *png = output_path ("never.png");
  g_autofree char *unwritable = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autofree char *err = NULL;
  const char *unknown[] = { "chart", "history", "2026-Q2", "--supplier", "NOPE", "--png", png,
                            NULL };
  const char *bad_period[] = { "chart", "distribution", "2026-Q5", "--png", png, NULL };
  const char *bad_path[] = { "chart", "distribution", "2026-Q2", "--png", unwritable, NULL };

  g_assert_cmpint (run_chart (unknown, &err), ==, 1);
  g_assert_nonnull (strstr (err, "NOPE"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_chart (bad_period, &err), ==, 1);
  g_assert_nonnull (strstr (err, "2026-Q5"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_chart (bad_path, &err), ==, 1);
  g_assert_nonnull (strstr (err, "chart.png"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* Drawing lives in a module that only `chart` loads: without it chart is refused with a
 * message that names it, and the other commands work as before. */
static void
test_module (void)
{
  g_autofree char *png = output_path ("no-module.png");
  g_autofree char *moduledir = g_strdup (g_getenv ("SUPPLIER_TIERS_MODULEDIR"));
  g_autofree char *err = NULL;
  const char *chart[] = { "chart", "distribution", "2026-Q2", "--png", png, NULL };
  const char *evaluate[] = { "evaluate", "2026-Q2", "--dry-run", NULL };

  g_assert_nonnull (moduledir);
  g_assert_true (g_setenv ("SUPPLIER_TIERS_MODULEDIR", dir, TRUE));
  g_assert_cmpint (run_chart (chart, &err), ==, 1);
  g_assert_nonnull (strstr (err, "chart module"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_chart (evaluate, &err), ==, 0);
  g_assert_true (g_setenv ("SUPPLIER_TIERS_MODULEDIR", moduledir, TRUE));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_chart (chart, &err), ==, 0);
  assert_file_starts_with (png, "\x89PNG");
}

int
main (int    argc,
      char **argv)
{
  const char *sample[] = { "sample", "--suppliers", "24", "--years", "1", "--until",
                           "2026-06-30", NULL };
  g_autofree char *err = NULL;
  g_autofree char *cmd = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("tiers-cli-chart-XXXXXX", NULL);
  db = g_build_filename (dir, "tiers.db", NULL);
  g_assert_cmpint (run_chart (sample, &err), ==, 0);

  g_test_add_func ("/cli-chart/every-kind", test_every_kind);
  g_test_add_func ("/cli-chart/formats", test_formats);
  g_test_add_func ("/cli-chart/usage-errors", test_usage_errors);
  g_test_add_func ("/cli-chart/refused", test_refused);
  g_test_add_func ("/cli-chart/module", test_module);
  status = g_test_run ();

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (db);
  g_free (dir);
  return status;
}
