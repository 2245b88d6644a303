/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-job.h: importing one file from the window: recognise its kind from the header
 * row, then import it in a worker thread on the worker's own database connection. */
#pragma once

#include <gio/gio.h>

#include "tiers-import.h"

G_BEGIN_DECLS

/* Called on the caller's main context with the share of the file read so far, 0..1. */
typedef void (*TiersImportJobProgress) (double   fraction,
                                        gpointer user_data);

typedef struct
{
  TiersImportKind   kind;
  char             *display_name;  /* the file's name, as the problems report it */
  TiersImportResult result;        /* rows imported, or the problems of a refused file */
} TiersImportJobOutcome;

void     tiers_import_job_outcome_clear (TiersImportJobOutcome  *outcome);

/* Reads the first record of `stream` and tells which kind of file it heads. */
gboolean tiers_import_detect_kind       (GInputStream           *stream,
                                         const char             *display_name,
                                         TiersImportKind        *kind,
                                         GCancellable           *cancellable,
                                         GError                **error);

void     tiers_import_job_run_async     (const char             *db_path,
                                         GFile                  *file,
                                         GCancellable           *cancellable,
                                         TiersImportJobProgress  progress,
                                         gpointer                progress_data,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);
/* Fills `outcome` whether the import succeeded or not: a refused file leaves its problems
 * there, next to the error. */
gboolean tiers_import_job_run_finish    (GAsyncResult           *result,
                                         TiersImportJobOutcome  *outcome,
                                         GError                **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TiersImportJobOutcome, tiers_import_job_outcome_clear)

G_END_DECLS
