/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample.h: realistic, deterministic demonstration data: suppliers in categories, items
 * with market prices, receipts, incidents, feedback and evaluators' ratings, from suppliers
 * whose reliability, quality, price level and service differ so their grades spread A to D. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint   suppliers;  /* how many suppliers */
  guint   years;      /* how many years of history, ending at `until` */
  guint64 seed;       /* the same seed and options give the same data, byte for byte */
  GDate   until;      /* the last day of data */
} TiersSampleOptions;

/* Defaults: 80 suppliers, 3 years, seed 1, until the end of the last complete quarter. */
void tiers_sample_options_init (TiersSampleOptions *options);

G_END_DECLS
