/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-replacement-list.h: the Overview's list of the suppliers flagged for replacement in
 * the session's period (missed an improvement plan, or D two periods running), each one
 * click from its scorecard; hidden while nobody is flagged. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_REPLACEMENT_LIST (tiers_replacement_list_get_type ())

G_DECLARE_FINAL_TYPE (TiersReplacementList, tiers_replacement_list, TIERS, REPLACEMENT_LIST,
                      GtkWidget)

/* Follows SESSION; signal "show-supplier" (const char *code) when a row is activated. */
void  tiers_replacement_list_set_session (TiersReplacementList *self,
                                          TiersSession         *session);
/* How many suppliers it lists. */
guint tiers_replacement_list_get_count   (TiersReplacementList *self);

G_END_DECLS
