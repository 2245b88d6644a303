/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-tier-actions.h: the scorecard's part about what the company does with a supplier:
 * its status with the history of changes, the strategy of its tier (the standard actions of
 * its shown grade, each one click from being recorded), the actions taken, and its
 * improvement plans with their status, overdue ones highlighted. Reads on the session's
 * main-loop connection (small tables); reloads on the session's "actions-changed". */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_TIER_ACTIONS (tiers_tier_actions_get_type ())

G_DECLARE_FINAL_TYPE (TiersTierActions, tiers_tier_actions, TIERS, TIER_ACTIONS, GtkWidget)

GtkWidget *tiers_tier_actions_new  (void);
/* Shows SUPPLIER_CODE (NULL: nothing) of SESSION, whose shown grade is GRADE. */
void       tiers_tier_actions_show (TiersTierActions *self,
                                    TiersSession     *session,
                                    const char       *supplier_code,
                                    const char       *supplier_name,
                                    TiersGrade        grade);

G_END_DECLS
