/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-blob.c: the binary encoding of cached evaluation values. Numbers are written
 * little-endian whatever the machine, so a database file moves between machines. */
#define G_LOG_DOMAIN "tiers-blob"

#include "config.h"

#include <string.h>

#include "tiers-blob.h"

void
tiers_blob_writer_init (TiersBlobWriter *writer)
{
  writer->capacity = 1 << 16;
  writer->data = g_malloc (writer->capacity);
  writer->length = 0;
}

GBytes *
tiers_blob_writer_finish (TiersBlobWriter *writer)
{
  GBytes *bytes = g_bytes_new_take (g_steal_pointer (&writer->data), writer->length);

  writer->length = writer->capacity = 0;
  return bytes;
}

/* A period's cache is a few hundred thousand small values: appending them is the writer's
 * whole job, so it grows its own buffer rather than going through GByteArray per value. */
static inline guint8 *
reserve (TiersBlobWriter *writer,
         gsize            n)
{
  guint8 *p;

  if (writer->capacity - writer->length < n)
    {
      writer->capacity = MAX (writer->capacity * 2, writer->length + n);
      writer->data = g_realloc (writer->data, writer->capacity);
    }
  p = writer->data + writer->length;
  writer->length += n;
  return p;
}

void
tiers_blob_put_u64 (TiersBlobWriter *writer,
                    guint64          value)
{
  guint64 le = GUINT64_TO_LE (value);

  memcpy (reserve (writer, sizeof le), &le, sizeof le);
}

/* Counts as LEB128: most take one byte, which keeps a period's cache small to write. */
void
tiers_blob_put_uint (TiersBlobWriter *writer,
                     guint64          value)
{
  guint8 buf[10];
  guint n = 0;

  do
    {
      buf[n] = value & 0x7f;
      value >>= 7;
      if (value != 0)
        buf[n] |= 0x80;
      n++;
    }
  while (value != 0);
  memcpy (reserve (writer, n), buf, n);
}

void
tiers_blob_put_double (TiersBlobWriter *writer,
                       double           value)
{
  guint64 bits;

  G_STATIC_ASSERT (sizeof bits == sizeof value);
  memcpy (&bits, &value, sizeof bits);
  tiers_blob_put_u64 (writer, bits);
}

void
tiers_blob_put_string (TiersBlobWriter *writer,
                       const char      *value)
{
  gsize len = value ? strlen (value) : 0;

  tiers_blob_put_uint (writer, len);
  if (len > 0)
    memcpy (reserve (writer, len), value, len);
}

void
tiers_blob_reader_init (TiersBlobReader *reader,
                        const void      *data,
                        gsize            length)
{
  memset (reader, 0, sizeof *reader);
  reader->data = data;
  reader->length = data ? length : 0;
  reader->source_length = reader->length;
}

void
tiers_blob_reader_init_windowed (TiersBlobReader *reader,
                                 TiersBlobRead    read,
                                 gpointer         source,
                                 gsize            source_length,
                                 gsize            window_size)
{
  memset (reader, 0, sizeof *reader);
  reader->read = read;
  reader->source = source;
  reader->source_length = source_length;
  reader->window_size = MAX (window_size, 1);
  reader->window = g_malloc (reader->window_size);
  reader->data = reader->window;
}

void
tiers_blob_reader_refill (TiersBlobReader *reader,
                          gsize            n)
{
  gsize left = reader->length - reader->offset;
  gsize at, more;

  if (reader->read == NULL || reader->failed || left >= n)
    return;
  at = reader->source_offset + reader->offset;   /* the source offset of the next byte */
  more = MIN (reader->window_size - left, reader->source_length - at - left);
  if (more == 0)
    return;
  memmove (reader->window, reader->window + reader->offset, left);
  if (!reader->read (reader->source, reader->window + left, at + left, more))
    reader->failed = TRUE;
  reader->source_offset = at;
  reader->data = reader->window;
  reader->offset = 0;
  reader->length = left + more;
}

void
tiers_blob_reader_clear (TiersBlobReader *reader)
{
  g_clear_pointer (&reader->window, g_free);
  reader->data = NULL;
  reader->length = reader->offset = 0;
}

char *
tiers_blob_get_string (TiersBlobReader *reader)
{
  guint64 len = tiers_blob_get_uint (reader);
  const guint8 *p;

  if (reader->failed || len > reader->length - reader->offset)
    {
      reader->failed = TRUE;
      return g_strdup ("");
    }
  p = tiers_blob_take (reader, len);
  return g_strndup ((const char *) p, len);
}

const char *
tiers_blob_get_chars (TiersBlobReader *reader,
                      gsize           *length)
{
  guint64 len = tiers_blob_get_uint (reader);

  if (reader->failed || len > reader->length - reader->offset)
    {
      reader->failed = TRUE;
      *length = 0;
      return NULL;
    }
  *length = (gsize) len;
  return (const char *) tiers_blob_take (reader, (gsize) len);
}

gboolean
tiers_blob_reader_done (TiersBlobReader *reader)
{
  return !reader->failed && reader->offset == reader->length &&
         reader->source_offset + reader->length == reader->source_length;
}
