/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-print.c: printing and exporting scorecards from the window. What they are
 * made of is read on the session's worker (tiers_store_load_scorecard_data, current by the
 * one freshness rule); printing then lays out one supplier per "paginate" call, so a long
 * batch keeps the window responsive and GTK's progress dialog can cancel it; the PDF export
 * runs whole on the worker with a progress dialog of its own. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-scorecard-pdf.h"
#include "tiers-scorecard-print.h"
#include "tiers-store-scorecard.h"
#include "tiers-window-private.h"

/* The languages a scorecard can be printed in, in the choosers' order: the interface's first. */
static const char * const language_codes[] = { "", "en", "zh_CN" };

static const char *
language_label (guint index)
{
  switch (index)
    {
    case 1: return _("English");
    case 2: return _("Chinese (Simplified)");
    default: return _("Language of the Interface");
    }
}

static char *
company_name (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return g_settings_get_string (settings, "company-name");
}

/* --- page setup, remembered between prints and sessions --- */

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "supplier-tiers", "printing.ini", NULL);
}

static void
load_print_settings (GtkPrintSettings **settings,
                     GtkPageSetup      **setup)
{
  g_autofree char *path = settings_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();

  *settings = NULL;
  *setup = NULL;
  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      *settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
      *setup = gtk_page_setup_new_from_key_file (file, NULL, NULL);
    }
  if (*setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      *setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (*setup, a4);
    }
  /* Scorecards are portrait, whatever was chosen for other documents. */
  gtk_page_setup_set_orientation (*setup, GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
save_print_settings (GtkPrintSettings *settings,
                     GtkPageSetup     *setup)
{
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, file, NULL);
  if (setup != NULL)
    gtk_page_setup_to_key_file (setup, file, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("The page setup cannot be kept in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
page_format_from_setup (GtkPageSetup    *setup,
                        TiersPageFormat *format)
{
  tiers_page_format_init (format, TIERS_PAPER_A4);
  format->width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  format->height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
}

/* --- reading the data on the worker --- */

typedef struct
{
  TiersPeriod period;
} LoadJob;

static void
load_in_worker (GTask        *task,
                TiersStore   *store,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  TiersScorecardData *data = tiers_store_load_scorecard_data (store, &job->period, &error);

  if (data == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, data, (GDestroyNotify) tiers_scorecard_data_free);
}

static void
load_data (TiersSession        *session,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  LoadJob *job = g_new0 (LoadJob, 1);

  job->period = *tiers_session_get_period (session);
  g_task_set_task_data (task, job, g_free);
  tiers_session_run_in_worker (session, task, load_in_worker);
}

/* --- printing --- */

typedef struct
{
  TiersScorecardData *data;
  GPtrArray          *codes;
  char               *language;      /* NULL: the interface's */
  char               *company;
  char               *export_filename;
  GtkWindow          *parent;
  GtkDropDown        *language_choice;  /* in the dialog's Scorecard tab */
  TiersPageFormat     format;
  GPtrArray          *layouts;       /* of TiersScorecardLayout, one per supplier laid out */
  GArray             *first_pages;   /* of guint: each layout's first page in the print */
  guint               n_pages;
  GError             *error;
  gboolean            returned;      /* "done" and a synchronous run both end the task */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->data, tiers_scorecard_data_free);
  g_clear_pointer (&job->codes, g_ptr_array_unref);
  g_free (job->language);
  g_free (job->company);
  g_free (job->export_filename);
  g_clear_object (&job->parent);
  g_clear_object (&job->language_choice);
  g_clear_pointer (&job->layouts, g_ptr_array_unref);
  g_clear_pointer (&job->first_pages, g_array_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   GTask             *task)
{
  PrintJob *job = g_task_get_task_data (task);

  /* Full page, in points: the layout keeps its own margins and sizes. */
  job->format.width = gtk_print_context_get_width (context);
  job->format.height = gtk_print_context_get_height (context);
  job->data->set.language = job->language;
  job->data->set.company = job->company;
}

static gboolean
on_paginate_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                GTask             *task)
{
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(TiersScorecardDocument) document = NULL;
  TiersScorecardLayout *layout;

  if (job->layouts->len == job->codes->len || job->error != NULL)
    {
      gtk_print_operation_set_n_pages (operation, MAX (job->n_pages, 1));
      return TRUE;
    }
  document = tiers_scorecard_set_document (&job->data->set,
                                           g_ptr_array_index (job->codes, job->layouts->len),
                                           &job->error);
  if (document == NULL)
    {
      gtk_print_operation_cancel (operation);
      return TRUE;
    }
  layout = tiers_scorecard_layout_new (document, &job->format);
  g_array_append_val (job->first_pages, job->n_pages);
  job->n_pages += tiers_scorecard_layout_n_pages (layout);
  g_ptr_array_add (job->layouts, layout);
  return FALSE;
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 GTask             *task)
{
  PrintJob *job = g_task_get_task_data (task);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint index = 0;

  if (job->layouts->len == 0)
    return;
  /* The last layout whose first page is at or before PAGE. */
  while (index + 1 < job->first_pages->len
         && g_array_index (job->first_pages, guint, index + 1) <= (guint) page)
    index++;
  tiers_scorecard_layout_paint_page (g_ptr_array_index (job->layouts, index),
                                     (guint) page - g_array_index (job->first_pages, guint, index),
                                     cr);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            GTask             *task)
{
  PrintJob *job = g_task_get_task_data (task);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char *labels[G_N_ELEMENTS (language_codes) + 1] = { NULL };
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Language of the scorecards"));

  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    labels[i] = language_label (i);
  job->language_choice = g_object_ref_sink (GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels)));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (job->language_choice));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 12);
  /* At the top of the tab, as the dialog's own tabs put their first setting. */
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (job->language_choice), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->language_choice));
  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           GTask             *task)
{
  PrintJob *job = g_task_get_task_data (task);
  guint chosen = gtk_drop_down_get_selected (job->language_choice);

  g_free (job->language);
  job->language = chosen > 0 && chosen < G_N_ELEMENTS (language_codes)
    ? g_strdup (language_codes[chosen]) : NULL;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            GTask                   *task)
{
  PrintJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  if (job->returned)
    return;
  job->returned = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && job->export_filename == NULL)
    save_print_settings (gtk_print_operation_get_print_settings (operation),
                         gtk_print_operation_get_default_page_setup (operation));
  if (job->error != NULL)
    g_task_return_error (task, g_steal_pointer (&job->error));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_task_return_error (task, error != NULL ? error
                           : g_error_new_literal (TIERS_ERROR, TIERS_ERROR_INVALID,
                                                  _("Printing failed")));
    }
  else
    g_task_return_boolean (task, TRUE);
}

