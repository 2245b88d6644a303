/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-number.c: the number syntax of docs/formats.md ("Every file"): an optional sign,
 * digits with an optional "." fraction, an optional exponent; nothing else (no hex, inf, nan,
 * separators). */
#define G_LOG_DOMAIN "tiers-number"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "tiers-number.h"

/* Checks the shape by hand first because strtod accepts far more (hex, "inf", locale
 * separators); only a string of our shape reaches g_ascii_strtod. */
gboolean
tiers_number_parse (const char *text,
                    double     *value)
{
  const char *p = text;
  gboolean digits = FALSE;
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;
  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits = TRUE;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++, digits = TRUE;
    }
  if (!digits)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;

  v = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}

/* A whole number in the same syntax: "3", "+3", "3.0" and "3e0" are all 3. */
gboolean
tiers_integer_parse (const char *text,
                     gint64     *value)
{
  double v;

  if (!tiers_number_parse (text, &v) || v != floor (v) || fabs (v) > 9007199254740992.0)
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}

/* The shortest text that reads back as the same double, in C locale. */
char *
tiers_number_format (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 6; digits <= 17; digits++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

/* Round half away from zero to two decimals, exactly as docs/grading.md ("Total and grade")
 * says. */
double
tiers_round2 (double value)
{
  return round (value * 100) / 100;
}
