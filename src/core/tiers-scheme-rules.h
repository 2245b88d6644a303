/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme-rules.h: the rules a grading scheme must keep (docs/formats.md, "The grading
 * scheme file"), one check per setting, per criterion and per scheme. The key file loader and the criteria editor both ask
 * these, so a scheme file and the window refuse the same things for the same reasons. */
#pragma once

#include <glib.h>

#include "tiers-scheme.h"

G_BEGIN_DECLS

/* One rule per reason a scheme can be refused for, in the order tiers_scheme_check asks them:
 * the settings, then each criterion in turn, then the weights all together. */
typedef enum
{
  TIERS_SCHEME_RULE_SCHEME_NAME,
  TIERS_SCHEME_RULE_GRADE_A_RANGE,
  TIERS_SCHEME_RULE_GRADE_B_RANGE,
  TIERS_SCHEME_RULE_GRADE_C_RANGE,
  TIERS_SCHEME_RULE_GRADE_A_ABOVE_B,
  TIERS_SCHEME_RULE_GRADE_B_ABOVE_C,
  TIERS_SCHEME_RULE_MIN_RECEIPTS,
  TIERS_SCHEME_RULE_GRACE_DAYS,
  TIERS_SCHEME_RULE_QUANTITY_TOLERANCE,
  TIERS_SCHEME_RULE_SMOOTHING,
  TIERS_SCHEME_RULE_DOWNGRADE_AFTER,
  TIERS_SCHEME_RULE_NO_CRITERIA,
  TIERS_SCHEME_RULE_CRITERION_KEY,
  TIERS_SCHEME_RULE_CRITERION_NAME,
  TIERS_SCHEME_RULE_WEIGHT,
  TIERS_SCHEME_RULE_METHOD,
  TIERS_SCHEME_RULE_BEST_WORST_NUMBERS,
  TIERS_SCHEME_RULE_BEST_EQUALS_WORST,
  TIERS_SCHEME_RULE_NO_BANDS,
  TIERS_SCHEME_RULE_BANDS_UNREADABLE,
  TIERS_SCHEME_RULE_BAND_SCORE,
  TIERS_SCHEME_RULE_BAND_THRESHOLD_TWICE,
  TIERS_SCHEME_RULE_SCALE,
  TIERS_SCHEME_RULE_KEY_TAKEN,
  TIERS_SCHEME_RULE_NO_WEIGHT,
  TIERS_N_SCHEME_RULES
} TiersSchemeRule;

/* What is wrong, and where: in a criterion's section or the [Scheme] one, at one key of it
 * or at the section as a whole (for a criterion, that is its key in the section's name). */
typedef struct
{
  TiersSchemeRule  rule;
  char            *criterion;  /* the criterion's key, or NULL for [Scheme] */
  const char      *key;        /* "GradeA", "Best", "Bands"…, or NULL for the section */
  const char      *reason;     /* translated, static: a sentence that stands alone */
} TiersSchemeProblem;

TiersSchemeProblem *tiers_scheme_problem_new        (TiersSchemeRule           rule,
                                                     const char               *criterion);
void                tiers_scheme_problem_free       (TiersSchemeProblem       *problem);
/* As a scheme file's refusal names it: "[Criterion on_time] Best: Best and Worst must …". */
char               *tiers_scheme_problem_to_message (const TiersSchemeProblem *problem);

/* KEY is a key of the [Scheme] section ("Name", "GradeA", … "Smoothing"); NULL when its
 * value keeps the rules. The grade thresholds are also judged against the next one down. */
TiersSchemeProblem *tiers_scheme_check_setting      (const TiersScheme        *scheme,
                                                     const char               *key);
/* The criterion on its own: its key, name, weight, method and the method's parameters; the
 * first problem, or NULL. */
TiersSchemeProblem *tiers_criterion_check           (const TiersCriterion     *criterion);
/* Whether another criterion of SCHEME has the key of CRITERION. */
TiersSchemeProblem *tiers_scheme_check_criterion_key (const TiersScheme       *scheme,
                                                      const TiersCriterion    *criterion);
/* The whole scheme, in the order of TiersSchemeRule: the first problem, or NULL. This is
 * what tiers_scheme_validate reports. */
TiersSchemeProblem *tiers_scheme_check              (const TiersScheme        *scheme);

/* Sets the bands of CRITERION from "THRESHOLD:SCORE;THRESHOLD:SCORE;…" as a scheme file
 * writes them (empty text: no bands). When a band cannot be read, returns the problem and
 * leaves the bands read before it. */
TiersSchemeProblem *tiers_criterion_read_bands      (TiersCriterion           *criterion,
                                                     const char               *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSchemeProblem, tiers_scheme_problem_free)

G_END_DECLS
