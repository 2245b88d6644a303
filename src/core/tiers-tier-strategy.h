/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-tier-strategy.h: what the company does with each grade (docs/grading.md, "Tier
 * strategies"): per grade a list of standard actions, each ordinary, a warning or a hard step
 * (suspending or terminating the supplier), and the actions recorded for a supplier, with
 * when, who and what. Pure data; the store keeps them. */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"

G_BEGIN_DECLS

typedef enum
{
  TIERS_ACTION_ORDINARY,
  TIERS_ACTION_WARNING,
  TIERS_ACTION_SUSPEND,    /* a hard step: puts the supplier on hold */
  TIERS_ACTION_TERMINATE,  /* a hard step: terminates the supplier */
} TiersActionKind;

#define TIERS_N_ACTION_KINDS 4

/* The codes of the command line and the database: ordinary, warning, suspend, terminate. */
const char *tiers_action_kind_to_string (TiersActionKind  kind);
gboolean    tiers_action_kind_parse     (const char      *text,
                                         TiersActionKind *kind,
                                         GError         **error);
/* "Ordinary", "Warning", "Hard step: suspend", "Hard step: terminate", translated. */
const char *tiers_action_kind_label     (TiersActionKind  kind);
gboolean    tiers_action_kind_is_hard_step (TiersActionKind kind);

/* One standard action of a tier's strategy. */
typedef struct
{
  gint64           id;
  TiersGrade       grade;
  char            *name;     /* English */
  char            *name_zh;  /* Simplified Chinese, or NULL */
  TiersActionKind  kind;
} TiersStandardAction;

TiersStandardAction *tiers_standard_action_new  (TiersGrade       grade,
                                                 const char      *name,
                                                 const char      *name_zh,
                                                 TiersActionKind  kind);
void                 tiers_standard_action_free (TiersStandardAction *action);
/* The name in the language of the messages: Chinese where the locale's messages are
 * Chinese and a Chinese name is given, else English. */
const char          *tiers_standard_action_display_name (const TiersStandardAction *action);

/* The defaults a new database is seeded with, of TiersStandardAction*, by grade, in order. */
GPtrArray           *tiers_tier_strategy_defaults (void);

/* One action taken with a supplier. */
typedef struct
{
  gint64           id;
  char             date[11];         /* YYYY-MM-DD */
  char            *who;
  char            *what;
  gint64           standard_id;      /* the standard action it follows, 0 for none */
  TiersActionKind  kind;
  char            *recorded_at;      /* ISO 8601 */
} TiersSupplierAction;

void        tiers_supplier_action_free (TiersSupplierAction *action);

/* Checks a standard action's or a recorded action's text: NAME must say something. Messages
 * name FIELD. */
gboolean    tiers_action_text_validate (const char  *text,
                                        const char  *field,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersStandardAction, tiers_standard_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersSupplierAction, tiers_supplier_action_free)

G_END_DECLS
