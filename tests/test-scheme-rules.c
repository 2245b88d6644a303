/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scheme-rules.c: the scheme's rules asked one by one, as the criteria editor asks them:
 * each setting and each criterion rule caught at its own key, with a reason that stands
 * alone, the whole scheme in the loader's order, bands read as the key file reads them, and
 * the key file's refusals composed from the same problems. */
#include "config.h"

#include <math.h>

#include "tiers-error.h"
#include "tiers-scheme-rules.h"

/* PROBLEM is RULE at KEY of CRITERION's section; with REASON, when given. Frees PROBLEM. */
static void
assert_problem_says (TiersSchemeProblem *problem,
                     TiersSchemeRule     rule,
                     const char         *criterion,
                     const char         *key,
                     const char         *reason)
{
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->rule, ==, rule);
  g_assert_cmpstr (problem->criterion, ==, criterion);
  g_assert_cmpstr (problem->key, ==, key);
  g_assert_nonnull (problem->reason);
  if (reason != NULL)
    g_assert_cmpstr (problem->reason, ==, reason);
  tiers_scheme_problem_free (problem);
}

#define assert_problem(problem, rule, criterion, key) \
  assert_problem_says (problem, rule, criterion, key, NULL)

static TiersCriterion *
find (TiersScheme *scheme,
      const char  *key)
{
  return (TiersCriterion *) tiers_scheme_find_criterion (scheme, key);
}

static void
test_settings (void)
{
  static const char *keys[] = {
    "Name", "GradeA", "GradeB", "GradeC", "MinReceipts", "GraceDays", "QuantityTolerance",
    "Smoothing",
  };
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_null (tiers_scheme_check_setting (s, keys[i]));

  /* A threshold not above the next is marked at the higher one only. */
  s->grade_a = s->grade_b;
  assert_problem_says (tiers_scheme_check_setting (s, "GradeA"),
                       TIERS_SCHEME_RULE_GRADE_A_ABOVE_B, NULL, "GradeA",
                       "The A threshold must be above the B threshold");
  g_assert_null (tiers_scheme_check_setting (s, "GradeB"));
  /* Out of 0..100 is said before the order. */
  s->grade_a = 120;
  assert_problem (tiers_scheme_check_setting (s, "GradeA"), TIERS_SCHEME_RULE_GRADE_A_RANGE,
                  NULL, "GradeA");
  s->grade_a = 90;
  s->grade_c = s->grade_b + 1;
  assert_problem_says (tiers_scheme_check_setting (s, "GradeB"),
                       TIERS_SCHEME_RULE_GRADE_B_ABOVE_C, NULL, "GradeB",
                       "The B threshold must be above the C threshold");
  g_assert_null (tiers_scheme_check_setting (s, "GradeA"));
  g_assert_null (tiers_scheme_check_setting (s, "GradeC"));
  s->grade_c = NAN;
  assert_problem (tiers_scheme_check_setting (s, "GradeC"), TIERS_SCHEME_RULE_GRADE_C_RANGE,
                  NULL, "GradeC");
  s->grade_c = 60;

  g_clear_pointer (&s->name, g_free);
  assert_problem (tiers_scheme_check_setting (s, "Name"), TIERS_SCHEME_RULE_SCHEME_NAME,
                  NULL, "Name");
  s->min_receipts = -1;
  assert_problem (tiers_scheme_check_setting (s, "MinReceipts"),
                  TIERS_SCHEME_RULE_MIN_RECEIPTS, NULL, "MinReceipts");
  s->grace_days = -1;
  assert_problem (tiers_scheme_check_setting (s, "GraceDays"), TIERS_SCHEME_RULE_GRACE_DAYS,
                  NULL, "GraceDays");
  s->quantity_tolerance = 1;
  assert_problem (tiers_scheme_check_setting (s, "QuantityTolerance"),
                  TIERS_SCHEME_RULE_QUANTITY_TOLERANCE, NULL, "QuantityTolerance");
  s->smoothing = 0;
  assert_problem (tiers_scheme_check_setting (s, "Smoothing"), TIERS_SCHEME_RULE_SMOOTHING,
                  NULL, "Smoothing");
  s->smoothing = 1;
  g_assert_null (tiers_scheme_check_setting (s, "Smoothing"));
  /* Each key answers for itself only. */
  g_assert_null (tiers_scheme_check_setting (s, "GradeA"));
}

