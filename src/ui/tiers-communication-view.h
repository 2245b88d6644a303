/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication-view.h: the scorecard's Communication group: the communication log of
 * the supplier shown in the session's period, newest first (the scorecard sent, with date,
 * channel and contact; acknowledged; an objection with the disputed criterion and the
 * supplier's statement, and the decision with who took it and when), a line saying what to
 * do when there is nothing yet, and the means to record each (tiers-communication-form.h)
 * and to decide an open objection, once. Reads on the session's main-loop connection (a
 * small table); reloads on the session's "actions-changed", which every write emits. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_COMMUNICATION_VIEW (tiers_communication_view_get_type ())

G_DECLARE_FINAL_TYPE (TiersCommunicationView, tiers_communication_view, TIERS,
                      COMMUNICATION_VIEW, GtkWidget)

GtkWidget *tiers_communication_view_new  (void);
/* Shows the log of SUPPLIER_CODE (NULL: nothing) in SESSION's period; SUPPLIER_NAME and
 * CONTACT (may be NULL) fill the forms. Actions: communication.record ("sent",
 * "acknowledged" or "objection") opens a form, communication.decide (an objection's id)
 * asks for the decision. */
void       tiers_communication_view_show (TiersCommunicationView *self,
                                          TiersSession           *session,
                                          const char             *supplier_code,
                                          const char             *supplier_name,
                                          const char             *contact);

G_END_DECLS
