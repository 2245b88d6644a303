/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-plan.c: `plan add SUPPLIER ...`, `plan list [SUPPLIER]` and `plan close ID`:
 * improvement plans, checked at each evaluation of their due period (docs/cli.md, "plan"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-number.h"
#include "tiers-store-plans.h"

static gboolean
parse_number (const char *text,
              const char *option,
              double     *value,
              GError    **error)
{
  if (tiers_number_parse (text, value))
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("%s: “%s” is not a number (write it as 0.95, with a point)"), option, text);
  return FALSE;
}

static gboolean
require (const char *value,
         const char *option,
         GError    **error)
{
  if (value != NULL)
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("a plan needs %s"), option);
  return FALSE;
}

static int
plan_add (TiersCli *cli,
          int       argc,
          char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("add SUPPLIER"));
  g_autofree char *criterion = NULL, *target = NULL, *baseline = NULL, *due = NULL;
  g_autofree char *owner = NULL, *problem = NULL, *containment = NULL, *corrective = NULL;
  g_autoptr(TiersPlan) plan = tiers_plan_new ();
  gboolean at_most = FALSE;
  GError *error = NULL;
  TiersStore *store;
  int status;
  GOptionEntry entries[] = {
    { "criterion", 0, 0, G_OPTION_ARG_STRING, &criterion,
      N_("The criterion key of the current scheme whose indicator must improve (required)"),
      N_("KEY") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target,
      N_("The indicator value to reach, in its own unit: 0.95 for 95 % (required)"),
      N_("VALUE") },
    { "at-most", 0, 0, G_OPTION_ARG_NONE, &at_most,
      N_("The value must fall to the target or below (default: rise to it or above)"), NULL },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &baseline,
      N_("The value when the plan is opened"), N_("VALUE") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due,
      N_("The period whose evaluation checks the plan, such as 2026-Q4 (required)"),
      N_("PERIOD") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner,
      N_("Who follows the plan up (required)"), N_("NAME") },
    { "problem", 0, 0, G_OPTION_ARG_STRING, &problem,
      N_("What went wrong (required)"), N_("TEXT") },
    { "containment", 0, 0, G_OPTION_ARG_STRING, &containment,
      N_("What stops the problem reaching the company meanwhile"), N_("TEXT") },
    { "corrective", 0, 0, G_OPTION_ARG_STRING, &corrective,
      N_("What the supplier changes so it does not happen again"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Open an improvement plan for SUPPLIER: its indicator for --criterion must reach "
        "--target by the evaluation of the --due period, which checks it (met or missed)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one SUPPLIER code"));

  plan->supplier_code = g_strdup (argv[1]);
  plan->direction = at_most ? TIERS_TARGET_AT_MOST : TIERS_TARGET_AT_LEAST;
  if (!require (criterion, "--criterion", &error) || !require (target, "--target", &error) ||
      !require (due, "--due", &error) || !require (owner, "--owner", &error) ||
      !require (problem, "--problem", &error) ||
      !parse_number (target, "--target", &plan->target, &error) ||
      (baseline != NULL && !parse_number (baseline, "--baseline", &plan->baseline, &error)) ||
      !tiers_period_parse (due, &plan->due, &error))
    return tiers_cli_fail (error);
  plan->has_baseline = baseline != NULL;
  plan->criterion = g_steal_pointer (&criterion);
  plan->owner = g_steal_pointer (&owner);
  plan->problem = g_steal_pointer (&problem);
  plan->containment = g_steal_pointer (&containment);
  plan->corrective = g_steal_pointer (&corrective);
  if ((store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_save_plan (store, plan, &error))
    return tiers_cli_fail (error);
  g_print (_("Opened improvement plan %lld for %s, due %s (%s).\n"), (long long) plan->id,
           plan->supplier_code, due, tiers_plan_status_to_string (tiers_plan_get_status (plan)));
  return TIERS_EXIT_OK;
}

static void
append_number (GString  *out,
               gboolean  has_value,
               double    value)
{
  g_autofree char *text = has_value ? tiers_number_format (value) : NULL;

  if (text != NULL)
    g_string_append (out, text);
}

