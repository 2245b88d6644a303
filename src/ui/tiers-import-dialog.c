/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-dialog.c: the import dialog. Adding files reads each one's preview in a
 * worker; once all are read, the set is checked in one worker (a later file sees the rows of
 * the files before it, as when importing). Adding or removing a file or changing the
 * duplicates option checks the set again, the stale check cancelled and its result dropped.
 * Import runs the same set for real in one transaction: Stop, or closing the dialog, leaves
 * nothing of it. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-error.h"
#include "tiers-import-dialog.h"

typedef enum
{
  WORK_NONE,
  WORK_CHECKING,
  WORK_IMPORTING,
} Work;

struct _TiersImportDialog
{
  AdwWindow             parent_instance;

  GtkStack             *stack;
  GtkWidget            *files_box;
  AdwPreferencesGroup  *files_group;
  GtkSwitch            *skip_switch;
  GtkWidget            *status_separator;
  GtkWidget            *status_bar;
  GtkLabel             *status_label;
  GtkProgressBar       *progress_bar;
  GtkWidget            *stop_button;

  TiersSession         *session;
  GPtrArray            *rows;           /* of TiersImportFileRow, in the order added */
  GCancellable         *cancellable;    /* the previews; cancelled when the dialog goes */
  guint                 n_reading;
  GCancellable         *work_cancellable;
  Work                  work;
  guint                 generation;     /* only the newest check shows its result */
};

G_DEFINE_FINAL_TYPE (TiersImportDialog, tiers_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_check (TiersImportDialog *self);

static gboolean
all_ready (TiersImportDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (tiers_import_file_row_get_state (g_ptr_array_index (self->rows, i)) !=
        TIERS_IMPORT_FILE_READY)
      return FALSE;
  return self->rows->len > 0;
}

static guint64
total_rows (TiersImportDialog *self)
{
  guint64 n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    n += tiers_import_file_row_get_rows (g_ptr_array_index (self->rows, i));
  return n;
}

static char *
status_text (TiersImportDialog *self)
{
  g_autofree char *count = NULL;

  if (self->work == WORK_IMPORTING)
    return g_strdup (_("Importing…"));
  if (self->work == WORK_CHECKING || self->n_reading > 0)
    return g_strdup (_("Checking…"));
  if (self->rows->len == 0)
    return g_strdup ("");
  if (!all_ready (self))
    return g_strdup (_("Remove or correct the files with problems, then add them again."));
  count = g_strdup_printf ("%'" G_GUINT64_FORMAT, total_rows (self));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row ready to import.",
                                       "%s rows ready to import.", total_rows (self)), count);
}

