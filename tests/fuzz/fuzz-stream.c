/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-stream.c: the short-read input stream of the fuzzing harnesses. */
#include "config.h"

#include <string.h>

#include "fuzz-stream.h"

#define FUZZ_TYPE_CHUNK_STREAM (fuzz_chunk_stream_get_type ())
G_DECLARE_FINAL_TYPE (FuzzChunkStream, fuzz_chunk_stream, FUZZ, CHUNK_STREAM, GInputStream)

struct _FuzzChunkStream
{
  GInputStream  parent_instance;
  GBytes       *data;
  gsize         pos;
  gsize         chunk;
};

G_DEFINE_FINAL_TYPE (FuzzChunkStream, fuzz_chunk_stream, G_TYPE_INPUT_STREAM)

static gssize
fuzz_chunk_stream_read (GInputStream  *stream,
                        void          *buffer,
                        gsize          count,
                        GCancellable  *cancellable,
                        GError       **error)
{
  FuzzChunkStream *self = FUZZ_CHUNK_STREAM (stream);
  gsize size;
  const guint8 *data = g_bytes_get_data (self->data, &size);
  gsize n = MIN (count, size - self->pos);

  if (self->chunk > 0)
    n = MIN (n, self->chunk);
  if (n > 0)
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static gboolean
fuzz_chunk_stream_close (GInputStream  *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return TRUE;
}

static void
fuzz_chunk_stream_finalize (GObject *object)
{
  g_bytes_unref (FUZZ_CHUNK_STREAM (object)->data);
  G_OBJECT_CLASS (fuzz_chunk_stream_parent_class)->finalize (object);
}

static void
fuzz_chunk_stream_class_init (FuzzChunkStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fuzz_chunk_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = fuzz_chunk_stream_read;
  G_INPUT_STREAM_CLASS (klass)->close_fn = fuzz_chunk_stream_close;
}

static void
fuzz_chunk_stream_init (FuzzChunkStream *self)
{
}

GInputStream *
fuzz_chunk_stream_new (const guint8 *data,
                       gsize         length,
                       gsize         chunk)
{
  FuzzChunkStream *self = g_object_new (FUZZ_TYPE_CHUNK_STREAM, NULL);

  self->data = g_bytes_new (data, length);
  self->chunk = chunk;
  return G_INPUT_STREAM (self);
}

void
fuzz_make_warnings_fatal (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}
