/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-status.h: where a supplier stands with the company (docs/grading.md,
 * "Supplier status"): active, on hold or terminated, each change dated and with a reason, and
 * the one rule of which periods grade a supplier: a termination takes the supplier out of
 * every period that starts after its date, until a later change brings it back. Pure. */
#pragma once

#include <glib.h>

#include "tiers-period.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_STATUS_ACTIVE,
  TIERS_STATUS_ON_HOLD,
  TIERS_STATUS_TERMINATED,
} TiersSupplierStatus;

#define TIERS_N_STATUSES 3

/* One change of status, as recorded. */
typedef struct
{
  gint64               id;
  TiersSupplierStatus  status;
  char                 date[11];  /* from when it holds, YYYY-MM-DD */
  char                *reason;
  char                *set_by;    /* the operating-system user */
  char                *set_at;    /* ISO 8601 */
} TiersStatusChange;

/* The codes of the command line and the database: active, on_hold, terminated. */
const char *tiers_supplier_status_to_string (TiersSupplierStatus  status);
gboolean    tiers_supplier_status_parse     (const char          *text,
                                             TiersSupplierStatus *status,
                                             GError             **error);
/* "Active", "On hold", "Terminated", translated. */
const char *tiers_supplier_status_label     (TiersSupplierStatus  status);

void        tiers_status_change_free        (TiersStatusChange   *change);

/* The status in force on DATE (YYYY-MM-DD) after CHANGES (of TiersStatusChange*, in the
 * order they were recorded): that of the change with the latest date on or before DATE, the
 * later recorded one of two on the same date; active before any change. */
TiersSupplierStatus tiers_status_on          (const GPtrArray   *changes,
                                              const char        *date);
/* Whether a supplier with CHANGES is graded in PERIOD: not when the status in force on the
 * day before PERIOD's first day is terminated, i.e. the termination is dated before the period
 * starts. The period holding the termination date is still graded. */
gboolean    tiers_status_grades_period      (const GPtrArray   *changes,
                                             const TiersPeriod *period);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersStatusChange, tiers_status_change_free)

G_END_DECLS
