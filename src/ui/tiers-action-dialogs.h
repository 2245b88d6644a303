/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-action-dialogs.h: the scorecard's questions about a supplier's actions and status,
 * as message dialogs: recording an action taken (date, who, what, kind), which for a hard
 * step offers the matching change of status with a reason; and changing the status by hand.
 * Each writes through the store in one transaction, then tells the session. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"
#include "tiers-tier-strategy.h"

G_BEGIN_DECLS

/* STANDARD: the strategy's action it follows, or NULL for a free one. */
void tiers_ask_record_action (GtkWidget                 *parent,
                              TiersSession              *session,
                              const char                *supplier_code,
                              const char                *supplier_name,
                              const TiersStandardAction *standard);
void tiers_ask_change_status (GtkWidget                 *parent,
                              TiersSession              *session,
                              const char                *supplier_code,
                              const char                *supplier_name);
/* Shows ERROR (from the store) in a message dialog over PARENT. */
void tiers_show_action_error (GtkWidget                 *parent,
                              const char                *heading,
                              const GError              *error);

G_END_DECLS
