/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme-rules.c: the rules a scheme keeps, each with the two ways it is said: after
 * "[Section] Key: " when a scheme file is refused, and on its own under a field of the
 * criteria page. tiers_scheme_validate is the whole set, as the key file loader asks it. */
#define G_LOG_DOMAIN "tiers-scheme"

#include "config.h"

#include "tiers-i18n.h"
#include <math.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-number.h"
#include "tiers-scheme-private.h"
#include "tiers-scheme-rules.h"

typedef struct
{
  gboolean    of_criterion;  /* a rule of a [Criterion KEY] section, else of [Scheme] */
  const char *key;           /* the key a refusal names; NULL: the section itself */
  const char *in_file;       /* follows "[Section] Key: " */
  const char *alone;         /* a sentence of its own */
} RuleText;

/* The file's wording is what supplier-tiers-cli has always printed, and stays so. */
static const RuleText rule_texts[] = {
  [TIERS_SCHEME_RULE_SCHEME_NAME] = {
    FALSE, "Name", N_("the scheme needs a name"), N_("The scheme needs a name") },
  [TIERS_SCHEME_RULE_GRADE_A_RANGE] = {
    FALSE, "GradeA", N_("a grade threshold lies between 0 and 100"),
    N_("The A threshold lies between 0 and 100") },
  [TIERS_SCHEME_RULE_GRADE_B_RANGE] = {
    FALSE, "GradeB", N_("a grade threshold lies between 0 and 100"),
    N_("The B threshold lies between 0 and 100") },
  [TIERS_SCHEME_RULE_GRADE_C_RANGE] = {
    FALSE, "GradeC", N_("a grade threshold lies between 0 and 100"),
    N_("The C threshold lies between 0 and 100") },
  [TIERS_SCHEME_RULE_GRADE_A_ABOVE_B] = {
    FALSE, "GradeA", N_("GradeA must be above GradeB"),
    N_("The A threshold must be above the B threshold") },
  [TIERS_SCHEME_RULE_GRADE_B_ABOVE_C] = {
    FALSE, "GradeB", N_("GradeB must be above GradeC"),
    N_("The B threshold must be above the C threshold") },
  [TIERS_SCHEME_RULE_MIN_RECEIPTS] = {
    FALSE, "MinReceipts", N_("must be a whole number of 0 or more"),
    N_("The minimum receipts must be a whole number of 0 or more") },
  [TIERS_SCHEME_RULE_GRACE_DAYS] = {
    FALSE, "GraceDays", N_("must be a whole number of 0 or more"),
    N_("The grace days must be a whole number of 0 or more") },
  [TIERS_SCHEME_RULE_QUANTITY_TOLERANCE] = {
    FALSE, "QuantityTolerance", N_("must be a fraction from 0 up to (not including) 1, as in 0.05"),
    N_("The quantity tolerance must be a fraction from 0 up to (not including) 1, as in 0.05") },
  [TIERS_SCHEME_RULE_SMOOTHING] = {
    FALSE, "Smoothing", N_("must lie above 0 and at most 1 (1 turns smoothing off)"),
    N_("Smoothing must lie above 0 and at most 1 (1 turns it off)") },
  [TIERS_SCHEME_RULE_DOWNGRADE_AFTER] = {
    FALSE, "DowngradeAfter",
    N_("must be a whole number of 1 or more (1 drops a grade at once)"),
    N_("Downgrade after must be a whole number of 1 or more (1 drops a grade at once)") },
  [TIERS_SCHEME_RULE_NO_CRITERIA] = {
    FALSE, NULL, N_("the scheme needs at least one criterion"),
    N_("The scheme needs at least one criterion") },
  [TIERS_SCHEME_RULE_CRITERION_KEY] = {
    TRUE, NULL, N_("a criterion key may hold only lower-case letters, digits and “_”"),
    N_("A criterion key may hold only lower-case letters, digits and “_”") },
  [TIERS_SCHEME_RULE_CRITERION_NAME] = {
    TRUE, "Name", N_("a criterion needs a name"), N_("A criterion needs a name") },
  [TIERS_SCHEME_RULE_WEIGHT] = {
    TRUE, "Weight", N_("the weight must be a number of 0 or more"),
    N_("The weight must be a number of 0 or more") },
  [TIERS_SCHEME_RULE_METHOD] = {
    TRUE, "Method", N_("unknown method"), N_("Unknown method") },
  [TIERS_SCHEME_RULE_BEST_WORST_NUMBERS] = {
    TRUE, "Best", N_("Best and Worst must be numbers"), N_("Best and Worst must be numbers") },
  [TIERS_SCHEME_RULE_BEST_EQUALS_WORST] = {
    TRUE, "Best", N_("Best and Worst must differ: one value scores 100, the other 0"),
    N_("Best and Worst must differ: one value scores 100, the other 0") },
  [TIERS_SCHEME_RULE_NO_BANDS] = {
    TRUE, "Bands", N_("the bands method needs at least one band"),
    N_("The bands method needs at least one band") },
  [TIERS_SCHEME_RULE_BANDS_UNREADABLE] = {
    TRUE, "Bands", N_("write THRESHOLD:SCORE;THRESHOLD:SCORE;… with numbers"),
    N_("Write THRESHOLD:SCORE;THRESHOLD:SCORE;… with numbers") },
  [TIERS_SCHEME_RULE_BAND_SCORE] = {
    TRUE, "Bands", N_("every band is THRESHOLD:SCORE with a score from 0 to 100"),
    N_("Every band is THRESHOLD:SCORE with a score from 0 to 100") },
  [TIERS_SCHEME_RULE_BAND_THRESHOLD_TWICE] = {
    TRUE, "Bands", N_("two bands have the same threshold"),
    N_("Two bands have the same threshold") },
  [TIERS_SCHEME_RULE_SCALE] = {
    TRUE, "Scale", N_("the scale must be a number above 0"),
    N_("The scale must be a number above 0") },
  [TIERS_SCHEME_RULE_KEY_TAKEN] = {
    TRUE, NULL, N_("two criteria have this key"), N_("Two criteria have this key") },
  [TIERS_SCHEME_RULE_NO_WEIGHT] = {
    FALSE, NULL, N_("all weights are 0: give at least one criterion a weight"),
    N_("All weights are 0: give at least one criterion a weight") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_texts) == TIERS_N_SCHEME_RULES);

