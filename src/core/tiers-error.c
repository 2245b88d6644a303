/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tiers-error"

#include "config.h"

#include "tiers-error.h"

G_DEFINE_QUARK (tiers-error-quark, tiers_error)