static void
test_criterion (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  TiersCriterion *on_time = find (s, "on_time");
  TiersCriterion *incidents = find (s, "incidents");
  TiersCriterion *service = find (s, "service");
  const TiersBand bad_score[] = { { 0, 100 }, { 5, 180 } };
  const TiersBand twice[] = { { 0, 100 }, { 0, 90 } };
  for (guint i = 0; i < s->criteria->len; i++)
    g_assert_null (tiers_criterion_check (s->criteria->pdata[i]));

  /* Weight 0 is this criterion's right; all weights 0 is the scheme's concern. */
  on_time->weight = 0;
  g_assert_null (tiers_criterion_check (on_time));
  on_time->weight = -1;
  assert_problem (tiers_criterion_check (on_time), TIERS_SCHEME_RULE_WEIGHT, "on_time",
                  "Weight");
  on_time->weight = NAN;
  assert_problem (tiers_criterion_check (on_time), TIERS_SCHEME_RULE_WEIGHT, "on_time",
                  "Weight");
  on_time->weight = 20;

  on_time->best = on_time->worst;
  assert_problem_says (tiers_criterion_check (on_time),
                       TIERS_SCHEME_RULE_BEST_EQUALS_WORST, "on_time", "Best",
                       "Best and Worst must differ: one value scores 100, the other 0");
  on_time->best = INFINITY;
  assert_problem (tiers_criterion_check (on_time), TIERS_SCHEME_RULE_BEST_WORST_NUMBERS,
                  "on_time", "Best");
  /* Best and Worst mean nothing to a ratio. */
  on_time->method = TIERS_METHOD_RATIO;
  g_assert_null (tiers_criterion_check (on_time));
  on_time->method = TIERS_N_METHODS;
  assert_problem (tiers_criterion_check (on_time), TIERS_SCHEME_RULE_METHOD, "on_time",
                  "Method");
  on_time->method = TIERS_METHOD_LINEAR;
  on_time->best = 1;

  /* The key comes before the name, the name before the weight. */
  g_free (on_time->name);
  on_time->name = g_strdup ("");
  on_time->weight = -1;
  assert_problem_says (tiers_criterion_check (on_time),
                       TIERS_SCHEME_RULE_CRITERION_NAME, "on_time", "Name",
                       "A criterion needs a name");
  g_free (on_time->key);
  on_time->key = g_strdup ("On-Time");
  assert_problem_says (tiers_criterion_check (on_time),
                       TIERS_SCHEME_RULE_CRITERION_KEY, "On-Time", NULL,
                       "A criterion key may hold only lower-case letters, digits and “_”");

  g_array_set_size (incidents->bands, 0);
  assert_problem_says (tiers_criterion_check (incidents),
                       TIERS_SCHEME_RULE_NO_BANDS, "incidents", "Bands",
                       "The bands method needs at least one band");
  g_array_append_vals (incidents->bands, bad_score, G_N_ELEMENTS (bad_score));
  assert_problem (tiers_criterion_check (incidents), TIERS_SCHEME_RULE_BAND_SCORE,
                  "incidents", "Bands");
  g_array_set_size (incidents->bands, 0);
  g_array_append_vals (incidents->bands, twice, G_N_ELEMENTS (twice));
  assert_problem_says (tiers_criterion_check (incidents),
                       TIERS_SCHEME_RULE_BAND_THRESHOLD_TWICE, "incidents", "Bands",
                       "Two bands have the same threshold");

  service->scale = 0;
  assert_problem (tiers_criterion_check (service), TIERS_SCHEME_RULE_SCALE, "service",
                  "Scale");
}

