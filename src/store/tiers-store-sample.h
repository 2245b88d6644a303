/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-sample.h: filling an empty database with the demonstration data of
 * tiers-sample.h, through the importer, all in one transaction. */
#pragma once

#include <gio/gio.h>

#include "tiers-sample.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Refuses (TIERS_ERROR_INVALID) a database that already holds suppliers. The evaluators'
 * ratings are left out when the current scheme has no TIERS_SAMPLE_RATING_CRITERION. */
gboolean tiers_store_load_sample      (TiersStore               *store,
                                       const TiersSampleOptions *options,
                                       GCancellable             *cancellable,
                                       GError                  **error);
/* The same, and says how many rows of each kind landed (rows may be NULL). */
gboolean tiers_store_load_sample_full (TiersStore               *store,
                                       const TiersSampleOptions *options,
                                       guint64                   rows[TIERS_SAMPLE_N_DOCUMENTS],
                                       GCancellable             *cancellable,
                                       GError                  **error);

G_END_DECLS
