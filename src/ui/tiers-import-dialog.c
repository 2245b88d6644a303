/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-dialog.c: the progress of an import, with Cancel, and then, for a refused
 * file, every problem the importer found as a row: the reason, and the line to look at. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tiers-import-dialog.h"

struct _TiersImportDialog
{
  AdwWindow       parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkStack       *stack;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
  GtkLabel       *problems_heading;
  GtkLabel       *problems_summary;
  GtkListBox     *problem_list;

  GCancellable   *cancellable;
  char           *problems_text;   /* what "Copy All" puts on the clipboard */
};

G_DEFINE_FINAL_TYPE (TiersImportDialog, tiers_import_dialog, ADW_TYPE_WINDOW)

static gboolean
is_in_progress (TiersImportDialog *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "progress") == 0;
}

static void
request_cancel (TiersImportDialog *self)
{
  g_assert (self->cancellable != NULL);
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_label_set_text (self->progress_label, _("Cancelling…"));
}

static void
on_cancel_button_clicked_cb (TiersImportDialog *self)
{
  request_cancel (self);
}

/* While the import runs, closing means cancelling: the caller closes the dialog once the
 * worker has stopped and nothing has landed. */
static gboolean
tiers_import_dialog_close_request (GtkWindow *window)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (window);

  if (is_in_progress (self))
    {
      request_cancel (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (tiers_import_dialog_parent_class)->close_request (window);
}

static void
tiers_import_dialog_copy_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->problems_text);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Copied to the clipboard")));
}

static void
tiers_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TIERS_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (tiers_import_dialog_parent_class)->dispose (object);
}

static void
tiers_import_dialog_finalize (GObject *object)
{
  TiersImportDialog *self = TIERS_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->problems_text);
  G_OBJECT_CLASS (tiers_import_dialog_parent_class)->finalize (object);
}

static void
tiers_import_dialog_class_init (TiersImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tiers_import_dialog_dispose;
  object_class->finalize = tiers_import_dialog_finalize;
  window_class->close_request = tiers_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, problems_summary);
  gtk_widget_class_bind_template_child (widget_class, TiersImportDialog, problem_list);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "import.copy", NULL,
                                   tiers_import_dialog_copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tiers_import_dialog_init (TiersImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TiersImportDialog *
tiers_import_dialog_new (GtkWindow    *parent,
                         const char   *display_name,
                         GCancellable *cancellable)
{
  TiersImportDialog *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (G_IS_CANCELLABLE (cancellable), NULL);

  self = g_object_new (TIERS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->cancellable = g_object_ref (cancellable);
  text = g_strdup_printf (_("Importing “%s”…"), display_name);
  gtk_label_set_text (self->progress_label, text);
  return self;
}

void
tiers_import_dialog_set_fraction (TiersImportDialog *self,
                                  double             fraction)
{
  g_return_if_fail (TIERS_IS_IMPORT_DIALOG (self));
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

/* Splits "FILE:LINE: reason" as the importer writes it; 0 when there is no line. */
static guint64
split_problem (const char  *problem,
               const char  *display_name,
               const char **reason)
{
  gsize prefix = strlen (display_name);
  const char *p = problem + prefix;
  char *end = NULL;
  guint64 line;

  *reason = problem;
  if (strncmp (problem, display_name, prefix) != 0 || p[0] != ':' || !g_ascii_isdigit (p[1]))
    return 0;
  line = g_ascii_strtoull (p + 1, &end, 10);
  if (end[0] != ':' || end[1] != ' ')
    return 0;
  *reason = end + 2;
  return line;
}

static GtkWidget *
problem_row_new (guint64     line,
                 const char *reason)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reason);
  if (line > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Line %" PRIu64), line);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  return row;
}

/* A window of its own rather than the progress dialog turned over, so it opens at a size
 * that fits a list. */
TiersImportDialog *
tiers_import_dialog_new_for_problems (GtkWindow               *parent,
                                      const char              *display_name,
                                      const TiersImportResult *result)
{
  TiersImportDialog *self;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (result != NULL && result->problems != NULL, NULL);

  self = g_object_new (TIERS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "default-width", 560,
                       "default-height", 560,
                       NULL);

  heading = g_strdup_printf (_("“%s” Was Not Imported"), display_name);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%" PRIu64 " row has a problem. Nothing "
                                          "from this file was imported: correct it and import "
                                          "the file again.",
                                          "%" PRIu64 " rows have problems. Nothing "
                                          "from this file was imported: correct them and "
                                          "import the file again.",
                                          result->problems_total),
                             result->problems_total);
  gtk_label_set_text (self->problems_heading, heading);
  gtk_label_set_text (self->problems_summary, summary);

  for (guint i = 0; i < result->problems->len; i++)
    {
      const char *problem = g_ptr_array_index (result->problems, i);
      const char *reason;
      guint64 line = split_problem (problem, display_name, &reason);

      gtk_list_box_append (self->problem_list, problem_row_new (line, reason));
      g_string_append_printf (text, "%s\n", problem);
    }
  if (result->problems_total > result->problems->len)
    {
      g_autofree char *more = g_strdup_printf (_("… and %" PRIu64 " more"),
                                               result->problems_total - result->problems->len);

      gtk_list_box_append (self->problem_list, problem_row_new (0, more));
      g_string_append_printf (text, "%s\n", more);
    }

  self->problems_text = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "problems");
  return self;
}

GtkListBox *
tiers_import_dialog_get_problem_list (TiersImportDialog *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_DIALOG (self), NULL);
  return self->problem_list;
}
