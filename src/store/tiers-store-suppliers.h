/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-suppliers.h: reading the supplier list as the window shows it: who they are and
 * how many receipts each has delivered. */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   id;
  char    *code;
  char    *name;
  char    *category;
  char    *contact;   /* NULL when the file gave none */
  guint64  receipts;  /* over all periods */
} TiersSupplierRow;

void       tiers_supplier_row_free       (TiersSupplierRow *row);

/* Every supplier, ordered by code (byte order); a GPtrArray of TiersSupplierRow that frees
 * its rows. */
GPtrArray *tiers_store_list_suppliers    (TiersStore       *store,
                                          GError          **error);
gboolean   tiers_store_count_suppliers   (TiersStore       *store,
                                          guint64          *count,
                                          GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSupplierRow, tiers_supplier_row_free)

G_END_DECLS
