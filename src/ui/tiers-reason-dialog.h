/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-reason-dialog.h: the question asked before a change that is kept on record with a
 * reason (deleting a record, withdrawing an imported file): a message dialog with a reason
 * entry whose destructive response stays off until the reason says something. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the trimmed reason once the user confirmed; DIALOG carries what its caller
 * set on it with g_object_set_data. */
typedef void (*TiersReasonConfirmed) (AdwMessageDialog *dialog,
                                      const char       *reason,
                                      gpointer          object);

/* A dialog over PARENT titled HEADING with BODY, whose destructive response RESPONSE is
 * labelled RESPONSE_LABEL; CONFIRMED runs with OBJECT (a GObject, for as long as it lives).
 * Set any data on the dialog, then show it with tiers_reason_dialog_present. */
AdwMessageDialog *tiers_reason_dialog_new     (GtkWindow            *parent,
                                               const char           *heading,
                                               const char           *body,
                                               const char           *response,
                                               const char           *response_label,
                                               TiersReasonConfirmed  confirmed,
                                               gpointer              object);
/* Presents DIALOG with the reason entry focused. */
void              tiers_reason_dialog_present (AdwMessageDialog     *dialog);

G_END_DECLS
