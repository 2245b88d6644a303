/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-batches-dialog.h: the imported files, newest first, each withdrawn whole with a
 * reason, or saying why it cannot be (a finalized period holds its rows; a suppliers file). */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_BATCHES_DIALOG (tiers_batches_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TiersBatchesDialog, tiers_batches_dialog, TIERS, BATCHES_DIALOG,
                      AdwWindow)

TiersBatchesDialog *tiers_batches_dialog_new         (GtkWidget          *parent,
                                                     TiersSession       *session);
/* Property "loading": the list is being read. */
gboolean            tiers_batches_dialog_get_loading (TiersBatchesDialog *self);

G_END_DECLS
