/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-dialog.h: importing several CSV files at once: each file with the kind
 * recognised from its header, a preview of its first rows and the result of a full check;
 * Import only when every file is clean, then all of them in dependency order with progress
 * and Stop. */
#pragma once

#include <adwaita.h>

#include "tiers-import-file-row.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_IMPORT_DIALOG (tiers_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TiersImportDialog, tiers_import_dialog, TIERS, IMPORT_DIALOG, AdwWindow)

/* Imports into SESSION's database and calls tiers_session_data_changed() when something
 * landed; then emits "imported" with a sentence saying what (for a toast on PARENT) and
 * closes. Closing it while it works cancels the work. */
TiersImportDialog  *tiers_import_dialog_new            (GtkWindow          *parent,
                                                        TiersSession       *session);
/* Adds files to the list (a file already there is not added twice) and checks them: what
 * the file chooser, "Add Files…" and a drop on the window call. */
void                tiers_import_dialog_add_files      (TiersImportDialog  *self,
                                                        GFile             **files,
                                                        guint               n_files);
void                tiers_import_dialog_set_skip_duplicates (TiersImportDialog *self,
                                                        gboolean            skip);

/* The file chooser of Import… and Add Files…: CSV files, several at once. */
GtkNativeDialog    *tiers_import_file_chooser_new      (GtkWindow          *parent,
                                                        const char         *title,
                                                        const char         *accept_label);
/* The files chosen (of GFile). */
GPtrArray          *tiers_import_file_chooser_get_files (GtkNativeDialog   *chooser);

/* Property "busy": reading, checking or importing. */
gboolean            tiers_import_dialog_get_busy       (TiersImportDialog  *self);
/* Whether Import is on: files listed, all of them checked clean, nothing running. */
gboolean            tiers_import_dialog_get_can_import (TiersImportDialog  *self);
/* The files in the order they were added. */
guint               tiers_import_dialog_get_n_files    (TiersImportDialog  *self);
TiersImportFileRow *tiers_import_dialog_get_file_row   (TiersImportDialog  *self,
                                                        guint               index);
/* What the status bar says. */
const char         *tiers_import_dialog_get_status     (TiersImportDialog  *self);

G_END_DECLS
