/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-csv.h: a streaming RFC 4180 reader: records with the physical line each starts on,
 * problems per record, and a SHA-256 of the parsed content. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _TiersCsvReader TiersCsvReader;

typedef enum
{
  TIERS_CSV_RECORD,   /* a record: its fields are ready */
  TIERS_CSV_BAD,      /* a record that could not be read: see the problem and its line */
  TIERS_CSV_END,      /* no more records */
  TIERS_CSV_ERROR,    /* reading the stream failed, or it was cancelled: see the GError */
} TiersCsvStatus;

/* A record longer than this is reported as a problem instead of filling memory. */
#define TIERS_CSV_MAX_RECORD (1024 * 1024)

TiersCsvReader *tiers_csv_reader_new             (GInputStream   *stream);
void            tiers_csv_reader_free            (TiersCsvReader *reader);

TiersCsvStatus  tiers_csv_reader_next            (TiersCsvReader *reader,
                                                  GCancellable   *cancellable,
                                                  GError        **error);

/* The current record's fields, NUL-terminated. They stay valid, and may be changed in
 * place (trimming), until the next call of tiers_csv_reader_next(). */
guint           tiers_csv_reader_get_n_fields    (TiersCsvReader *reader);
char           *tiers_csv_reader_get_field       (TiersCsvReader *reader,
                                                  guint           index);
gsize           tiers_csv_reader_get_field_length (TiersCsvReader *reader,
                                                  guint           index);
/* The physical line (from 1) where the current record starts, or for TIERS_CSV_BAD the
 * line the problem is reported at (an unclosed quote: the line where its field starts). */
guint64         tiers_csv_reader_get_line        (TiersCsvReader *reader);
/* For TIERS_CSV_BAD: why, translated. */
const char     *tiers_csv_reader_get_problem     (TiersCsvReader *reader);
guint64         tiers_csv_reader_get_bytes_read  (TiersCsvReader *reader);

/* The SHA-256 (hex) of every good record's fields, unambiguously delimited: the same for
 * a copy saved with CRLF, a byte-order mark or different quoting. Call after TIERS_CSV_END. */
const char     *tiers_csv_reader_get_sha256      (TiersCsvReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersCsvReader, tiers_csv_reader_free)

G_END_DECLS
