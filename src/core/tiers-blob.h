/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-blob.h: a small, portable binary encoding (little-endian numbers, variable-length
 * counts, length-prefixed strings) for the values an evaluation keeps as database BLOBs. */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct
{
  guint8 *data;
  gsize   length;
  gsize   capacity;
} TiersBlobWriter;

/* Copies n bytes from offset of a source too long to hold whole (a database BLOB read in
 * place); FALSE when it cannot. */
typedef gboolean (*TiersBlobRead) (gpointer  source,
                                   void     *buffer,
                                   gsize     offset,
                                   gsize     n);

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
  gboolean      failed;   /* set on the first read past the end; later reads return 0 */
  /* A windowed reader (tiers_blob_reader_init_windowed): data is `window`, holding the
   * source's bytes from source_offset on; refilled only by tiers_blob_reader_refill (). */
  TiersBlobRead read;
  gpointer      source;
  gsize         source_length;
  gsize         source_offset;
  guint8       *window;
  gsize         window_size;
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
/* Reads source_length bytes of source through a window of window_size: the reads of one
 * record must fit what tiers_blob_reader_refill () made room for, else the reader fails.
 * Free the window with tiers_blob_reader_clear (). */
void        tiers_blob_reader_init_windowed (TiersBlobReader *reader,
                                             TiersBlobRead    read,
                                             gpointer         source,
                                             gsize            source_length,
                                             gsize            window_size);
/* Makes the next n bytes (or all that is left, at most the window) readable. Views from
 * tiers_blob_get_chars () taken before are no longer valid. No-op for a plain reader. */
void        tiers_blob_reader_refill (TiersBlobReader *reader,
                                      gsize            n);
void        tiers_blob_reader_clear  (TiersBlobReader *reader);
char       *tiers_blob_get_string    (TiersBlobReader *reader);
/* The same string as a view into the data (not NUL-terminated), or NULL when cut short. */
const char *tiers_blob_get_chars     (TiersBlobReader *reader,
                                      gsize           *length);
/* The readers of numbers are inline: a period's cache holds some hundred thousand of them. */
static inline const guint8 *
tiers_blob_take (TiersBlobReader *reader,
                 gsize            n)
{
  const guint8 *p;

  if (reader->failed || n > reader->length - reader->offset)
    {
      reader->failed = TRUE;
      return NULL;
    }
  p = reader->data + reader->offset;
  reader->offset += n;
  return p;
}

static inline guint64
tiers_blob_get_u64 (TiersBlobReader *reader)
{
  const guint8 *p = tiers_blob_take (reader, sizeof (guint64));
  guint64 le;

  if (p == NULL)
    return 0;
  memcpy (&le, p, sizeof le);
  return GUINT64_FROM_LE (le);
}

static inline guint64
tiers_blob_get_uint (TiersBlobReader *reader)
{
  guint64 value = 0;

  /* One byte, the common case: lengths and counts below 128. */
  if (!reader->failed && reader->offset < reader->length && reader->data[reader->offset] < 0x80)
    return reader->data[reader->offset++];
  for (guint shift = 0; shift < 64; shift += 7)
    {
      const guint8 *p = tiers_blob_take (reader, 1);

      if (p == NULL)
        return 0;
      value |= (guint64) (*p & 0x7f) << shift;
      if ((*p & 0x80) == 0)
        return value;
    }
  reader->failed = TRUE;
  return 0;
}

static inline double
tiers_blob_get_double (TiersBlobReader *reader)
{
  guint64 bits = tiers_blob_get_u64 (reader);
  double value;

  memcpy (&value, &bits, sizeof value);
  return value;
}

/* TRUE when every read succeeded and nothing is left over. */
gboolean    tiers_blob_reader_done   (TiersBlobReader *reader);

G_END_DECLS
