/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-chart-facts.h: what charts need from the database beyond the stored
 * evaluations: spend per supplier, supplier names, and whether a period holds any data. */
#pragma once

#include <glib.h>

#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  char   *code;
  char   *name;
  double  spend;     /* sum of unit_price x received_qty over the period's receipts */
} TiersSupplierSpend;

/* The suppliers of CATEGORY that received anything in PERIOD, by code: a GArray of
 * TiersSupplierSpend that frees its strings. */
GArray     *tiers_store_load_spend        (TiersStore        *store,
                                           const TiersPeriod *period,
                                           const char        *category,
                                           GError           **error);
/* code -> name of every supplier. */
GHashTable *tiers_store_load_supplier_names (TiersStore      *store,
                                             GError         **error);
/* Whether any receipt, incident, feedback or rating falls into PERIOD. */
gboolean    tiers_store_period_has_data   (TiersStore        *store,
                                           const TiersPeriod *period,
                                           gboolean          *has_data,
                                           GError           **error);

G_END_DECLS
