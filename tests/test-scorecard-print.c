/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scorecard-print.c: printing from the window gives the same scorecard as the command
 * line (GtkPrintOperation exporting to a PDF without a dialog, compared through pdftotext),
 * in English and in Chinese; the window's PDF export writes a batch with every supplier on
 * pages of its own, and its Cancel leaves no file. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-scorecard-print.h"
#include "tiers-store-sample.h"
#include "tiers-test-util.h"
#include "tiers-test-widgets.h"

#define PERIOD "2026-Q3"

typedef struct
{
  char         *dir;
  char         *path;
  TiersSession *session;
  GPtrArray    *codes;   /* every supplier of the period, in code order */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(TiersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TiersSampleOptions options;
  const TiersEvaluation *evaluation;

  f->dir = g_dir_make_tmp ("tiers-print-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
  tiers_sample_options_init (&options);
  options.suppliers = 15;
  options.years = 1;
  g_date_set_dmy (&options.until, 30, 9, 2026);
  g_assert_true (tiers_store_load_sample (store, &options, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&store, tiers_store_close);

  f->session = tiers_session_new (f->path, &error);
  g_assert_no_error (error);
  TIERS_TEST_WAIT_UNTIL (tiers_session_get_evaluation (f->session) != NULL
                         && !tiers_session_get_busy (f->session));
  evaluation = tiers_session_get_evaluation (f->session);
  f->codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    g_ptr_array_add (f->codes, g_strdup (evaluation->suppliers[i].supplier->code));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->session);
  g_ptr_array_unref (f->codes);
  tiers_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
on_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_print_equals_cli (Fixture *f, gconstpointer data)
{
  const char *languages[] = { "en", "zh_CN" };
  const char *titles[] = { "Supplier scorecard", "供应商评分卡" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
      g_autofree char *written = g_build_filename (f->dir, "written.pdf", NULL);
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(TiersTestRun) run = { 0 };
      g_autofree char *printed_text = NULL;
      g_autofree char *written_text = NULL;
      const char *code = g_ptr_array_index (f->codes, 2);

      g_ptr_array_add (one, (gpointer) code);
      tiers_scorecard_print (NULL, f->session, one, languages[l], printed, on_done_cb, &result);
      TIERS_TEST_WAIT_UNTIL (result != NULL);
      g_assert_true (tiers_scorecard_print_finish (result, &error));
      g_assert_no_error (error);

      tiers_test_run_cli (&run, f->path, "scorecard", PERIOD, "--supplier", code, "--lang",
                          languages[l], "--pdf", written, NULL);
      tiers_test_assert_status (&run, 0);
      printed_text = pdf_text (printed);
      written_text = pdf_text (written);
      tiers_test_assert_contains (printed_text, titles[l]);
      tiers_test_assert_contains (printed_text, code);
      /* The same document, page for page. */
      g_assert_cmpstr (printed_text, ==, written_text);
    }
}

static guint
count (const char *text, const char *part)
{
  guint n = 0;

  for (const char *at = strstr (text, part); at != NULL; at = strstr (at + 1, part))
    n++;
  return n;
}

static void
test_export_batch (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "batch.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint pages = 0;

  tiers_scorecard_export_pdf_to_file (NULL, f->session, f->codes, "en", file, on_done_cb,
                                      &result);
  TIERS_TEST_WAIT_UNTIL (result != NULL);
  g_assert_true (tiers_scorecard_export_pdf_finish (result, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, f->codes->len);
  text = pdf_text (path);
  g_assert_cmpuint (count (text, "Page 1 of"), ==, f->codes->len);
  /* The progress dialog went away with the work. */
  g_assert_null (tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_export_cancel (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  tiers_scorecard_export_pdf_to_file (NULL, f->session, f->codes, NULL, file, on_done_cb,
                                      &result);
  dialog = tiers_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  TIERS_TEST_WAIT_UNTIL (result != NULL);
  g_assert_false (tiers_scorecard_export_pdf_finish (result, NULL, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_autofree char *config = g_dir_make_tmp ("tiers-print-config-XXXXXX", NULL);

  /* A page setup remembered on this machine must not change the test's paper. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Where the program finds its translations: a scorecard in Chinese reads them. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SUPPLIER_TIERS_LOCALEDIR"));
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/scorecard-print/print-equals-cli", test_print_equals_cli);
  ADD ("/scorecard-print/export-batch", test_export_batch);
  ADD ("/scorecard-print/export-cancel", test_export_cancel);
#undef ADD
  {
    int status = g_test_run ();

    tiers_test_remove_tree (config);
    return status;
  }
}
