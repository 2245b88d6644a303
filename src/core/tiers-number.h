/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-number.h: numbers as the import and scheme files write them (docs/formats.md, "Every
 * file"): strict parsing; two-decimal rounding (docs/grading.md, "Total and grade"). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  tiers_number_parse   (const char *text,
                                double     *value);
gboolean  tiers_integer_parse  (const char *text,
                                gint64     *value);
char     *tiers_number_format  (double      value);
double    tiers_round2         (double      value);

G_END_DECLS
