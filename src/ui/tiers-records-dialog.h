/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-records-dialog.h: one supplier's incidents, feedback and ratings in the session's
 * period, each with Correct… and Delete… (a reason required for both), buttons to add
 * more, and the history of what was entered and corrected by hand. */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_RECORDS_DIALOG (tiers_records_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TiersRecordsDialog, tiers_records_dialog, TIERS, RECORDS_DIALOG,
                      AdwWindow)

TiersRecordsDialog *tiers_records_dialog_new        (GtkWidget          *parent,
                                                     TiersSession       *session,
                                                     const char         *code,
                                                     const char         *name);
/* Property "loading": the records are being read. */
gboolean            tiers_records_dialog_get_loading (TiersRecordsDialog *self);

G_END_DECLS
