/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-blob.h: a small, portable binary encoding (little-endian numbers, variable-length
 * counts, length-prefixed strings) for the values an evaluation keeps as database BLOBs. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint8 *data;
  gsize   length;
  gsize   capacity;
} TiersBlobWriter;

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
  gboolean      failed;   /* set on the first read past the end; later reads return 0 */
} TiersBlobReader;

void        tiers_blob_writer_init   (TiersBlobWriter *writer);
GBytes     *tiers_blob_writer_finish (TiersBlobWriter *writer);
void        tiers_blob_put_u64       (TiersBlobWriter *writer,
                                      guint64          value);
void        tiers_blob_put_uint      (TiersBlobWriter *writer,
                                      guint64          value);
void        tiers_blob_put_double    (TiersBlobWriter *writer,
                                      double           value);
void        tiers_blob_put_string    (TiersBlobWriter *writer,
                                      const char      *value);

void        tiers_blob_reader_init   (TiersBlobReader *reader,
                                      const void      *data,
                                      gsize            length);
guint64     tiers_blob_get_u64       (TiersBlobReader *reader);
guint64     tiers_blob_get_uint      (TiersBlobReader *reader);
double      tiers_blob_get_double    (TiersBlobReader *reader);
char       *tiers_blob_get_string    (TiersBlobReader *reader);
/* The same string as a view into the data (not NUL-terminated), or NULL when cut short. */
const char *tiers_blob_get_chars     (TiersBlobReader *reader,
                                      gsize           *length);
/* TRUE when every read succeeded and nothing is left over. */
gboolean    tiers_blob_reader_done   (TiersBlobReader *reader);

G_END_DECLS
