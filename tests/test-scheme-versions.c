/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scheme-versions.c: every change of the scheme is a new version that says who saved
 * it, when, and what changed. */
#include "config.h"

#include <string.h>

#include "tiers-store.h"

static void
test_describe_changes (void)
{
  g_autoptr(TiersScheme) before = tiers_scheme_new_default ();
  g_autoptr(TiersScheme) after = tiers_scheme_copy (before);
  g_autofree char *first = tiers_scheme_describe_changes (NULL, before);
  g_autofree char *same = tiers_scheme_describe_changes (before, after);
  g_autofree char *text = NULL;
  TiersCriterion *extra = tiers_criterion_new ("innovation");

  g_assert_cmpstr (first, ==, "first version");
  g_assert_cmpstr (same, ==, "no change");

  after->grade_a = 85;
  ((TiersCriterion *) after->criteria->pdata[0])->weight = 30;   /* pass_rate, was 25 */
  extra->weight = 1;
  g_ptr_array_add (after->criteria, extra);
  g_ptr_array_remove_index (after->criteria, 1);                /* incidents */
  text = tiers_scheme_describe_changes (before, after);
  g_assert_cmpstr (text, ==,
                   "[Scheme] GradeA: 90 → 85; [Criterion pass_rate] Weight: 25 → 30; "
                   "[Criterion innovation] added; [Criterion incidents] removed");
}

static void
test_versions_stored (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tiers-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tiers.db", NULL);
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersStore) store = tiers_store_open (path, &error);
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();
  g_autoptr(GPtrArray) versions = NULL;
  const TiersSchemeVersion *v;
  gint64 id = 0;

  g_assert_no_error (error);
  scheme->smoothing = 0.5;
  g_assert_true (tiers_store_save_scheme (store, scheme, "Wang", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 2);
  versions = tiers_store_list_scheme_versions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  v = versions->pdata[0];
  g_assert_cmpstr (v->summary, ==, "first version");
  v = versions->pdata[1];
  g_assert_cmpint (v->id, ==, 2);
  g_assert_cmpstr (v->author, ==, "Wang");
  g_assert_cmpstr (v->summary, ==, "[Scheme] Smoothing: 1 → 0.5");
  g_assert_cmpuint (strlen (v->created_at), >=, 19);

  g_clear_pointer (&store, tiers_store_close);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scheme-versions/describe-changes", test_describe_changes);
  g_test_add_func ("/scheme-versions/stored", test_versions_stored);
  return g_test_run ();
}
