/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme-file.c: reading and writing the scheme as a GLib key file (docs/formats.md, "The
 * grading scheme file"). Every refusal names the section and the key, so a user can find the line
 * to fix. */
#define G_LOG_DOMAIN "tiers-scheme"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-error.h"
#include "tiers-number.h"
#include "tiers-scheme-private.h"
#include "tiers-scheme-rules.h"

static const char *scheme_keys[] = {
  "Name", "GradeA", "GradeB", "GradeC", "MinReceipts", "GraceDays", "QuantityTolerance",
  "Smoothing", "DowngradeAfter", NULL,
};
static const char *criterion_keys[] = {
  "Name", "Dimension", "Indicator", "Weight", "Method", "Best", "Worst", "Bands", "Scale", NULL,
};

/* Unknown keys are refused rather than ignored: a misspelt "Wieght" must not silently
 * leave a criterion at weight 0. Translations of Name (Name[xx]) are allowed. */
static gboolean
check_known_keys (GKeyFile    *kf,
                  const char  *group,
                  const char **known,
                  GError     **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (kf, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (g_str_has_prefix (keys[i], "Name["))
        continue;
      if (!g_strv_contains (known, keys[i]))
        return tiers_scheme_refuse (error, group, keys[i], _("unknown key"));
    }
  return TRUE;
}

static char *
get_value (GKeyFile   *kf,
           const char *group,
           const char *key)
{
  char *v = g_key_file_get_value (kf, group, key, NULL);

  if (v != NULL)
    g_strstrip (v);
  return v;
}

/* Reads a number if the key is there; leaves *value alone when it is absent. */
static gboolean
read_number (GKeyFile   *kf,
             const char *group,
             const char *key,
             gboolean    required,
             double     *value,
             GError    **error)
{
  g_autofree char *text = get_value (kf, group, key);

  if (text == NULL)
    return required ? tiers_scheme_refuse (error, group, key, _("missing")) : TRUE;
  if (!tiers_number_parse (text, value))
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a number"), text);
      return tiers_scheme_refuse (error, group, key, why);
    }
  return TRUE;
}

static gboolean
read_whole (GKeyFile   *kf,
            const char *group,
            const char *key,
            int        *value,
            GError    **error)
{
  g_autofree char *text = get_value (kf, group, key);
  gint64 v;

  if (text == NULL)
    return TRUE;
  if (!tiers_integer_parse (text, &v) || v < 0 || v > 100000)
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a whole number of 0 or more"),
                                              text);
      return tiers_scheme_refuse (error, group, key, why);
    }
  *value = (int) v;
  return TRUE;
}

/* A whole number whose range the scheme's rules check (tiers-scheme-rules.c), so that
 * "DowngradeAfter=0" and "=-1" get the rule's words. */
static gboolean
read_integer (GKeyFile   *kf,
              const char *group,
              const char *key,
              int        *value,
              GError    **error)
{
  g_autofree char *text = get_value (kf, group, key);
  gint64 v;

  if (text == NULL)
    return TRUE;
  if (!tiers_integer_parse (text, &v) || v < -100000 || v > 100000)
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not a whole number"), text);
      return tiers_scheme_refuse (error, group, key, why);
    }
  *value = (int) v;
  return TRUE;
}

static gboolean
read_enum_key (GKeyFile    *kf,
               const char  *group,
               const char  *key,
               gboolean   (*from_string) (const char *, int *),
               int         *value,
               const char  *choices,
               GError     **error)
{
  g_autofree char *text = get_value (kf, group, key);

  if (text == NULL)
    return tiers_scheme_refuse (error, group, key, _("missing"));
  if (!from_string (text, value))
    {
      g_autofree char *why = g_strdup_printf (_("“%s” is not one of: %s"), text, choices);
      return tiers_scheme_refuse (error, group, key, why);
    }
  return TRUE;
}

static gboolean
dimension_from (const char *t, int *v) { return tiers_dimension_from_string (t, (TiersDimension *) v); }
static gboolean
indicator_from (const char *t, int *v) { return tiers_indicator_from_string (t, (TiersIndicator *) v); }
static gboolean
method_from (const char *t, int *v) { return tiers_method_from_string (t, (TiersMethod *) v); }

