/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-alternatives.h: where a purchasing manager could move orders from a C or D supplier
 * (docs/grading.md, "Alternatives"): the A and B suppliers of its category in the period,
 * best score first, with their share of the category's spend. Pure: from the period's
 * evaluation, the review's adjustments and the suppliers' details. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-supplier-details.h"

G_BEGIN_DECLS

typedef struct
{
  char       *code;
  char       *name;
  TiersGrade  grade;     /* the grade shown: adjusted where a manager set one */
  double      score;
  double      share;     /* of the category's spend in the period, 0..1 (0 without spend) */
} TiersAlternative;

/* Whether a supplier shown in GRADE gets alternatives: C and D. */
gboolean  tiers_alternatives_wanted (TiersGrade             grade);
/* The alternatives (of TiersAlternative) to the supplier CODE of EVALUATION: empty when it is
 * not shown as C or D, or not evaluated. Sorted by score, highest first, then by code in
 * byte order. DETAILS (may be NULL: every share 0) holds the period's spend; ADJUSTED
 * (supplier code -> TiersOverride, may be NULL) the review's grades. */
GArray   *tiers_alternatives_find   (const TiersEvaluation *evaluation,
                                     const GPtrArray       *details,
                                     GHashTable            *adjusted,
                                     const char            *code);

G_END_DECLS
