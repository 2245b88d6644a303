/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-file-row.c: one file of the import dialog, as an expander row: the subtitle
 * says the kind and how the check went, the expanded part shows the first rows under their
 * header names, and the bad lines as selectable text with a Copy button. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-import-file-row.h"

struct _TiersImportFileRow
{
  AdwExpanderRow        parent_instance;

  GtkStack             *status;         /* "spinner", "ready", "refused" */
  GtkWidget            *preview_row;
  GtkGrid              *preview_grid;
  GtkWidget            *problems_row;
  GtkLabel             *problems_label;

  GFile                *file;
  TiersImportFileState  state;
  gboolean              recognised;
  TiersImportKind       kind;
  guint                 n_preview_rows;
  guint64               rows;
  guint64               skipped;
  char                 *problems;
};

G_DEFINE_FINAL_TYPE (TiersImportFileRow, tiers_import_file_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  SIGNAL_REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PREVIEW_MIN_CHARS 12
#define PREVIEW_MAX_CHARS 24

static char *
format_count (guint64 n)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

static void
set_subtitle (TiersImportFileRow *self,
              const char         *status)
{
  g_autofree char *subtitle = NULL;

  if (self->recognised)
    /* TRANSLATORS: the kind of a file (e.g. Receipts), then how its check went */
    subtitle = g_strdup_printf (_("%s · %s"), tiers_import_kind_label (self->kind), status);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle ? subtitle : status);
}

static void
show_state (TiersImportFileRow   *self,
            TiersImportFileState  state)
{
  self->state = state;
  switch (state)
    {
    case TIERS_IMPORT_FILE_READING:
    case TIERS_IMPORT_FILE_CHECKING:
      gtk_stack_set_visible_child_name (self->status, "spinner");
      break;
    case TIERS_IMPORT_FILE_READY:
    case TIERS_IMPORT_FILE_IMPORTED:
      gtk_stack_set_visible_child_name (self->status, "ready");
      break;
    case TIERS_IMPORT_FILE_UNREADABLE:
    case TIERS_IMPORT_FILE_UNCHECKED:
    case TIERS_IMPORT_FILE_REFUSED:
    default:
      gtk_stack_set_visible_child_name (self->status, "refused");
      break;
    }
}

/* The bad lines in monospace, so their reasons line up; an explanation in the usual font. */
static void
set_problems (TiersImportFileRow *self,
              const char         *text,
              gboolean            lines)
{
  if (lines)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_label), "monospace");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_label), "monospace");
  g_free (self->problems);
  self->problems = g_strdup (text);
  gtk_label_set_text (self->problems_label, text ? text : "");
  gtk_widget_set_visible (self->problems_row, text != NULL);
  if (text != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
}

static void
on_remove_clicked_cb (TiersImportFileRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

static void
on_copy_clicked_cb (TiersImportFileRow *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->problems);
}

static GtkWidget *
status_stack_new (TiersImportFileRow *self)
{
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *ready = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  GtkWidget *refused = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_add_css_class (ready, "success");
  gtk_widget_add_css_class (refused, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (ready), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ready"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (refused), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Has problems"), -1);
  self->status = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->status, spinner, "spinner");
  gtk_stack_add_named (self->status, ready, "ready");
  gtk_stack_add_named (self->status, refused, "refused");
  gtk_widget_set_valign (GTK_WIDGET (self->status), GTK_ALIGN_CENTER);
  return GTK_WIDGET (self->status);
}