static TiersCriterion *
read_criterion (GKeyFile   *kf,
                const char *group,
                GError    **error)
{
  g_autoptr(TiersCriterion) c = tiers_criterion_new (group + strlen (CRITERION_PREFIX));
  int dimension, indicator, method;
  g_autofree char *name = get_value (kf, group, "Name");

  if (!check_known_keys (kf, group, criterion_keys, error))
    return NULL;
  if (name != NULL)
    {
      g_free (c->name);
      c->name = g_steal_pointer (&name);
    }
  /* Read as written, like Name: through GLib's locale lookup the translation came back with
   * its backslashes unescaped (and Name itself stood in for a missing one), so every save
   * and load halved them (found by tests/fuzz/fuzz-scheme). */
  c->name_zh = get_value (kf, group, "Name[zh_CN]");
  if (c->name_zh == NULL)
    c->name_zh = get_value (kf, group, "Name[zh]");
  if (c->name_zh != NULL && c->name != NULL && strcmp (c->name_zh, c->name) == 0)
    g_clear_pointer (&c->name_zh, g_free);

  if (!read_enum_key (kf, group, "Dimension", dimension_from, &dimension,
                      "quality, price, delivery, service, other", error) ||
      !read_enum_key (kf, group, "Indicator", indicator_from, &indicator,
                      "on_time_rate, days_late, quantity_accuracy, pass_rate, incident_rate, "
                      "unit_price, price_index, service_rating, response_hours, manual", error) ||
      !read_enum_key (kf, group, "Method", method_from, &method,
                      "linear, ratio, bands, scale", error) ||
      !read_number (kf, group, "Weight", TRUE, &c->weight, error))
    return NULL;
  c->dimension = dimension;
  c->indicator = indicator;
  c->method = method;

  if (c->method == TIERS_METHOD_LINEAR &&
      (!read_number (kf, group, "Best", TRUE, &c->best, error) ||
       !read_number (kf, group, "Worst", TRUE, &c->worst, error)))
    return NULL;
  if (c->method == TIERS_METHOD_SCALE &&
      !read_number (kf, group, "Scale", FALSE, &c->scale, error))
    return NULL;
  if (c->method == TIERS_METHOD_BANDS)
    {
      g_autofree char *bands = get_value (kf, group, "Bands");
      g_autoptr(TiersSchemeProblem) problem = NULL;

      if (bands == NULL)
        return tiers_scheme_refuse (error, group, "Bands", _("missing")), NULL;
      problem = tiers_criterion_read_bands (c, bands);
      /* "Bands=" with nothing after it is a line written wrong, and says how to write it. */
      if (problem == NULL && c->bands->len == 0)
        problem = tiers_scheme_problem_new (TIERS_SCHEME_RULE_BANDS_UNREADABLE, c->key);
      if (problem != NULL)
        return tiers_scheme_problem_refuse (problem, error), NULL;
    }
  return g_steal_pointer (&c);
}

static gboolean
read_scheme_group (GKeyFile    *kf,
                   TiersScheme *s,
                   GError     **error)
{
  g_autofree char *name = NULL;

  if (!g_key_file_has_group (kf, SCHEME_GROUP))
    return tiers_scheme_refuse (error, SCHEME_GROUP, NULL,
                                _("the file has no [Scheme] section"));
  if (!check_known_keys (kf, SCHEME_GROUP, scheme_keys, error))
    return FALSE;

  name = get_value (kf, SCHEME_GROUP, "Name");
  if (name != NULL)
    {
      g_free (s->name);
      s->name = g_steal_pointer (&name);
    }
  return read_number (kf, SCHEME_GROUP, "GradeA", FALSE, &s->grade_a, error) &&
         read_number (kf, SCHEME_GROUP, "GradeB", FALSE, &s->grade_b, error) &&
         read_number (kf, SCHEME_GROUP, "GradeC", FALSE, &s->grade_c, error) &&
         read_whole (kf, SCHEME_GROUP, "MinReceipts", &s->min_receipts, error) &&
         read_whole (kf, SCHEME_GROUP, "GraceDays", &s->grace_days, error) &&
         read_number (kf, SCHEME_GROUP, "QuantityTolerance", FALSE, &s->quantity_tolerance,
                      error) &&
         read_number (kf, SCHEME_GROUP, "Smoothing", FALSE, &s->smoothing, error) &&
         read_integer (kf, SCHEME_GROUP, "DowngradeAfter", &s->downgrade_after, error);
}

