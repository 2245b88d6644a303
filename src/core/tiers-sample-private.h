/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample-private.h: what the sample data generator's files share: its own random
 * number generator and the tables of names, items and phrases. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SplitMix64, written out here rather than g_random_*, whose algorithm GLib may change:
 * the same seed must give the same data in every version, on every machine. */
typedef struct
{
  guint64 state;
} TiersSampleRng;

void     tiers_sample_rng_init    (TiersSampleRng *rng,
                                   guint64         seed,
                                   guint64         stream);
guint64  tiers_sample_rng_next    (TiersSampleRng *rng);
double   tiers_sample_rng_uniform (TiersSampleRng *rng);
double   tiers_sample_rng_range   (TiersSampleRng *rng,
                                   double          low,
                                   double          high);
guint    tiers_sample_rng_below   (TiersSampleRng *rng,
                                   guint           n);
gboolean tiers_sample_rng_chance  (TiersSampleRng *rng,
                                   double          probability);
double   tiers_sample_rng_normal  (TiersSampleRng *rng);

typedef struct
{
  const char *name;          /* as stored in the suppliers file */
  const char *item_prefix;   /* item codes PREFIX-1001 ... */
  const char *word_en;       /* in English company names */
  const char *word_zh;       /* in Chinese company names */
  const char *word_domain;   /* in e-mail domains */
  double      price_low;     /* market unit prices of the category's items */
  double      price_high;
  double      qty_low;       /* usual order quantities */
  double      qty_high;
  double      qty_step;      /* orders are placed in multiples of this */
  gboolean    transport;     /* a carrier: its incidents are about transport */
} TiersSampleCategory;

extern const TiersSampleCategory tiers_sample_categories[];
extern const guint               tiers_sample_n_categories;

typedef struct
{
  char *name;
  char *contact;
  char *email;
  char *phone;
} TiersSampleIdentity;

/* A company name unique among `used` (which it extends), a contact person, e-mail and phone
 * that fit the company's country. */
void        tiers_sample_identity_make  (TiersSampleRng            *rng,
                                         const TiersSampleCategory *category,
                                         GHashTable                *used,
                                         guint                      number,
                                         TiersSampleIdentity       *identity);
void        tiers_sample_identity_clear (TiersSampleIdentity       *identity);

typedef enum
{
  TIERS_SAMPLE_MINOR,
  TIERS_SAMPLE_MAJOR,
  TIERS_SAMPLE_CRITICAL,
} TiersSampleSeverity;

const char *tiers_sample_severity_name      (TiersSampleSeverity severity);
const char *tiers_sample_incident_text      (TiersSampleRng            *rng,
                                             const TiersSampleCategory *category,
                                             TiersSampleSeverity        severity);
/* May be NULL: not every row has a comment. */
const char *tiers_sample_feedback_comment   (TiersSampleRng     *rng,
                                             double              rating);
const char *tiers_sample_rating_comment     (TiersSampleRng     *rng,
                                             double              rating);
guint       tiers_sample_n_evaluators       (void);
const char *tiers_sample_evaluator          (guint               index);

G_END_DECLS
