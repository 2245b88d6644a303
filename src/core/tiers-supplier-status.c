/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-status.c: a supplier's status and which periods grade it. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-supplier-status.h"

static const char *const codes[TIERS_N_STATUSES] = { "active", "on_hold", "terminated" };

const char *
tiers_supplier_status_to_string (TiersSupplierStatus status)
{
  g_return_val_if_fail ((guint) status < TIERS_N_STATUSES, "active");
  return codes[status];
}

gboolean
tiers_supplier_status_parse (const char          *text,
                             TiersSupplierStatus *status,
                             GError             **error)
{
  for (guint i = 0; i < TIERS_N_STATUSES; i++)
    if (g_strcmp0 (text, codes[i]) == 0)
      {
        *status = (TiersSupplierStatus) i;
        return TRUE;
      }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a supplier status: use active, on_hold or terminated"),
               text ? text : "");
  return FALSE;
}

const char *
tiers_supplier_status_label (TiersSupplierStatus status)
{
  switch (status)
    {
    case TIERS_STATUS_ON_HOLD:
      return _("On hold");
    case TIERS_STATUS_TERMINATED:
      return _("Terminated");
    case TIERS_STATUS_ACTIVE:
    default:
      return _("Active");
    }
}

void
tiers_status_change_free (TiersStatusChange *change)
{
  if (change == NULL)
    return;
  g_free (change->reason);
  g_free (change->set_by);
  g_free (change->set_at);
  g_free (change);
}

/* Dates compare as strings: YYYY-MM-DD sorts as the days do. */
static TiersSupplierStatus
status_before_or_on (const GPtrArray *changes,
                     const char      *date,
                     gboolean         strictly_before)
{
  const TiersStatusChange *best = NULL;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const TiersStatusChange *c = g_ptr_array_index (changes, i);
      int cmp = strcmp (c->date, date);

      if (cmp > 0 || (strictly_before && cmp == 0))
        continue;
      /* The later recorded change of two on one date wins: ">=" keeps the last one seen. */
      if (best == NULL || strcmp (c->date, best->date) >= 0)
        best = c;
    }
  return best ? best->status : TIERS_STATUS_ACTIVE;
}

TiersSupplierStatus
tiers_status_on (const GPtrArray *changes,
                 const char      *date)
{
  g_return_val_if_fail (date != NULL, TIERS_STATUS_ACTIVE);
  return status_before_or_on (changes, date, FALSE);
}

gboolean
tiers_status_grades_period (const GPtrArray   *changes,
                            const TiersPeriod *period)
{
  char first[11], last[11];

  g_return_val_if_fail (period != NULL, TRUE);
  tiers_period_bounds_iso (period, first, last);
  return status_before_or_on (changes, first, TRUE) != TIERS_STATUS_TERMINATED;
}