static void
test_key_taken (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  TiersCriterion *first = s->criteria->pdata[0];
  TiersCriterion *second = s->criteria->pdata[1];

  for (guint i = 0; i < s->criteria->len; i++)
    g_assert_null (tiers_scheme_check_criterion_key (s, s->criteria->pdata[i]));
  g_free (second->key);
  second->key = g_strdup (first->key);
  /* Both of the two are told, whichever the editor asks about. */
  assert_problem_says (tiers_scheme_check_criterion_key (s, second),
                       TIERS_SCHEME_RULE_KEY_TAKEN, first->key, NULL,
                       "Two criteria have this key");
  assert_problem (tiers_scheme_check_criterion_key (s, first), TIERS_SCHEME_RULE_KEY_TAKEN,
                  first->key, NULL);
  g_assert_null (tiers_scheme_check_criterion_key (s, s->criteria->pdata[2]));
  /* A criterion alone cannot know it. */
  g_assert_null (tiers_criterion_check (second));
}

static void
test_scheme (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  TiersCriterion *last = s->criteria->pdata[s->criteria->len - 1];

  g_assert_null (tiers_scheme_check (s));

  for (guint i = 0; i < s->criteria->len; i++)
    ((TiersCriterion *) s->criteria->pdata[i])->weight = 0;
  assert_problem_says (tiers_scheme_check (s),
                       TIERS_SCHEME_RULE_NO_WEIGHT, NULL, NULL,
                       "All weights are 0: give at least one criterion a weight");
  last->weight = 1;
  g_assert_null (tiers_scheme_check (s));

  /* A criterion's own problem before the weights; the duplicate at the second of two. */
  g_free (last->key);
  last->key = g_strdup (((TiersCriterion *) s->criteria->pdata[0])->key);
  assert_problem (tiers_scheme_check (s), TIERS_SCHEME_RULE_KEY_TAKEN, last->key, NULL);
  last->scale = -1;
  assert_problem (tiers_scheme_check (s), TIERS_SCHEME_RULE_SCALE, last->key, "Scale");
  /* The settings before any criterion; the ranges before the order. */
  s->grade_b = s->grade_a;
  assert_problem (tiers_scheme_check (s), TIERS_SCHEME_RULE_GRADE_A_ABOVE_B, NULL, "GradeA");
  s->grade_c = 101;
  assert_problem (tiers_scheme_check (s), TIERS_SCHEME_RULE_GRADE_C_RANGE, NULL, "GradeC");

  g_ptr_array_set_size (s->criteria, 0);
  s->grade_b = 80;
  s->grade_c = 60;
  assert_problem_says (tiers_scheme_check (s),
                       TIERS_SCHEME_RULE_NO_CRITERIA, NULL, NULL,
                       "The scheme needs at least one criterion");
}

