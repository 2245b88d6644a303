/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-stream.h: what the fuzzing harnesses share: an input stream that hands out a few bytes
 * per read (so records cross every buffer boundary), and warnings made fatal. */
#pragma once

#include <gio/gio.h>

/* The stream of data[0..length), read at most `chunk` bytes at a time (0: all at once). */
GInputStream *fuzz_chunk_stream_new (const guint8 *data,
                                     gsize         length,
                                     gsize         chunk);

/* A critical or a warning is a bug the fuzzer should report as a crash. */
void          fuzz_make_warnings_fatal (void);
