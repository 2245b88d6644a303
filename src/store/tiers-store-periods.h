/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-periods.h: which periods hold data, and whether a period's stored evaluation
 * still matches the data and the scheme. */
#pragma once

#include <glib.h>

#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Quarters, half-years and years holding any receipt, incident, feedback or rating: year by
 * year, newest first; within a year its quarters, half-years, then the year, newest first
 * (2026-Q2 2026-Q1 2026-H1 2026 2025-Q4 ...). */
GArray   *tiers_store_list_data_periods     (TiersStore        *store,
                                             GError           **error);
/* TRUE in *current when PERIOD has a stored evaluation made with SCHEME_VERSION from the data
 * as it is now, or a stored evaluation that was finalized (it stands as frozen). */
gboolean  tiers_store_evaluation_is_current (TiersStore        *store,
                                             const TiersPeriod *period,
                                             gint64             scheme_version,
                                             gboolean          *current,
                                             GError           **error);

/* Whether any receipt, incident, feedback or rating falls into PERIOD. */
gboolean  tiers_store_period_has_data       (TiersStore        *store,
                                             const TiersPeriod *period,
                                             gboolean          *has_data,
                                             GError           **error);

G_END_DECLS
