/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-completeness.h: the facts tiers-completeness.h judges, for every supplier in
 * one period, each read by one grouped query over the date indexes. */
#pragma once

#include <glib.h>

#include "tiers-completeness.h"
#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Every supplier, judged against SCHEME for PERIOD, sorted by code in byte order (of
 * TiersCompletenessRow*); those without an issue too. Ratings by an evaluator who declared a
 * conflict of interest for the supplier do not count, as grading leaves them out. */
GPtrArray *tiers_store_completeness (TiersStore        *store,
                                     const TiersPeriod *period,
                                     const TiersScheme *scheme,
                                     GError           **error);

G_END_DECLS
