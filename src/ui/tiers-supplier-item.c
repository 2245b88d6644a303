/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-item.c: one supplier as a row of the supplier list. Read-only properties,
 * so the column view's cells and sorters can look them up by name. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-supplier-item.h"

struct _TiersSupplierItem
{
  GObject  parent_instance;

  char    *code;
  char    *name;
  char    *category;
  char    *contact;
  guint64  receipts;
  char    *receipts_text;
};

G_DEFINE_FINAL_TYPE (TiersSupplierItem, tiers_supplier_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_CONTACT,
  PROP_RECEIPTS,
  PROP_RECEIPTS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tiers_supplier_item_finalize (GObject *object)
{
  TiersSupplierItem *self = TIERS_SUPPLIER_ITEM (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->category);
  g_free (self->contact);
  g_free (self->receipts_text);
  G_OBJECT_CLASS (tiers_supplier_item_parent_class)->finalize (object);
}

static void
tiers_supplier_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TiersSupplierItem *self = TIERS_SUPPLIER_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;
    case PROP_RECEIPTS:
      g_value_set_uint64 (value, self->receipts);
      break;
    case PROP_RECEIPTS_TEXT:
      g_value_set_string (value, self->receipts_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_supplier_item_class_init (TiersSupplierItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tiers_supplier_item_finalize;
  object_class->get_property = tiers_supplier_item_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, NULL, flags);
  properties[PROP_RECEIPTS] = g_param_spec_uint64 ("receipts", NULL, NULL,
                                                   0, G_MAXUINT64, 0, flags);
  /* The count as the locale writes numbers (1,234): the cell shows it, the sorter uses
   * "receipts". */
  properties[PROP_RECEIPTS_TEXT] = g_param_spec_string ("receipts-text", NULL, NULL, NULL,
                                                        flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tiers_supplier_item_init (TiersSupplierItem *self)
{
}

TiersSupplierItem *
tiers_supplier_item_new (const TiersSupplierRow *row)
{
  TiersSupplierItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (TIERS_TYPE_SUPPLIER_ITEM, NULL);
  self->code = g_strdup (row->code);
  self->name = g_strdup (row->name);
  self->category = g_strdup (row->category);
  self->contact = g_strdup (row->contact);
  self->receipts = row->receipts;
  self->receipts_text = g_strdup_printf ("%'" G_GUINT64_FORMAT, row->receipts);
  return self;
}

const char *
tiers_supplier_item_get_code (TiersSupplierItem *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_ITEM (self), NULL);
  return self->code;
}

const char *
tiers_supplier_item_get_name (TiersSupplierItem *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_ITEM (self), NULL);
  return self->name;
}

const char *
tiers_supplier_item_get_category (TiersSupplierItem *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_ITEM (self), NULL);
  return self->category;
}

const char *
tiers_supplier_item_get_contact (TiersSupplierItem *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_ITEM (self), NULL);
  return self->contact;
}

guint64
tiers_supplier_item_get_receipts (TiersSupplierItem *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_ITEM (self), 0);
  return self->receipts;
}