static void
append_plan (GString         *out,
             const TiersPlan *plan,
             const GDate     *today)
{
  g_autofree char *due = tiers_period_to_string (&plan->due);

  g_string_append_printf (out, "%" G_GINT64_FORMAT ",", plan->id);
  tiers_cli_append_field (out, plan->supplier_code);
  g_string_append_c (out, ',');
  tiers_cli_append_field (out, plan->criterion);
  g_string_append_printf (out, ",%s,", tiers_target_direction_to_string (plan->direction));
  append_number (out, TRUE, plan->target);
  g_string_append_c (out, ',');
  append_number (out, plan->has_baseline, plan->baseline);
  g_string_append_printf (out, ",%s,", due);
  tiers_cli_append_field (out, plan->owner);
  g_string_append_printf (out, ",%s,", tiers_plan_status_to_string (tiers_plan_get_status (plan)));
  append_number (out, plan->has_checked_value, plan->checked_value);
  g_string_append_printf (out, ",%d,", tiers_plan_is_overdue (plan, today) ? 1 : 0);
  tiers_cli_append_field (out, plan->problem);
  g_string_append_c (out, '\n');
}

static int
plan_list (TiersCli *cli,
           int       argc,
           char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("list [SUPPLIER]"));
  g_autofree char *status_code = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TiersPlanStatus wanted = TIERS_PLAN_STATUS_OPEN;
  GError *error = NULL;
  TiersStore *store;
  GDate today;
  int status;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_code,
      N_("Only plans with this status: open, met, missed or closed"), N_("STATUS") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Print the improvement plans, of every supplier or of SUPPLIER, as CSV by supplier "
        "code and plan number, with their status and whether they are overdue."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc > 2)
    return tiers_cli_usage_error (context, _("give at most one SUPPLIER code"));
  if ((status_code != NULL && !tiers_plan_status_parse (status_code, &wanted, &error)) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      (plans = tiers_store_list_plans (store, argc == 2 ? argv[1] : NULL, &error)) == NULL)
    return tiers_cli_fail (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  out = g_string_new ("id,supplier_code,criterion,direction,target,baseline,due_period,owner,"
                      "status,checked_value,overdue,problem\n");
  for (guint i = 0; i < plans->len; i++)
    {
      const TiersPlan *plan = g_ptr_array_index (plans, i);

      if (status_code == NULL || tiers_plan_get_status (plan) == wanted)
        append_plan (out, plan, &today);
    }
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return TIERS_EXIT_REFUSED;
  return TIERS_EXIT_OK;
}

static int
plan_close (TiersCli *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("close ID"));
  g_autofree char *reason = NULL;
  GError *error = NULL;
  TiersStore *store;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the plan is closed by hand (required)"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("Close improvement plan ID by hand (cancelled, or settled another way), with a reason. "
        "A closed plan no longer flags its supplier for replacement."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give exactly one plan ID"));
  if (!tiers_integer_parse (argv[1], &id) || id <= 0)
    {
      g_printerr ("supplier-tiers-cli: %s\n", _("ID: give the plan’s number, as “plan list” "
                                                 "prints it"));
      return TIERS_EXIT_REFUSED;
    }
  if (!require (reason, "--reason", &error) ||
      (store = tiers_cli_get_store (cli, &error)) == NULL ||
      !tiers_store_close_plan (store, id, reason, &error))
    return tiers_cli_fail (error);
  g_print (_("Closed improvement plan %lld.\n"), (long long) id);
  return TIERS_EXIT_OK;
}

int
tiers_cli_plan (TiersCli *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GOptionContext) context =
      g_option_context_new (_("add SUPPLIER … | list [SUPPLIER] | close ID …"));

  if (argc >= 2 && strcmp (argv[1], "add") == 0)
    return plan_add (cli, argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "list") == 0)
    return plan_list (cli, argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "close") == 0)
    return plan_close (cli, argc - 1, argv + 1);
  g_option_context_set_summary (context,
      _("Improvement plans: “plan add SUPPLIER --help”, “plan list --help” and "
        "“plan close --help” say more."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (argc >= 2 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", help);
      return TIERS_EXIT_OK;
    }
  return tiers_cli_usage_error (context, _("use “plan add”, “plan list” or “plan close”"));
}
