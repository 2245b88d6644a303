/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-file-row.h: one file of the import dialog: its name, the kind recognised
 * from its header, a preview of its first rows, and the result of the full check (the rows
 * ready, or every bad line with its reason). */
#pragma once

#include <adwaita.h>

#include "tiers-import-job.h"

G_BEGIN_DECLS

#define TIERS_TYPE_IMPORT_FILE_ROW (tiers_import_file_row_get_type ())

G_DECLARE_FINAL_TYPE (TiersImportFileRow, tiers_import_file_row, TIERS, IMPORT_FILE_ROW,
                      AdwExpanderRow)

typedef enum
{
  TIERS_IMPORT_FILE_READING,    /* the preview is being read */
  TIERS_IMPORT_FILE_UNREADABLE, /* it cannot be read, or its header fits no kind */
  TIERS_IMPORT_FILE_CHECKING,   /* waiting for the full check */
  TIERS_IMPORT_FILE_UNCHECKED,  /* the check was stopped */
  TIERS_IMPORT_FILE_READY,      /* checked clean */
  TIERS_IMPORT_FILE_REFUSED,    /* the check found problems */
  TIERS_IMPORT_FILE_IMPORTED,
} TiersImportFileState;

/* Emits "remove" when its Remove button is clicked. */
TiersImportFileRow  *tiers_import_file_row_new          (GFile                    *file);
GFile               *tiers_import_file_row_get_file     (TiersImportFileRow       *self);
TiersImportFileState tiers_import_file_row_get_state    (TiersImportFileRow       *self);
/* FALSE while reading, or when the header fits no kind. */
gboolean             tiers_import_file_row_get_kind     (TiersImportFileRow       *self,
                                                         TiersImportKind          *kind);

void                 tiers_import_file_row_set_preview  (TiersImportFileRow       *self,
                                                         const TiersImportPreview *preview,
                                                         const GError             *error);
/* Back to waiting for the check, e.g. when the option to skip duplicates changed. */
void                 tiers_import_file_row_set_checking (TiersImportFileRow       *self);
void                 tiers_import_file_row_set_unchecked (TiersImportFileRow      *self);
void                 tiers_import_file_row_set_result   (TiersImportFileRow       *self,
                                                         const TiersImportJobFile *result,
                                                         gboolean                  imported);
/* Rows ready (or imported) and duplicates skipped, from the last result. */
guint64              tiers_import_file_row_get_rows     (TiersImportFileRow       *self);
guint64              tiers_import_file_row_get_skipped  (TiersImportFileRow       *self);
/* The preview's records shown, without the header. */
guint                tiers_import_file_row_get_n_preview_rows (TiersImportFileRow *self);
/* What the problems list shows, one "FILE:LINE: reason" a line; NULL when there is none. */
const char          *tiers_import_file_row_get_problems (TiersImportFileRow       *self);

G_END_DECLS
