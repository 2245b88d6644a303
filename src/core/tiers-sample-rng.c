/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample-rng.c: the sample data's random numbers: SplitMix64 and a few distributions
 * built from plain arithmetic, so the same seed gives the same bytes everywhere. */
#define G_LOG_DOMAIN "tiers-sample"

#include "config.h"

#include "tiers-sample-private.h"

/* Each stream (a supplier, the market) gets its own generator, so adding suppliers leaves
 * the data of the others as it was. */
void
tiers_sample_rng_init (TiersSampleRng *rng,
                       guint64         seed,
                       guint64         stream)
{
  rng->state = seed ^ (stream * G_GUINT64_CONSTANT (0xd1b54a32d192ed03));
  /* Mix once so that neighbouring seeds and streams start far apart. */
  tiers_sample_rng_next (rng);
}

guint64
tiers_sample_rng_next (TiersSampleRng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* [0, 1) with 53 random bits. */
double
tiers_sample_rng_uniform (TiersSampleRng *rng)
{
  return (double) (tiers_sample_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

double
tiers_sample_rng_range (TiersSampleRng *rng,
                        double          low,
                        double          high)
{
  return low + (high - low) * tiers_sample_rng_uniform (rng);
}

/* 0 .. n - 1; the modulo bias of 64 bits over small n is far below anything visible. */
guint
tiers_sample_rng_below (TiersSampleRng *rng,
                        guint           n)
{
  g_assert (n > 0);
  return (guint) (tiers_sample_rng_next (rng) % n);
}

gboolean
tiers_sample_rng_chance (TiersSampleRng *rng,
                         double          probability)
{
  return tiers_sample_rng_uniform (rng) < probability;
}

/* Roughly standard normal (Irwin-Hall: twelve uniforms minus six), within -6..6. Sums only,
 * no libm, so no platform's last-bit differences can creep into the data. */
double
tiers_sample_rng_normal (TiersSampleRng *rng)
{
  double sum = 0;

  for (int i = 0; i < 12; i++)
    sum += tiers_sample_rng_uniform (rng);
  return sum - 6.0;
}
