/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-scorecard.h: what a printed scorecard reads beyond the evaluation: the facts
 * behind a supplier's numbers in a period (receipts, late receipts, rejected quantity,
 * incidents by severity, spend), and the communication log of its scorecards (schema version
 * 7): sent, acknowledged, objected to, an objection decided. */
#pragma once

#include <glib.h>

#include "tiers-communication.h"
#include "tiers-period.h"
#include "tiers-scorecard-document.h"
#include "tiers-store.h"

G_BEGIN_DECLS

/* Every supplier's facts in PERIOD, supplier code -> TiersDeliveryFacts (suppliers without
 * receipts or incidents are absent). GRACE_DAYS: a receipt later than the promised date plus
 * these is late, as the scheme counts it. One range scan of the period's receipts and one of
 * its incidents. */
GHashTable *tiers_store_load_delivery_facts   (TiersStore        *store,
                                               const TiersPeriod *period,
                                               int                grace_days,
                                               GError           **error);

/* Records ENTRY (its supplier_code, period, kind, date and the fields of its kind; the id,
 * decision and recorded fields are set here) in one transaction; ENTRY->id is set. Refused
 * with a message: an unknown supplier, a date that is not YYYY-MM-DD, a "sent" without a
 * channel, an objection without a statement. */
gboolean    tiers_store_add_communication     (TiersStore         *store,
                                               TiersCommunication *entry,
                                               GError            **error);
/* Writes the decision on the open objection ID, by the operating-system user, now. Refused:
 * no such objection, already decided, an empty decision. */
gboolean    tiers_store_decide_objection      (TiersStore         *store,
                                               gint64              id,
                                               const char         *decision,
                                               GError            **error);
/* The log of PERIOD (of TiersCommunication, by supplier code then in the order recorded);
 * SUPPLIER_CODE NULL for every supplier. */
GPtrArray  *tiers_store_load_communications   (TiersStore         *store,
                                               const TiersPeriod  *period,
                                               const char         *supplier_code,
                                               GError            **error);
/* How many objections of PERIOD wait for a decision. */
gboolean    tiers_store_count_open_objections (TiersStore         *store,
                                               const TiersPeriod  *period,
                                               guint              *count,
                                               GError            **error);

G_END_DECLS
