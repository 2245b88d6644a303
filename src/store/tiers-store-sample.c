/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-sample.c: loading the demonstration data into an empty database. The five
 * generated documents go through the importer like a user's files, so the sample is held to
 * the same rules, inside one transaction: either all of it lands or none. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-import.h"
#include "tiers-store-private.h"
#include "tiers-store-sample.h"

/* The generator's documents come in the importer's order, kind for kind. */
G_STATIC_ASSERT ((int) TIERS_SAMPLE_N_DOCUMENTS == (int) TIERS_N_IMPORT_KINDS);
G_STATIC_ASSERT ((int) TIERS_SAMPLE_RECEIPTS == (int) TIERS_IMPORT_RECEIPTS);
G_STATIC_ASSERT ((int) TIERS_SAMPLE_RATINGS == (int) TIERS_IMPORT_RATINGS);

/* Sample data mixed into a user's own suppliers would pass for real evaluations. */
static gboolean
check_empty (TiersStore *store,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT EXISTS (SELECT 1 FROM supplier)", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  if (sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("The database already holds suppliers; sample data is loaded only "
                     "into an empty database, so it never mixes with real data"));
      return FALSE;
    }
  return TRUE;
}

/* A scheme set up before the sample without the criterion the evaluators rate (or with a
 * smaller scale) gets the sample without ratings, rather than no sample at all. */
static gboolean
scheme_takes_ratings (TiersStore *store,
                      gboolean   *takes,
                      GError    **error)
{
  g_autoptr(TiersScheme) scheme = tiers_store_load_scheme (store, NULL, error);
  const TiersCriterion *criterion;

  if (scheme == NULL)
    return FALSE;
  criterion = tiers_scheme_find_criterion (scheme, TIERS_SAMPLE_RATING_CRITERION);
  *takes = criterion != NULL &&
           tiers_criterion_rating_max (criterion) >= TIERS_SAMPLE_RATING_MAX;
  return TRUE;
}

static gboolean
import_document (TiersStore         *store,
                 const TiersSample  *sample,
                 TiersSampleDocument document,
                 guint64            *rows,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(GBytes) bytes = tiers_sample_get_document (sample, document);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autofree char *name = g_strdup_printf ("sample-%s.csv",
                                           tiers_sample_document_kind (document));
  TiersImportResult result = { 0 };
  gboolean ok;

  ok = tiers_store_import_stream (store, (TiersImportKind) document, name, stream,
                                  TIERS_IMPORT_FLAGS_NONE, NULL, NULL, cancellable,
                                  &result, error);
  *rows = result.rows_imported;
  tiers_import_result_clear (&result);
  return ok;
}

gboolean
tiers_store_load_sample_full (TiersStore               *store,
                              const TiersSampleOptions *options,
                              guint64                   rows[TIERS_SAMPLE_N_DOCUMENTS],
                              GCancellable             *cancellable,
                              GError                  **error)
{
  g_autoptr(TiersSample) sample = NULL;
  guint64 counts[TIERS_SAMPLE_N_DOCUMENTS] = { 0 };
  gboolean with_ratings = TRUE;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  sample = tiers_sample_generate (options, error);
  if (sample == NULL)
    return FALSE;
  if (!tiers_store_begin (store, error))
    return FALSE;
  if (!check_empty (store, error) || !scheme_takes_ratings (store, &with_ratings, error))
    goto fail;
  for (guint d = 0; d < TIERS_SAMPLE_N_DOCUMENTS; d++)
    {
      g_autoptr(GError) local_error = NULL;

      if (d == TIERS_SAMPLE_RATINGS && !with_ratings)
        continue;
      if (!g_cancellable_is_cancelled (cancellable) &&
          import_document (store, sample, d, &counts[d], cancellable, &local_error))
        continue;
      /* The importer would name one of the generated files; the user asked for all. */
      if (local_error == NULL || g_error_matches (local_error, TIERS_ERROR,
                                                  TIERS_ERROR_CANCELLED))
        g_set_error (error, TIERS_ERROR, TIERS_ERROR_CANCELLED,
                     _("Loading the sample data was cancelled; nothing was stored"));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("The sample data could not be loaded: %s"), local_error->message);
      goto fail;
    }
  if (!tiers_store_commit (store, error))
    return FALSE;
  if (rows != NULL)
    memcpy (rows, counts, sizeof counts);
  return TRUE;

fail:
  tiers_store_rollback (store);
  return FALSE;
}

gboolean
tiers_store_load_sample (TiersStore               *store,
                         const TiersSampleOptions *options,
                         GCancellable             *cancellable,
                         GError                  **error)
{
  return tiers_store_load_sample_full (store, options, NULL, cancellable, error);
}