/* Everything the buttons and the status bar show follows from the rows and the work. */
static void
update (TiersImportDialog *self)
{
  g_autofree char *status = status_text (self);
  gboolean working = self->work != WORK_NONE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 tiers_import_dialog_get_can_import (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.add-files",
                                 self->work != WORK_IMPORTING);
  gtk_widget_set_sensitive (self->files_box, self->work != WORK_IMPORTING);
  gtk_widget_set_visible (self->status_bar, working || status[0] != '\0');
  gtk_widget_set_visible (self->status_separator, working || status[0] != '\0');
  gtk_widget_set_visible (self->stop_button, working);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), working);
  gtk_label_set_text (self->status_label, status);
  gtk_stack_set_visible_child_name (self->stack, self->rows->len > 0 ? "files" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
stop_work (TiersImportDialog *self)
{
  if (self->work_cancellable != NULL)
    g_cancellable_cancel (self->work_cancellable);
  g_clear_object (&self->work_cancellable);
  self->work = WORK_NONE;
  self->generation++;
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  TiersImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* The rows to check or import, suppliers first, then receipts, incidents, feedback and
 * ratings (the order of TiersImportKind), and in the order added within a kind. */
static GPtrArray *
rows_in_import_order (TiersImportDialog *self)
{
  GPtrArray *ordered = g_ptr_array_new ();

  for (guint k = 0; k < TIERS_N_IMPORT_KINDS; k++)
    for (guint i = 0; i < self->rows->len; i++)
      {
        TiersImportFileRow *row = g_ptr_array_index (self->rows, i);
        TiersImportKind kind;

        if (tiers_import_file_row_get_kind (row, &kind) && kind == k)
          g_ptr_array_add (ordered, row);
      }
  return ordered;
}

typedef struct
{
  TiersImportDialog *self;
  GPtrArray         *rows;        /* of TiersImportFileRow, as given to the job */
  guint              generation;
} WorkData;

static void
work_data_free (WorkData *data)
{
  g_object_unref (data->self);
  g_ptr_array_unref (data->rows);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WorkData, work_data_free)

static void
start_work (TiersImportDialog   *self,
            Work                 work,
            GAsyncReadyCallback  callback)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree TiersImportKind *kinds = NULL;
  WorkData *data = g_new0 (WorkData, 1);
  TiersImportFlags flags = gtk_switch_get_active (self->skip_switch)
                           ? TIERS_IMPORT_SKIP_DUPLICATES : TIERS_IMPORT_FLAGS_NONE;

  stop_work (self);
  data->self = g_object_ref (self);
  data->rows = rows_in_import_order (self);
  data->generation = self->generation;
  kinds = g_new0 (TiersImportKind, MAX (data->rows->len, 1));
  for (guint i = 0; i < data->rows->len; i++)
    {
      TiersImportFileRow *row = g_ptr_array_index (data->rows, i);

      g_ptr_array_add (files, tiers_import_file_row_get_file (row));
      tiers_import_file_row_get_kind (row, &kinds[i]);
      g_object_ref (row);
    }
  g_ptr_array_set_free_func (data->rows, g_object_unref);

  self->work = work;
  self->work_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  tiers_import_job_run_async (self->session,
                              work == WORK_CHECKING ? TIERS_IMPORT_JOB_CHECK
                                                    : TIERS_IMPORT_JOB_IMPORT,
                              (GFile **) files->pdata, kinds, data->rows->len, flags,
                              self->work_cancellable, on_progress_cb, self, callback, data);
  update (self);
}

static void
show_results (WorkData  *data,
              GPtrArray *files,
              gboolean   imported)
{
  for (guint i = 0; files != NULL && i < files->len; i++)
    tiers_import_file_row_set_result (g_ptr_array_index (data->rows, i),
                                      g_ptr_array_index (files, i), imported);
}

static void
on_check_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(WorkData) data = user_data;
  TiersImportDialog *self = data->self;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = tiers_import_job_run_finish (result, &files, &error);

  if (data->generation != self->generation)
    return;
  g_clear_object (&self->work_cancellable);
  self->work = WORK_NONE;
  if (ok)
    show_results (data, files, FALSE);
  update (self);
  if (!ok)
    gtk_label_set_text (self->status_label, error->message);
}

static void
start_check (TiersImportDialog *self)
{
  gboolean any_kind = FALSE;

  stop_work (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      TiersImportFileRow *row = g_ptr_array_index (self->rows, i);

      tiers_import_file_row_set_checking (row);
      any_kind |= tiers_import_file_row_get_kind (row, NULL);
    }
  /* The check starts once every preview is read: it needs the kinds. */
  if (self->n_reading > 0 || !any_kind)
    {
      update (self);
      return;
    }
  start_work (self, WORK_CHECKING, on_check_done_cb);
}

typedef struct
{
  guint64 rows[TIERS_N_IMPORT_KINDS];
  guint64 skipped;
} Landed;

/* A count of one kind of record, e.g. "1,240 receipts", for the list of what landed. */
static char *
kind_count (TiersImportKind kind,
            guint64         n)
{
  g_autofree char *count = g_strdup_printf ("%'" G_GUINT64_FORMAT, n);

  switch (kind)
    {
    case TIERS_IMPORT_SUPPLIERS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s supplier", "%s suppliers",
                                           n), count);
    case TIERS_IMPORT_RECEIPTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s receipt", "%s receipts", n),
                              count);
    case TIERS_IMPORT_INCIDENTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s incident", "%s incidents",
                                           n), count);
    case TIERS_IMPORT_FEEDBACK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s feedback entry",
                                           "%s feedback entries", n), count);
    case TIERS_IMPORT_RATINGS:
    case TIERS_N_IMPORT_KINDS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s rating", "%s ratings", n),
                              count);
    }
}

/* "12 suppliers and 1,240 receipts": PARTS joined as a sentence lists them. */
static char *
join_list (GPtrArray *parts)
{
  char *list = g_strdup (g_ptr_array_index (parts, parts->len - 1));

  for (guint i = parts->len - 1; i-- > 0;)
    {
      const char *part = g_ptr_array_index (parts, i);
      char *joined = i == parts->len - 2
                     /* TRANSLATORS: joins the last two items of a list: "12 suppliers and
                      * 1,240 receipts" */
                     ? g_strdup_printf (_("%s and %s"), part, list)
                     /* TRANSLATORS: joins the other items of a list */
                     : g_strdup_printf (_("%s, %s"), part, list);

      g_free (list);
      list = joined;
    }
  return list;
}

