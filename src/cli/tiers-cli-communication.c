/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli-communication.c: `communication PERIOD ...`: the communication log of a period's
 * scorecards: one sent, acknowledged or objected to, an objection decided, and the list
 * (docs/cli.md, "communication"). */
#define G_LOG_DOMAIN "tiers-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tiers-cli.h"
#include "tiers-error.h"
#include "tiers-store-scorecard.h"

static int
list_log (TiersStore        *store,
          const TiersPeriod *period,
          const char        *supplier)
{
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GString) out = NULL;
  GError *error = NULL;

  if ((log = tiers_store_load_communications (store, period, supplier, &error)) == NULL)
    return tiers_cli_fail (error);
  out = g_string_new ("id,supplier_code,kind,date,channel,contact,criterion,statement,"
                      "decision,decided_by,decided_at,open\n");
  for (guint i = 0; i < log->len; i++)
    {
      const TiersCommunication *entry = g_ptr_array_index (log, i);
      const char *fields[] = { entry->supplier_code,
                               tiers_communication_kind_to_string (entry->kind), entry->date,
                               entry->channel, entry->contact, entry->criterion,
                               entry->statement, entry->decision, entry->decided_by,
                               entry->decided_at };

      g_string_append_printf (out, "%" G_GINT64_FORMAT, entry->id);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_string_append_c (out, ',');
          tiers_cli_append_field (out, fields[f] != NULL ? fields[f] : "");
        }
      g_string_append_printf (out, ",%d\n", tiers_communication_is_open (entry));
    }
  fputs (out->str, stdout);
  return fflush (stdout) == 0 ? TIERS_EXIT_OK : TIERS_EXIT_REFUSED;
}

/* The criterion must be one of the current scheme's, so the scorecard can name it. */
static gboolean
check_criterion (TiersStore  *store,
                 const char  *key,
                 GError     **error)
{
  g_autoptr(TiersScheme) scheme = NULL;

  if (key == NULL)
    return TRUE;
  if ((scheme = tiers_store_load_scheme (store, NULL, error)) == NULL)
    return FALSE;
  if (tiers_scheme_find_criterion (scheme, key) != NULL)
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a criterion of the current scheme: give its key, as "
                 "`scheme export` lists them"), key);
  return FALSE;
}

int
tiers_cli_communication (TiersCli *cli,
                         int       argc,
                         char    **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PERIOD"));
  g_autofree char *supplier = NULL, *sent = NULL, *objection = NULL, *contact = NULL;
  g_autofree char *date = NULL, *criterion = NULL, *decide = NULL, *decision = NULL;
  g_autoptr(TiersCommunication) entry = g_new0 (TiersCommunication, 1);
  gboolean acknowledged = FALSE;
  GError *error = NULL;
  TiersStore *store;
  TiersPeriod period;
  guint64 id = 0;
  int status, actions;
  GOptionEntry entries[] = {
    { "supplier", 0, 0, G_OPTION_ARG_STRING, &supplier, N_("The supplier"), N_("CODE") },
    { "sent", 0, 0, G_OPTION_ARG_STRING, &sent,
      N_("Record that the scorecard was sent, and how (email, post, portal, …)"),
      N_("CHANNEL") },
    { "acknowledged", 0, 0, G_OPTION_ARG_NONE, &acknowledged,
      N_("Record the supplier’s acknowledgement"), NULL },
    { "objection", 0, 0, G_OPTION_ARG_STRING, &objection,
      N_("Record an objection with the supplier’s statement"), N_("STATEMENT") },
    { "criterion", 0, 0, G_OPTION_ARG_STRING, &criterion,
      N_("The criterion an objection disputes (its key; default: the grade as a whole)"),
      N_("KEY") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact,
      N_("To whom it was sent, or who answered"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("When, as YYYY-MM-DD (default: today)"), N_("DATE") },
    { "decide", 0, 0, G_OPTION_ARG_STRING, &decide,
      N_("Decide the open objection with this id (see the list)"), N_("ID") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision, N_("The decision on the objection"),
      N_("TEXT") },
    { NULL }
  };

  g_option_context_set_summary (context,
      _("The communication log of PERIOD’s scorecards. Without an action, lists it as CSV\n"
        "(of one supplier with --supplier). With --supplier, --sent, --acknowledged or\n"
        "--objection records one entry; --decide ID --decision TEXT decides an objection."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!tiers_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return tiers_cli_usage_error (context, _("give one PERIOD, as in “communication 2026-Q3”"));
  actions = (sent != NULL) + acknowledged + (objection != NULL) + (decide != NULL);
  if (actions > 1)
    return tiers_cli_usage_error (context, _("give one of --sent, --acknowledged, --objection "
                                             "and --decide"));
  if ((sent != NULL || acknowledged || objection != NULL) && supplier == NULL)
    return tiers_cli_usage_error (context, _("say whose scorecard: --supplier CODE"));
  if (decide != NULL
      && (decision == NULL
          || !g_ascii_string_to_unsigned (decide, 10, 1, G_MAXINT64, &id, NULL)))
    return tiers_cli_usage_error (context, _("--decide takes an objection’s id, and "
                                             "--decision TEXT the decision"));
  if (criterion != NULL && objection == NULL)
    return tiers_cli_usage_error (context, _("--criterion goes with --objection"));
  if (!tiers_period_parse (argv[1], &period, &error))
    return tiers_cli_fail (error);
  if ((store = tiers_cli_get_store (cli, &error)) == NULL)
    return tiers_cli_fail (error);
  if (actions == 0)
    return list_log (store, &period, supplier);
  if (decide != NULL)
    {
      if (!tiers_store_decide_objection (store, (gint64) id, decision, &error))
        return tiers_cli_fail (error);
      return TIERS_EXIT_OK;
    }

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = g_date_time_format (now, "%Y-%m-%d");
    }
  entry->supplier_code = g_strdup (supplier);
  entry->period = tiers_period_to_string (&period);
  entry->kind = sent != NULL ? TIERS_COMMUNICATION_SENT
              : acknowledged ? TIERS_COMMUNICATION_ACKNOWLEDGED : TIERS_COMMUNICATION_OBJECTION;
  entry->date = g_strdup (date);
  entry->channel = g_strdup (sent);
  entry->contact = g_strdup (contact);
  entry->criterion = g_strdup (criterion);
  entry->statement = g_strdup (objection);
  if (!check_criterion (store, criterion, &error)
      || !tiers_store_add_communication (store, entry, &error))
    return tiers_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", entry->id);
  return TIERS_EXIT_OK;
}