static void
run_print (GTask *task)
{
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  load_print_settings (&settings, &setup);
  page_format_from_setup (setup, &job->format);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, job->export_filename == NULL);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Supplier scorecards"));
  if (job->language == NULL && job->export_filename == NULL)
    {
      gtk_print_operation_set_custom_tab_label (operation, _("Scorecard"));
      g_signal_connect (operation, "create-custom-widget",
                        G_CALLBACK (on_create_custom_widget_cb), task);
      g_signal_connect (operation, "custom-widget-apply",
                        G_CALLBACK (on_custom_widget_apply_cb), task);
    }
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), task);
  g_signal_connect (operation, "paginate", G_CALLBACK (on_paginate_cb), task);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), task);
  g_signal_connect_data (operation, "done", G_CALLBACK (on_done_cb), g_object_ref (task),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  if (job->export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, job->export_filename);
  result = gtk_print_operation_run (operation,
                                    job->export_filename != NULL
                                    ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                    : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    job->parent, &error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && !job->returned)
    {
      if (error != NULL)
        {
          job->returned = TRUE;
          g_task_return_error (task, g_steal_pointer (&error));
        }
      else
        on_done_cb (operation, result, task);
    }
}

static void
on_print_data_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->data = g_task_propagate_pointer (G_TASK (result), &error);
  if (job->data == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  run_print (task);
}

