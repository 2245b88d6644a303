/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-suppliers.h: how many suppliers the database holds (the window shows its empty
 * state while there are none) and their names. Who they are in full, with a period's
 * receipts and spend, comes from tiers-store-supplier-details.h. */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

gboolean   tiers_store_count_suppliers   (TiersStore       *store,
                                          guint64          *count,
                                          GError          **error);

/* code -> name of every supplier. */
GHashTable *tiers_store_load_supplier_names (TiersStore      *store,
                                             GError         **error);

G_END_DECLS
