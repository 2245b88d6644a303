/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme-private.h: what the scheme's own files share: the section names of the key
 * file and the one way a refusal names its section and key. */
#pragma once

#include <glib.h>

#include "tiers-scheme-rules.h"

G_BEGIN_DECLS

#define SCHEME_GROUP "Scheme"
#define CRITERION_PREFIX "Criterion "

/* Sets ERROR to "[GROUP] KEY: WHY" ("[GROUP]: WHY" when KEY is NULL); returns FALSE. */
gboolean tiers_scheme_refuse (GError    **error,
                              const char *group,
                              const char *key,
                              const char *why);
/* The same for PROBLEM, in the words of a scheme file. */
gboolean tiers_scheme_problem_refuse (const TiersSchemeProblem *problem,
                                      GError                  **error);

G_END_DECLS
