/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period.h: evaluation periods (docs/grading.md, "Periods"): a year, a half-year, a
 * quarter or a month, both ends included. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TIERS_PERIOD_YEAR,
  TIERS_PERIOD_HALF,
  TIERS_PERIOD_QUARTER,
  TIERS_PERIOD_MONTH,
} TiersPeriodKind;

typedef struct
{
  TiersPeriodKind kind;
  int             year;   /* 1..9999 */
  int             index;  /* 1 for a year; 1..2 half; 1..4 quarter; 1..12 month */
} TiersPeriod;

gboolean  tiers_period_parse        (const char        *text,
                                     TiersPeriod       *period,
                                     GError           **error);
char     *tiers_period_to_string    (const TiersPeriod *period);
char     *tiers_period_to_label     (const TiersPeriod *period);
void      tiers_period_bounds       (const TiersPeriod *period,
                                     GDate             *first,
                                     GDate             *last);
void      tiers_period_bounds_iso   (const TiersPeriod *period,
                                     char               first[11],
                                     char               last[11]);
TiersPeriod tiers_period_previous   (const TiersPeriod *period);
TiersPeriod tiers_period_next       (const TiersPeriod *period);
TiersPeriod tiers_period_containing (TiersPeriodKind    kind,
                                     const GDate       *date);
int       tiers_period_compare      (const TiersPeriod *a,
                                     const TiersPeriod *b);
gboolean  tiers_period_equal        (const TiersPeriod *a,
                                     const TiersPeriod *b);

gboolean  tiers_date_parse          (const char        *text,
                                     GDate             *date);

G_END_DECLS
