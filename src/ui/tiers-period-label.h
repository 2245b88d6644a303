/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period-label.h: a period as a person reads it ("2026 Q3", "2026 H1", "2026"), in the
 * user's language, for the period selector and the overview. */
#pragma once

#include "tiers-period.h"

G_BEGIN_DECLS

char *tiers_period_label (const TiersPeriod *period);

G_END_DECLS
