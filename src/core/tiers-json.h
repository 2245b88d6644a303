/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-json.h: writing one flat JSON object (RFC 8259) compactly, key by key, in the order
 * given: what the audit trail keeps as the before and after of a change. Strings are
 * escaped as JSON requires; a number that is not finite is written as null. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TiersJson TiersJson;

TiersJson *tiers_json_new         (void);
/* VALUE NULL writes null. */
void       tiers_json_add_string  (TiersJson  *json,
                                   const char *key,
                                   const char *value);
void       tiers_json_add_int     (TiersJson  *json,
                                   const char *key,
                                   gint64      value);
void       tiers_json_add_double  (TiersJson  *json,
                                   const char *key,
                                   double      value);
void       tiers_json_add_boolean (TiersJson  *json,
                                   const char *key,
                                   gboolean    value);
/* Frees JSON and returns the object's text, e.g. {"grade":"B","rows":3}. */
char      *tiers_json_end         (TiersJson  *json);
void       tiers_json_free        (TiersJson  *json);
/* Appends TEXT to OUT as a quoted JSON string. */
void       tiers_json_append_string (GString  *out,
                                     const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersJson, tiers_json_free)

G_END_DECLS
