/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import.h: importing the CSV files of docs/formats.md. A file lands whole or
 * not at all; every bad row is reported as "FILE:LINE: reason". */
#pragma once

#include <gio/gio.h>

#include "tiers-store.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_IMPORT_SUPPLIERS,
  TIERS_IMPORT_RECEIPTS,
  TIERS_IMPORT_INCIDENTS,
  TIERS_IMPORT_FEEDBACK,
  TIERS_IMPORT_RATINGS,
  TIERS_N_IMPORT_KINDS
} TiersImportKind;

typedef enum
{
  TIERS_IMPORT_FLAGS_NONE            = 0,
  TIERS_IMPORT_SKIP_DUPLICATES       = 1 << 0,  /* import the other rows, count the duplicates */
  TIERS_IMPORT_CHECK_ONLY            = 1 << 1,  /* validate everything, store nothing */
} TiersImportFlags;

#define TIERS_IMPORT_MAX_PROBLEMS 100

typedef struct
{
  guint64    rows_imported;      /* rows that landed (would land, with CHECK_ONLY); 0 if refused */
  guint64    duplicates_skipped; /* with SKIP_DUPLICATES */
  GPtrArray *problems;           /* of char* "FILE:LINE: reason", at most 100; set by every call */
  guint64    problems_total;     /* all bad rows, also those past the first 100 */
} TiersImportResult;

/* Called now and then from the importing thread with the bytes read so far. */
typedef void (*TiersImportProgress) (guint64  bytes_read,
                                     gpointer user_data);

const char *tiers_import_kind_to_string   (TiersImportKind   kind);
gboolean    tiers_import_kind_from_string (const char       *text,
                                           TiersImportKind  *kind);
const char *tiers_import_kind_label       (TiersImportKind   kind);   /* translated */
/* Recognises the kind from a header row's column names (any order). */
gboolean    tiers_import_kind_detect      (const char * const *columns,
                                           TiersImportKind  *kind);

void        tiers_import_result_clear     (TiersImportResult *result);

/* Imports one file. On bad rows it returns FALSE with a TIERS_ERROR_INVALID whose message
 * lists the problems (at most 100, then "... and N more"), and result->problems holds them.
 * A file already imported as the same kind fails with TIERS_ERROR_DUPLICATE saying when. */
gboolean    tiers_store_import_stream     (TiersStore          *store,
                                           TiersImportKind      kind,
                                           const char          *display_name,
                                           GInputStream        *stream,
                                           TiersImportFlags     flags,
                                           TiersImportProgress  progress,
                                           gpointer             progress_data,
                                           GCancellable        *cancellable,
                                           TiersImportResult   *result,
                                           GError             **error);
gboolean    tiers_store_import_file       (TiersStore          *store,
                                           TiersImportKind      kind,
                                           const char          *path,
                                           TiersImportFlags     flags,
                                           TiersImportProgress  progress,
                                           gpointer             progress_data,
                                           GCancellable        *cancellable,
                                           TiersImportResult   *result,
                                           GError             **error);

G_END_DECLS
