/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-sort.c: the external merge sort behind importing receipts in any row order
 * (docs/benchmarks.md, "Import"). Memory is two chunks, or the read buffers of the runs,
 * whatever the number of records. A full chunk is sorted and written on a thread of its own
 * while the caller fills the other one. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "tiers-error.h"
#include "tiers-record-sort.h"

/* What precedes each record, in the chunk and in the file alike. */
typedef struct
{
  guint64 key;
  guint64 size;
} RecordHeader;

/* The header at OFFSET in BUF. Records are multiples of 8 bytes and buffers come from
 * g_malloc, so every header sits at a multiple of 8: the cast through void * says so to
 * compilers (clang) that warn about the alignment of any cast from bytes. */
static inline const RecordHeader *
header_at (const guint8 *buf,
           gsize         offset)
{
  return (const RecordHeader *) (const void *) (buf + offset);
}

typedef struct
{
  guint64 key;
  gsize   offset;   /* of the record's header in the chunk */
} Entry;

typedef struct
{
  guint8 *data;
  gsize   size, used;
  GArray *entries;
} Chunk;

/* One sorted run in the temporary file, read through a buffer of its own. */
typedef struct
{
  guint64  pos, end;     /* the part of the run not read into the buffer yet */
  guint8  *buf;
  gsize    buf_size;
  gsize    start, len;   /* the unread bytes in buf */
} Cursor;

/* Together the runs' buffers take at most this, and each at least the smaller figure. */
#define MERGE_BUFFERS_BYTES (8 * 1024 * 1024)
#define MIN_RUN_BUFFER (64 * 1024)
#define WRITE_BUFFER (1024 * 1024)

struct _TiersRecordSort
{
  TiersRecordCompare compare;
  Chunk              chunk;      /* being filled */
  Chunk              spare;      /* being written, or free; no data until the first run */
  guint64            count;

  int                fd;         /* the temporary file, or -1 */
  GThread           *writer;     /* writing spare as a run, or NULL */
  GError            *writer_error;
  /* Written by the writer while it runs, read by the caller once it is joined. */
  guint64            file_end;
  GArray            *runs;       /* guint64 pairs: start, end */

  gboolean           finished;
  guint              next_entry; /* all records in the chunk: the next one to give */
  Cursor            *cursors;
  guint             *heap;       /* cursor numbers, the smallest record on top */
  guint              heap_len;
  gboolean           given;      /* the top cursor's record was given out */
};

TiersRecordSort *
tiers_record_sort_new (gsize              chunk_bytes,
                       TiersRecordCompare compare)
{
  TiersRecordSort *sort = g_new0 (TiersRecordSort, 1);

  g_return_val_if_fail (compare != NULL, NULL);
  sort->compare = compare;
  sort->chunk.size = sort->spare.size = MAX (chunk_bytes, 4096);
  sort->chunk.data = g_malloc (sort->chunk.size);
  sort->chunk.entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  sort->spare.entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  sort->runs = g_array_new (FALSE, FALSE, sizeof (guint64));
  sort->fd = -1;
  return sort;
}

void
tiers_record_sort_free (TiersRecordSort *sort)
{
  if (sort == NULL)
    return;
  if (sort->writer != NULL)
    g_thread_join (sort->writer);
  g_clear_error (&sort->writer_error);
  if (sort->cursors != NULL)
    for (guint r = 0; r < sort->runs->len / 2; r++)
      g_free (sort->cursors[r].buf);
  g_free (sort->cursors);
  g_free (sort->heap);
  if (sort->fd >= 0)
    close (sort->fd);
  g_array_unref (sort->runs);
  g_array_unref (sort->chunk.entries);
  g_array_unref (sort->spare.entries);
  g_free (sort->chunk.data);
  g_free (sort->spare.data);
  g_free (sort);
}

guint64
tiers_record_sort_count (TiersRecordSort *sort)
{
  return sort->count;
}

static gboolean
set_file_error (GError **error,
                int      saved_errno)
{
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
               _("Cannot use a temporary file to sort the rows (%s); free some space in the "
                 "temporary folder and try again"), g_strerror (saved_errno));
  return FALSE;
}

static int
compare_records (TiersRecordSort    *sort,
                 const RecordHeader *a,
                 const RecordHeader *b)
{
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;
  return sort->compare (a + 1, b + 1);
}

typedef struct
{
  TiersRecordCompare compare;
  const guint8      *data;
} SortContext;

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortContext *context = user_data;
  const Entry *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return context->compare (header_at (context->data, x->offset) + 1,
                           header_at (context->data, y->offset) + 1);
}

static void
sort_chunk (TiersRecordSort *sort,
            Chunk           *chunk)
{
  SortContext context = { sort->compare, chunk->data };

  g_qsort_with_data (chunk->entries->data, (gint) chunk->entries->len, sizeof (Entry),
                     compare_entries, &context);
}

