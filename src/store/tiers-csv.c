/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-csv.c: the streaming RFC 4180 reader of docs/formats.md ("Every file"). It reads the stream
 * in large blocks into its own buffer and copies field bytes in runs, so a file of millions of rows
 * passes in one sweep with memory bounded by the longest record. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-csv.h"

#define BLOCK_SIZE (256 * 1024)
/* The checksum runs in a thread of its own, fed blocks of parsed records: SHA-256 is a good
 * share of the work, and a second core takes it off the importer's path. A block holds
 * the longest record; a few of them bound the memory. */
#define HASH_BLOCK_SIZE (TIERS_CSV_MAX_RECORD + 64 * 1024)
#define HASH_BLOCKS 3

typedef struct
{
  gsize  len;
  guint8 data[HASH_BLOCK_SIZE];
} HashBlock;

typedef enum
{
  PROBLEM_NONE,
  PROBLEM_STRAY_QUOTE,
  PROBLEM_AFTER_QUOTE,
  PROBLEM_UNCLOSED,
  PROBLEM_TOO_LONG,
} Problem;

struct _TiersCsvReader
{
  GInputStream *stream;
  guint8       *buf;
  gsize         len;         /* bytes in buf */
  gsize         pos;         /* next byte to read */
  gboolean      eof;
  gboolean      started;     /* the byte-order mark has been looked for */
  guint64       bytes_read;
  guint64       line;        /* physical line of buf[pos], from 1 */

  char         *rec;         /* the record's fields, each followed by a NUL */
  gsize         rec_len;
  gsize         rec_alloc;
  guint32      *starts;      /* where each field begins in rec; a plain array, as appending
                              * to it is done for every field of millions of rows */
  guint         n_starts;
  guint         starts_alloc;

  guint64       record_line;
  Problem       problem;
  gboolean      has_nul;
  gboolean      has_high;    /* a byte >= 0x80: UTF-8 must be checked */
  const char   *message;

  GChecksum    *checksum;     /* owned by the hash thread until it is joined */
  GThread      *hash_thread;
  GAsyncQueue  *full_blocks;  /* to the hash thread; the reader itself ends the stream */
  GAsyncQueue  *free_blocks;  /* back from it */
  HashBlock    *block;        /* the block being filled */
  char         *sha256;
};

static gpointer
hash_thread (gpointer data)
{
  TiersCsvReader *reader = data;
  HashBlock *block;

  while ((block = g_async_queue_pop (reader->full_blocks)) != (HashBlock *) reader)
    {
      g_checksum_update (reader->checksum, block->data, (gssize) block->len);
      g_async_queue_push (reader->free_blocks, block);
    }
  return NULL;
}

static void
hash_flush (TiersCsvReader *reader)
{
  if (reader->block->len == 0)
    return;
  g_async_queue_push (reader->full_blocks, reader->block);
  reader->block = g_async_queue_pop (reader->free_blocks);
  reader->block->len = 0;
}

static void
hash_append (TiersCsvReader *reader,
             const void     *data,
             gsize           n)
{
  memcpy (reader->block->data + reader->block->len, data, n);
  reader->block->len += n;
}

/* Hands the last block over and waits for the thread to finish the checksum. */
static void
hash_finish (TiersCsvReader *reader)
{
  if (reader->hash_thread == NULL)
    return;
  hash_flush (reader);
  g_async_queue_push (reader->full_blocks, reader);
  g_thread_join (reader->hash_thread);
  reader->hash_thread = NULL;
}

TiersCsvReader *
tiers_csv_reader_new (GInputStream *stream)
{
  TiersCsvReader *reader = g_new0 (TiersCsvReader, 1);

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  reader->stream = g_object_ref (stream);
  reader->buf = g_malloc (BLOCK_SIZE);
  reader->line = 1;
  reader->rec_alloc = 4096;
  reader->rec = g_malloc (reader->rec_alloc);
  reader->starts_alloc = 16;
  reader->starts = g_new (guint32, reader->starts_alloc);
  reader->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  reader->full_blocks = g_async_queue_new ();
  reader->free_blocks = g_async_queue_new_full (g_free);
  reader->block = g_new (HashBlock, 1);
  reader->block->len = 0;
  for (guint i = 1; i < HASH_BLOCKS; i++)
    g_async_queue_push (reader->free_blocks, g_new (HashBlock, 1));
  reader->hash_thread = g_thread_new ("tiers-csv-hash", hash_thread, reader);
  return reader;
}

