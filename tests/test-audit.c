/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-audit.c: the audit trail's pure rules: the JSON its before and after are written in,
 * the hash of an entry (the expected values computed independently, with Python's hashlib
 * over the length-prefixed fields tiers-audit.h describes), and how an entry reads. */
#include "config.h"

#include <math.h>

#include "tiers-audit.h"
#include "tiers-json.h"

static void
test_json (void)
{
  g_autoptr(TiersJson) json = tiers_json_new ();
  g_autofree char *text = NULL;

  tiers_json_add_string (json, "comment", "say \"late\"\\\n\ttab\001");
  tiers_json_add_int (json, "rows", -3);
  tiers_json_add_double (json, "score", 0.1);
  tiers_json_add_double (json, "none", NAN);
  tiers_json_add_string (json, "empty", NULL);
  tiers_json_add_boolean (json, "final", TRUE);
  tiers_json_add_string (json, "名称", "供应商");
  text = tiers_json_end (g_steal_pointer (&json));
  g_assert_cmpstr (text, ==,
                   "{\"comment\":\"say \\\"late\\\"\\\\\\n\\ttab\\u0001\",\"rows\":-3,"
                   "\"score\":0.1,\"none\":null,\"empty\":null,\"final\":true,"
                   "\"名称\":\"供应商\"}");
}

static void
test_empty_json (void)
{
  g_autofree char *text = tiers_json_end (tiers_json_new ());

  g_assert_cmpstr (text, ==, "{}");
}

static void
test_hash (void)
{
  TiersAuditEntry entry = {
    .id = 1,
    .happened_at = (char *) "2026-10-01T09:30:00+08:00",
    .user_name = (char *) "li.wei",
    .action = (char *) "override_set",
    .object = (char *) "supplier:S001",
    .before = NULL,
    .after = (char *) "{\"period\":\"2026-Q3\",\"grade\":\"B\"}",
  };
  g_autofree char *hash = tiers_audit_compute_hash (TIERS_AUDIT_FIRST_PREVIOUS, &entry);
  g_autofree char *changed = NULL;
  g_autofree char *other_previous = NULL;
  g_autofree char *moved = NULL;

  g_assert_cmpstr (hash, ==,
                   "e2454141084a30be80ace7f005cbe496f5dd1e35950f3cebd14617e589995869");
  /* One letter of the content changes it ... */
  entry.after = (char *) "{\"period\":\"2026-Q3\",\"grade\":\"C\"}";
  changed = tiers_audit_compute_hash (TIERS_AUDIT_FIRST_PREVIOUS, &entry);
  g_assert_cmpstr (changed, ==,
                   "530448c36d271202c9090daef396d29327ecf903ae60b530e08558c0566c4920");
  /* ... and so does the entry before it. */
  other_previous = tiers_audit_compute_hash (hash, &entry);
  g_assert_cmpstr (other_previous, !=, changed);
  /* An empty before is not a missing one; bytes moved between fields are not the same. */
  entry.before = (char *) "";
  moved = tiers_audit_compute_hash (TIERS_AUDIT_FIRST_PREVIOUS, &entry);
  g_assert_cmpstr (moved, !=, changed);
}

static TiersAuditChange *
change (const char *key, const char *before, const char *after)
{
  TiersAuditChange *c = g_new0 (TiersAuditChange, 1);

  c->key = g_strdup (key);
  c->before = g_strdup (before);
  c->after = g_strdup (after);
  return c;
}

static void
test_describe (void)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (
      (GDestroyNotify) tiers_audit_change_free);
  g_autofree char *text = NULL;
  g_autofree char *removed = NULL;

  g_ptr_array_add (changes, change ("period", "2026-Q3", "2026-Q3"));
  g_ptr_array_add (changes, change ("grade", "B", "C"));
  g_ptr_array_add (changes, change ("comment", NULL, "late deliveries"));
  g_ptr_array_add (changes, change ("sha256", "aa", "bb"));
  g_ptr_array_add (changes, change ("reason", "outside_control", NULL));
  text = tiers_audit_describe_changes (changes);
  /* Unchanged and technical keys are left out. */
  g_assert_cmpstr (text, ==, "Grade: B → C; Comment: late deliveries; Reason: outside the supplier’s control → —");

  g_ptr_array_set_size (changes, 0);
  g_ptr_array_add (changes, change ("period", "2026-Q3", NULL));
  g_ptr_array_add (changes, change ("grade", "B", NULL));
  removed = tiers_audit_describe_changes (changes);
  g_assert_cmpstr (removed, ==, "Period: 2026-Q3; Grade: B");
}

static void
test_labels (void)
{
  g_autofree char *supplier = tiers_audit_supplier_object ("S001");
  g_autofree char *supplier_label = tiers_audit_object_label (supplier);
  g_autofree char *period = tiers_audit_object_label ("period:2026-Q3");
  g_autofree char *batch = tiers_audit_object_label ("batch:12");
  g_autofree char *unknown = tiers_audit_object_label ("plan:7");

  g_assert_cmpstr (supplier, ==, "supplier:S001");
  g_assert_cmpstr (supplier_label, ==, "Supplier S001");
  g_assert_cmpstr (period, ==, "Period 2026-Q3");
  g_assert_cmpstr (batch, ==, "Import batch 12");
  g_assert_cmpstr (unknown, ==, "plan:7");
  g_assert_cmpstr (tiers_audit_action_label (TIERS_AUDIT_OVERRIDE_SET), ==, "Override set");
  /* Actions other branches add show as they are until they get a label. */
  g_assert_cmpstr (tiers_audit_action_label ("plan_decided"), ==, "plan_decided");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/audit/json", test_json);
  g_test_add_func ("/audit/empty-json", test_empty_json);
  g_test_add_func ("/audit/hash", test_hash);
  g_test_add_func ("/audit/describe", test_describe);
  g_test_add_func ("/audit/labels", test_labels);
  return g_test_run ();
}
