/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-rules.c: the rules of a supplier's fields and of incidents, feedback and
 * ratings, shared by the importer and the window's forms so both refuse the same values with
 * the same words (docs/formats.md). */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-number.h"
#include "tiers-period.h"
#include "tiers-record-rules.h"

typedef struct
{
  const char *name;
  gboolean    required;
} Field;

static const Field incident_fields[] = {
  { "supplier_code", TRUE }, { "date", TRUE }, { "severity", TRUE }, { "description", FALSE },
};
static const Field feedback_fields[] = {
  { "supplier_code", TRUE }, { "date", TRUE }, { "rating", TRUE },
  { "response_hours", FALSE }, { "comment", FALSE },
};
static const Field rating_fields[] = {
  { "supplier_code", TRUE }, { "criterion", TRUE }, { "date", TRUE }, { "evaluator", TRUE },
  { "rating", TRUE }, { "comment", FALSE },
};
static const Field supplier_fields[] = {
  { "code", TRUE }, { "name", TRUE }, { "category", TRUE },
  { "contact", FALSE }, { "email", FALSE }, { "phone", FALSE },
};

static const struct
{
  const char  *name;
  const Field *fields;
  guint        n_fields;
} kinds[TIERS_N_RECORD_KINDS] = {
  [TIERS_RECORD_INCIDENT] = { "incident", incident_fields, G_N_ELEMENTS (incident_fields) },
  [TIERS_RECORD_FEEDBACK] = { "feedback", feedback_fields, G_N_ELEMENTS (feedback_fields) },
  [TIERS_RECORD_RATING] = { "rating", rating_fields, G_N_ELEMENTS (rating_fields) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (incident_fields) == TIERS_INCIDENT_N_FIELDS);
G_STATIC_ASSERT (G_N_ELEMENTS (feedback_fields) == TIERS_FEEDBACK_N_FIELDS);
G_STATIC_ASSERT (G_N_ELEMENTS (rating_fields) == TIERS_RATING_N_FIELDS);
G_STATIC_ASSERT (G_N_ELEMENTS (supplier_fields) == TIERS_SUPPLIER_N_FIELDS);

const char *
tiers_record_kind_to_string (TiersRecordKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
tiers_record_kind_from_string (const char      *text,
                               TiersRecordKind *kind)
{
  for (guint k = 0; k < TIERS_N_RECORD_KINDS; k++)
    if (g_strcmp0 (text, kinds[k].name) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

guint
tiers_record_kind_n_fields (TiersRecordKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS, 0);
  return kinds[kind].n_fields;
}

const char *
tiers_record_field_name (TiersRecordKind kind,
                         guint           field)
{
  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS && field < kinds[kind].n_fields, NULL);
  return kinds[kind].fields[field].name;
}

gboolean
tiers_record_field_required (TiersRecordKind kind,
                             guint           field)
{
  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS && field < kinds[kind].n_fields, FALSE);
  return kinds[kind].fields[field].required;
}

const char *
tiers_supplier_field_name (guint field)
{
  g_return_val_if_fail (field < TIERS_SUPPLIER_N_FIELDS, NULL);
  return supplier_fields[field].name;
}

gboolean
tiers_supplier_field_required (guint field)
{
  g_return_val_if_fail (field < TIERS_SUPPLIER_N_FIELDS, FALSE);
  return supplier_fields[field].required;
}

/* ---- one value ---- */

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

char *
tiers_rule_required (const char *field,
                     const char *text)
{
  if (!is_empty (text))
    return NULL;
  return g_strdup_printf (_("%s is required but empty"), field);
}

char *
tiers_rule_number (const char *field,
                   const char *text,
                   double     *value)
{
  if (tiers_number_parse (text, value))
    return NULL;
  return g_strdup_printf (_("%s: “%s” is not a number"), field, text ? text : "");
}

char *
tiers_rule_at_least (const char *field,
                     const char *text,
                     double      value,
                     double      minimum,
                     gboolean    inclusive)
{
  if (inclusive ? value >= minimum : value > minimum)
    return NULL;
  if (inclusive)
    return g_strdup_printf (_("%s must be at least %g, not %s"), field, minimum, text);
  return g_strdup_printf (_("%s must be greater than %g, not %s"), field, minimum, text);
}

char *
tiers_rule_between (const char *field,
                    const char *text,
                    double      value,
                    double      minimum,
                    double      maximum)
{
  if (value >= minimum && value <= maximum)
    return NULL;
  return g_strdup_printf (_("%s must be between %g and %g, not %s"), field, minimum, maximum,
                          text);
}

char *
tiers_rule_date (const char *field,
                 const char *text,
                 GDate      *date)
{
  if (tiers_date_parse (text, date))
    return NULL;
  return g_strdup_printf (_("%s: “%s” is not a date (YYYY-MM-DD)"), field, text ? text : "");
}

char *
tiers_rule_severity (const char  *text,
                     const char **severity)
{
  static const char * const severities[] = { "minor", "major", "critical" };

  /* Spreadsheets like to capitalise: "Major" is major. */
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    if (text != NULL && g_ascii_strcasecmp (text, severities[i]) == 0)
      {
        *severity = severities[i];
        return NULL;
      }
  return g_strdup_printf (_("severity must be minor, major or critical, not “%s”"),
                          text ? text : "");
}

char *
tiers_rule_feedback_rating (const char *text,
                            double     *rating)
{
  char *reason = tiers_rule_number ("rating", text, rating);

  return reason ? reason : tiers_rule_between ("rating", text, *rating, 1, 5);
}

char *
tiers_rule_response_hours (const char *text,
                           double     *hours,
                           gboolean   *has_hours)
{
  char *reason;

  *has_hours = !is_empty (text);
  if (!*has_hours)
    return NULL;
  reason = tiers_rule_number ("response_hours", text, hours);
  return reason ? reason : tiers_rule_at_least ("response_hours", text, *hours, 0, TRUE);
}

char *
tiers_rule_criterion (const char           *key,
                      const TiersCriterion *criterion)
{
  if (criterion != NULL)
    return NULL;
  return g_strdup_printf (_("criterion “%s” is not in the current scheme"), key ? key : "");
}

char *
tiers_rule_criterion_rating (const TiersCriterion *criterion,
                             const char           *text,
                             double               *rating)
{
  char *reason = tiers_rule_number ("rating", text, rating);

  return reason ? reason : tiers_rule_between ("rating", text, *rating, 0,
                                               tiers_criterion_rating_max (criterion));
}

char *
tiers_rule_email (const char *text)
{
  const char *at;

  if (is_empty (text))
    return NULL;
  at = strchr (text, '@');
  if (at != NULL && at != text && strchr (at + 1, '@') == NULL &&
      strchr (at + 1, '.') != NULL && at[1] != '.' && text[strlen (text) - 1] != '.' &&
      strpbrk (text, " \t\r\n,;<>") == NULL)
    return NULL;
  return g_strdup_printf (_("email: “%s” is not an email address (name@example.com)"), text);
}

/* ---- a whole record or supplier ---- */

static const TiersCriterion *
find_criterion (const TiersScheme *scheme,
                const char        *key)
{
  return scheme != NULL && key != NULL ? tiers_scheme_find_criterion (scheme, key) : NULL;
}

/* The one place a field's rules are chosen; PARSED receives the meaning. */
static char *
check_field (TiersRecordKind     kind,
             guint               field,
             const char         *text,
             const TiersScheme  *scheme,
             const char         *criterion_key,
             TiersRecordValues  *parsed)
{
  const char *name = kinds[kind].fields[field].name;
  char *reason = NULL;

  if (kinds[kind].fields[field].required && (reason = tiers_rule_required (name, text)))
    return reason;
  switch (kind)
    {
    case TIERS_RECORD_INCIDENT:
      if (field == TIERS_INCIDENT_DATE)
        return tiers_rule_date (name, text, &parsed->date);
      if (field == TIERS_INCIDENT_SEVERITY)
        return tiers_rule_severity (text, &parsed->severity);
      return NULL;
    case TIERS_RECORD_FEEDBACK:
      if (field == TIERS_FEEDBACK_DATE)
        return tiers_rule_date (name, text, &parsed->date);
      if (field == TIERS_FEEDBACK_RATING)
        return tiers_rule_feedback_rating (text, &parsed->rating);
      if (field == TIERS_FEEDBACK_RESPONSE_HOURS)
        return tiers_rule_response_hours (text, &parsed->hours, &parsed->has_hours);
      return NULL;
    case TIERS_RECORD_RATING:
      if (field == TIERS_RATING_CRITERION)
        return tiers_rule_criterion (text, find_criterion (scheme, text));
      if (field == TIERS_RATING_DATE)
        return tiers_rule_date (name, text, &parsed->date);
      if (field == TIERS_RATING_RATING)
        {
          const TiersCriterion *criterion = find_criterion (scheme, criterion_key);

          return criterion ? tiers_rule_criterion_rating (criterion, text, &parsed->rating)
                           : tiers_rule_criterion (criterion_key, NULL);
        }
      return NULL;
    case TIERS_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

gboolean
tiers_record_check (TiersRecordKind     kind,
                    const char * const *values,
                    const TiersScheme  *scheme,
                    TiersRecordValues  *parsed,
                    guint              *bad_field,
                    char              **reason)
{
  TiersRecordValues ignored;

  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS && values != NULL, FALSE);

  if (parsed == NULL)
    parsed = &ignored;
  memset (parsed, 0, sizeof *parsed);
  for (guint f = 1; f < kinds[kind].n_fields; f++)
    {
      char *why = check_field (kind, f, values[f], scheme,
                               kind == TIERS_RECORD_RATING ? values[TIERS_RATING_CRITERION]
                                                           : NULL,
                               parsed);

      if (why != NULL)
        {
          if (bad_field != NULL)
            *bad_field = f;
          if (reason != NULL)
            *reason = why;
          else
            g_free (why);
          return FALSE;
        }
    }
  return TRUE;
}

char *
tiers_record_check_field (TiersRecordKind    kind,
                          guint              field,
                          const char        *text,
                          const TiersScheme *scheme,
                          const char        *criterion_key)
{
  TiersRecordValues parsed = { 0 };

  g_return_val_if_fail (kind < TIERS_N_RECORD_KINDS && field < kinds[kind].n_fields, NULL);
  return check_field (kind, field, text, scheme, criterion_key, &parsed);
}

char *
tiers_supplier_check_field (guint       field,
                            const char *text)
{
  char *reason = NULL;

  g_return_val_if_fail (field < TIERS_SUPPLIER_N_FIELDS, NULL);
  if (supplier_fields[field].required &&
      (reason = tiers_rule_required (supplier_fields[field].name, text)))
    return reason;
  if (field == TIERS_SUPPLIER_EMAIL)
    return tiers_rule_email (text);
  return NULL;
}

gboolean
tiers_supplier_check (const char * const *values,
                      guint              *bad_field,
                      char              **reason)
{
  for (guint f = 0; f < TIERS_SUPPLIER_N_FIELDS; f++)
    {
      char *why = tiers_supplier_check_field (f, values[f]);

      if (why != NULL)
        {
          if (bad_field != NULL)
            *bad_field = f;
          if (reason != NULL)
            *reason = why;
          else
            g_free (why);
          return FALSE;
        }
    }
  return TRUE;
}