TiersScheme *
tiers_scheme_load_from_data (const char *data,
                             gssize      length,
                             GError    **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(TiersScheme) s = tiers_scheme_new ();
  g_auto(GStrv) groups = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_key_file_load_from_data (kf, data, length, G_KEY_FILE_KEEP_TRANSLATIONS,
                                  &local_error))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("Not a scheme file: %s"), local_error->message);
      return NULL;
    }
  if (!read_scheme_group (kf, s, error))
    return NULL;

  groups = g_key_file_get_groups (kf, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      TiersCriterion *c;

      if (strcmp (groups[i], SCHEME_GROUP) == 0)
        continue;
      if (!g_str_has_prefix (groups[i], CRITERION_PREFIX))
        {
          tiers_scheme_refuse (error, groups[i], NULL,
                               _("unknown section: use [Scheme] and [Criterion KEY]"));
          return NULL;
        }
      c = read_criterion (kf, groups[i], error);
      if (c == NULL)
        return NULL;
      g_ptr_array_add (s->criteria, c);
    }

  if (!tiers_scheme_validate (s, error))
    return NULL;
  return g_steal_pointer (&s);
}

TiersScheme *
tiers_scheme_load_from_file (const char *path,
                             GError    **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, "%s", local_error->message);
      return NULL;
    }
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("%s: the file is not UTF-8 text"), path);
      return NULL;
    }
  return tiers_scheme_load_from_data (data, length, error);
}

static void
append_number (GString    *out,
               const char *key,
               double      value)
{
  g_autofree char *text = tiers_number_format (value);

  g_string_append_printf (out, "%s=%s\n", key, text);
}

static void
append_criterion (GString              *out,
                  const TiersCriterion *c)
{
  g_string_append_printf (out, "\n[" CRITERION_PREFIX "%s]\nName=%s\n", c->key, c->name);
  if (c->name_zh != NULL)
    g_string_append_printf (out, "Name[zh_CN]=%s\n", c->name_zh);
  g_string_append_printf (out, "Dimension=%s\nIndicator=%s\n",
                          tiers_dimension_to_string (c->dimension),
                          tiers_indicator_to_string (c->indicator));
  append_number (out, "Weight", c->weight);
  g_string_append_printf (out, "Method=%s\n", tiers_method_to_string (c->method));

  switch (c->method)
    {
    case TIERS_METHOD_LINEAR:
      append_number (out, "Best", c->best);
      append_number (out, "Worst", c->worst);
      break;
    case TIERS_METHOD_BANDS:
      g_string_append (out, "Bands=");
      for (guint i = 0; i < c->bands->len; i++)
        {
          const TiersBand *b = &g_array_index (c->bands, TiersBand, i);
          g_autofree char *t = tiers_number_format (b->threshold);
          g_autofree char *v = tiers_number_format (b->score);

          g_string_append_printf (out, "%s%s:%s", i ? ";" : "", t, v);
        }
      g_string_append_c (out, '\n');
      break;
    case TIERS_METHOD_SCALE:
      append_number (out, "Scale", c->scale);
      break;
    case TIERS_METHOD_RATIO:
    case TIERS_N_METHODS:
    default:
      break;
    }
}

/* Written by hand rather than through GKeyFile so the file keeps the order and explanatory comments
 * docs/formats.md ("The grading scheme file") promises, which is what a user edits. */
char *
tiers_scheme_to_data (const TiersScheme *scheme)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (scheme != NULL, NULL);

  g_string_append_printf (out, "[" SCHEME_GROUP "]\nName=%s\n", scheme->name);
  g_string_append (out, "# score >= GradeA is A, >= GradeB is B, >= GradeC is C, else D\n");
  append_number (out, "GradeA", scheme->grade_a);
  append_number (out, "GradeB", scheme->grade_b);
  append_number (out, "GradeC", scheme->grade_c);
  g_string_append (out, "# fewer receipts than this in the period makes the evaluation "
                        "provisional\n");
  g_string_append_printf (out, "MinReceipts=%d\n", scheme->min_receipts);
  g_string_append (out, "# on-time tolerance in days\n");
  g_string_append_printf (out, "GraceDays=%d\n", scheme->grace_days);
  append_number (out, "QuantityTolerance", scheme->quantity_tolerance);
  g_string_append (out, "# f in (0,1]; 1 = off\n");
  append_number (out, "Smoothing", scheme->smoothing);
  /* Written only when set, so a scheme without it exports as it always did. */
  if (scheme->downgrade_after != 1)
    {
      g_string_append (out, "# periods in a row below the held grade before it drops; "
                            "1 = at once\n");
      g_string_append_printf (out, "DowngradeAfter=%d\n", scheme->downgrade_after);
    }

  for (guint i = 0; i < scheme->criteria->len; i++)
    append_criterion (out, g_ptr_array_index (scheme->criteria, i));

  return g_string_free (out, FALSE);
}

gboolean
tiers_scheme_equal (const TiersScheme *a,
                    const TiersScheme *b)
{
  g_autofree char *da = tiers_scheme_to_data (a);
  g_autofree char *db = tiers_scheme_to_data (b);

  return strcmp (da, db) == 0;
}
