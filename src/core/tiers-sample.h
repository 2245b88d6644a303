/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample.h: realistic, deterministic demonstration data: suppliers in categories, items
 * with market prices, receipts, incidents, feedback and evaluators' ratings, from suppliers
 * whose reliability, quality, price level and service differ so their grades spread A to D. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A demonstration, held in memory while it is generated: 1000 suppliers over 20 years are
 * about 1.5 million receipts. Larger data sets for benchmarks come from bench/. */
#define TIERS_SAMPLE_MAX_SUPPLIERS 1000
#define TIERS_SAMPLE_MAX_YEARS     20

/* The evaluators' ratings are for this criterion of the default scheme, from 0 to 5. */
#define TIERS_SAMPLE_RATING_CRITERION "cooperation"
#define TIERS_SAMPLE_RATING_MAX       5

typedef struct
{
  guint   suppliers;  /* how many suppliers */
  guint   years;      /* how many years of history, ending at `until` */
  guint64 seed;       /* the same seed and options give the same data, byte for byte */
  GDate   until;      /* the last day of data */
} TiersSampleOptions;

/* The five CSV documents of docs/formats.md, in the order they must be imported (the same
 * order as TiersImportKind). */
typedef enum
{
  TIERS_SAMPLE_SUPPLIERS,
  TIERS_SAMPLE_RECEIPTS,
  TIERS_SAMPLE_INCIDENTS,
  TIERS_SAMPLE_FEEDBACK,
  TIERS_SAMPLE_RATINGS,
  TIERS_SAMPLE_N_DOCUMENTS
} TiersSampleDocument;

typedef struct _TiersSample TiersSample;

/* Defaults: 80 suppliers, 3 years, seed 1, until the end of the last complete quarter. */
void         tiers_sample_options_init     (TiersSampleOptions       *options);
/* TIERS_ERROR_INVALID for 0 or too many suppliers, 0 or too many years, no valid `until`. */
gboolean     tiers_sample_options_validate (const TiersSampleOptions *options,
                                            GError                  **error);
/* The first day of data: the day after `until` minus `years` years. */
void         tiers_sample_options_get_start (const TiersSampleOptions *options,
                                             GDate                    *start);

/* Generates every document at once (they depend on each other); takes milliseconds, touches
 * no global state, so it may run in any thread. NULL with an error for invalid options. */
TiersSample *tiers_sample_generate         (const TiersSampleOptions *options,
                                            GError                  **error);
void         tiers_sample_free             (TiersSample              *sample);
/* The document as UTF-8 CSV text with a header row; the file name is "sample-KIND.csv". */
GBytes      *tiers_sample_get_document     (const TiersSample        *sample,
                                            TiersSampleDocument       document);
guint        tiers_sample_get_row_count    (const TiersSample        *sample,
                                            TiersSampleDocument       document);
const char  *tiers_sample_document_kind    (TiersSampleDocument       document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSample, tiers_sample_free)

G_END_DECLS