static char *
refusal (const char *group,
         const char *key,
         const char *why)
{
  if (key != NULL)
    return g_strdup_printf ("[%s] %s: %s", group, key, why);
  return g_strdup_printf ("[%s]: %s", group, why);
}

gboolean
tiers_scheme_refuse (GError    **error,
                     const char *group,
                     const char *key,
                     const char *why)
{
  g_autofree char *message = refusal (group, key, why);

  g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID, message);
  return FALSE;
}

TiersSchemeProblem *
tiers_scheme_problem_new (TiersSchemeRule  rule,
                          const char      *criterion)
{
  TiersSchemeProblem *problem;

  g_return_val_if_fail (rule < TIERS_N_SCHEME_RULES, NULL);
  g_return_val_if_fail (criterion == NULL || rule_texts[rule].of_criterion, NULL);

  problem = g_new0 (TiersSchemeProblem, 1);
  problem->rule = rule;
  problem->criterion = g_strdup (criterion);
  problem->key = rule_texts[rule].key;
  problem->reason = _(rule_texts[rule].alone);
  return problem;
}

void
tiers_scheme_problem_free (TiersSchemeProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->criterion);
  g_free (problem);
}

char *
tiers_scheme_problem_to_message (const TiersSchemeProblem *problem)
{
  g_autofree char *group = NULL;

  g_return_val_if_fail (problem != NULL, NULL);

  group = rule_texts[problem->rule].of_criterion
          ? g_strconcat (CRITERION_PREFIX, problem->criterion ? problem->criterion : "", NULL)
          : g_strdup (SCHEME_GROUP);
  return refusal (group, problem->key, _(rule_texts[problem->rule].in_file));
}

