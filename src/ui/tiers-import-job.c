/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-job.c: the import dialog's work off the main loop. A preview reads a file's
 * header and first rows with the importer's CSV reader, so quoting and byte-order marks count
 * the same. A set of files is checked by importing it for real inside one transaction that is
 * rolled back (so receipts may name suppliers of a file in the same set), and imported the
 * same way, committed only when every file went through. Progress reaches the main context
 * through one idle at a time, however often the importer reports. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-csv.h"
#include "tiers-error.h"
#include "tiers-import-job.h"
#include "tiers-import-set.h"

void
tiers_import_preview_free (TiersImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_strfreev (preview->columns);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_free (preview);
}

static char **
record_fields (TiersCsvReader *reader)
{
  guint n = tiers_csv_reader_get_n_fields (reader);
  char **fields = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    fields[i] = g_strstrip (g_strdup (tiers_csv_reader_get_field (reader, i)));
  return fields;
}

static TiersImportPreview *
read_preview (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(TiersImportPreview) preview = g_new0 (TiersImportPreview, 1);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(TiersCsvReader) reader = NULL;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  preview->size = info != NULL ? (guint64) g_file_info_get_size (info) : 0;
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  reader = tiers_csv_reader_new (G_INPUT_STREAM (stream));

  while (preview->rows->len < TIERS_IMPORT_PREVIEW_ROWS)
    {
      switch (tiers_csv_reader_next (reader, cancellable, error))
        {
        case TIERS_CSV_RECORD:
          if (preview->columns == NULL)
            preview->columns = record_fields (reader);
          else
            g_ptr_array_add (preview->rows, record_fields (reader));
          break;
        case TIERS_CSV_BAD:
          /* The full check reports the bad row with its line; the preview shows the rest. */
          break;
        case TIERS_CSV_ERROR:
          return NULL;
        case TIERS_CSV_END:
        default:
          goto done;
        }
    }
done:
  if (preview->columns == NULL)
    preview->columns = g_new0 (char *, 1);
  preview->recognised = tiers_import_kind_detect ((const char * const *) preview->columns,
                                                  &preview->kind);
  return g_steal_pointer (&preview);
}

static void
preview_file (GTask        *task,
              TiersStore   *store,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  TiersImportPreview *preview = read_preview (task_data, cancellable, &error);

  if (preview != NULL)
    g_task_return_pointer (task, preview, (GDestroyNotify) tiers_import_preview_free);
  else
    g_task_return_error (task, error);
}

void
tiers_import_preview_async (TiersSession        *session,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TIERS_IS_SESSION (session));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_import_preview_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  tiers_session_run_apart (session, task, preview_file);
}

