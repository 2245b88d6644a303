/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-job.h: the import dialog's work off the main loop: a preview of one file (its
 * kind, header and first rows), beside the session's worker as it reads no database, and a
 * set of files checked or imported on the worker's connection. */
#pragma once

#include <gio/gio.h>

#include "tiers-import.h"
#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_IMPORT_PREVIEW_ROWS 5

typedef struct
{
  gboolean          recognised;
  TiersImportKind   kind;
  char            **columns;   /* the header's names */
  GPtrArray        *rows;      /* of char **: the first TIERS_IMPORT_PREVIEW_ROWS records */
  guint64           size;      /* in bytes */
} TiersImportPreview;

void                tiers_import_preview_free   (TiersImportPreview   *preview);

/* Reads the header and the first rows of FILE. A header that names no kind's columns is not
 * an error: the preview says it is not recognised. */
void                tiers_import_preview_async  (TiersSession         *session,
                                                 GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
TiersImportPreview *tiers_import_preview_finish (GAsyncResult         *result,
                                                 GError              **error);

/* Which columns each kind needs, a sentence per kind, translated. */
char               *tiers_import_kinds_describe (void);

typedef enum
{
  TIERS_IMPORT_JOB_CHECK,    /* import the set for real, keep nothing */
  TIERS_IMPORT_JOB_IMPORT,   /* import the set, all of it or nothing */
} TiersImportJobMode;

typedef struct
{
  GFile             *file;
  TiersImportKind    kind;
  TiersImportResult  result;  /* rows, duplicates skipped, problems */
  char              *refusal; /* why the file was refused, NULL when it went through */
} TiersImportJobFile;

void                tiers_import_job_file_free  (TiersImportJobFile   *file);

/* Called on the caller's main context with the share of all files read so far, 0..1. */
typedef void (*TiersImportJobProgress) (double   fraction,
                                        gpointer user_data);

/* FILES and KINDS in the order to import them (suppliers first). */
void                tiers_import_job_run_async  (TiersSession         *session,
                                                 TiersImportJobMode    mode,
                                                 GFile               **files,
                                                 const TiersImportKind *kinds,
                                                 guint                 n_files,
                                                 TiersImportFlags      flags,
                                                 GCancellable         *cancellable,
                                                 TiersImportJobProgress progress,
                                                 gpointer              progress_data,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
/* The files with their results, in the order given, also when it failed; fails when it
 * was cancelled, the database failed, or (importing) a file was refused, and then nothing
 * was kept. */
gboolean            tiers_import_job_run_finish (GAsyncResult         *result,
                                                 GPtrArray           **files,
                                                 GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersImportPreview, tiers_import_preview_free)

G_END_DECLS