static gboolean
write_all (TiersRecordSort *sort,
           const guint8    *data,
           gsize            n,
           GError         **error)
{
  while (n > 0)
    {
      gssize done = pwrite (sort->fd, data, n, (off_t) sort->file_end);

      if (done < 0 && errno == EINTR)
        continue;
      if (done <= 0)
        return set_file_error (error, done < 0 ? errno : ENOSPC);
      data += done;
      n -= (gsize) done;
      sort->file_end += (guint64) done;
    }
  return TRUE;
}

static gboolean
open_file (TiersRecordSort *sort,
           GError         **error)
{
  g_autofree char *path = NULL;
  GError *local_error = NULL;

  if (sort->fd >= 0)
    return TRUE;
  sort->fd = g_file_open_tmp ("supplier-tiers-sort-XXXXXX", &path, &local_error);
  if (sort->fd < 0)
    {
      int code = local_error->code == G_FILE_ERROR_NOSPC ? ENOSPC : EIO;

      g_error_free (local_error);
      return set_file_error (error, code);
    }
  /* Gone from the folder at once: the space comes back however the import ends. */
  g_unlink (path);
  return TRUE;
}

/* Sorts the chunk and appends it to the temporary file as one run. */
static gboolean
write_run (TiersRecordSort *sort,
           Chunk           *chunk,
           GError         **error)
{
  g_autofree guint8 *out = g_malloc (WRITE_BUFFER);
  guint64 start;
  gsize filled = 0;

  sort_chunk (sort, chunk);
  start = sort->file_end;
  for (guint i = 0; i < chunk->entries->len; i++)
    {
      const Entry *e = &g_array_index (chunk->entries, Entry, i);
      const RecordHeader *h = header_at (chunk->data, e->offset);
      gsize n = sizeof *h + h->size;

      if (filled + n > WRITE_BUFFER)
        {
          if (!write_all (sort, out, filled, error))
            return FALSE;
          filled = 0;
        }
      if (n > WRITE_BUFFER)
        {
          if (!write_all (sort, (const guint8 *) h, n, error))
            return FALSE;
          continue;
        }
      memcpy (out + filled, h, n);
      filled += n;
    }
  if (!write_all (sort, out, filled, error))
    return FALSE;
  g_array_append_val (sort->runs, start);
  g_array_append_val (sort->runs, sort->file_end);
  g_array_set_size (chunk->entries, 0);
  chunk->used = 0;
  return TRUE;
}

static gpointer
writer_thread (gpointer data)
{
  TiersRecordSort *sort = data;

  write_run (sort, &sort->spare, &sort->writer_error);
  return NULL;
}

/* Waits for the run being written; FALSE with its error if writing it failed. */
static gboolean
join_writer (TiersRecordSort *sort,
             GError         **error)
{
  if (sort->writer != NULL)
    g_thread_join (sort->writer);
  sort->writer = NULL;
  if (sort->writer_error != NULL)
    {
      g_propagate_error (error, sort->writer_error);
      sort->writer_error = NULL;
      return FALSE;
    }
  return TRUE;
}

/* The full chunk goes to the writer; the caller goes on in the other one. */
static gboolean
hand_over (TiersRecordSort *sort,
           GError         **error)
{
  Chunk full = sort->chunk;

  if (!join_writer (sort, error) || !open_file (sort, error))
    return FALSE;
  sort->chunk = sort->spare;
  sort->spare = full;
  if (sort->chunk.data == NULL || sort->chunk.size < sort->spare.size)
    {
      g_free (sort->chunk.data);
      sort->chunk.size = sort->spare.size;
      sort->chunk.data = g_malloc (sort->chunk.size);
    }
  sort->writer = g_thread_new ("tiers-sort-writer", writer_thread, sort);
  return TRUE;
}

gpointer
tiers_record_sort_add (TiersRecordSort *sort,
                       guint64          key,
                       gsize            size,
                       GError         **error)
{
  gsize need;
  RecordHeader *h;
  Entry e;

  g_return_val_if_fail (!sort->finished, NULL);
  g_return_val_if_fail (size % 8 == 0, NULL);

  need = sizeof (RecordHeader) + size;
  if (sort->chunk.used + need > sort->chunk.size && sort->chunk.entries->len > 0 &&
      !hand_over (sort, error))
    return NULL;
  if (need > sort->chunk.size)
    {
      /* One record larger than the chunk: the chunk grows to hold it alone. */
      sort->chunk.size = need;
      sort->chunk.data = g_realloc (sort->chunk.data, need);
    }
  h = (RecordHeader *) (void *) (sort->chunk.data + sort->chunk.used);   /* see header_at () */
  h->key = key;
  h->size = size;
  /* Callers round their records up to 8 bytes and leave the rest unwritten: zeroed, the
   * padding goes to the temporary file as zeros, not as whatever the chunk held before. */
  if (size > 0)
    memset ((guint8 *) (h + 1) + size - 8, 0, 8);
  e.key = key;
  e.offset = sort->chunk.used;
  g_array_append_val (sort->chunk.entries, e);
  sort->chunk.used += need;
  sort->count++;
  return h + 1;
}