/* The key file's refusal is the problem in the file's words, section and key named. */
static void
assert_message (const TiersScheme *scheme,
                const char        *expected)
{
  g_autoptr(TiersSchemeProblem) problem = tiers_scheme_check (scheme);
  g_autofree char *message = tiers_scheme_problem_to_message (problem);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (message, ==, expected);
  g_assert_false (tiers_scheme_validate (scheme, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_messages (void)
{
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  TiersCriterion *on_time = find (s, "on_time");

  on_time->best = on_time->worst;
  assert_message (s, "[Criterion on_time] Best: Best and Worst must differ: one value scores "
                     "100, the other 0");
  g_free (on_time->key);
  on_time->key = g_strdup ("On-Time");
  assert_message (s, "[Criterion On-Time]: a criterion key may hold only lower-case letters, "
                     "digits and “_”");
  s->grade_a = 80;
  assert_message (s, "[Scheme] GradeA: GradeA must be above GradeB");
  s->smoothing = 2;
  s->grade_a = 90;
  assert_message (s, "[Scheme] Smoothing: must lie above 0 and at most 1 (1 turns smoothing "
                     "off)");
  g_ptr_array_set_size (s->criteria, 0);
  s->smoothing = 1;
  assert_message (s, "[Scheme]: the scheme needs at least one criterion");
}

/* Every rule has a sentence of its own, apart from the file's words after "Key: ". */
static void
test_reasons (void)
{
  for (TiersSchemeRule rule = 0; rule < TIERS_N_SCHEME_RULES; rule++)
    {
      gboolean of_criterion = rule >= TIERS_SCHEME_RULE_CRITERION_KEY &&
                              rule <= TIERS_SCHEME_RULE_KEY_TAKEN;
      g_autoptr(TiersSchemeProblem) problem =
        tiers_scheme_problem_new (rule, of_criterion ? "audit" : NULL);
      g_autofree char *message = tiers_scheme_problem_to_message (problem);

      g_assert_true (g_unichar_isupper (g_utf8_get_char (problem->reason)));
      g_assert_true (g_str_has_prefix (message, of_criterion ? "[Criterion audit]"
                                                             : "[Scheme]"));
    }
}

static void
test_read_bands (void)
{
  g_autoptr(TiersCriterion) c = tiers_criterion_new ("incidents");

  c->method = TIERS_METHOD_BANDS;
  g_assert_null (tiers_criterion_read_bands (c, " 0:100; 5 : 80;15:60; "));
  g_assert_cmpuint (c->bands->len, ==, 3);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).threshold, ==, 5);
  g_assert_cmpfloat (g_array_index (c->bands, TiersBand, 1).score, ==, 80);
  g_assert_null (tiers_criterion_check (c));

  /* Nothing written: no bands yet, which the method's own rule then says. */
  g_assert_null (tiers_criterion_read_bands (c, ""));
  g_assert_cmpuint (c->bands->len, ==, 0);
  assert_problem (tiers_criterion_check (c), TIERS_SCHEME_RULE_NO_BANDS, "incidents", "Bands");

  /* The bands read before the unreadable one stay. */
  assert_problem_says (tiers_criterion_read_bands (c, "0:100; five:80"),
                       TIERS_SCHEME_RULE_BANDS_UNREADABLE, "incidents", "Bands",
                       "Write THRESHOLD:SCORE;THRESHOLD:SCORE;… with numbers");
  g_assert_cmpuint (c->bands->len, ==, 1);
  /* Numbers as a scheme file writes them, nothing else. */
  assert_problem (tiers_criterion_read_bands (c, "0x10:100"), TIERS_SCHEME_RULE_BANDS_UNREADABLE,
                  "incidents", "Bands");
  assert_problem (tiers_criterion_read_bands (c, "1:2:3"), TIERS_SCHEME_RULE_BANDS_UNREADABLE,
                  "incidents", "Bands");
  assert_problem (tiers_criterion_read_bands (c, "0:100;;5:80"),
                  TIERS_SCHEME_RULE_BANDS_UNREADABLE, "incidents", "Bands");
}

/* The key file reads Bands= through the same function, and refuses with its problem. */
static void
test_file_bands (void)
{
  static const char *texts[] = { "0:100; five:80", "0x10:100", "1:2:3", "0:100;5:180", "0:1;0:2" };
  g_autoptr(TiersScheme) s = tiers_scheme_new_default ();
  TiersCriterion *incidents = find (s, "incidents");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TiersCriterion) c = tiers_criterion_copy (incidents);
      g_autoptr(TiersSchemeProblem) problem = tiers_criterion_read_bands (c, texts[i]);
      g_autoptr(TiersSchemeProblem) checked = problem ? NULL : tiers_criterion_check (c);
      g_autofree char *expected = tiers_scheme_problem_to_message (problem ? problem : checked);
      g_autofree char *data = tiers_scheme_to_data (s);
      g_autofree char *line = g_strconcat ("Bands=", texts[i], "\n", NULL);
      g_autoptr(GString) text = g_string_new (data);
      g_autoptr(GError) error = NULL;
      g_autoptr(TiersScheme) loaded = NULL;

      g_assert_cmpuint (g_string_replace (text, "Bands=0:100;5:80;15:60;30:30\n", line, 1), ==,
                        1);
      loaded = tiers_scheme_load_from_data (text->str, -1, &error);
      g_assert_null (loaded);
      g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scheme-rules/settings", test_settings);
  g_test_add_func ("/scheme-rules/criterion", test_criterion);
  g_test_add_func ("/scheme-rules/key-taken", test_key_taken);
  g_test_add_func ("/scheme-rules/scheme", test_scheme);
  g_test_add_func ("/scheme-rules/messages", test_messages);
  g_test_add_func ("/scheme-rules/reasons", test_reasons);
  g_test_add_func ("/scheme-rules/read-bands", test_read_bands);
  g_test_add_func ("/scheme-rules/file-bands", test_file_bands);
  return g_test_run ();
}