void
tiers_csv_reader_free (TiersCsvReader *reader)
{
  if (reader == NULL)
    return;
  hash_finish (reader);
  g_async_queue_unref (reader->full_blocks);
  g_async_queue_unref (reader->free_blocks);
  g_free (reader->block);
  g_object_unref (reader->stream);
  g_free (reader->buf);
  g_free (reader->rec);
  g_free (reader->starts);
  g_checksum_free (reader->checksum);
  g_free (reader->sha256);
  g_free (reader);
}

/* Makes buf[pos] readable; FALSE at the end of the stream or on an error (then *error). */
static gboolean
refill (TiersCsvReader *reader,
        GCancellable   *cancellable,
        GError        **error)
{
  gssize n;

  if (reader->eof || (error != NULL && *error != NULL))
    return FALSE;
  n = g_input_stream_read (reader->stream, reader->buf, BLOCK_SIZE, cancellable, error);
  if (n <= 0)
    {
      reader->eof = TRUE;
      return FALSE;
    }
  reader->len = (gsize) n;
  reader->pos = 0;
  reader->bytes_read += (guint64) n;
  return TRUE;
}

#define HAVE_BYTE(r) ((r)->pos < (r)->len || refill ((r), cancellable, error))

static void
append (TiersCsvReader *reader,
        const guint8   *bytes,
        gsize           n)
{
  if (reader->problem == PROBLEM_TOO_LONG)
    return;
  if (reader->rec_len + n + 1 > TIERS_CSV_MAX_RECORD)
    {
      if (reader->problem == PROBLEM_NONE)
        reader->problem = PROBLEM_TOO_LONG;
      return;
    }
  if (reader->rec_len + n + 1 > reader->rec_alloc)
    {
      while (reader->rec_len + n + 1 > reader->rec_alloc)
        reader->rec_alloc *= 2;
      reader->rec = g_realloc (reader->rec, reader->rec_alloc);
    }
  memcpy (reader->rec + reader->rec_len, bytes, n);
  reader->rec_len += n;
}

static void
end_field (TiersCsvReader *reader)
{
  if (reader->problem == PROBLEM_TOO_LONG)
    return;
  reader->rec[reader->rec_len++] = '\0';
}

static void
begin_field (TiersCsvReader *reader)
{
  guint32 start = (guint32) reader->rec_len;

  if (reader->n_starts == reader->starts_alloc)
    {
      reader->starts_alloc *= 2;
      reader->starts = g_renew (guint32, reader->starts, reader->starts_alloc);
    }
  reader->starts[reader->n_starts++] = start;
}

/* Copies the run of ordinary bytes at pos; stops at a byte that means something here. */
static void
copy_run (TiersCsvReader *reader,
          gboolean        quoted)
{
  const guint8 *p = reader->buf + reader->pos;
  const guint8 *end = reader->buf + reader->len;
  const guint8 *start = p;
  guint8 high = 0;

  if (quoted)
    while (p < end && *p != '"' && *p != '\n' && *p != '\r' && *p != '\0')
      high |= *p++;
  else
    while (p < end && *p != ',' && *p != '"' && *p != '\n' && *p != '\r' && *p != '\0')
      high |= *p++;
  if (high & 0x80)
    reader->has_high = TRUE;
  append (reader, start, (gsize) (p - start));
  reader->pos += (gsize) (p - start);
}

/* Consumes one line break (CRLF, LF or a lone CR) at pos. */
static void
skip_line_break (TiersCsvReader *reader,
                 GCancellable   *cancellable,
                 GError        **error)
{
  guint8 c = reader->buf[reader->pos++];

  reader->line++;
  if (c == '\r' && HAVE_BYTE (reader) && reader->buf[reader->pos] == '\n')
    reader->pos++;
}

/* After a badly shaped field nothing on the line can be trusted: resume on the next one. */
static void
skip_rest_of_line (TiersCsvReader *reader,
                   GCancellable   *cancellable,
                   GError        **error)
{
  while (HAVE_BYTE (reader))
    {
      guint8 c = reader->buf[reader->pos];

      if (c == '\n' || c == '\r')
        {
          skip_line_break (reader, cancellable, error);
          return;
        }
      reader->pos++;
    }
}

/* A quoted field, from just after its opening quote to just after its closing one.
 * Line breaks inside are stored as LF, whatever the file used. */
