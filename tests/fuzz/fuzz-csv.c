/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv.c: libFuzzer harness for the CSV reader. The first byte picks how many bytes each
 * read hands out; the rest is the file. Every field of every record is read back, and the
 * hash taken at the end, as an import does. */
#include "config.h"

#include <string.h>

#include "fuzz-stream.h"
#include "tiers-csv.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_make_warnings_fatal ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(TiersCsvReader) reader = NULL;
  gsize chunk;
  TiersCsvStatus status;
  guint64 last_line = 0;

  if (size == 0)
    return 0;
  chunk = data[0] % 17;   /* 0: whole reads; 1..16: short reads */
  stream = fuzz_chunk_stream_new (data + 1, size - 1, chunk);
  reader = tiers_csv_reader_new (stream);

  while ((status = tiers_csv_reader_next (reader, NULL, NULL)) != TIERS_CSV_END)
    {
      guint64 line = tiers_csv_reader_get_line (reader);

      g_assert (status != TIERS_CSV_ERROR);
      /* Records come in order, and a problem never points before the record it is in. */
      g_assert (line >= 1 && line >= last_line);
      last_line = line;
      if (status == TIERS_CSV_BAD)
        {
          g_assert (tiers_csv_reader_get_problem (reader) != NULL);
          continue;
        }
      for (guint i = 0; i < tiers_csv_reader_get_n_fields (reader); i++)
        {
          const char *field = tiers_csv_reader_get_field (reader, i);

          g_assert (strlen (field) == tiers_csv_reader_get_field_length (reader, i));
          g_assert (g_utf8_validate (field, -1, NULL));
        }
    }
  g_assert (strlen (tiers_csv_reader_get_sha256 (reader)) == 64);
  g_assert (tiers_csv_reader_get_bytes_read (reader) <= size - 1);
  return 0;
}
