/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-conflicts-view.h: the scorecard's Conflicts of Interest group: the evaluators who
 * declared a conflict with the supplier shown, each removable, and Declare… to add one. The
 * list loads and every change is made on the session's worker; a change grades again
 * (tiers_session_data_changed), since it decides which ratings count. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_CONFLICTS_VIEW (tiers_conflicts_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersConflictsView, tiers_conflicts_view, TIERS, CONFLICTS_VIEW, GtkWidget)

GtkWidget *tiers_conflicts_view_new  (void);
/* Shows the conflicts of SUPPLIER_CODE (NULL: nothing) of SESSION, named SUPPLIER_NAME in
 * the Declare dialog; reloads the list even for the same supplier. */
void       tiers_conflicts_view_show (TiersConflictsView *self,
                                      TiersSession       *session,
                                      const char         *supplier_code,
                                      const char         *supplier_name);

G_END_DECLS