gboolean
tiers_scheme_problem_refuse (const TiersSchemeProblem *problem,
                             GError                  **error)
{
  g_autofree char *message = tiers_scheme_problem_to_message (problem);

  g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
grade_in_range (double grade)
{
  return isfinite (grade) && grade >= 0 && grade <= 100;
}

/* Whether SCHEME breaks RULE, one of the rules of its own settings. */
static gboolean
setting_breaks (const TiersScheme *s,
                TiersSchemeRule    rule)
{
  switch (rule)
    {
    case TIERS_SCHEME_RULE_SCHEME_NAME:
      return s->name == NULL || *s->name == '\0';
    case TIERS_SCHEME_RULE_GRADE_A_RANGE:
      return !grade_in_range (s->grade_a);
    case TIERS_SCHEME_RULE_GRADE_B_RANGE:
      return !grade_in_range (s->grade_b);
    case TIERS_SCHEME_RULE_GRADE_C_RANGE:
      return !grade_in_range (s->grade_c);
    case TIERS_SCHEME_RULE_GRADE_A_ABOVE_B:
      return s->grade_a <= s->grade_b;
    case TIERS_SCHEME_RULE_GRADE_B_ABOVE_C:
      return s->grade_b <= s->grade_c;
    case TIERS_SCHEME_RULE_MIN_RECEIPTS:
      return s->min_receipts < 0;
    case TIERS_SCHEME_RULE_GRACE_DAYS:
      return s->grace_days < 0;
    case TIERS_SCHEME_RULE_QUANTITY_TOLERANCE:
      return !isfinite (s->quantity_tolerance) || s->quantity_tolerance < 0 ||
             s->quantity_tolerance >= 1;
    case TIERS_SCHEME_RULE_SMOOTHING:
      return !isfinite (s->smoothing) || s->smoothing <= 0 || s->smoothing > 1;
    case TIERS_SCHEME_RULE_DOWNGRADE_AFTER:
      return s->downgrade_after < 1;
    default:
      g_assert_not_reached ();
    }
}

/* The settings' rules in TiersSchemeRule order: a threshold outside 0..100 is said before
 * one that is not above the next. */
static TiersSchemeProblem *
check_settings (const TiersScheme *scheme,
                const char        *key)
{
  for (TiersSchemeRule rule = TIERS_SCHEME_RULE_SCHEME_NAME;
       rule <= TIERS_SCHEME_RULE_DOWNGRADE_AFTER; rule++)
    if ((key == NULL || strcmp (key, rule_texts[rule].key) == 0) &&
        setting_breaks (scheme, rule))
      return tiers_scheme_problem_new (rule, NULL);
  return NULL;
}

TiersSchemeProblem *
tiers_scheme_check_setting (const TiersScheme *scheme,
                            const char        *key)
{
  g_return_val_if_fail (scheme != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return check_settings (scheme, key);
}

static gboolean
key_is_valid (const char *key)
{
  if (key == NULL || *key == '\0')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

/* The first band rule BANDS break, band by band, or TIERS_N_SCHEME_RULES. */
static TiersSchemeRule
bands_broken (GArray *bands)
{
  if (bands->len == 0)
    return TIERS_SCHEME_RULE_NO_BANDS;
  for (guint i = 0; i < bands->len; i++)
    {
      const TiersBand *b = &g_array_index (bands, TiersBand, i);

      if (!isfinite (b->threshold) || !isfinite (b->score) || b->score < 0 || b->score > 100)
        return TIERS_SCHEME_RULE_BAND_SCORE;
      for (guint j = 0; j < i; j++)
        if (g_array_index (bands, TiersBand, j).threshold == b->threshold)
          return TIERS_SCHEME_RULE_BAND_THRESHOLD_TWICE;
    }
  return TIERS_N_SCHEME_RULES;
}

/* The first rule C breaks on its own, or TIERS_N_SCHEME_RULES. */
static TiersSchemeRule
criterion_broken (const TiersCriterion *c)
{
  if (!key_is_valid (c->key))
    return TIERS_SCHEME_RULE_CRITERION_KEY;
  if (c->name == NULL || *c->name == '\0')
    return TIERS_SCHEME_RULE_CRITERION_NAME;
  if (!isfinite (c->weight) || c->weight < 0)
    return TIERS_SCHEME_RULE_WEIGHT;

  switch (c->method)
    {
    case TIERS_METHOD_LINEAR:
      if (!isfinite (c->best) || !isfinite (c->worst))
        return TIERS_SCHEME_RULE_BEST_WORST_NUMBERS;
      if (c->best == c->worst)
        return TIERS_SCHEME_RULE_BEST_EQUALS_WORST;
      return TIERS_N_SCHEME_RULES;
    case TIERS_METHOD_BANDS:
      return bands_broken (c->bands);
    case TIERS_METHOD_SCALE:
      if (!isfinite (c->scale) || c->scale <= 0)
        return TIERS_SCHEME_RULE_SCALE;
      return TIERS_N_SCHEME_RULES;
    case TIERS_METHOD_RATIO:
      return TIERS_N_SCHEME_RULES;
    case TIERS_N_METHODS:
    default:
      return TIERS_SCHEME_RULE_METHOD;
    }
}

TiersSchemeProblem *
tiers_criterion_check (const TiersCriterion *criterion)
{
  TiersSchemeRule rule;

  g_return_val_if_fail (criterion != NULL, NULL);

  rule = criterion_broken (criterion);
  return rule < TIERS_N_SCHEME_RULES ? tiers_scheme_problem_new (rule, criterion->key) : NULL;
}

/* Whether a criterion of SCHEME before index UPTO, other than CRITERION, has its key. */
static gboolean
key_taken (const TiersScheme    *scheme,
           const TiersCriterion *criterion,
           guint                 upto)
{
  for (guint i = 0; i < upto; i++)
    {
      const TiersCriterion *other = g_ptr_array_index (scheme->criteria, i);

      if (other != criterion && g_strcmp0 (other->key, criterion->key) == 0)
        return TRUE;
    }
  return FALSE;
}

TiersSchemeProblem *
tiers_scheme_check_criterion_key (const TiersScheme    *scheme,
                                  const TiersCriterion *criterion)
{
  g_return_val_if_fail (scheme != NULL, NULL);
  g_return_val_if_fail (criterion != NULL, NULL);

  if (!key_taken (scheme, criterion, scheme->criteria->len))
    return NULL;
  return tiers_scheme_problem_new (TIERS_SCHEME_RULE_KEY_TAKEN, criterion->key);
}

TiersSchemeProblem *
tiers_scheme_check (const TiersScheme *scheme)
{
  TiersSchemeProblem *problem;
  double total_weight = 0;

  g_return_val_if_fail (scheme != NULL, NULL);

  problem = check_settings (scheme, NULL);
  if (problem != NULL)
    return problem;
  if (scheme->criteria->len == 0)
    return tiers_scheme_problem_new (TIERS_SCHEME_RULE_NO_CRITERIA, NULL);
  for (guint i = 0; i < scheme->criteria->len; i++)
    {
      const TiersCriterion *c = g_ptr_array_index (scheme->criteria, i);

      problem = tiers_criterion_check (c);
      if (problem != NULL)
        return problem;
      /* Said at the second of the two, as a file read from the top finds it. */
      if (key_taken (scheme, c, i))
        return tiers_scheme_problem_new (TIERS_SCHEME_RULE_KEY_TAKEN, c->key);
      total_weight += c->weight;
    }
  if (total_weight <= 0)
    return tiers_scheme_problem_new (TIERS_SCHEME_RULE_NO_WEIGHT, NULL);
  return NULL;
}

gboolean
tiers_scheme_validate (const TiersScheme *scheme,
                       GError           **error)
{
  g_autoptr(TiersSchemeProblem) problem = NULL;

  g_return_val_if_fail (scheme != NULL, FALSE);

  problem = tiers_scheme_check (scheme);
  return problem == NULL || tiers_scheme_problem_refuse (problem, error);
}

TiersSchemeProblem *
tiers_criterion_read_bands (TiersCriterion *criterion,
                            const char     *text)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (criterion != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  g_array_set_size (criterion->bands, 0);
  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = NULL;
      TiersBand band;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0' && parts[i + 1] == NULL && i > 0)
        break;  /* a trailing ";" */
      pair = g_strsplit (parts[i], ":", 3);
      if (g_strv_length (pair) != 2 ||
          !tiers_number_parse (g_strstrip (pair[0]), &band.threshold) ||
          !tiers_number_parse (g_strstrip (pair[1]), &band.score))
        return tiers_scheme_problem_new (TIERS_SCHEME_RULE_BANDS_UNREADABLE, criterion->key);
      g_array_append_val (criterion->bands, band);
    }
  return NULL;
}