static void
read_quoted (TiersCsvReader *reader,
             GCancellable   *cancellable,
             GError        **error)
{
  guint64 first_line = reader->line;

  for (;;)
    {
      guint8 c;

      if (!HAVE_BYTE (reader))
        {
          reader->problem = PROBLEM_UNCLOSED;
          reader->record_line = first_line;
          return;
        }
      copy_run (reader, TRUE);
      if (reader->pos == reader->len)
        continue;
      c = reader->buf[reader->pos];
      if (c == '"')
        {
          reader->pos++;
          if (!HAVE_BYTE (reader) || reader->buf[reader->pos] != '"')
            return;
          append (reader, (const guint8 *) "\"", 1);
          reader->pos++;
        }
      else if (c == '\0')
        {
          reader->has_nul = TRUE;
          reader->pos++;
        }
      else
        {
          skip_line_break (reader, cancellable, error);
          append (reader, (const guint8 *) "\n", 1);
        }
    }
}

static void
read_unquoted (TiersCsvReader *reader,
               GCancellable   *cancellable,
               GError        **error)
{
  while (HAVE_BYTE (reader))
    {
      guint8 c;

      copy_run (reader, FALSE);
      if (reader->pos == reader->len)
        continue;
      c = reader->buf[reader->pos];
      if (c == '\0')
        {
          reader->has_nul = TRUE;
          reader->pos++;
        }
      else if (c == '"')
        {
          reader->problem = PROBLEM_STRAY_QUOTE;
          return;
        }
      else
        return;
    }
}

/* Skips empty lines; FALSE at the end of the stream. */
static gboolean
skip_empty_lines (TiersCsvReader *reader,
                  GCancellable   *cancellable,
                  GError        **error)
{
  while (HAVE_BYTE (reader))
    {
      guint8 c = reader->buf[reader->pos];

      if (c != '\n' && c != '\r')
        return TRUE;
      skip_line_break (reader, cancellable, error);
    }
  return FALSE;
}

static void
skip_byte_order_mark (TiersCsvReader *reader,
                      GCancellable   *cancellable,
                      GError        **error)
{
  static const guint8 bom[] = { 0xEF, 0xBB, 0xBF };

  reader->started = TRUE;
  /* The stream may hand out a few bytes at a time: gather three before deciding. */
  while (reader->len < 3 && !reader->eof)
    {
      gssize n = g_input_stream_read (reader->stream, reader->buf + reader->len,
                                      BLOCK_SIZE - reader->len, cancellable, error);
      if (n <= 0)
        reader->eof = TRUE;
      else
        {
          reader->len += (gsize) n;
          reader->bytes_read += (guint64) n;
        }
    }
  if (reader->len >= 3 && memcmp (reader->buf, bom, 3) == 0)
    reader->pos = 3;
}

/* From just after an opening quote: the quoted value, then spaces up to the delimiter. */
static void
read_quoted_field (TiersCsvReader *reader,
                   GCancellable   *cancellable,
                   GError        **error)
{
  read_quoted (reader, cancellable, error);
  if (reader->problem == PROBLEM_UNCLOSED)
    return;
  while (HAVE_BYTE (reader) &&
         (reader->buf[reader->pos] == ' ' || reader->buf[reader->pos] == '\t'))
    reader->pos++;
  if (HAVE_BYTE (reader) && reader->buf[reader->pos] != ',' &&
      reader->buf[reader->pos] != '\n' && reader->buf[reader->pos] != '\r')
    reader->problem = PROBLEM_AFTER_QUOTE;
}

/* Whether the current field holds nothing but spaces so far. */
static gboolean
field_is_blank (TiersCsvReader *reader)
{
  gsize start = reader->starts[reader->n_starts - 1];

  for (gsize i = start; i < reader->rec_len; i++)
    if (reader->rec[i] != ' ' && reader->rec[i] != '\t')
      return FALSE;
  return TRUE;
}

/* Reads fields up to the end of the record (or of the line, after a shape problem). Spaces
 * around a quoted value are allowed, as people type `a, "b, c"`; they are not part of it. */
static void
read_fields (TiersCsvReader *reader,
             GCancellable   *cancellable,
             GError        **error)
{
  for (;;)
    {
      guint8 c;

      begin_field (reader);
      if (HAVE_BYTE (reader) && reader->buf[reader->pos] == '"')
        {
          reader->pos++;
          read_quoted_field (reader, cancellable, error);
        }
      else
        {
          read_unquoted (reader, cancellable, error);
          if (reader->problem == PROBLEM_STRAY_QUOTE && field_is_blank (reader))
            {
              reader->problem = PROBLEM_NONE;
              reader->rec_len = reader->starts[reader->n_starts - 1];
              reader->pos++;
              read_quoted_field (reader, cancellable, error);
            }
        }
      if (reader->problem == PROBLEM_UNCLOSED)
        return;
      end_field (reader);

      if (reader->problem == PROBLEM_STRAY_QUOTE || reader->problem == PROBLEM_AFTER_QUOTE)
        {
          skip_rest_of_line (reader, cancellable, error);
          return;
        }
      if (!HAVE_BYTE (reader))
        return;
      c = reader->buf[reader->pos];
      if (c != ',')
        {
          skip_line_break (reader, cancellable, error);
          return;
        }
      reader->pos++;
    }
}

