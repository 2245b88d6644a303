/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-form.h: logging a quality incident, a service feedback or an evaluator's
 * ratings (one entry per manual criterion of the scheme, for one evaluator and date) for one
 * supplier, or correcting one stored record with a reason. Fields are checked as they are
 * typed by the importer's rules and marked where they break one. */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"
#include "tiers-store-records.h"

G_BEGIN_DECLS

#define TIERS_TYPE_RECORD_FORM (tiers_record_form_get_type ())

G_DECLARE_FINAL_TYPE (TiersRecordForm, tiers_record_form, TIERS, RECORD_FORM, AdwWindow)

/* A new record of KIND for supplier CODE (called NAME), dated by default today, or the
 * last day of the session's period when today lies outside it. */
TiersRecordForm *tiers_record_form_new_add   (GtkWidget          *parent,
                                              TiersSession       *session,
                                              TiersRecordKind     kind,
                                              const char         *code,
                                              const char         *name);
/* Correcting RECORD (copied): its values, and the reason, required. */
TiersRecordForm *tiers_record_form_new_edit  (GtkWidget          *parent,
                                              TiersSession       *session,
                                              const TiersRecord  *record);
/* For tests: the entry row of FIELD (tiers-record-rules.h; for a new rating form's
 * criteria, TIERS_RATING_RATING + the criterion's position among the manual ones), the
 * reason row, the Save button. */
GtkWidget       *tiers_record_form_get_row   (TiersRecordForm    *self,
                                              guint               field);
GtkWidget       *tiers_record_form_get_reason_row  (TiersRecordForm *self);
GtkWidget       *tiers_record_form_get_save_button (TiersRecordForm *self);
/* The message under the fields ("" when none). */
const char      *tiers_record_form_get_problem     (TiersRecordForm *self);

G_END_DECLS
