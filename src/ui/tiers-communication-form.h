/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication-form.h: the form that records one entry of a scorecard's
 * communication log for the supplier shown and the session's period: the scorecard was sent
 * (date, channel, contact), the supplier acknowledged it (date, contact), or objected (date,
 * contact, the disputed criterion of the current scheme or the grade as a whole, the
 * supplier's statement). Fields are checked as they are typed by the store's own rules; Save
 * stays off while one is wrong; the entry is written on the session's worker, in one
 * transaction with its audit entry, then the session's "actions-changed" tells the pages. */
#pragma once

#include <adwaita.h>

#include "tiers-communication.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_COMMUNICATION_FORM (tiers_communication_form_get_type ())

G_DECLARE_FINAL_TYPE (TiersCommunicationForm, tiers_communication_form, TIERS,
                      COMMUNICATION_FORM, AdwWindow)

/* A form for KIND about SUPPLIER_CODE (named SUPPLIER_NAME, reached through CONTACT, which
 * may be NULL) in SESSION's period, over PARENT's window. Its rows are named "date",
 * "channel", "contact", "criterion" and "statement" where the kind has them, its Save
 * button "save". */
TiersCommunicationForm *tiers_communication_form_new (GtkWidget              *parent,
                                                      TiersSession           *session,
                                                      TiersCommunicationKind  kind,
                                                      const char             *supplier_code,
                                                      const char             *supplier_name,
                                                      const char             *contact);

G_END_DECLS