static GtkWidget *
remove_button_new (TiersImportFileRow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_tooltip_text (button, _("Remove From the List"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove From the List"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  return button;
}

static GtkWidget *
content_row_new (GtkWidget *child)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_widget_set_margin_top (child, 8);
  gtk_widget_set_margin_bottom (child, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  return row;
}

static void
build_preview_row (TiersImportFileRow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->preview_grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->preview_grid, 18);
  gtk_grid_set_row_spacing (self->preview_grid, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview_grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("First rows"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 GTK_WIDGET (self->preview_grid));
  self->preview_row = content_row_new (scrolled);
  gtk_widget_set_visible (self->preview_row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->preview_row);
}

static void
build_problems_row (TiersImportFileRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("C_opy"));

  self->problems_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_selectable (self->problems_label, TRUE);
  gtk_label_set_wrap (self->problems_label, TRUE);
  gtk_label_set_wrap_mode (self->problems_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->problems_label, 0.0);
  gtk_widget_set_valign (GTK_WIDGET (self->problems_label), GTK_ALIGN_START);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 GTK_WIDGET (self->problems_label));
  gtk_widget_set_halign (copy, GTK_ALIGN_END);
  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), copy);
  self->problems_row = content_row_new (box);
  gtk_widget_set_visible (self->problems_row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->problems_row);
}

static void
tiers_import_file_row_finalize (GObject *object)
{
  TiersImportFileRow *self = TIERS_IMPORT_FILE_ROW (object);

  g_clear_object (&self->file);
  g_free (self->problems);
  G_OBJECT_CLASS (tiers_import_file_row_parent_class)->finalize (object);
}

static void
tiers_import_file_row_class_init (TiersImportFileRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tiers_import_file_row_finalize;

  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
tiers_import_file_row_init (TiersImportFileRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  /* Actions are packed from the end: the status ends up beside the title. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), remove_button_new (self));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), status_stack_new (self));
  build_preview_row (self);
  build_problems_row (self);
  show_state (self, TIERS_IMPORT_FILE_READING);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Reading…"));
}

TiersImportFileRow *
tiers_import_file_row_new (GFile *file)
{
  TiersImportFileRow *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (TIERS_TYPE_IMPORT_FILE_ROW, NULL);
  self->file = g_object_ref (file);
  name = g_file_get_basename (file);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  return self;
}

GFile *
tiers_import_file_row_get_file (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), NULL);
  return self->file;
}

TiersImportFileState
tiers_import_file_row_get_state (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), TIERS_IMPORT_FILE_UNREADABLE);
  return self->state;
}

gboolean
tiers_import_file_row_get_kind (TiersImportFileRow *self,
                                TiersImportKind    *kind)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), FALSE);
  if (self->recognised && kind != NULL)
    *kind = self->kind;
  return self->recognised;
}

static void
grid_attach_text (GtkGrid    *grid,
                  const char *text,
                  int         column,
                  int         row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Long values end in an ellipsis; short ones stay whole, and a narrow dialog scrolls. */
  gtk_label_set_width_chars (GTK_LABEL (label),
                             (int) MIN (g_utf8_strlen (text, -1), PREVIEW_MIN_CHARS));
  gtk_label_set_max_width_chars (GTK_LABEL (label), PREVIEW_MAX_CHARS);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, row == 0 ? "heading" : "caption");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
fill_preview (TiersImportFileRow       *self,
              const TiersImportPreview *preview)
{
  for (guint c = 0; preview->columns[c] != NULL; c++)
    grid_attach_text (self->preview_grid, preview->columns[c], (int) c, 0);
  for (guint r = 0; r < preview->rows->len; r++)
    {
      char **fields = g_ptr_array_index (preview->rows, r);

      for (guint c = 0; fields[c] != NULL; c++)
        grid_attach_text (self->preview_grid, fields[c], (int) c, (int) r + 1);
    }
  self->n_preview_rows = preview->rows->len;
  gtk_widget_set_visible (self->preview_row, preview->columns[0] != NULL);
}

static void
show_unrecognised (TiersImportFileRow *self)
{
  g_autofree char *kinds = tiers_import_kinds_describe ();
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("The first row names no kind’s columns. Each kind needs these "
                            "columns (those in brackets may be left out):\n%s"), kinds);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Kind not recognised"));
  set_problems (self, text, FALSE);
}

