/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sample-rows.h: what the sample data tests share: fixed options, and reading a generated
 * document row by row with the project's CSV reader. */
#pragma once

#include <gio/gio.h>

#include "tiers-csv.h"
#include "tiers-period.h"
#include "tiers-sample.h"

/* A fixed last day, so the checks below do not change with the day the tests run. */
static inline void
options_for (TiersSampleOptions *options,
             guint               suppliers,
             guint               years,
             guint64             seed)
{
  tiers_sample_options_init (options);
  options->suppliers = suppliers;
  options->years = years;
  options->seed = seed;
  g_date_set_dmy (&options->until, 30, G_DATE_SEPTEMBER, 2026);
}

static inline TiersSample *
generate (const TiersSampleOptions *options)
{
  g_autoptr(GError) error = NULL;
  TiersSample *sample = tiers_sample_generate (options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sample);
  return sample;
}

/* Reading a document with the project's CSV reader: each row as column -> value. */
typedef void (*RowFunc) (GHashTable *row, guint64 line, gpointer data);

static inline guint
for_each_row (const TiersSample  *sample,
              TiersSampleDocument document,
              RowFunc             func,
              gpointer            data)
{
  g_autoptr(GBytes) bytes = tiers_sample_get_document (sample, document);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(TiersCsvReader) reader = tiers_csv_reader_new (stream);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  TiersCsvStatus status;
  guint rows = 0;

  g_assert_cmpint (tiers_csv_reader_next (reader, NULL, &error), ==, TIERS_CSV_RECORD);
  for (guint i = 0; i < tiers_csv_reader_get_n_fields (reader); i++)
    g_ptr_array_add (header, g_strdup (tiers_csv_reader_get_field (reader, i)));

  while ((status = tiers_csv_reader_next (reader, NULL, &error)) == TIERS_CSV_RECORD)
    {
      g_autoptr(GHashTable) row = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (tiers_csv_reader_get_n_fields (reader), ==, header->len);
      for (guint i = 0; i < header->len; i++)
        g_hash_table_insert (row, header->pdata[i], tiers_csv_reader_get_field (reader, i));
      func (row, tiers_csv_reader_get_line (reader), data);
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, TIERS_CSV_END);
  g_assert_cmpuint (rows, ==, tiers_sample_get_row_count (sample, document));
  return rows;
}

static inline const char *
get (GHashTable *row,
     const char *column)
{
  const char *value = g_hash_table_lookup (row, column);

  g_assert_nonnull (value);
  return value;
}

static inline double
get_number (GHashTable *row,
            const char *column)
{
  char *end = NULL;
  double v = g_ascii_strtod (get (row, column), &end);

  g_assert_true (end != NULL && *end == '\0');
  return v;
}

static inline guint32
get_day (GHashTable *row,
         const char *column)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (tiers_date_parse (get (row, column), &date));
  return g_date_get_julian (&date);
}
