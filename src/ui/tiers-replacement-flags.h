/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-replacement-flags.h: which suppliers of the session's period are flagged for
 * replacement (tiers_replacement_flags): from the session's two evaluations and review, with
 * the previous period's overrides and every plan read on the session's main-loop connection
 * (small tables, a few milliseconds). */
#pragma once

#include "tiers-plan.h"
#include "tiers-session.h"

G_BEGIN_DECLS

/* supplier code (owned) -> GUINT_TO_POINTER (TiersReplaceReason); empty while the session has
 * no evaluation. */
GHashTable *tiers_session_load_replacement_flags (TiersSession  *session,
                                                  GError       **error);

G_END_DECLS
