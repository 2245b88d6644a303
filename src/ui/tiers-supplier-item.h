/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-item.h: one supplier as a row of the supplier list. */
#pragma once

#include <glib-object.h>

#include "tiers-store-suppliers.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SUPPLIER_ITEM (tiers_supplier_item_get_type ())

G_DECLARE_FINAL_TYPE (TiersSupplierItem, tiers_supplier_item, TIERS, SUPPLIER_ITEM, GObject)

TiersSupplierItem *tiers_supplier_item_new          (const TiersSupplierRow *row);
const char        *tiers_supplier_item_get_code     (TiersSupplierItem      *self);
const char        *tiers_supplier_item_get_name     (TiersSupplierItem      *self);
const char        *tiers_supplier_item_get_category (TiersSupplierItem      *self);
const char        *tiers_supplier_item_get_contact  (TiersSupplierItem      *self);
guint64            tiers_supplier_item_get_receipts (TiersSupplierItem      *self);

G_END_DECLS
