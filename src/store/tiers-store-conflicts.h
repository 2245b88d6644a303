/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-conflicts.h: conflicts of interest (schema version 6). An evaluator declares one
 * per supplier; from then on, that evaluator's ratings of the supplier are left out of its
 * manual criteria in every draft period (docs/grading.md, "Conflicts of interest"). Declaring
 * or removing one makes the stored evaluations stale, so they are graded again; finalized
 * periods keep their grades. */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

/* One declared conflict, as listed. */
typedef struct
{
  char *evaluator;
  char *supplier_code;
  char *declared_by;    /* the operating-system user who declared it */
  char *declared_at;    /* ISO 8601, local time with its offset */
} TiersConflict;

void        tiers_conflict_free         (TiersConflict  *conflict);

/* Declares that EVALUATOR (trimmed; not empty) has a conflict of interest with the supplier
 * of SUPPLIER_CODE. TIERS_ERROR_NOT_FOUND for an unknown supplier, TIERS_ERROR_DUPLICATE
 * when it is declared already, TIERS_ERROR_INVALID for an empty evaluator. */
gboolean    tiers_store_add_conflict    (TiersStore     *store,
                                         const char     *evaluator,
                                         const char     *supplier_code,
                                         GError        **error);
/* Takes a declared conflict back; TIERS_ERROR_NOT_FOUND when there is none (or no such
 * supplier). */
gboolean    tiers_store_remove_conflict (TiersStore     *store,
                                         const char     *evaluator,
                                         const char     *supplier_code,
                                         GError        **error);
/* Of TiersConflict*, by evaluator, then supplier code, both in byte order. */
GPtrArray  *tiers_store_list_conflicts  (TiersStore     *store,
                                         GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersConflict, tiers_conflict_free)

G_END_DECLS
