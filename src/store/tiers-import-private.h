/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-private.h: what the importer's driver (tiers-import.c) and the per-kind row
 * rules (tiers-import-rows.c) share. Never included outside src/store. */
#pragma once

#include "tiers-import.h"
#include "tiers-record-sort.h"
#include "tiers-store-private.h"

G_BEGIN_DECLS

#define TIERS_IMPORT_MAX_COLUMNS 9
#define TIERS_IMPORT_MAX_STATEMENTS 4

typedef struct
{
  const char *name;
  gboolean    required;   /* the column must be in the header and each value non-empty */
} TiersImportColumn;

typedef enum
{
  TIERS_ROW_OK,        /* the row landed */
  TIERS_ROW_SKIPPED,   /* a duplicate record, skipped as asked */
  TIERS_ROW_BAD,       /* the row breaks a rule: see TiersImport.reason */
  TIERS_ROW_FAILED,    /* the database failed: see the GError */
  TIERS_ROW_HELD,      /* sound so far, held back: the kind's finish step decides it */
} TiersRowStatus;

typedef struct _TiersImport TiersImport;

typedef struct
{
  const TiersImportColumn *columns;
  guint                    n_columns;
  /* Prepares the kind's statements once the header is known. */
  gboolean       (*prepare) (TiersImport *import,
                             GError     **error);
  /* Checks and stores the row in import->values. */
  TiersRowStatus (*row)     (TiersImport *import,
                             GError     **error);
  /* Optional: decides and stores the rows held back, once the file is read, telling each
   * outcome to tiers_import_row_done(). */
  gboolean       (*finish)  (TiersImport *import,
                             GError     **error);
} TiersImportKindInfo;

struct _TiersImport
{
  TiersStore                *store;
  TiersImportKind            kind;
  const TiersImportKindInfo *info;
  TiersImportFlags           flags;
  gint64                     batch_id;

  /* For each of the kind's columns: where it stands in a record, or -1 when absent. */
  int                        field_of[TIERS_IMPORT_MAX_COLUMNS];
  /* The current row's values, trimmed, by the kind's column; NULL when the column is absent. */
  const char                *values[TIERS_IMPORT_MAX_COLUMNS];
  guint64                    line;
  char                      *reason;   /* why the current row is bad */

  GHashTable                *supplier_ids;     /* code -> gint64 * id */
  GHashTable                *item_ids;         /* receipts: item code -> its HeldItem */
  GHashTable                *codes_seen;       /* suppliers: code -> line it first came on */
  TiersScheme               *scheme;           /* ratings: the current scheme */
  sqlite3_stmt              *stmts[TIERS_IMPORT_MAX_STATEMENTS];

  /* Receipts: the received dates of the receipts stored before this file (none when
   * stored_first is empty), and this file's sound rows, sorted before they are stored. */
  char                       stored_first[11];
  char                       stored_last[11];
  TiersRecordSort           *held;
};

extern const TiersImportKindInfo tiers_import_receipt_kind;

const TiersImportKindInfo *tiers_import_kind_info (TiersImportKind kind);

void     tiers_import_bad_row      (TiersImport  *import,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (2, 3);
gboolean tiers_import_prepare      (TiersImport  *import,
                                    guint         slot,
                                    const char   *sql,
                                    GError      **error);
gboolean tiers_import_has_column   (TiersImport  *import,
                                    guint         column);
/* For a kind's finish step: a held row's outcome (its reason in import->reason when bad),
 * and the progress of storing, which also checks for Cancel. */
void     tiers_import_row_done     (TiersImport  *import,
                                    guint64       line,
                                    TiersRowStatus status);
gboolean tiers_import_storing      (TiersImport  *import,
                                    guint64       done,
                                    guint64       total,
                                    GError      **error);

/* The rules one value of a row must keep (tiers-import-rows.c); each says what is wrong in
 * import->reason when it is not kept. */
gboolean tiers_import_row_number   (TiersImport  *import,
                                    guint         column,
                                    double       *value);
gboolean tiers_import_row_day      (TiersImport  *import,
                                    guint         column,
                                    GDate        *date);
/* The same rule as tiers_import_row_day(), giving the date's Julian day (g_date_get_julian). */
gboolean tiers_import_row_day_number (TiersImport *import,
                                      guint        column,
                                      guint32     *day);
gboolean tiers_import_row_supplier (TiersImport  *import,
                                    guint         column,
                                    gint64       *id);
gboolean tiers_import_row_at_least (TiersImport  *import,
                                    guint         column,
                                    double        value,
                                    double        minimum,
                                    gboolean      inclusive);
gboolean tiers_import_row_between  (TiersImport  *import,
                                    guint         column,
                                    double        value,
                                    double        minimum,
                                    double        maximum);
void     tiers_import_bind_text    (sqlite3_stmt *stmt,
                                    int           index,
                                    const char   *value);
/* Steps an INSERT or UPDATE once: TIERS_ROW_OK or TIERS_ROW_FAILED. */
TiersRowStatus tiers_import_step   (TiersImport  *import,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
/* Runs a search for a record like the row, whose first column is the match's batch. */
TiersRowStatus tiers_import_find_duplicate (TiersImport  *import,
                                            sqlite3_stmt *stmt,
                                            const char   *what,
                                            GError      **error);
TiersRowStatus tiers_import_duplicate      (TiersImport  *import,
                                            const char   *what,
                                            gboolean      earlier_row);

G_END_DECLS
