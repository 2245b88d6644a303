/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-columns.c: the suppliers page's columns. One table says each column's
 * cell and comparison; the cells read the record's precomputed texts. Every column sorts
 * with a GtkCustomSorter over the record's own fields and precomputed collation keys:
 * GtkStringSorter (GTK 4.8) makes a collation key per row on every sort and GtkNumericSorter
 * reads each value through a GValue, which took 104 ms and 18 ms for 10,000 rows
 * (bench-suppliers-page), over a frame; the direct comparisons sort them in a few. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tiers-grade-badge.h"
#include "tiers-supplier-columns.h"
#include "tiers-supplier-csv.h"
#include "tiers-supplier-record.h"

typedef enum
{
  CELL_TEXT,      /* a label, start-aligned */
  CELL_NUMBER,    /* a label, end-aligned, tabular figures */
  CELL_CHANGE,    /* a number coloured by its direction */
  CELL_GRADE,     /* a TiersGradeBadge */
  CELL_FLAG,      /* an icon when the property is TRUE */
} CellKind;

typedef struct
{
  CellKind          cell;
  const char       *text_property;  /* what the cell shows */
  GCompareDataFunc  compare;        /* of two TiersSupplierRecord */
  int               fixed_width;    /* for names: the longest must not decide the list's width
                               * (and so whether the page folds); -1: as wide as the cells */
  const char       *notify_signal;  /* that a period switch emits when the cell changes,
                                     * or NULL: the value never changes */
} Column;

/* The Column of a list item's cell, set up with it. */
static GQuark column_quark;

#define COMPARE(a, b) ((a) < (b) ? -1 : (a) > (b))

static int
compare_code (gconstpointer a, gconstpointer b, gpointer data)
{
  return strcmp (tiers_supplier_record_get_code_key ((gpointer) a),
                 tiers_supplier_record_get_code_key ((gpointer) b));
}

static int
compare_name (gconstpointer a, gconstpointer b, gpointer data)
{
  return strcmp (tiers_supplier_record_get_name_key ((gpointer) a),
                 tiers_supplier_record_get_name_key ((gpointer) b));
}

static int
compare_category (gconstpointer a, gconstpointer b, gpointer data)
{
  return strcmp (tiers_supplier_record_get_category_key ((gpointer) a),
                 tiers_supplier_record_get_category_key ((gpointer) b));
}

/* A–D, then the ungraded (TIERS_GRADE_NONE is 0: it goes last). */
static int
grade_rank (TiersSupplierRecord *record)
{
  TiersGrade grade = tiers_supplier_record_get_shown_grade (record);

  return grade == TIERS_GRADE_NONE ? TIERS_GRADE_D + 1 : (int) grade;
}

static int
compare_grade (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (grade_rank ((gpointer) a), grade_rank ((gpointer) b));
}

/* The rows without a value sort below every value. */
static int
compare_score (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (tiers_supplier_record_get_score_key ((gpointer) a),
                  tiers_supplier_record_get_score_key ((gpointer) b));
}

static int
compare_change (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (tiers_supplier_record_get_change_key ((gpointer) a),
                  tiers_supplier_record_get_change_key ((gpointer) b));
}

static int
compare_provisional (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (tiers_supplier_record_get_provisional ((gpointer) a),
                  tiers_supplier_record_get_provisional ((gpointer) b));
}

static int
compare_receipts (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (tiers_supplier_record_get_receipts ((gpointer) a),
                  tiers_supplier_record_get_receipts ((gpointer) b));
}

static int
compare_spend (gconstpointer a, gconstpointer b, gpointer data)
{
  return COMPARE (tiers_supplier_record_get_spend ((gpointer) a),
                  tiers_supplier_record_get_spend ((gpointer) b));
}

static const Column columns[TIERS_SUPPLIER_N_COLUMNS] = {
  [TIERS_SUPPLIER_COLUMN_CODE] = { CELL_TEXT, "code", compare_code, -1,
    NULL },
  [TIERS_SUPPLIER_COLUMN_NAME] = { CELL_TEXT, "name", compare_name, 170,
    "notify::name" },
  [TIERS_SUPPLIER_COLUMN_CATEGORY] = { CELL_TEXT, "category", compare_category, 150,
    NULL },
  [TIERS_SUPPLIER_COLUMN_GRADE] = { CELL_GRADE, NULL, compare_grade, -1,
    "notify::grade" },
  [TIERS_SUPPLIER_COLUMN_SCORE] = { CELL_NUMBER, "score-text", compare_score, -1,
    "notify::score-text" },
  [TIERS_SUPPLIER_COLUMN_CHANGE] = { CELL_CHANGE, "change-text", compare_change, -1,
    "notify::change-text" },
  [TIERS_SUPPLIER_COLUMN_PROVISIONAL] = { CELL_FLAG, NULL, compare_provisional, -1,
    "notify::provisional" },
  [TIERS_SUPPLIER_COLUMN_RECEIPTS] = { CELL_NUMBER, "receipts-text", compare_receipts, -1,
    "notify::receipts-text" },
  [TIERS_SUPPLIER_COLUMN_SPEND] = { CELL_NUMBER, "spend-text", compare_spend, -1,
    "notify::spend-text" },
};

