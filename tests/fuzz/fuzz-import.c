/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-import.c: libFuzzer harness for one importer (FUZZ_IMPORT_KIND, set by the build: one
 * program per kind). Each input is imported, through the same API as the window and the CLI,
 * into an in-memory database that holds a few suppliers, so rows that name them get past the
 * supplier check into the writing code. A refused file must leave nothing behind, so the
 * database is only made afresh after a file that landed (opening one costs more than most
 * imports). */
#include "config.h"

#include "fuzz-stream.h"
#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store.h"
#include "tiers-store-suppliers.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char known_suppliers[] =
  "code,name,category\n"
  "S1,Apex,bolts\n"
  "S2,\"Bolt, Inc\",bolts\n"
  "A1,Alpha One,nuts\n";

static TiersStore *shared_store;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_make_warnings_fatal ();
  return 0;
}

static TiersStore *
open_with_suppliers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) seed = NULL;
  TiersStore *fresh = tiers_store_open (":memory:", &error);
  TiersImportResult result = { 0 };

  g_assert_no_error (error);
  seed = g_memory_input_stream_new_from_data (known_suppliers, sizeof known_suppliers - 1, NULL);
  tiers_store_import_stream (fresh, TIERS_IMPORT_SUPPLIERS, "seed.csv", seed, 0, NULL, NULL,
                             NULL, &result, &error);
  g_assert_no_error (error);
  tiers_import_result_clear (&result);
  return fresh;
}

static guint64
count_suppliers (TiersStore *store)
{
  guint64 count = 0;

  g_assert_true (tiers_store_count_suppliers (store, &count, NULL));
  return count;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };
  TiersImportFlags flags;
  TiersStore *store;
  guint64 before;
  gboolean ok;

  if (size == 0)
    return 0;
  if (shared_store == NULL)
    shared_store = open_with_suppliers ();
  store = shared_store;
  before = count_suppliers (store);

  /* The first byte picks the flags and the read size; the rest is the file. */
  flags = data[0] & (TIERS_IMPORT_SKIP_DUPLICATES | TIERS_IMPORT_CHECK_ONLY);
  stream = fuzz_chunk_stream_new (data + 1, size - 1, (data[0] >> 2) % 9);
  ok = tiers_store_import_stream (store, FUZZ_IMPORT_KIND, "fuzz.csv", stream, flags, NULL,
                                  NULL, NULL, &result, &error);
  if (ok)
    g_assert_no_error (error);
  else
    {
      g_assert (error != NULL && error->domain == TIERS_ERROR);
      g_assert (error->message != NULL && *error->message != '\0');
      g_assert_cmpuint (result.rows_imported, ==, 0);
    }
  g_assert (result.problems != NULL);
  g_assert_cmpuint (result.problems->len, <=, TIERS_IMPORT_MAX_PROBLEMS);
  for (guint i = 0; i < result.problems->len; i++)
    g_assert (g_str_has_prefix (g_ptr_array_index (result.problems, i), "fuzz.csv:"));

  /* Suppliers are never lost, and only a suppliers file that landed adds any. */
  if (FUZZ_IMPORT_KIND != TIERS_IMPORT_SUPPLIERS || !ok || (flags & TIERS_IMPORT_CHECK_ONLY))
    g_assert_cmpuint (count_suppliers (store), ==, before);
  else
    g_assert_cmpuint (count_suppliers (store), >=, before);
  tiers_import_result_clear (&result);

  if (ok && !(flags & TIERS_IMPORT_CHECK_ONLY))
    g_clear_pointer (&shared_store, tiers_store_close);
  return 0;
}
