/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication.c: the entries of a scorecard's communication log and their words. */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include "tiers-communication.h"
#include "tiers-error.h"
#include "tiers-i18n.h"

static const char * const kind_codes[] = { "sent", "acknowledged", "objection" };
G_STATIC_ASSERT (G_N_ELEMENTS (kind_codes) == TIERS_N_COMMUNICATION_KINDS);

void
tiers_communication_free (TiersCommunication *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->supplier_code);
  g_free (entry->period);
  g_free (entry->date);
  g_free (entry->channel);
  g_free (entry->contact);
  g_free (entry->criterion);
  g_free (entry->statement);
  g_free (entry->decision);
  g_free (entry->decided_by);
  g_free (entry->decided_at);
  g_free (entry->recorded_by);
  g_free (entry->recorded_at);
  g_free (entry);
}

const char *
tiers_communication_kind_to_string (TiersCommunicationKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_COMMUNICATION_KINDS, "");
  return kind_codes[kind];
}

gboolean
tiers_communication_kind_parse (const char              *text,
                                TiersCommunicationKind  *kind,
                                GError                 **error)
{
  g_return_val_if_fail (text != NULL && kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_codes); i++)
    if (g_str_equal (text, kind_codes[i]))
      {
        *kind = (TiersCommunicationKind) i;
        return TRUE;
      }
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("“%s” is not a kind of message: use sent, acknowledged or objection"), text);
  return FALSE;
}

gboolean
tiers_communication_is_open (const TiersCommunication *entry)
{
  g_return_val_if_fail (entry != NULL, FALSE);
  return entry->kind == TIERS_COMMUNICATION_OBJECTION && entry->decision == NULL;
}

guint
tiers_communication_count_open (const GPtrArray *log)
{
  guint open = 0;

  g_return_val_if_fail (log != NULL, 0);
  for (guint i = 0; i < log->len; i++)
    if (tiers_communication_is_open (g_ptr_array_index (log, i)))
      open++;
  return open;
}

char *
tiers_communication_describe (const TiersCommunication *entry,
                              const char               *criterion_name)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (entry != NULL, NULL);

  switch (entry->kind)
    {
    case TIERS_COMMUNICATION_SENT:
      if (entry->contact != NULL)
        /* Translators: a scorecard was sent, e.g. "Sent by email to Li Wei" */
        g_string_printf (text, _("Sent by %s to %s"), entry->channel, entry->contact);
      else
        g_string_printf (text, _("Sent by %s"), entry->channel);
      break;
    case TIERS_COMMUNICATION_ACKNOWLEDGED:
      if (entry->contact != NULL)
        g_string_printf (text, _("Acknowledged by %s"), entry->contact);
      else
        g_string_assign (text, _("Acknowledged by the supplier"));
      break;
    case TIERS_COMMUNICATION_OBJECTION:
    default:
      if (criterion_name != NULL || entry->criterion != NULL)
        /* Translators: e.g. "Objection to On-time delivery: “The carrier was on strike.”" */
        g_string_printf (text, _("Objection to %s: “%s”"),
                         criterion_name != NULL ? criterion_name : entry->criterion,
                         entry->statement);
      else
        g_string_printf (text, _("Objection to the grade: “%s”"), entry->statement);
      if (entry->decision == NULL)
        g_string_append_printf (text, " %s", _("Open: no decision yet."));
      else
        {
          g_autofree char *decided = NULL;

          /* Translators: e.g. "Decided by alice on 2026-12-07: the grade stands." */
          decided = g_strdup_printf (_("Decided by %s on %.10s: %s"), entry->decided_by,
                                     entry->decided_at, entry->decision);
          g_string_append_printf (text, " %s", decided);
        }
      break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
