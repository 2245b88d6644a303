/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-details.c: a supplier's details in a period. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <string.h>

#include "tiers-supplier-details.h"

void
tiers_supplier_details_free (TiersSupplierDetails *details)
{
  if (details == NULL)
    return;
  g_free (details->code);
  g_free (details->name);
  g_free (details->category);
  g_free (details->contact);
  g_free (details->email);
  g_free (details->phone);
  g_free (details);
}

const TiersSupplierDetails *
tiers_supplier_details_find (const GPtrArray *details,
                             const char      *code)
{
  guint lo = 0, hi;

  g_return_val_if_fail (details != NULL && code != NULL, NULL);

  hi = details->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TiersSupplierDetails *row = g_ptr_array_index (details, mid);
      int cmp = strcmp (row->code, code);

      if (cmp == 0)
        return row;
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}
