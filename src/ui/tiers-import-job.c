/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-job.c: importing one file from the window. The kind is recognised from the
 * header row (the importer's CSV reader reads it, so quoting and byte-order marks count the
 * same), then the file is imported in a GTask thread that opens its own connection to the
 * database, as the store requires; progress reaches the main context through one idle at a
 * time, however often the importer reports. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tiers-csv.h"
#include "tiers-error.h"
#include "tiers-import-job.h"

typedef struct
{
  char                   *db_path;
  GFile                  *file;
  guint64                 size;
  TiersImportJobOutcome   outcome;

  GMainContext           *context;
  TiersImportJobProgress  progress;
  gpointer                progress_data;
  GTask                  *task;          /* not a reference: the thread keeps it alive */
  gint                    permille;      /* atomic: the share read so far */
  gint                    idle_pending;  /* atomic: a progress idle is on its way */
} JobData;

void
tiers_import_job_outcome_clear (TiersImportJobOutcome *outcome)
{
  g_clear_pointer (&outcome->display_name, g_free);
  tiers_import_result_clear (&outcome->result);
}

static void
job_data_free (JobData *data)
{
  g_free (data->db_path);
  g_clear_object (&data->file);
  tiers_import_job_outcome_clear (&data->outcome);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

gboolean
tiers_import_detect_kind (GInputStream    *stream,
                          const char      *display_name,
                          TiersImportKind *kind,
                          GCancellable    *cancellable,
                          GError         **error)
{
  g_autoptr(TiersCsvReader) reader = tiers_csv_reader_new (stream);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();

  switch (tiers_csv_reader_next (reader, cancellable, error))
    {
    case TIERS_CSV_RECORD:
      break;
    case TIERS_CSV_ERROR:
      return FALSE;
    case TIERS_CSV_BAD:
    case TIERS_CSV_END:
    default:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("“%s” has no header row naming its columns"), display_name);
      return FALSE;
    }

  for (guint i = 0; i < tiers_csv_reader_get_n_fields (reader); i++)
    g_ptr_array_add (columns, g_strstrip (tiers_csv_reader_get_field (reader, i)));
  g_ptr_array_add (columns, NULL);

  if (!tiers_import_kind_detect ((const char * const *) columns->pdata, kind))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("The first row of “%s” does not name the columns of suppliers, receipts, "
                     "incidents, feedback or ratings. A file of suppliers, for example, starts "
                     "with the row: code,name,category"),
                   display_name);
      return FALSE;
    }
  return TRUE;
}

/* The idle holds a reference on the task, so the job data outlives it; once the task has
 * called back, the caller no longer expects progress. */
static gboolean
report_progress_idle (gpointer user_data)
{
  GTask *task = user_data;
  JobData *data = g_task_get_task_data (task);

  g_atomic_int_set (&data->idle_pending, FALSE);
  if (!g_task_get_completed (task))
    data->progress (g_atomic_int_get (&data->permille) / 1000.0, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker thread. */
static void
on_import_progress (guint64  bytes_read,
                    gpointer user_data)
{
  JobData *data = user_data;
  double fraction = data->size ? MIN (1.0, (double) bytes_read / (double) data->size) : 0.0;

  g_atomic_int_set (&data->permille, (gint) (fraction * 1000));
  if (data->progress != NULL && !g_atomic_int_exchange (&data->idle_pending, TRUE))
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, report_progress_idle, g_object_ref (data->task),
                             g_object_unref);
      g_source_attach (source, data->context);
    }
}

static gboolean
run_import (JobData      *data,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr(GFileInputStream) header = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(TiersStore) store = NULL;
  TiersImportJobOutcome *outcome = &data->outcome;

  header = g_file_read (data->file, cancellable, error);
  if (header == NULL ||
      !tiers_import_detect_kind (G_INPUT_STREAM (header), outcome->display_name,
                                 &outcome->kind, cancellable, error))
    return FALSE;

  stream = g_file_read (data->file, cancellable, error);
  if (stream == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  data->size = info ? (guint64) g_file_info_get_size (info) : 0;

  store = tiers_store_open (data->db_path, error);
  if (store == NULL)
    return FALSE;
  return tiers_store_import_stream (store, outcome->kind, outcome->display_name,
                                    G_INPUT_STREAM (stream), TIERS_IMPORT_FLAGS_NONE,
                                    on_import_progress, data, cancellable,
                                    &outcome->result, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_import (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
tiers_import_job_run_async (const char             *db_path,
                            GFile                  *file,
                            GCancellable           *cancellable,
                            TiersImportJobProgress  progress,
                            gpointer                progress_data,
                            GAsyncReadyCallback     callback,
                            gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  JobData *data;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_import_job_run_async);
  data = g_new0 (JobData, 1);
  data->db_path = g_strdup (db_path);
  data->file = g_object_ref (file);
  data->outcome.display_name = g_file_get_basename (file);
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  data->task = task;
  g_task_set_task_data (task, data, (GDestroyNotify) job_data_free);
  g_task_run_in_thread (task, import_thread);
}

gboolean
tiers_import_job_run_finish (GAsyncResult           *result,
                             TiersImportJobOutcome  *outcome,
                             GError                **error)
{
  JobData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (outcome != NULL, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  *outcome = data->outcome;
  memset (&data->outcome, 0, sizeof data->outcome);
  return g_task_propagate_boolean (G_TASK (result), error);
}
