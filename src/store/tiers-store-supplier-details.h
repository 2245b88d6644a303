/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-supplier-details.h: reading every supplier's details for one period at once
 * (tiers-supplier-details.h): the one query for names, contacts, receipts and spend. */
#pragma once

#include <glib.h>

#include "tiers-period.h"
#include "tiers-supplier-details.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Every supplier with its receipts and spend in PERIOD (0 for those without), ordered by
 * code in byte order: a GPtrArray of TiersSupplierDetails that frees its rows. One range scan
 * of the receipt_period index, but over every receipt of the period: at two million receipts
 * this takes longer than a frame, so call it off the main loop (the window's session reads it on its worker). */
GPtrArray *tiers_store_load_supplier_details   (TiersStore        *store,
                                              const TiersPeriod *period,
                                              GError           **error);

G_END_DECLS
