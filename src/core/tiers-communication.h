/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-communication.h: the communication log of a scorecard: when the scorecard of a period
 * was sent to a supplier (date, channel, contact), the supplier's acknowledgement, and an
 * objection with the criterion it disputes, the supplier's statement and, once decided, the
 * decision with who took it and when. An objection without a decision is open. The store
 * keeps the entries (tiers-store-communication.h); pages and the printed scorecard show them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TIERS_COMMUNICATION_SENT,
  TIERS_COMMUNICATION_ACKNOWLEDGED,
  TIERS_COMMUNICATION_OBJECTION,
  TIERS_N_COMMUNICATION_KINDS
} TiersCommunicationKind;

typedef struct
{
  gint64                  id;
  char                   *supplier_code;
  char                   *period;        /* "2026-Q3" */
  TiersCommunicationKind  kind;
  char                   *date;          /* YYYY-MM-DD: sent, acknowledged or objected */
  char                   *channel;       /* sent: email, post, portal ...; else NULL */
  char                   *contact;       /* to whom it was sent, or who answered; may be NULL */
  char                   *criterion;     /* objection: the disputed criterion's key; NULL: the
                                          * grade as a whole */
  char                   *statement;     /* objection: the supplier's statement */
  char                   *decision;      /* objection: NULL while open */
  char                   *decided_by;
  char                   *decided_at;    /* ISO 8601 */
  char                   *recorded_by;   /* the operating-system user */
  char                   *recorded_at;   /* ISO 8601 */
} TiersCommunication;

void        tiers_communication_free          (TiersCommunication      *entry);
/* "sent", "acknowledged", "objection": the codes of the command line and the database. */
const char *tiers_communication_kind_to_string (TiersCommunicationKind  kind);
gboolean    tiers_communication_kind_parse    (const char              *text,
                                               TiersCommunicationKind  *kind,
                                               GError                 **error);
gboolean    tiers_communication_is_open       (const TiersCommunication *entry);
/* How many objections in LOG (of TiersCommunication) wait for a decision. */
guint       tiers_communication_count_open    (const GPtrArray          *log);
/* One line as a reader takes it, translated: "Sent by email to Li Wei",
 * "Acknowledged by Li Wei", "Objection to On-time delivery: “…” Open." The criterion's name
 * is looked up in SCHEME (may be NULL: the key is shown). */
char       *tiers_communication_describe      (const TiersCommunication *entry,
                                               const char               *criterion_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersCommunication, tiers_communication_free)

G_END_DECLS
