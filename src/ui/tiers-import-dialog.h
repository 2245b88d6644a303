/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-dialog.h: the progress of an import, with Cancel, and the problems of a
 * refused file, line by line. */
#pragma once

#include <adwaita.h>

#include "tiers-import.h"

G_BEGIN_DECLS

#define TIERS_TYPE_IMPORT_DIALOG (tiers_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TiersImportDialog, tiers_import_dialog, TIERS, IMPORT_DIALOG, AdwWindow)

/* Shows the progress of importing `display_name`; Cancel, Escape and closing the dialog
 * cancel `cancellable`, and the dialog stays until the caller says how it ended. */
TiersImportDialog *tiers_import_dialog_new              (GtkWindow               *parent,
                                                         const char              *display_name,
                                                         GCancellable            *cancellable);
void               tiers_import_dialog_set_fraction     (TiersImportDialog       *self,
                                                         double                   fraction);
/* Lists the problems of a refused file. */
TiersImportDialog *tiers_import_dialog_new_for_problems (GtkWindow               *parent,
                                                         const char              *display_name,
                                                         const TiersImportResult *result);
/* The list of problems, one AdwActionRow each, for tests. */
GtkListBox        *tiers_import_dialog_get_problem_list (TiersImportDialog       *self);

G_END_DECLS
