/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-verify.c: checking the audit trail's hash chain entry by entry and the file's
 * integrity (supplier-tiers-cli verify). Nothing here trusts the triggers that refuse
 * changes to the trail: whoever edits the file with sqlite3 can drop them. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-audit.h"
#include "tiers-store-private.h"

void
tiers_verify_report_clear (TiersVerifyReport *report)
{
  g_clear_pointer (&report->newest_hash, g_free);
  g_clear_pointer (&report->broken_action, g_free);
  g_clear_pointer (&report->problem, g_free);
  g_clear_pointer (&report->integrity, g_free);
  report->n_entries = 0;
  report->broken_id = 0;
}

static void
set_broken (TiersVerifyReport     *report,
            gint64                 id,
            const TiersAuditEntry *entry,
            char                  *problem)
{
  report->broken_id = id;
  report->broken_action = entry ? g_strdup (entry->action) : NULL;
  report->problem = problem;
}

/* What is wrong with ENTRY, which should have EXPECTED_ID and follow PREVIOUS_HASH; NULL when
 * nothing is. */
static char *
check_entry (const TiersAuditEntry *entry,
             gint64                 expected_id,
             const char            *previous_hash)
{
  g_autofree char *hash = NULL;

  if (entry->id != expected_id)
    {
      if (expected_id == entry->id - 1)
        return g_strdup_printf (_("the entry before it, number %lld, was "
                                  "removed"), (long long) expected_id);
      return g_strdup_printf (_("the entries %lld to %lld"
                                " before it were removed"), (long long) expected_id,
                                (long long) entry->id - 1);
    }
  if (g_strcmp0 (entry->previous_hash, previous_hash) != 0)
    return g_strdup (_("it does not follow the entry before it: that entry was changed, "
                       "replaced or put in afterwards"));
  hash = tiers_audit_compute_hash (entry->previous_hash ? entry->previous_hash : "", entry);
  if (g_strcmp0 (hash, entry->hash) != 0)
    return g_strdup (_("its content was changed after it was written: it no longer matches "
                       "its hash"));
  return NULL;
}

static gboolean
verify_chain (TiersStore        *store,
              TiersVerifyReport *report,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) sequence = NULL;
  g_autofree char *previous = g_strdup (TIERS_AUDIT_FIRST_PREVIOUS);
  gint64 expected = 1;
  int rc;

  stmt = tiers_store_prepare (store,
      "SELECT " TIERS_STORE_AUDIT_COLUMNS " FROM audit ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TiersAuditEntry) entry = tiers_store_read_audit_entry (stmt);
      char *problem = check_entry (entry, expected, previous);

      report->n_entries++;
      if (problem != NULL)
        {
          set_broken (report, entry->id, entry, problem);
          return TRUE;
        }
      g_free (previous);
      previous = g_steal_pointer (&entry->hash);
      expected++;
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);

  /* The chain cannot tell that its newest entries are gone; the highest id ever given
   * can. */
  sequence = tiers_store_prepare (store,
      "SELECT seq FROM sqlite_sequence WHERE name = 'audit'", error);
  if (sequence == NULL)
    return FALSE;
  rc = sqlite3_step (sequence);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (report->n_entries == 0)
    set_broken (report, 1, NULL,
                g_strdup (_("the trail is empty: its first entry, written when the database "
                            "got its audit trail, was removed")));
  else if (rc == SQLITE_ROW && sqlite3_column_int64 (sequence, 0) >= expected)
    set_broken (report, expected, NULL,
                g_strdup_printf (_("the newest entries, from number %lld"
                                   " to %lld, were removed"), (long long) expected,
                                 (long long) sqlite3_column_int64 (sequence, 0)));
  else
    report->newest_hash = g_steal_pointer (&previous);
  return TRUE;
}

static gboolean
check_integrity (TiersStore        *store,
                 TiersVerifyReport *report,
                 GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, "PRAGMA integrity_check", error);
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0)
        continue;
      if (problems->len > 0)
        g_string_append_c (problems, '\n');
      g_string_append (problems, line);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (problems->len > 0)
    report->integrity = g_string_free (g_steal_pointer (&problems), FALSE);
  return TRUE;
}

static gboolean
verify (TiersStore        *store,
        TiersVerifyReport *report,
        gboolean           integrity,
        GError           **error)
{
  g_return_val_if_fail (store != NULL && report != NULL, FALSE);

  tiers_verify_report_clear (report);
  /* One read transaction: the chain and the check see the same file, whatever another
   * program appends meanwhile. */
  if (!tiers_store_exec (store, "BEGIN", error))
    return FALSE;
  if (!verify_chain (store, report, error) ||
      (integrity && !check_integrity (store, report, error)))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  tiers_store_rollback (store);
  return TRUE;
}

gboolean
tiers_store_verify (TiersStore        *store,
                    TiersVerifyReport *report,
                    GError           **error)
{
  return verify (store, report, TRUE, error);
}

gboolean
tiers_store_verify_audit (TiersStore        *store,
                          TiersVerifyReport *report,
                          GError           **error)
{
  return verify (store, report, FALSE, error);
}