G_STATIC_ASSERT (TIERS_SUPPLIER_N_COLUMNS == TIERS_SUPPLIER_CSV_N_COLUMNS);

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const Column *column = user_data;
  GtkWidget *widget;

  switch (column->cell)
    {
    case CELL_GRADE:
      widget = tiers_grade_badge_new (TIERS_GRADE_NONE);
      break;
    case CELL_FLAG:
      widget = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (widget, "warning");
      gtk_widget_set_tooltip_text (widget, _("Provisional: too few receipts in the period, or "
                                             "a criterion without data"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Provisional"), -1);
      break;
    case CELL_TEXT:
    case CELL_NUMBER:
    case CELL_CHANGE:
    default:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), column->cell == CELL_TEXT ? 0 : 1);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      if (column->cell != CELL_TEXT)
        gtk_widget_add_css_class (widget, "numeric");
      break;
    }
  gtk_list_item_set_child (item, widget);
  g_object_set_qdata (G_OBJECT (item), column_quark, (gpointer) column);
}

/* Shows COLUMN's value of RECORD in the cell WIDGET. */
static void
update_cell (const Column        *column,
             TiersSupplierRecord *record,
             GtkWidget           *widget)
{
  g_autofree char *text = NULL;

  switch (column->cell)
    {
    case CELL_GRADE:
      tiers_grade_badge_set_grade (TIERS_GRADE_BADGE (widget),
                                   tiers_supplier_record_get_shown_grade (record));
      if (tiers_supplier_record_get_adjusted_grade (record) != TIERS_GRADE_NONE)
        {
          TiersGrade computed = tiers_supplier_record_get_grade (record);

          /* Translators: the tooltip of a grade a manager adjusted, e.g. "Adjusted from C" */
          text = g_strdup_printf (_("Adjusted from %s"),
                                  computed != TIERS_GRADE_NONE ? tiers_grade_to_string (computed)
                                                               : "–");
        }
      gtk_widget_set_tooltip_text (widget, text);
      return;
    case CELL_FLAG:
      gtk_widget_set_visible (widget, tiers_supplier_record_get_provisional (record));
      return;
    case CELL_CHANGE:
      gtk_widget_remove_css_class (widget, "success");
      gtk_widget_remove_css_class (widget, "error");
      if (tiers_supplier_record_get_has_change (record)
          && tiers_supplier_record_get_change (record) != 0)
        gtk_widget_add_css_class (widget, tiers_supplier_record_get_change (record) > 0
                                          ? "success" : "error");
      break;
    case CELL_TEXT:
    case CELL_NUMBER:
    default:
      break;
    }
  g_object_get (record, column->text_property, &text, NULL);
  /* A supplier on hold or terminated says so beside its name. */
  if (column == &columns[TIERS_SUPPLIER_COLUMN_NAME]
      && tiers_supplier_record_get_status (record) != TIERS_STATUS_ACTIVE)
    {
      g_autofree char *plain = g_steal_pointer (&text);

      /* Translators: a supplier's name and its status, e.g. "Apex Ltd (Terminated)" */
      text = g_strdup_printf (_("%s (%s)"), plain,
                              tiers_supplier_status_label (tiers_supplier_record_get_status (record)));
    }
  gtk_label_set_text (GTK_LABEL (widget), text);
  if (column->cell == CELL_TEXT)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
on_record_notify_cb (TiersSupplierRecord *record,
                     GParamSpec          *pspec,
                     GtkListItem         *item)
{
  update_cell (g_object_get_qdata (G_OBJECT (item), column_quark), record,
               gtk_list_item_get_child (item));
}

/* A switch of the period updates the records in place: a bound cell follows the property it
 * shows (the change's colour follows its text), so neither the list nor its rows change. */
static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  const Column *column = user_data;
  TiersSupplierRecord *record = gtk_list_item_get_item (item);

  update_cell (column, record, gtk_list_item_get_child (item));
  if (column->notify_signal != NULL)
    g_signal_connect_object (record, column->notify_signal, G_CALLBACK (on_record_notify_cb),
                             item, 0);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  const Column *column = user_data;
  TiersSupplierRecord *record = gtk_list_item_get_item (item);

  if (column->notify_signal != NULL && record != NULL)
    g_signal_handlers_disconnect_by_func (record, on_record_notify_cb, item);
}

void
tiers_supplier_columns_add (GtkColumnView *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  if (column_quark == 0)
    column_quark = g_quark_from_static_string ("tiers-supplier-column");

  for (guint i = 0; i < TIERS_SUPPLIER_N_COLUMNS; i++)
    {
      const Column *column = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkSorter) sorter =
        GTK_SORTER (gtk_custom_sorter_new (column->compare, NULL, NULL));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) column);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) column);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), (gpointer) column);
      view_column = gtk_column_view_column_new (tiers_supplier_csv_column_title (i), factory);
      g_object_set_qdata (G_OBJECT (view_column), column_quark, (gpointer) column);
      gtk_column_view_column_set_sorter (view_column, sorter);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_fixed_width (view_column, column->fixed_width);
      /* The name takes what the window has to spare. */
      gtk_column_view_column_set_expand (view_column, i == TIERS_SUPPLIER_COLUMN_NAME);
      gtk_column_view_append_column (view, view_column);
    }
}

GtkColumnViewColumn *
tiers_supplier_columns_find (GtkColumnView       *view,
                             TiersSupplierColumn  which)
{
  GListModel *view_columns;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view) && which < TIERS_SUPPLIER_N_COLUMNS, NULL);

  /* By what the column shows, not by position: the user may have dragged it elsewhere. */
  view_columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      if (g_object_get_qdata (G_OBJECT (column), column_quark) == &columns[which])
        return column;
    }
  return NULL;
}