/* "Imported 1,240 receipts and 12 suppliers", the largest count first. */
static char *
landed_message (const Landed *landed)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gboolean used[TIERS_N_IMPORT_KINDS] = { FALSE };
  g_autofree char *list = NULL;
  g_autofree char *message = NULL;
  g_autofree char *skipped = g_strdup_printf ("%'" G_GUINT64_FORMAT, landed->skipped);

  for (;;)
    {
      int best = -1;

      for (int k = 0; k < TIERS_N_IMPORT_KINDS; k++)
        if (!used[k] && landed->rows[k] > 0 && (best < 0 || landed->rows[k] > landed->rows[best]))
          best = k;
      if (best < 0)
        break;
      used[best] = TRUE;
      g_ptr_array_add (parts, kind_count ((TiersImportKind) best, landed->rows[best]));
    }
  if (parts->len == 0)
    message = g_strdup (_("Nothing new was imported"));
  else
    {
      list = join_list (parts);
      message = g_strdup_printf (_("Imported %s"), list);
    }
  if (landed->skipped == 0)
    return g_steal_pointer (&message);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, skipped %s duplicate",
                                       "%s, skipped %s duplicates", landed->skipped),
                          message, skipped);
}

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(WorkData) data = user_data;
  TiersImportDialog *self = data->self;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Landed landed = { { 0 } };
  gboolean ok = tiers_import_job_run_finish (result, &files, &error);

  if (data->generation == self->generation)
    {
      g_clear_object (&self->work_cancellable);
      self->work = WORK_NONE;
    }
  if (!ok)
    {
      if (data->generation != self->generation)
        return;
      show_results (data, files, FALSE);
      update (self);
      gtk_label_set_text (self->status_label,
                          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
                          g_error_matches (error, TIERS_ERROR, TIERS_ERROR_CANCELLED)
                          ? _("Import stopped: nothing was imported.") : error->message);
      return;
    }

  /* It landed, even when the dialog was closed meanwhile: the pages must know. */
  for (guint i = 0; i < files->len; i++)
    {
      TiersImportJobFile *file = g_ptr_array_index (files, i);

      landed.rows[file->kind] += file->result.rows_imported;
      landed.skipped += file->result.duplicates_skipped;
    }
  tiers_session_data_changed (self->session);
  message = landed_message (&landed);
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, message);
  /* A dialog closed meanwhile has lost its widgets already. */
  if (self->status_label != NULL)
    {
      show_results (data, files, TRUE);
      update (self);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
tiers_import_dialog_import_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (widget);

  if (tiers_import_dialog_get_can_import (self))
    start_work (self, WORK_IMPORTING, on_import_done_cb);
}

static void
tiers_import_dialog_stop_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (widget);
  Work work = self->work;

  stop_work (self);
  for (guint i = 0; i < self->rows->len; i++)
    tiers_import_file_row_set_unchecked (g_ptr_array_index (self->rows, i));
  update (self);
  gtk_label_set_text (self->status_label, work == WORK_IMPORTING
                      ? _("Import stopped: nothing was imported.")
                      : _("Check stopped: add or remove a file, or change the option, to "
                          "check again."));
}

static void
on_file_chooser_response_cb (GtkNativeDialog   *chooser,
                             int                response,
                             TiersImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GPtrArray) files = tiers_import_file_chooser_get_files (chooser);

      tiers_import_dialog_add_files (self, (GFile **) files->pdata, files->len);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

GtkNativeDialog *
tiers_import_file_chooser_new (GtkWindow  *parent,
                               const char *title,
                               const char *accept_label)
{
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), "*.csv", "text/csv");
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), "*", NULL);
  return GTK_NATIVE_DIALOG (chooser);
}

GPtrArray *
tiers_import_file_chooser_get_files (GtkNativeDialog *chooser)
{
  g_autoptr(GListModel) chosen = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (GTK_IS_FILE_CHOOSER_NATIVE (chooser), files);

  chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
    g_ptr_array_add (files, g_list_model_get_item (chosen, i));
  return files;
}

static void
tiers_import_dialog_add_files_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  GtkNativeDialog *chooser = tiers_import_file_chooser_new (GTK_WINDOW (widget),
                                                            _("Add Files to Import"),
                                                            _("_Add"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chooser_response_cb),
                           widget, 0);
  gtk_native_dialog_show (chooser);
}

static void
on_skip_switch_active_cb (TiersImportDialog *self)
{
  start_check (self);
}

