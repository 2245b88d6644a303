/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-sample.h: filling an empty database with the demonstration data of
 * tiers-sample.h, through the importer, all in one transaction. */
#pragma once

#include <gio/gio.h>

#include "tiers-sample.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Refuses (TIERS_ERROR_INVALID) a database that already holds suppliers. */
gboolean tiers_store_load_sample (TiersStore               *store,
                                  const TiersSampleOptions *options,
                                  GCancellable             *cancellable,
                                  GError                  **error);

G_END_DECLS
