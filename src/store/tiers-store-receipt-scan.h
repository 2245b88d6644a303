/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-receipt-scan.h: the one pass over a period's receipts that grading needs, shared
 * by the store's indicator code. Never included outside src/store. */
#pragma once

#include "tiers-indicators.h"
#include "tiers-store-private.h"

G_BEGIN_DECLS

/* Where each supplier's facts are summed. Supplier ids come from INTEGER PRIMARY KEY and are
 * dense in practice, so the slot is the id itself and each lookup an array index; sparse ids
 * fall back to a map (id -> slot + 1). */
typedef struct
{
  guint       n_slots;
  GHashTable *by_sparse_id;  /* NULL: slot = id */
} TiersSupplierSlots;

static inline gboolean
tiers_supplier_slots_lookup (const TiersSupplierSlots *slots,
                             gint64                    id,
                             guint                    *slot)
{
  guint v;

  if (slots->by_sparse_id == NULL)
    {
      if (id < 0 || (guint64) id >= slots->n_slots)
        return FALSE;
      *slot = (guint) id;
      return TRUE;
    }
  v = GPOINTER_TO_UINT (g_hash_table_lookup (slots->by_sparse_id, GSIZE_TO_POINTER ((gsize) id)));
  if (v == 0)
    return FALSE;
  *slot = v - 1;
  return TRUE;
}

/* Work done on the calling thread while the receipts are read on the others. */
typedef gboolean (*TiersMeanwhileFunc) (gpointer   data,
                                        GError   **error);

/* Sums the receipts of PERIOD into FACTS (one per slot): counts, days late, quantities,
 * value and the reference value price_index compares with. MEANWHILE runs first on the
 * calling thread; the calling thread then helps reading. */
gboolean tiers_store_scan_receipts (TiersStore               *store,
                                    const TiersPeriod        *period,
                                    int                       grace_days,
                                    double                    quantity_tolerance,
                                    const TiersSupplierSlots *slots,
                                    TiersSupplierFacts       *facts,
                                    TiersMeanwhileFunc        meanwhile,
                                    gpointer                  meanwhile_data,
                                    GError                  **error);

G_END_DECLS