void
tiers_scorecard_print (GtkWindow           *parent,
                       TiersSession        *session,
                       GPtrArray           *codes,
                       const char          *language,
                       const char          *export_filename,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task;
  PrintJob *job;

  g_return_if_fail (TIERS_IS_SESSION (session) && codes != NULL);
  g_return_if_fail (tiers_session_get_period (session) != NULL);

  task = g_task_new (parent, NULL, callback, user_data);
  job = g_new0 (PrintJob, 1);
  job->codes = g_ptr_array_ref (codes);
  job->language = g_strdup (language);
  job->company = company_name ();
  job->export_filename = g_strdup (export_filename);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_scorecard_layout_free);
  job->first_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  g_task_set_task_data (task, job, (GDestroyNotify) print_job_free);
  load_data (session, NULL, on_print_data_cb, task);
}

gboolean
tiers_scorecard_print_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- PDF export --- */

typedef struct
{
  TiersPeriod      period;
  GPtrArray       *codes;
  char            *language;
  char            *company;
  char            *path;
  TiersPageFormat  format;
  guint            n_pages;
  GtkProgressBar  *progress;   /* main loop only */
  GtkWidget       *dialog;
  GCancellable    *cancellable;
  GAsyncReadyCallback callback;
  gpointer         user_data;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->codes, g_ptr_array_unref);
  g_free (job->language);
  g_free (job->company);
  g_free (job->path);
  g_clear_object (&job->progress);
  if (job->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (job->dialog));
  g_clear_object (&job->dialog);
  g_clear_object (&job->cancellable);
  g_free (job);
}

typedef struct
{
  GWeakRef progress;
  double   fraction;
} ProgressStep;

static gboolean
show_progress_cb (gpointer user_data)
{
  ProgressStep *step = user_data;
  g_autoptr(GtkProgressBar) bar = g_weak_ref_get (&step->progress);

  if (bar != NULL)
    gtk_progress_bar_set_fraction (bar, step->fraction);
  g_weak_ref_clear (&step->progress);
  g_free (step);
  return G_SOURCE_REMOVE;
}

static void
on_written_cb (guint    done,
               guint    total,
               gpointer user_data)
{
  ProgressStep *step;

  /* Every hundredth scorecard is enough for a bar. */
  if (done % MAX (1, total / 100) != 0 && done != total)
    return;
  step = g_new0 (ProgressStep, 1);
  g_weak_ref_init (&step->progress, user_data);
  step->fraction = (double) done / total;
  g_idle_add (show_progress_cb, step);
}