TiersImportPreview *
tiers_import_preview_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
tiers_import_kinds_describe (void)
{
  /* The column names are the file format's, not words to translate (docs/formats.md). */
  static const char * const columns[TIERS_N_IMPORT_KINDS] = {
    "code, name, category (contact, email, phone)",
    "supplier_code, po_number, item_code, ordered_qty, received_qty, rejected_qty, "
    "unit_price, promised_date, received_date",
    "supplier_code, date, severity (description)",
    "supplier_code, date, rating (response_hours, comment)",
    "supplier_code, criterion, date, evaluator, rating (comment)",
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < TIERS_N_IMPORT_KINDS; k++)
    {
      if (k > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a kind of import file and the columns its header row names */
      g_string_append_printf (text, _("%s: %s"), tiers_import_kind_label (k), columns[k]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
tiers_import_job_file_free (TiersImportJobFile *file)
{
  g_clear_object (&file->file);
  tiers_import_result_clear (&file->result);
  g_free (file->refusal);
  g_free (file);
}

typedef struct
{
  TiersImportJobMode      mode;
  TiersImportFlags        flags;
  GPtrArray              *files;         /* of TiersImportJobFile */
  guint64                 total;         /* bytes of all files */
  guint64                 done;          /* bytes of the files already through */

  GMainContext           *context;
  TiersImportJobProgress  progress;
  gpointer                progress_data;
  GTask                  *task;          /* not a reference: the thread keeps it alive */
  gint                    permille;      /* atomic: the share read so far */
  gint                    idle_pending;  /* atomic: a progress idle is on its way */
} JobData;

static void
job_data_free (JobData *data)
{
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
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
  guint64 so_far = data->done + bytes_read;
  double fraction = data->total > 0 ? MIN (1.0, (double) so_far / (double) data->total) : 0.0;

  g_atomic_int_set (&data->permille, (gint) (fraction * 1000));
  if (data->progress != NULL && !g_atomic_int_exchange (&data->idle_pending, TRUE))
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, report_progress_idle, g_object_ref (data->task),
                             g_object_unref);
      g_source_attach (source, data->context);
    }
}

static guint64
file_size (GFile        *file,
           GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  return info != NULL ? (guint64) g_file_info_get_size (info) : 0;
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, TIERS_ERROR, TIERS_ERROR_CANCELLED);
}

/* Imports one file of the set under the set's transaction. FALSE only when the whole set
 * must stop: cancelled, or the database failed; a refused file says why in its refusal. */
static gboolean
import_one (JobData             *data,
            TiersStore          *store,
            TiersImportJobFile  *file,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = g_file_get_basename (file->file);
  guint64 size = file_size (file->file, cancellable);

  stream = g_file_read (file->file, cancellable, &local_error);
  if (stream != NULL &&
      tiers_store_import_stream (store, file->kind, display_name, G_INPUT_STREAM (stream),
                                 data->flags, on_import_progress, data, cancellable,
                                 &file->result, &local_error))
    {
      data->done += size;
      return TRUE;
    }
  data->done += size;
  if (is_cancelled (local_error) || g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_DATABASE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  file->refusal = g_strdup (local_error->message);
  return TRUE;
}

static gboolean
run_set (JobData       *data,
         TiersStore    *store,
         GCancellable  *cancellable,
         GError       **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < data->files->len; i++)
    {
      TiersImportJobFile *file = g_ptr_array_index (data->files, i);

      data->total += file_size (file->file, cancellable);
    }

  if (!tiers_store_begin_import_set (store, error))
    return FALSE;

  for (guint i = 0; ok && i < data->files->len; i++)
    {
      TiersImportJobFile *file = g_ptr_array_index (data->files, i);

      ok = import_one (data, store, file, cancellable, error);
      if (ok && file->refusal != NULL && data->mode == TIERS_IMPORT_JOB_IMPORT)
        {
          g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID, file->refusal);
          ok = FALSE;
        }
    }

  if (!ok || data->mode == TIERS_IMPORT_JOB_CHECK)
    {
      tiers_store_end_import_set (store, FALSE, NULL);
      return ok;
    }
  return tiers_store_end_import_set (store, TRUE, error);
}

static void
import_set (GTask        *task,
            TiersStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_set (task_data, store, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
tiers_import_job_run_async (TiersSession           *session,
                            TiersImportJobMode      mode,
                            GFile                 **files,
                            const TiersImportKind  *kinds,
                            guint                   n_files,
                            TiersImportFlags        flags,
                            GCancellable           *cancellable,
                            TiersImportJobProgress  progress,
                            gpointer                progress_data,
                            GAsyncReadyCallback     callback,
                            gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  JobData *data;

  g_return_if_fail (TIERS_IS_SESSION (session));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail ((flags & TIERS_IMPORT_CHECK_ONLY) == 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tiers_import_job_run_async);
  /* A set committed just before Cancel was pressed has landed: say so. */
  g_task_set_check_cancellable (task, FALSE);
  data = g_new0 (JobData, 1);
  data->mode = mode;
  data->flags = flags;
  data->files = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_import_job_file_free);
  for (guint i = 0; i < n_files; i++)
    {
      TiersImportJobFile *file = g_new0 (TiersImportJobFile, 1);

      file->file = g_object_ref (files[i]);
      file->kind = kinds[i];
      g_ptr_array_add (data->files, file);
    }
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress;
  data->progress_data = progress_data;
  data->task = task;
  g_task_set_task_data (task, data, (GDestroyNotify) job_data_free);
  tiers_session_run_in_worker (session, task, import_set);
}

gboolean
tiers_import_job_run_finish (GAsyncResult  *result,
                             GPtrArray    **files,
                             GError       **error)
{
  JobData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  *files = g_steal_pointer (&data->files);
  return g_task_propagate_boolean (G_TASK (result), error);
}
