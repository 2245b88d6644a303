/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-audit.c: the audit trail's hash chain and how its entries read (tiers-audit.h). */
#define G_LOG_DOMAIN "tiers-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-audit.h"

void
tiers_audit_entry_free (TiersAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->happened_at);
  g_free (entry->user_name);
  g_free (entry->action);
  g_free (entry->object);
  g_free (entry->before);
  g_free (entry->after);
  g_free (entry->previous_hash);
  g_free (entry->hash);
  g_free (entry);
}

/* Length-prefixed, so that moving bytes from one field into the next changes the hash. */
static void
add_field (GChecksum  *checksum,
           const char *value)
{
  g_autofree char *prefix = NULL;

  if (value == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-\n", 2);
      return;
    }
  prefix = g_strdup_printf ("%" G_GSIZE_FORMAT ":", strlen (value));
  g_checksum_update (checksum, (const guchar *) prefix, -1);
  g_checksum_update (checksum, (const guchar *) value, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
}

char *
tiers_audit_compute_hash (const char            *previous_hash,
                          const TiersAuditEntry *entry)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *id = NULL;

  g_return_val_if_fail (previous_hash != NULL && entry != NULL, NULL);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, entry->id);
  add_field (checksum, "supplier-tiers audit 1");
  add_field (checksum, previous_hash);
  add_field (checksum, id);
  add_field (checksum, entry->happened_at);
  add_field (checksum, entry->user_name);
  add_field (checksum, entry->action);
  add_field (checksum, entry->object);
  add_field (checksum, entry->before);
  add_field (checksum, entry->after);
  return g_strdup (g_checksum_get_string (checksum));
}

typedef struct
{
  const char *name;
  const char *label;
} Label;

static const Label action_labels[] = {
  { TIERS_AUDIT_STARTED, N_("Audit trail started") },
  { TIERS_AUDIT_IMPORT, N_("File imported") },
  { TIERS_AUDIT_SCHEME_VERSION, N_("Scheme changed") },
  { TIERS_AUDIT_EVALUATION, N_("Period evaluated") },
  { TIERS_AUDIT_EVALUATION_FORGOTTEN, N_("Evaluation removed") },
  { TIERS_AUDIT_OVERRIDE_SET, N_("Override set") },
  { TIERS_AUDIT_OVERRIDE_WITHDRAWN, N_("Override withdrawn") },
  { TIERS_AUDIT_REVIEW_MARKED, N_("Marked reviewed") },
  { TIERS_AUDIT_REVIEW_UNMARKED, N_("Review mark removed") },
  { TIERS_AUDIT_PERIOD_FINALIZED, N_("Period finalized") },
  { TIERS_AUDIT_PERIOD_REOPENED, N_("Period reopened") },
  { TIERS_AUDIT_CONFLICT_DECLARED, N_("Conflict of interest declared") },
  { TIERS_AUDIT_CONFLICT_REMOVED, N_("Conflict of interest removed") },
  { TIERS_AUDIT_RESTORED, N_("Database restored from a backup") },
  { TIERS_AUDIT_PLAN_OPENED, N_("Improvement plan opened") },
  { TIERS_AUDIT_PLAN_EDITED, N_("Improvement plan edited") },
  { TIERS_AUDIT_PLAN_CLOSED, N_("Improvement plan closed") },
  { TIERS_AUDIT_STATUS_CHANGED, N_("Supplier status changed") },
  { TIERS_AUDIT_ACTION_RECORDED, N_("Action recorded for a supplier") },
  { TIERS_AUDIT_STRATEGY_ADDED, N_("Standard action added") },
  { TIERS_AUDIT_STRATEGY_EDITED, N_("Standard action edited") },
  { TIERS_AUDIT_STRATEGY_MOVED, N_("Standard action moved") },
  { TIERS_AUDIT_STRATEGY_DELETED, N_("Standard action deleted") },
  { TIERS_AUDIT_SUPPLIER_ADDED, N_("Supplier added") },
  { TIERS_AUDIT_SUPPLIER_EDITED, N_("Supplier edited") },
  { TIERS_AUDIT_RECORD_ADDED, N_("Record added by hand") },
  { TIERS_AUDIT_RECORD_EDITED, N_("Record corrected") },
  { TIERS_AUDIT_RECORD_DELETED, N_("Record deleted") },
  { TIERS_AUDIT_IMPORT_WITHDRAWN, N_("Imported file withdrawn") },
  { TIERS_AUDIT_SCORECARD_SENT, N_("Scorecard sent") },
  { TIERS_AUDIT_SCORECARD_ACKNOWLEDGED, N_("Scorecard acknowledged") },
  { TIERS_AUDIT_OBJECTION_RECORDED, N_("Objection to a scorecard recorded") },
  { TIERS_AUDIT_OBJECTION_DECIDED, N_("Objection decided") },
};

