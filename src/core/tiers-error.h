/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-error.h: the one error domain of Supplier Tiers. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TIERS_ERROR (tiers_error_quark ())

/* Each code maps onto an exit status of the command line (docs/cli.md, "Exit status"): everything
 * here is a refused input or a data error (exit 1). */
typedef enum
{
  TIERS_ERROR_INVALID,     /* input that breaks a rule: a bad row, scheme, period */
  TIERS_ERROR_DUPLICATE,   /* something already there: a file imported twice */
  TIERS_ERROR_NOT_FOUND,   /* a supplier, period or file that does not exist */
  TIERS_ERROR_FINALIZED,   /* a finalized period refuses changes */
  TIERS_ERROR_DATABASE,    /* the database failed or is not ours */
  TIERS_ERROR_CANCELLED,   /* the user cancelled; nothing changed */
} TiersError;

GQuark tiers_error_quark (void);

G_END_DECLS
