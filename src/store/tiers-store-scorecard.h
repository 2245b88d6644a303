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
#include "tiers-scorecard-set.h"
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
 * decision and recorded fields are set here) in one transaction with its audit entry
 * (scorecard_sent, scorecard_acknowledged or objection_recorded); ENTRY->id is set. Refused
 * with a message: an unknown supplier, a date that is not YYYY-MM-DD, a "sent" without a
 * channel, an objection without a statement. */
gboolean    tiers_store_add_communication     (TiersStore         *store,
                                               TiersCommunication *entry,
                                               GError            **error);
/* Writes the decision on the open objection ID, by the operating-system user, now, in one
 * transaction with its audit entry (objection_decided). Refused: no such objection, already
 * decided, an empty decision. A finalized period takes both: the log is not part of a grade. */
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

/* Everything a period's scorecards are made of, read at once and owned here; SET points into
 * it (its language and company are the caller's to set). */
typedef struct
{
  TiersScorecardSet  set;
  GArray            *periods;       /* the period and the seven before it, oldest first */
  GPtrArray         *evaluations;   /* one per period, NULL where a period holds no data */
  GPtrArray         *grades;        /* likewise, of TiersPeriodGrades */
  GPtrArray         *details;
  GHashTable        *facts;
  GHashTable        *adjusted;
  GPtrArray         *log;
  GHashTable        *strategies;    /* grade letter -> GPtrArray of TiersStandardAction* */
  GHashTable        *plans;         /* code -> GPtrArray of TiersPlan*: open or due in PERIOD */
} TiersScorecardData;

/* PERIOD's scorecard data: its evaluation and those of the periods its score history shows,
 * current by the one freshness rule (tiers_store_current_evaluation: evaluated oldest first
 * where stale), the suppliers' details and facts, the adjusted grades and the communication
 * log. TIERS_ERROR_NOT_FOUND when PERIOD holds no data. */
TiersScorecardData *tiers_store_load_scorecard_data (TiersStore         *store,
                                                     const TiersPeriod  *period,
                                                     GError            **error);
void                tiers_scorecard_data_free       (TiersScorecardData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersScorecardData, tiers_scorecard_data_free)

G_END_DECLS
