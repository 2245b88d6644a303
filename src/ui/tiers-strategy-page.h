/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-strategy-page.h: the Preferences page of the tier strategies: per grade its list of
 * standard actions, each with its English and Chinese name and its kind (ordinary, warning,
 * hard step), to add, edit, reorder and delete. Writes through the session's store, one
 * transaction per change, then tells the session ("actions-changed"). */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

GtkWidget *tiers_strategy_page_new (TiersSession *session);

G_END_DECLS