/* Makes the cursor's next record whole in its buffer; FALSE with *error on a read failure.
 * An exhausted cursor has len 0. */
static gboolean
cursor_load (TiersRecordSort *sort,
             Cursor          *c,
             GError         **error)
{
  gsize want = sizeof (RecordHeader);

  for (;;)
    {
      if (c->len >= sizeof (RecordHeader))
        want = sizeof (RecordHeader) + header_at (c->buf, c->start)->size;
      if (c->len >= want || c->pos == c->end)
        return TRUE;
      if (c->start > 0)
        {
          memmove (c->buf, c->buf + c->start, c->len);
          c->start = 0;
        }
      if (want > c->buf_size)
        {
          c->buf_size = want;
          c->buf = g_realloc (c->buf, want);
        }
      while (c->len < c->buf_size && c->pos < c->end)
        {
          gsize n = (gsize) MIN ((guint64) (c->buf_size - c->len), c->end - c->pos);
          gssize got = pread (sort->fd, c->buf + c->len, n, (off_t) c->pos);

          if (got < 0 && errno == EINTR)
            continue;
          if (got <= 0)
            return set_file_error (error, got < 0 ? errno : EIO);
          c->len += (gsize) got;
          c->pos += (guint64) got;
        }
    }
}

static const RecordHeader *
cursor_record (Cursor *c)
{
  return header_at (c->buf, c->start);
}

static gboolean
heap_less (TiersRecordSort *sort,
           guint            a,
           guint            b)
{
  return compare_records (sort, cursor_record (&sort->cursors[sort->heap[a]]),
                          cursor_record (&sort->cursors[sort->heap[b]])) < 0;
}

static void
heap_sift_down (TiersRecordSort *sort,
                guint            i)
{
  for (;;)
    {
      guint smallest = i, l = 2 * i + 1, r = 2 * i + 2, t;

      if (l < sort->heap_len && heap_less (sort, l, smallest))
        smallest = l;
      if (r < sort->heap_len && heap_less (sort, r, smallest))
        smallest = r;
      if (smallest == i)
        return;
      t = sort->heap[i];
      sort->heap[i] = sort->heap[smallest];
      sort->heap[smallest] = t;
      i = smallest;
    }
}

gboolean
tiers_record_sort_finish (TiersRecordSort *sort,
                          GError         **error)
{
  guint n_runs;
  gsize buf_size;

  g_return_val_if_fail (!sort->finished, FALSE);
  sort->finished = TRUE;
  if (!join_writer (sort, error))
    return FALSE;
  if (sort->runs->len == 0)
    {
      sort_chunk (sort, &sort->chunk);
      return TRUE;
    }
  if (sort->chunk.entries->len > 0 && !write_run (sort, &sort->chunk, error))
    return FALSE;
  /* The chunks' memory goes back before the merge takes its buffers. */
  g_clear_pointer (&sort->chunk.data, g_free);
  g_clear_pointer (&sort->spare.data, g_free);
  n_runs = sort->runs->len / 2;
  buf_size = MAX (MIN_RUN_BUFFER, MERGE_BUFFERS_BYTES / n_runs);
  sort->cursors = g_new0 (Cursor, n_runs);
  sort->heap = g_new (guint, n_runs);
  for (guint r = 0; r < n_runs; r++)
    {
      Cursor *c = &sort->cursors[r];

      c->pos = g_array_index (sort->runs, guint64, 2 * r);
      c->end = g_array_index (sort->runs, guint64, 2 * r + 1);
      c->buf_size = buf_size;
      c->buf = g_malloc (buf_size);
      if (!cursor_load (sort, c, error))
        return FALSE;
      if (c->len > 0)
        sort->heap[sort->heap_len++] = r;
    }
  for (guint i = sort->heap_len / 2; i-- > 0; )
    heap_sift_down (sort, i);
  return TRUE;
}

gconstpointer
tiers_record_sort_next (TiersRecordSort *sort,
                        GError         **error)
{
  Cursor *top;

  g_return_val_if_fail (sort->finished, NULL);

  if (sort->cursors == NULL)
    {
      const Entry *e;

      if (sort->next_entry >= sort->chunk.entries->len)
        return NULL;
      e = &g_array_index (sort->chunk.entries, Entry, sort->next_entry++);
      return header_at (sort->chunk.data, e->offset) + 1;
    }
  if (sort->given && sort->heap_len > 0)
    {
      /* Past the record given last; only now may its buffer move. */
      gsize n;

      top = &sort->cursors[sort->heap[0]];
      n = sizeof (RecordHeader) + cursor_record (top)->size;
      top->start += n;
      top->len -= n;
      if (!cursor_load (sort, top, error))
        return NULL;
      if (top->len == 0)
        sort->heap[0] = sort->heap[--sort->heap_len];
      heap_sift_down (sort, 0);
    }
  sort->given = TRUE;
  if (sort->heap_len == 0)
    return NULL;
  return cursor_record (&sort->cursors[sort->heap[0]]) + 1;
}
