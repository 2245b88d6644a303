/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-details.h: what the pages, the charts and the scorecard show of a supplier
 * beyond its evaluation: who it is, how to reach it, and its receipts and spend in one
 * period. The store reads them for every supplier at once. */
#pragma once

#include <glib.h>

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

void tiers_supplier_details_free (TiersSupplierDetails *details);

/* The row of CODE in DETAILS (of TiersSupplierDetails, ordered by code in byte order), or
 * NULL. */
const TiersSupplierDetails *tiers_supplier_details_find (const GPtrArray *details,
                                                         const char      *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSupplierDetails, tiers_supplier_details_free)

G_END_DECLS
