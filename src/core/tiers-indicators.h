/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-indicators.h: the indicators of docs/grading.md ("Indicators"), per supplier and period,
 * each with the sample size behind it, computed from the per-supplier aggregates the store hands
 * over. A TiersIndicatorSet holds every indicator of every supplier for one period, so any scheme
 * with the same GraceDays and QuantityTolerance can be scored from it without raw data. */
#pragma once

#include <glib.h>

#include "tiers-blob.h"
#include "tiers-period.h"
#include "tiers-scheme.h"

G_BEGIN_DECLS

/* 16 bytes: a period's set holds 100,000 of them, and every evaluation as many again. */
typedef struct
{
  double   value;
  guint32  sample;     /* receipts, feedback rows or ratings the value stands on */
  gboolean has_value;
} TiersIndicatorValue;

/* What the store aggregates per supplier and period. */
typedef struct
{
  guint64 receipts;
  guint64 on_time;             /* received_date <= promised_date + GraceDays */
  double  days_late_sum;       /* sum of max (0, received_date - promised_date), in days */
  guint64 quantity_accurate;   /* abs (received - ordered) <= QuantityTolerance x ordered */
  double  received_qty;        /* sum */
  double  rejected_qty;        /* sum */
  double  value;               /* sum of unit_price x received_qty */
  double  reference_value;     /* sum of ref (item) x received_qty */
  double  incident_points;     /* minor 1, major 3, critical 10 */
  guint64 feedback_rows;
  double  feedback_rating_sum;
  guint64 response_rows;       /* feedback rows with response_hours */
  double  response_hours_sum;
} TiersSupplierFacts;

typedef struct
{
  const char          *key;    /* criterion key of the ratings; interned (g_intern_string) */
  TiersIndicatorValue  value;  /* mean rating, sample = ratings */
} TiersManualIndicator;

typedef struct
{
  const char          *code;             /* owned by the set */
  const char          *category;         /* owned by the set */
  gint64               supplier_id;     /* the store's id, 0 when not from a store */
  guint                category_index;  /* into TiersIndicatorSet.categories */
  guint64              receipts;
  TiersIndicatorValue  values[TIERS_N_INDICATORS];  /* [TIERS_INDICATOR_MANUAL] unused */
  /* The ratings by criterion key, sorted by key: n_manual of them, NULL if none. One block
   * of the supplier's own, not a GArray: a what-if reads 10,000 suppliers per process. */
  TiersManualIndicator *manual;
  guint                 n_manual;
} TiersSupplierIndicators;

/* The ratings left out of one supplier's manual criteria in the period because their
 * evaluator declared a conflict of interest with the supplier (docs/grading.md, "Conflicts of
 * interest"). */
typedef struct
{
  const char *code;        /* the supplier's; owned by the set */
  guint       ratings;     /* how many were left out, over every criterion key */
  GPtrArray  *evaluators;  /* of char*: who gave them, distinct, in byte order */
} TiersExcludedRatings;

typedef struct
{
  TiersPeriod  period;
  int          grace_days;
  double       quantity_tolerance;
  GPtrArray   *suppliers;    /* of TiersSupplierIndicators*, sorted by code in byte order */
  GPtrArray   *categories;   /* of char*, distinct, in order of first appearance */
  GHashTable  *category_ids; /* category -> index + 1 */
  GStringChunk *strings;     /* every code and category: one arena, not 20,000 blocks */
  GPtrArray   *blocks;       /* the suppliers' storage, SUPPLIER_BLOCK at a time */
  guint        block_used;   /* suppliers in the last block */
  guint        block_size;   /* room in the last block */
  GPtrArray   *excluded;     /* of TiersExcludedRatings*, by code; NULL while there are none */
} TiersIndicatorSet;

/* ref (item) of price_index: the median of sorted prices (even count: mean of the middle two). */
double   tiers_median_of_sorted        (const double        *sorted,
                                        gsize                n);
/* The same median of unsorted values, in linear time; reorders them. */
double   tiers_median                  (double              *values,
                                        gsize                n);

void     tiers_facts_to_indicators     (const TiersSupplierFacts *facts,
                                        TiersSupplierIndicators  *supplier);
void     tiers_supplier_indicators_add_manual (TiersSupplierIndicators *supplier,
                                               const char              *key,
                                               double                   rating_sum,
                                               guint64                  ratings);
/* The value a criterion scores: its indicator, or for manual the ratings of its key. */
const TiersIndicatorValue *
         tiers_supplier_indicators_get (const TiersSupplierIndicators *supplier,
                                        const TiersCriterion          *criterion);

TiersIndicatorSet *tiers_indicator_set_new   (const TiersPeriod *period,
                                              int                grace_days,
                                              double             quantity_tolerance);
TiersIndicatorSet *tiers_indicator_set_ref   (TiersIndicatorSet *set);
void               tiers_indicator_set_unref (TiersIndicatorSet *set);
/* Adds a supplier with no data yet; call tiers_indicator_set_sort once all are in. */
TiersSupplierIndicators *
                   tiers_indicator_set_add   (TiersIndicatorSet *set,
                                              const char        *code,
                                              const char        *category);
void               tiers_indicator_set_sort  (TiersIndicatorSet *set);
gboolean           tiers_indicator_set_find  (const TiersIndicatorSet *set,
                                              const char              *code,
                                              guint                   *index);
/* Counts one rating of EVALUATOR left out of SUPPLIER's manual criteria (a supplier of the
 * set). */
void               tiers_indicator_set_exclude_rating (TiersIndicatorSet             *set,
                                                       const TiersSupplierIndicators *supplier,
                                                       const char                    *evaluator);
/* The ratings left out for the supplier with CODE, or NULL when none were. */
const TiersExcludedRatings *
                   tiers_indicator_set_find_excluded  (const TiersIndicatorSet *set,
                                                       const char              *code);
/* Whether this cache can serve a scheme (the scheme settings indicators depend on). */
gboolean           tiers_indicator_set_fits  (const TiersIndicatorSet *set,
                                              const TiersScheme       *scheme);
GBytes            *tiers_indicator_set_serialize   (const TiersIndicatorSet *set);
TiersIndicatorSet *tiers_indicator_set_deserialize (const TiersPeriod *period,
                                                    GBytes            *bytes,
                                                    GError           **error);
/* The same, read from a source of length bytes through a small window: a cache read in
 * place from the database needs no copy of its own. */
TiersIndicatorSet *tiers_indicator_set_read        (const TiersPeriod *period,
                                                    TiersBlobRead      read,
                                                    gpointer           source,
                                                    gsize              length,
                                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersIndicatorSet, tiers_indicator_set_unref)

G_END_DECLS
