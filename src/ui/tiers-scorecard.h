/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard.h: one supplier for the session's period: who it is and how to reach it,
 * its grade, score and rank in its category, why it is provisional, why its grade changed
 * since the previous period, each criterion's value, sample, score, weight share and points,
 * the dimension profile and score history charts, the communication log of its scorecard,
 * conflicts of interest, and the manager's notes. The explanation
 * and the charts load in a worker; the notes save as they are typed. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"
#include "tiers-supplier-record.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SCORECARD (tiers_scorecard_get_type ())

G_DECLARE_FINAL_TYPE (TiersScorecard, tiers_scorecard, TIERS, SCORECARD, GtkWidget)

GtkWidget           *tiers_scorecard_new          (void);
/* Property "session". */
TiersSession        *tiers_scorecard_get_session  (TiersScorecard      *self);
void                 tiers_scorecard_set_session  (TiersScorecard      *self,
                                                   TiersSession        *session);
/* Shows RECORD, a supplier of the session's current evaluation (NULL: none). Showing the
 * same supplier again (a new record after the evaluation changed) refreshes it and keeps
 * the notes being typed. Property "supplier". */
TiersSupplierRecord *tiers_scorecard_get_supplier (TiersScorecard      *self);
void                 tiers_scorecard_set_supplier (TiersScorecard      *self,
                                                   TiersSupplierRecord *record);
/* Property "loading": the explanation and charts are still on their way. */
gboolean             tiers_scorecard_get_loading  (TiersScorecard      *self);
/* Writes the notes being typed now rather than after the pause (also done on focus out,
 * on switching supplier and on dispose). */
void                 tiers_scorecard_save_notes   (TiersScorecard      *self);

G_END_DECLS
