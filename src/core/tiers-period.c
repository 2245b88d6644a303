/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-period.c: parsing, naming and stepping evaluation periods. */
#define G_LOG_DOMAIN "tiers-period"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-error.h"
#include "tiers-period.h"

/* How many periods of a kind make a year, and how many months each spans. */
static int
periods_per_year (TiersPeriodKind kind)
{
  switch (kind)
    {
    case TIERS_PERIOD_YEAR: return 1;
    case TIERS_PERIOD_HALF: return 2;
    case TIERS_PERIOD_QUARTER: return 4;
    case TIERS_PERIOD_MONTH: return 12;
    default: g_assert_not_reached ();
    }
}

static gboolean
parse_digits (const char *text,
              gsize       len,
              int        *value)
{
  int v = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }
  *value = v;
  return TRUE;
}

static gboolean
refuse (GError    **error,
        const char *text,
        const char *why)
{
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a period: %s"), text, why);
  return FALSE;
}

gboolean
tiers_period_parse (const char  *text,
                    TiersPeriod *period,
                    GError     **error)
{
  gsize len;
  int year, index;
  const char *rest;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  len = strlen (text);
  if (len < 4 || !parse_digits (text, 4, &year) || year < 1)
    return refuse (error, text,
                   _("it must start with a four-digit year, as in 2026, 2026-H1, 2026-Q3 or 2026-07"));

  if (len == 4)
    {
      *period = (TiersPeriod) { TIERS_PERIOD_YEAR, year, 1 };
      return TRUE;
    }

  rest = text + 4;
  if (rest[0] != '-' || len != 7)
    return refuse (error, text, _("use YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4 or YYYY-MM"));

  if (rest[1] == 'H' || rest[1] == 'Q')
    {
      TiersPeriodKind kind = rest[1] == 'H' ? TIERS_PERIOD_HALF : TIERS_PERIOD_QUARTER;

      if (!parse_digits (rest + 2, 1, &index) || index < 1 || index > periods_per_year (kind))
        return refuse (error, text, rest[1] == 'H'
                       ? _("a year has half-years H1 and H2 only")
                       : _("a year has quarters Q1 to Q4 only"));
      *period = (TiersPeriod) { kind, year, index };
      return TRUE;
    }

  if (!parse_digits (rest + 1, 2, &index))
    return refuse (error, text, _("use YYYY, YYYY-H1, YYYY-H2, YYYY-Q1 to YYYY-Q4 or YYYY-MM"));
  if (index < 1 || index > 12)
    return refuse (error, text, _("a month is 01 to 12"));

  *period = (TiersPeriod) { TIERS_PERIOD_MONTH, year, index };
  return TRUE;
}

char *
tiers_period_to_string (const TiersPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->kind)
    {
    case TIERS_PERIOD_YEAR: return g_strdup_printf ("%04d", period->year);
    case TIERS_PERIOD_HALF: return g_strdup_printf ("%04d-H%d", period->year, period->index);
    case TIERS_PERIOD_QUARTER: return g_strdup_printf ("%04d-Q%d", period->year, period->index);
    case TIERS_PERIOD_MONTH: return g_strdup_printf ("%04d-%02d", period->year, period->index);
    default: g_return_val_if_reached (NULL);
    }
}

/* The period as a person reads it, translated, for every place the user sees one: the
 * period selector, chart titles and axes, the pages. Files and the command line's CSV keep
 * tiers_period_to_string ()'s form. */
char *
tiers_period_to_label (const TiersPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->kind)
    {
    case TIERS_PERIOD_YEAR:
      /* Translators: a calendar year as a period, e.g. "2026" */
      return g_strdup_printf (_("%d"), period->year);
    case TIERS_PERIOD_HALF:
      return g_strdup_printf (period->index == 1
                              /* Translators: the first half of a year, e.g. "2026 H1" */
                              ? _("%d H1")
                              /* Translators: the second half of a year, e.g. "2026 H2" */
                              : _("%d H2"),
                              period->year);
    case TIERS_PERIOD_QUARTER:
      /* Translators: a quarter of a year, e.g. "2026 Q3": the year, then the quarter */
      return g_strdup_printf (_("%d Q%d"), period->year, period->index);
    case TIERS_PERIOD_MONTH:
      {
        g_autoptr(GDateTime) month = g_date_time_new_utc (period->year, period->index, 1,
                                                          0, 0, 0);

        /* Translators: a month as a period, strftime format, e.g. "July 2026" */
        return g_date_time_format (month, _("%B %Y"));
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

void
tiers_period_bounds (const TiersPeriod *period,
                     GDate             *first,
                     GDate             *last)
{
  int months = 12 / periods_per_year (period->kind);
  int first_month = (period->index - 1) * months + 1;
  int last_month = first_month + months - 1;

  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_dmy (first, 1, first_month, period->year);
  g_date_set_dmy (last, g_date_get_days_in_month (last_month, period->year),
                  last_month, period->year);
}

void
tiers_period_bounds_iso (const TiersPeriod *period,
                         char               first[11],
                         char               last[11])
{
  GDate a, b;

  tiers_period_bounds (period, &a, &b);
  g_snprintf (first, 11, "%04d-%02d-%02d",
              g_date_get_year (&a), g_date_get_month (&a), g_date_get_day (&a));
  g_snprintf (last, 11, "%04d-%02d-%02d",
              g_date_get_year (&b), g_date_get_month (&b), g_date_get_day (&b));
}

TiersPeriod
tiers_period_previous (const TiersPeriod *period)
{
  TiersPeriod p = *period;

  if (--p.index < 1)
    {
      p.year--;
      p.index = periods_per_year (p.kind);
    }
  return p;
}

TiersPeriod
tiers_period_next (const TiersPeriod *period)
{
  TiersPeriod p = *period;

  if (++p.index > periods_per_year (p.kind))
    {
      p.year++;
      p.index = 1;
    }
  return p;
}

TiersPeriod
tiers_period_containing (TiersPeriodKind kind,
                         const GDate    *date)
{
  int months = 12 / periods_per_year (kind);

  return (TiersPeriod) { kind, g_date_get_year (date),
                         (g_date_get_month (date) - 1) / months + 1 };
}

int
tiers_period_compare (const TiersPeriod *a,
                      const TiersPeriod *b)
{
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->index != b->index)
    return a->index < b->index ? -1 : 1;
  return 0;
}

gboolean
tiers_period_equal (const TiersPeriod *a,
                    const TiersPeriod *b)
{
  return tiers_period_compare (a, b) == 0;
}

/* Strict YYYY-MM-DD: exactly ten characters and a day that exists (no 2026-02-30). */
gboolean
tiers_date_parse (const char *text,
                  GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > g_date_get_days_in_month (m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}
