/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-list.c: the suppliers as a table that sorts by any column. The pipeline
 * (store -> sort model bound to the column view's sorter -> selection) and the cells are in
 * tiers-supplier-list.ui; sorting stays in the model, so it is the same for every column. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-supplier-item.h"
#include "tiers-supplier-list.h"

struct _TiersSupplierList
{
  GtkWidget          parent_instance;

  GtkColumnView     *column_view;
  GtkSortListModel  *sort_model;
  GListStore        *suppliers;
};

G_DEFINE_FINAL_TYPE (TiersSupplierList, tiers_supplier_list, GTK_TYPE_WIDGET)

static void
tiers_supplier_list_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), TIERS_TYPE_SUPPLIER_LIST);
  /* A plain GtkWidget parent unparents its children itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (tiers_supplier_list_parent_class)->dispose (object);
}

static void
tiers_supplier_list_class_init (TiersSupplierListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_supplier_list_dispose;

  /* The cell templates look up properties of this type by name. */
  g_type_ensure (TIERS_TYPE_SUPPLIER_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-supplier-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersSupplierList, column_view);
  gtk_widget_class_bind_template_child (widget_class, TiersSupplierList, sort_model);
  gtk_widget_class_bind_template_child (widget_class, TiersSupplierList, suppliers);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_supplier_list_init (TiersSupplierList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
}

void
tiers_supplier_list_set_rows (TiersSupplierList *self,
                              GPtrArray         *rows)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (TIERS_IS_SUPPLIER_LIST (self));
  g_return_if_fail (rows != NULL);

  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, tiers_supplier_item_new (g_ptr_array_index (rows, i)));

  /* One splice, so the view sorts and lays out once rather than once per supplier. */
  g_list_store_splice (self->suppliers, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->suppliers)),
                       items->pdata, items->len);
}

guint
tiers_supplier_list_get_n_suppliers (TiersSupplierList *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->suppliers));
}

GtkColumnView *
tiers_supplier_list_get_column_view (TiersSupplierList *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_LIST (self), NULL);
  return self->column_view;
}