void
tiers_import_file_row_set_preview (TiersImportFileRow       *self,
                                   const TiersImportPreview *preview,
                                   const GError             *error)
{
  g_return_if_fail (TIERS_IS_IMPORT_FILE_ROW (self));
  g_return_if_fail ((preview == NULL) != (error == NULL));

  if (error != NULL)
    {
      self->recognised = FALSE;
      show_state (self, TIERS_IMPORT_FILE_UNREADABLE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Cannot be read"));
      set_problems (self, error->message, FALSE);
      return;
    }
  fill_preview (self, preview);
  self->recognised = preview->recognised;
  self->kind = preview->kind;
  if (!preview->recognised)
    {
      show_state (self, TIERS_IMPORT_FILE_UNREADABLE);
      show_unrecognised (self);
      return;
    }
  tiers_import_file_row_set_checking (self);
}

void
tiers_import_file_row_set_checking (TiersImportFileRow *self)
{
  g_return_if_fail (TIERS_IS_IMPORT_FILE_ROW (self));

  if (!self->recognised)
    return;
  show_state (self, TIERS_IMPORT_FILE_CHECKING);
  set_problems (self, NULL, FALSE);
  set_subtitle (self, _("Checking…"));
}

void
tiers_import_file_row_set_unchecked (TiersImportFileRow *self)
{
  g_return_if_fail (TIERS_IS_IMPORT_FILE_ROW (self));

  if (self->state != TIERS_IMPORT_FILE_CHECKING)
    return;
  show_state (self, TIERS_IMPORT_FILE_UNCHECKED);
  set_subtitle (self, _("Not checked"));
}

static char *
ready_text (guint64  rows,
            guint64  skipped,
            gboolean imported)
{
  g_autofree char *count = format_count (rows);
  g_autofree char *skipped_count = format_count (skipped);
  g_autofree char *text = NULL;

  if (imported)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row imported",
                                         "%s rows imported", rows), count);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row ready", "%s rows ready",
                                         rows), count);
  if (skipped == 0)
    return g_steal_pointer (&text);
  /* TRANSLATORS: "1,240 rows ready", then this */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s duplicate skipped",
                                       "%s, %s duplicates skipped", skipped),
                          text, skipped_count);
}

static void
show_refusal (TiersImportFileRow       *self,
              const TiersImportJobFile *result)
{
  const TiersImportResult *r = &result->result;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *count = format_count (r->problems_total);
  g_autofree char *status = NULL;

  if (r->problems == NULL || r->problems->len == 0)
    {
      set_subtitle (self, _("Cannot be imported"));
      set_problems (self, result->refusal, FALSE);
      return;
    }

  for (guint i = 0; i < r->problems->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (r->problems, i));
  if (r->problems_total > r->problems->len)
    {
      g_autofree char *more = format_count (r->problems_total - r->problems->len);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("… and %s more"), more);
    }
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s bad line", "%s bad lines",
                                         r->problems_total), count);
  set_subtitle (self, status);
  set_problems (self, text->str, TRUE);
}

void
tiers_import_file_row_set_result (TiersImportFileRow       *self,
                                  const TiersImportJobFile *result,
                                  gboolean                  imported)
{
  g_autofree char *status = NULL;

  g_return_if_fail (TIERS_IS_IMPORT_FILE_ROW (self));
  g_return_if_fail (result != NULL);

  self->rows = result->result.rows_imported;
  self->skipped = result->result.duplicates_skipped;
  if (result->refusal != NULL)
    {
      show_state (self, TIERS_IMPORT_FILE_REFUSED);
      show_refusal (self, result);
      return;
    }

  status = ready_text (self->rows, self->skipped, imported);
  show_state (self, imported ? TIERS_IMPORT_FILE_IMPORTED : TIERS_IMPORT_FILE_READY);
  set_problems (self, NULL, FALSE);
  set_subtitle (self, status);
}

guint64
tiers_import_file_row_get_rows (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), 0);
  return self->rows;
}

guint64
tiers_import_file_row_get_skipped (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), 0);
  return self->skipped;
}

guint
tiers_import_file_row_get_n_preview_rows (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), 0);
  return self->n_preview_rows;
}

const char *
tiers_import_file_row_get_problems (TiersImportFileRow *self)
{
  g_return_val_if_fail (TIERS_IS_IMPORT_FILE_ROW (self), NULL);
  return self->problems;
}
