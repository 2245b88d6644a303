/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-supplier-details.h: what the suppliers page and the scorecard show of every
 * supplier beyond its evaluation: who it is, how to reach it, and its receipts and spend in
 * one period, all suppliers at once. */
#pragma once

#include <glib.h>

#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  char    *code;
  char    *name;
  char    *category;
  char    *contact;    /* NULL when none was imported */
  char    *email;      /* NULL when none was imported */
  char    *phone;      /* NULL when none was imported */
  guint64  receipts;   /* in the period */
  double   spend;      /* sum of unit_price x received_qty over the period's receipts */
} TiersSupplierDetails;

void       tiers_supplier_details_free         (TiersSupplierDetails *details);

/* Every supplier with its receipts and spend in PERIOD (0 for those without), ordered by
 * code in byte order: a GPtrArray of TiersSupplierDetails that frees its rows. One range scan
 * of the receipt_period index, but over every receipt of the period: at two million receipts
 * this takes longer than a frame, so call it from a worker with its own TiersStore. */
GPtrArray *tiers_store_load_supplier_details   (TiersStore        *store,
                                              const TiersPeriod *period,
                                              GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSupplierDetails, tiers_supplier_details_free)

G_END_DECLS