const char *
tiers_audit_action_label (const char *action)
{
  g_return_val_if_fail (action != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (action_labels); i++)
    if (strcmp (action_labels[i].name, action) == 0)
      return _(action_labels[i].label);
  return action;
}

char *
tiers_audit_supplier_object (const char *supplier_code)
{
  g_return_val_if_fail (supplier_code != NULL, NULL);

  return g_strconcat ("supplier:", supplier_code, NULL);
}

char *
tiers_audit_object_label (const char *object)
{
  const char *colon;
  g_autofree char *kind = NULL;

  g_return_val_if_fail (object != NULL, NULL);

  colon = strchr (object, ':');
  if (colon == NULL)
    return g_strdup (strcmp (object, "database") == 0 ? _("The database") : object);
  kind = g_strndup (object, colon - object);
  if (strcmp (kind, "supplier") == 0)
    /* Translators: %s is a supplier's code */
    return g_strdup_printf (_("Supplier %s"), colon + 1);
  if (strcmp (kind, "period") == 0)
    /* Translators: %s is a period such as 2026-Q3 */
    return g_strdup_printf (_("Period %s"), colon + 1);
  if (strcmp (kind, "batch") == 0)
    /* Translators: %s is the number of an import batch */
    return g_strdup_printf (_("Import batch %s"), colon + 1);
  if (strcmp (kind, "scheme") == 0)
    /* Translators: %s is the number of a version of the grading scheme */
    return g_strdup_printf (_("Scheme version %s"), colon + 1);
  return g_strdup (object);
}

void
tiers_audit_change_free (TiersAuditChange *change)
{
  if (change == NULL)
    return;
  g_free (change->key);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

/* Keys kept for the record but too technical for the one-line summary map to NULL. */
static const Label field_labels[] = {
  { "period", N_("Period") },
  { "grade", N_("Grade") },
  { "reason", N_("Reason") },
  { "comment", N_("Comment") },
  { "evaluator", N_("Evaluator") },
  { "kind", N_("Kind") },
  { "file", N_("File") },
  { "rows", N_("Rows") },
  { "skipped", N_("Duplicates skipped") },
  { "version", N_("Version") },
  { "author", N_("Author") },
  { "summary", N_("Changes") },
  { "scheme_version", N_("Scheme version") },
  { "suppliers", N_("Suppliers") },
  { "grades", N_("Grades") },
  { "status", N_("Status") },
  { "finalized_periods", N_("Finalized periods") },
  { "schema", N_("Schema") },
  { "entries", N_("Entries") },
  { "import_batches", N_("Import batches") },
  { "evaluations", N_("Evaluations") },
  { "date", N_("Date") },
  { "channel", N_("Channel") },
  { "contact", N_("Contact") },
  { "criterion", N_("Criterion") },
  { "statement", N_("Statement") },
  { "decision", N_("Decision") },
  { "message", NULL },
  { "sha256", NULL },
  { "results_sha256", NULL },
  { "data_mark", NULL },
  { "evaluated_at", NULL },
};

const char *
tiers_audit_field_label (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (strcmp (field_labels[i].name, key) == 0)
      return field_labels[i].label ? _(field_labels[i].label) : NULL;
  return key;
}

/* The values a user reads in words rather than as stored. */
static const Label value_labels[] = {
  { "draft", N_("draft") },
  { "finalized", N_("finalized") },
  { "data_error", N_("data error") },
  { "outside_control", N_("outside the supplier’s control") },
  { "new_information", N_("new information") },
  { "other", N_("other") },
};

static const char *
value_label (const char *key,
             const char *value)
{
  if (value == NULL || (strcmp (key, "status") != 0 && strcmp (key, "reason") != 0))
    return value;
  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    if (strcmp (value_labels[i].name, value) == 0)
      return _(value_labels[i].label);
  return value;
}

char *
tiers_audit_describe_changes (GPtrArray *changes)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean removal = TRUE;

  g_return_val_if_fail (changes != NULL, NULL);

  /* An entry that only removes something reads best as what was removed. */
  for (guint i = 0; i < changes->len; i++)
    if (((TiersAuditChange *) changes->pdata[i])->after != NULL)
      removal = FALSE;
  for (guint i = 0; i < changes->len; i++)
    {
      const TiersAuditChange *c = changes->pdata[i];
      const char *label = tiers_audit_field_label (c->key);
      const char *before = value_label (c->key, c->before);
      const char *after = value_label (c->key, c->after);

      if (label == NULL || g_strcmp0 (c->before, c->after) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (removal)
        g_string_append_printf (text, "%s: %s", label, before);
      else if (before == NULL)
        g_string_append_printf (text, "%s: %s", label, after);
      else
        g_string_append_printf (text, "%s: %s → %s", label, before, after ? after : "—");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