static void
export_in_worker (GTask        *task,
                  TiersStore   *store,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(TiersScorecardData) data = NULL;
  GError *error = NULL;

  if ((data = tiers_store_load_scorecard_data (store, &job->period, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->set.language = job->language;
  data->set.company = job->company;
  if (!tiers_scorecard_pdf_write_set (job->path, &job->format, &data->set, job->codes,
                                      on_written_cb, job->progress, cancellable, &job->n_pages,
                                      &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The progress dialog goes as soon as the work ends, then the caller hears of it. */
static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  if (job->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (job->dialog));
  g_clear_object (&job->dialog);
  if (job->callback != NULL)
    job->callback (source, result, job->user_data);
}

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
}

void
tiers_scorecard_export_pdf_to_file (GtkWindow           *parent,
                                    TiersSession        *session,
                                    GPtrArray           *codes,
                                    const char          *language,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autofree char *body = NULL;
  GtkWidget *bar;
  GTask *task;
  ExportJob *job;

  g_return_if_fail (TIERS_IS_SESSION (session) && codes != NULL && G_IS_FILE (file));
  g_return_if_fail (tiers_session_get_period (session) != NULL);

  job = g_new0 (ExportJob, 1);
  job->period = *tiers_session_get_period (session);
  job->codes = g_ptr_array_ref (codes);
  job->language = g_strdup (language);
  job->company = company_name ();
  job->path = g_file_get_path (file);
  job->cancellable = g_cancellable_new ();
  /* The paper of the remembered page setup. */
  load_print_settings (&settings, &setup);
  page_format_from_setup (setup, &job->format);

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u scorecard into “%s”",
                                       "%u scorecards into “%s”", codes->len),
                          codes->len, g_file_peek_path (file));
  job->dialog = g_object_ref_sink (adw_message_dialog_new (parent, _("Writing Scorecards"),
                                                           body));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (job->dialog), "cancel", _("_Cancel"));
  bar = gtk_progress_bar_new ();
  job->progress = g_object_ref (GTK_PROGRESS_BAR (bar));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (job->dialog), bar);
  g_signal_connect_object (job->dialog, "response", G_CALLBACK (on_progress_response_cb),
                           job->cancellable, 0);
  gtk_window_present (GTK_WINDOW (job->dialog));

  job->callback = callback;
  job->user_data = user_data;
  task = g_task_new (parent, job->cancellable, on_export_done_cb, NULL);
  /* Cancelled is our own error, which says that nothing was written. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  tiers_session_run_in_worker (session, task, export_in_worker);
  g_object_unref (task);
}

gboolean
tiers_scorecard_export_pdf_finish (GAsyncResult  *result,
                                   guint         *n_pages,
                                   GError       **error)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  if (n_pages != NULL)
    *n_pages = job->n_pages;
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_pages = 0;

  if (!tiers_scorecard_export_pdf_finish (result, &n_pages, &error))
    {
      if (TIERS_IS_WINDOW (source) && !g_error_matches (error, TIERS_ERROR, TIERS_ERROR_CANCELLED))
        _tiers_window_show_message (TIERS_WINDOW (source), _("Cannot Export the Scorecards"),
                                    error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported the scorecards (%u page)",
                                          "Exported the scorecards (%u pages)", n_pages),
                             n_pages);
  if (TIERS_IS_WINDOW (source))
    _tiers_window_add_toast (TIERS_WINDOW (source), message);
}

typedef struct
{
  TiersSession *session;
  GPtrArray    *codes;
  GtkWindow    *parent;
} ChooserJob;

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        ChooserJob      *job)
{
  g_autoptr(GFile) file = NULL;
  const char *chosen;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      chosen = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "language");
      tiers_scorecard_export_pdf_to_file (job->parent, job->session, job->codes,
                                          chosen != NULL && *chosen != '\0' ? chosen : NULL,
                                          file, on_exported_cb, NULL);
    }
  g_object_unref (chooser);
  g_object_unref (job->session);
  g_ptr_array_unref (job->codes);
  g_clear_object (&job->parent);
  g_free (job);
}

void
tiers_scorecard_export_pdf (GtkWindow    *parent,
                            TiersSession *session,
                            GPtrArray    *codes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *labels[G_N_ELEMENTS (language_codes) + 1] = { NULL };
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  ChooserJob *job;

  g_return_if_fail (TIERS_IS_SESSION (session) && codes != NULL && codes->len > 0);
  g_return_if_fail (tiers_session_get_period (session) != NULL);

  chooser = gtk_file_chooser_native_new (_("Export Scorecards as PDF"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  period = tiers_period_to_string (tiers_session_get_period (session));
  name = codes->len == 1
    ? g_strdup_printf ("scorecard-%s-%s.pdf", (const char *) g_ptr_array_index (codes, 0), period)
    : g_strdup_printf ("scorecards-%s.pdf", period);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF files"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    labels[i] = language_label (i);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "language", _("Language"),
                               (const char **) language_codes, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "language", "");

  job = g_new0 (ChooserJob, 1);
  job->session = g_object_ref (session);
  job->codes = g_ptr_array_ref (codes);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
