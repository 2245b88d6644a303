/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-json.c: a compact writer of flat JSON objects, enough for the audit trail's before
 * and after (tiers-json.h). */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <math.h>

#include "tiers-json.h"

struct _TiersJson
{
  GString *text;
};

TiersJson *
tiers_json_new (void)
{
  TiersJson *json = g_new0 (TiersJson, 1);

  json->text = g_string_new ("{");
  return json;
}

void
tiers_json_free (TiersJson *json)
{
  if (json == NULL)
    return;
  g_string_free (json->text, TRUE);
  g_free (json);
}

void
tiers_json_append_string (GString    *out,
                          const char *text)
{
  g_string_append_c (out, '"');
  for (const unsigned char *c = (const unsigned char *) text; *c; c++)
    switch (*c)
      {
      case '"':  g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default:
        if (*c < 0x20)
          g_string_append_printf (out, "\\u%04x", *c);
        else
          g_string_append_c (out, (char) *c);
      }
  g_string_append_c (out, '"');
}

static void
add_key (TiersJson  *json,
         const char *key)
{
  if (json->text->len > 1)
    g_string_append_c (json->text, ',');
  tiers_json_append_string (json->text, key);
  g_string_append_c (json->text, ':');
}

void
tiers_json_add_string (TiersJson  *json,
                       const char *key,
                       const char *value)
{
  g_return_if_fail (json != NULL && key != NULL);

  add_key (json, key);
  if (value == NULL)
    g_string_append (json->text, "null");
  else
    tiers_json_append_string (json->text, value);
}

void
tiers_json_add_int (TiersJson  *json,
                    const char *key,
                    gint64      value)
{
  g_return_if_fail (json != NULL && key != NULL);

  add_key (json, key);
  g_string_append_printf (json->text, "%" G_GINT64_FORMAT, value);
}

void
tiers_json_add_double (TiersJson  *json,
                       const char *key,
                       double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (json != NULL && key != NULL);

  add_key (json, key);
  if (!isfinite (value))
    g_string_append (json->text, "null");
  else
    /* Fifteen significant digits read back every figure a user typed, in any locale. */
    g_string_append (json->text, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

void
tiers_json_add_boolean (TiersJson  *json,
                        const char *key,
                        gboolean    value)
{
  g_return_if_fail (json != NULL && key != NULL);

  add_key (json, key);
  g_string_append (json->text, value ? "true" : "false");
}

char *
tiers_json_end (TiersJson *json)
{
  char *text;

  g_return_val_if_fail (json != NULL, NULL);

  g_string_append_c (json->text, '}');
  text = g_string_free (json->text, FALSE);
  g_free (json);
  return text;
}