static gboolean
record_is_utf8 (TiersCsvReader *reader)
{
  if (!reader->has_high)
    return TRUE;
  for (guint i = 0; i < reader->n_starts; i++)
    {
      const char *field = tiers_csv_reader_get_field (reader, i);

      if (!g_utf8_validate (field, (gssize) tiers_csv_reader_get_field_length (reader, i),
                            NULL))
        return FALSE;
    }
  return TRUE;
}

/* The record goes into the checksum as its field count followed by its NUL-terminated
 * fields: no field holds a NUL (that is refused), so this reads back one way only. */
static void
checksum_record (TiersCsvReader *reader)
{
  guint32 count = GUINT32_TO_LE (reader->n_starts);

  if (reader->block->len + sizeof count + reader->rec_len > HASH_BLOCK_SIZE)
    hash_flush (reader);
  hash_append (reader, &count, sizeof count);
  hash_append (reader, reader->rec, reader->rec_len);
}

static const char *
problem_message (TiersCsvReader *reader)
{
  switch (reader->problem)
    {
    case PROBLEM_STRAY_QUOTE:
      return _("a quote inside an unquoted value (quote the whole value and double the quote)");
    case PROBLEM_AFTER_QUOTE:
      return _("text after a closing quote");
    case PROBLEM_UNCLOSED:
      return _("unclosed quote: the quoted value runs to the end of the file");
    case PROBLEM_TOO_LONG:
      return _("the row is longer than 1 MiB");
    case PROBLEM_NONE:
    default:
      break;
    }
  if (reader->has_nul)
    return _("a NUL byte (the file is not a text file)");
  return _("invalid UTF-8 (save the file as UTF-8)");
}

TiersCsvStatus
tiers_csv_reader_next (TiersCsvReader *reader,
                       GCancellable   *cancellable,
                       GError        **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (reader != NULL, TIERS_CSV_ERROR);

  if (!reader->started)
    skip_byte_order_mark (reader, cancellable, &local_error);

  reader->rec_len = 0;
  reader->n_starts = 0;
  reader->problem = PROBLEM_NONE;
  reader->has_nul = FALSE;
  reader->has_high = FALSE;
  reader->message = NULL;

  if (local_error == NULL && skip_empty_lines (reader, cancellable, &local_error))
    {
      reader->record_line = reader->line;
      read_fields (reader, cancellable, &local_error);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return TIERS_CSV_ERROR;
    }
  if (reader->n_starts == 0)
    return TIERS_CSV_END;

  if (reader->problem != PROBLEM_NONE || reader->has_nul || !record_is_utf8 (reader))
    {
      reader->message = problem_message (reader);
      return TIERS_CSV_BAD;
    }
  checksum_record (reader);
  return TIERS_CSV_RECORD;
}

guint
tiers_csv_reader_get_n_fields (TiersCsvReader *reader)
{
  return reader->n_starts;
}

char *
tiers_csv_reader_get_field (TiersCsvReader *reader,
                            guint           index)
{
  g_return_val_if_fail (index < reader->n_starts, NULL);
  return reader->rec + reader->starts[index];
}

gsize
tiers_csv_reader_get_field_length (TiersCsvReader *reader,
                                   guint           index)
{
  gsize start, end;

  g_return_val_if_fail (index < reader->n_starts, 0);
  start = reader->starts[index];
  end = index + 1 < reader->n_starts
        ? reader->starts[index + 1] - 1
        : reader->rec_len - 1;
  return end - start;
}

guint64
tiers_csv_reader_get_line (TiersCsvReader *reader)
{
  return reader->record_line;
}

const char *
tiers_csv_reader_get_problem (TiersCsvReader *reader)
{
  return reader->message;
}

guint64
tiers_csv_reader_get_bytes_read (TiersCsvReader *reader)
{
  return reader->bytes_read;
}

const char *
tiers_csv_reader_get_sha256 (TiersCsvReader *reader)
{
  if (reader->sha256 == NULL)
    {
      hash_finish (reader);
      reader->sha256 = g_strdup (g_checksum_get_string (reader->checksum));
    }
  return reader->sha256;
}
