/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-audit.h: the audit trail's rules (docs/reliability.md, "Audit trail"): what an
 * entry is, how its hash is computed from the entry before and its own content, and how an
 * entry reads to a user. Pure: the store keeps the entries (tiers-store-audit.h). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The actions on main's changes. An action is any short name in [a-z_]; names unknown to
 * tiers_audit_action_label () show as they are. */
#define TIERS_AUDIT_STARTED              "audit_started"
#define TIERS_AUDIT_IMPORT               "import"
#define TIERS_AUDIT_SCHEME_VERSION       "scheme_version"
#define TIERS_AUDIT_EVALUATION           "evaluation"
#define TIERS_AUDIT_EVALUATION_FORGOTTEN "evaluation_forgotten"
#define TIERS_AUDIT_OVERRIDE_SET         "override_set"
#define TIERS_AUDIT_OVERRIDE_WITHDRAWN   "override_withdrawn"
#define TIERS_AUDIT_REVIEW_MARKED        "review_marked"
#define TIERS_AUDIT_REVIEW_UNMARKED      "review_unmarked"
#define TIERS_AUDIT_PERIOD_FINALIZED     "period_finalized"
#define TIERS_AUDIT_PERIOD_REOPENED      "period_reopened"
#define TIERS_AUDIT_CONFLICT_DECLARED    "conflict_declared"
#define TIERS_AUDIT_CONFLICT_REMOVED     "conflict_removed"
#define TIERS_AUDIT_RESTORED             "database_restored"
#define TIERS_AUDIT_PLAN_OPENED          "plan_opened"
#define TIERS_AUDIT_PLAN_EDITED          "plan_edited"
#define TIERS_AUDIT_PLAN_CLOSED          "plan_closed"
#define TIERS_AUDIT_STATUS_CHANGED       "supplier_status_changed"
#define TIERS_AUDIT_ACTION_RECORDED      "supplier_action_recorded"
#define TIERS_AUDIT_STRATEGY_ADDED       "strategy_added"
#define TIERS_AUDIT_STRATEGY_EDITED      "strategy_edited"
#define TIERS_AUDIT_STRATEGY_MOVED       "strategy_moved"
#define TIERS_AUDIT_STRATEGY_DELETED     "strategy_deleted"
#define TIERS_AUDIT_SUPPLIER_ADDED       "supplier_added"
#define TIERS_AUDIT_SUPPLIER_EDITED      "supplier_edited"
#define TIERS_AUDIT_RECORD_ADDED         "record_added"
#define TIERS_AUDIT_RECORD_EDITED        "record_edited"
#define TIERS_AUDIT_RECORD_DELETED       "record_deleted"
#define TIERS_AUDIT_IMPORT_WITHDRAWN     "import_withdrawn"
#define TIERS_AUDIT_SCORECARD_SENT       "scorecard_sent"
#define TIERS_AUDIT_SCORECARD_ACKNOWLEDGED "scorecard_acknowledged"
#define TIERS_AUDIT_OBJECTION_RECORDED   "objection_recorded"
#define TIERS_AUDIT_OBJECTION_DECIDED    "objection_decided"

/* The hash an entry before the first one stands for: 64 zeros. */
#define TIERS_AUDIT_FIRST_PREVIOUS \
  "0000000000000000000000000000000000000000000000000000000000000000"

typedef struct
{
  gint64  id;
  char   *happened_at;     /* ISO 8601, local time with its offset */
  char   *user_name;       /* the operating-system user */
  char   *action;
  char   *object;          /* KIND:KEY, e.g. supplier:S001, period:2026-Q3, batch:12 */
  char   *before;          /* compact JSON object, or NULL (nothing before) */
  char   *after;           /* compact JSON object, or NULL (nothing after) */
  char   *previous_hash;   /* the hash of the entry before */
  char   *hash;            /* SHA-256 of previous_hash and this entry's content, hex */
} TiersAuditEntry;

void        tiers_audit_entry_free      (TiersAuditEntry       *entry);
/* SHA-256, lower-case hex, of PREVIOUS_HASH and ENTRY's id, time, user, action, object,
 * before and after, each written as its length in bytes, a colon and its bytes (NULL as a
 * dash), so no two different entries read alike. ENTRY's own hash fields are not read. */
char       *tiers_audit_compute_hash    (const char            *previous_hash,
                                         const TiersAuditEntry *entry);

/* What an action is called in the History view, translated ("Override set"). */
const char *tiers_audit_action_label    (const char            *action);
/* The object in words, translated: "Supplier S001", "Period 2026-Q3", "Import batch 12". */
char       *tiers_audit_object_label    (const char            *object);
/* The object for a supplier's entries: "supplier:CODE". */
char       *tiers_audit_supplier_object (const char            *supplier_code);

/* One value of a change's before or after: the JSON value as text (a string unquoted), or
 * NULL where the key is absent or null. */
typedef struct
{
  char *key;
  char *before;
  char *after;
} TiersAuditChange;

void        tiers_audit_change_free     (TiersAuditChange      *change);
/* "Grade: B → C; Comment: late deliveries", from CHANGES (of TiersAuditChange*): only the
 * keys whose value changed, named by tiers_audit_field_label (); "" when nothing did. */
char       *tiers_audit_describe_changes (GPtrArray            *changes);
const char *tiers_audit_field_label     (const char            *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersAuditEntry, tiers_audit_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersAuditChange, tiers_audit_change_free)

G_END_DECLS
