/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-tier-strategy.c: standard actions per grade and the actions recorded for a supplier. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-tier-strategy.h"

static const char *const kind_codes[TIERS_N_ACTION_KINDS] = {
  "ordinary", "warning", "suspend", "terminate"
};

const char *
tiers_action_kind_to_string (TiersActionKind kind)
{
  g_return_val_if_fail ((guint) kind < TIERS_N_ACTION_KINDS, "ordinary");
  return kind_codes[kind];
}

gboolean
tiers_action_kind_parse (const char      *text,
                         TiersActionKind *kind,
                         GError         **error)
{
  for (guint i = 0; i < TIERS_N_ACTION_KINDS; i++)
    if (g_strcmp0 (text, kind_codes[i]) == 0)
      {
        *kind = (TiersActionKind) i;
        return TRUE;
      }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a kind of action: use ordinary, warning, suspend or terminate"),
               text ? text : "");
  return FALSE;
}

const char *
tiers_action_kind_label (TiersActionKind kind)
{
  switch (kind)
    {
    case TIERS_ACTION_WARNING:
      return _("Warning");
    case TIERS_ACTION_SUSPEND:
      return _("Hard step: suspend");
    case TIERS_ACTION_TERMINATE:
      return _("Hard step: terminate");
    case TIERS_ACTION_ORDINARY:
    default:
      return _("Ordinary");
    }
}

gboolean
tiers_action_kind_is_hard_step (TiersActionKind kind)
{
  return kind == TIERS_ACTION_SUSPEND || kind == TIERS_ACTION_TERMINATE;
}

TiersStandardAction *
tiers_standard_action_new (TiersGrade       grade,
                           const char      *name,
                           const char      *name_zh,
                           TiersActionKind  kind)
{
  TiersStandardAction *action = g_new0 (TiersStandardAction, 1);

  action->grade = grade;
  action->name = g_strdup (name);
  action->name_zh = name_zh && *name_zh ? g_strdup (name_zh) : NULL;
  action->kind = kind;
  return action;
}

void
tiers_standard_action_free (TiersStandardAction *action)
{
  if (action == NULL)
    return;
  g_free (action->name);
  g_free (action->name_zh);
  g_free (action);
}

const char *
tiers_standard_action_display_name (const TiersStandardAction *action)
{
  const char *const *languages = g_get_language_names ();

  g_return_val_if_fail (action != NULL, "");
  /* The first language is the one the messages are shown in. */
  if (action->name_zh != NULL && g_str_has_prefix (languages[0], "zh"))
    return action->name_zh;
  return action->name;
}

void
tiers_supplier_action_free (TiersSupplierAction *action)
{
  if (action == NULL)
    return;
  g_free (action->who);
  g_free (action->what);
  g_free (action->recorded_at);
  g_free (action);
}

/* The strategies of the product's brief: keep and grow A, lift B toward A, set C targets with
 * deadlines, and reduce, suspend or end D. */
static const struct
{
  TiersGrade       grade;
  const char      *name;
  const char      *name_zh;
  TiersActionKind  kind;
} defaults[] = {
  { TIERS_GRADE_A, "Give more orders", "增加订单", TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_A, "Agree a long-term supply plan", "签订长期供货计划", TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_A, "Offer training and technical support", "提供培训和技术支持",
    TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_B, "Hold regular reviews with the supplier", "定期沟通", TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_B, "Suggest improvements toward grade A", "提出改进建议，争取达到 A 级",
    TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_C, "Set improvement targets with deadlines", "设定有期限的改进目标",
    TIERS_ACTION_WARNING },
  { TIERS_GRADE_C, "Coach the supplier", "辅导供应商", TIERS_ACTION_ORDINARY },
  { TIERS_GRADE_C, "Replace the supplier if nothing improves", "若无改进则更换供应商",
    TIERS_ACTION_WARNING },
  { TIERS_GRADE_D, "Reduce orders", "减少订单", TIERS_ACTION_WARNING },
  { TIERS_GRADE_D, "Suspend orders", "暂停订单", TIERS_ACTION_SUSPEND },
  { TIERS_GRADE_D, "Terminate the supplier", "终止合作", TIERS_ACTION_TERMINATE },
  { TIERS_GRADE_D, "Find alternative suppliers", "寻找替代供应商", TIERS_ACTION_ORDINARY },
};

GPtrArray *
tiers_tier_strategy_defaults (void)
{
  GPtrArray *actions = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_standard_action_free);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    g_ptr_array_add (actions, tiers_standard_action_new (defaults[i].grade, defaults[i].name,
                                                         defaults[i].name_zh,
                                                         defaults[i].kind));
  return actions;
}

gboolean
tiers_action_text_validate (const char  *text,
                            const char  *field,
                            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (*trimmed != '\0')
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("%s: write something; it is empty"),
               field);
  return FALSE;
}