static void
on_row_remove_cb (TiersImportFileRow *row,
                  TiersImportDialog  *self)
{
  if (self->work == WORK_IMPORTING)
    return;
  adw_preferences_group_remove (self->files_group, GTK_WIDGET (row));
  g_ptr_array_remove (self->rows, row);
  start_check (self);
}

typedef struct
{
  TiersImportDialog  *self;
  TiersImportFileRow *row;
} PreviewData;

static void
on_preview_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  PreviewData *data = user_data;
  TiersImportDialog *self = data->self;
  g_autoptr(TiersImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  preview = tiers_import_preview_finish (result, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->n_reading--;
      tiers_import_file_row_set_preview (data->row, preview, error);
      start_check (self);
    }
  g_object_unref (data->row);
  g_object_unref (data->self);
  g_free (data);
}

static gboolean
has_file (TiersImportDialog *self,
          GFile             *file)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_file_equal (tiers_import_file_row_get_file (g_ptr_array_index (self->rows, i)), file))
      return TRUE;
  return FALSE;
}

void
tiers_import_dialog_add_files (TiersImportDialog  *self,
                               GFile             **files,
                               guint               n_files)
{
  g_return_if_fail (TIERS_IS_IMPORT_DIALOG (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (self->work != WORK_IMPORTING);

  for (guint i = 0; i < n_files; i++)
    {
      PreviewData *data;
      TiersImportFileRow *row;

      if (has_file (self, files[i]))
        continue;
      row = tiers_import_file_row_new (files[i]);
      g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove_cb), self, 0);
      adw_preferences_group_add (self->files_group, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, g_object_ref (row));

      data = g_new0 (PreviewData, 1);
      data->self = g_object_ref (self);
      data->row = g_object_ref (row);
      self->n_reading++;
      tiers_import_preview_async (self->session, files[i], self->cancellable,
                                  on_preview_done_cb, data);
    }
  start_check (self);
}

void
tiers_import_dialog_set_skip_duplicates (TiersImportDialog *self,
                                         gboolean           skip)
{
  g_return_if_fail (TIERS_IS_IMPORT_DIALOG (self));
  gtk_switch_set_active (self->skip_switch, skip);
}

gboolean
tiers_import_dialog_get_busy (TiersImportDialog *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), FALSE);
  return self->work != WORK_NONE || self->n_reading > 0;
}

gboolean
tiers_import_dialog_get_can_import (TiersImportDialog *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), FALSE);
  return !tiers_import_dialog_get_busy (self) && all_ready (self);
}

guint
tiers_import_dialog_get_n_files (TiersImportDialog *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), 0);
  return self->rows->len;
}

TiersImportFileRow *
tiers_import_dialog_get_file_row (TiersImportDialog *self,
                                  guint              index)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

const char *
tiers_import_dialog_get_status (TiersImportDialog *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->status_label);
}

/* Closing cancels whatever runs: a check is dropped, an import rolled back (one that had
 * already committed still reports what landed). */
static gboolean
tiers_import_dialog_close_request (GtkWindow *window)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (window);

  stop_work (self);
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (tiers_import_dialog_parent_class)->close_request (window);
}

static void
tiers_import_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, tiers_import_dialog_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_import_dialog_dispose (GObject *object)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  stop_work (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), TIERS_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (tiers_import_dialog_parent_class)->dispose (object);
}

static void
tiers_import_dialog_finalize (GObject *object)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (tiers_import_dialog_parent_class)->finalize (object);
}

static void
tiers_import_dialog_class_init (TiersImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = tiers_import_dialog_get_property;
  object_class->dispose = tiers_import_dialog_dispose;
  object_class->finalize = tiers_import_dialog_finalize;
  window_class->close_request = tiers_import_dialog_close_request;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted with what landed, e.g. "Imported 1,240 receipts and 12 suppliers". */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, files_box);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, files_group);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, status_separator);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, status_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, stop_button);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_switch_active_cb);

  gtk_widget_class_install_action (widget_class, "import.add-files", NULL,
                                   tiers_import_dialog_add_files_action);
  gtk_widget_class_install_action (widget_class, "import.import", NULL,
                                   tiers_import_dialog_import_action);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL,
                                   tiers_import_dialog_stop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tiers_import_dialog_init (TiersImportDialog *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

TiersImportDialog *
tiers_import_dialog_new (GtkWindow    *parent,
                         TiersSession *session)
{
  TiersImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TIERS_IS_SESSION (session), NULL);

  self = g_object_new (TIERS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  return self;
}
