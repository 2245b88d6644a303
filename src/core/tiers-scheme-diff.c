/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scheme-diff.c: what changed between two scheme versions, in the words of the scheme
 * file, as stored with each new version ("[Criterion price] Weight: 20 → 30"). */
#define G_LOG_DOMAIN "tiers-scheme"

#include "config.h"

#include "tiers-i18n.h"
#include <string.h>

#include "tiers-scheme.h"

static GKeyFile *
to_key_file (const TiersScheme *scheme)
{
  g_autofree char *data = tiers_scheme_to_data (scheme);
  GKeyFile *kf = g_key_file_new ();

  /* Our own output always parses; an empty key file would only make every key look new. */
  g_key_file_load_from_data (kf, data, (gsize) -1, G_KEY_FILE_NONE, NULL);
  return kf;
}

static void
add_change (GPtrArray  *changes,
            const char *group,
            const char *key,
            const char *before,
            const char *after)
{
  if (key == NULL)
    g_ptr_array_add (changes, g_strdup_printf ("[%s] %s", group,
                                               after ? _("added") : _("removed")));
  else
    g_ptr_array_add (changes, g_strdup_printf ("[%s] %s: %s → %s", group, key,
                                               before ? before : "–", after ? after : "–"));
}

/* Keys of `group` in either file whose values differ, in the order the files list them. */
static void
compare_group (GKeyFile   *before,
               GKeyFile   *after,
               const char *group,
               GPtrArray  *changes)
{
  g_auto(GStrv) old_keys = g_key_file_get_keys (before, group, NULL, NULL);
  g_auto(GStrv) new_keys = g_key_file_get_keys (after, group, NULL, NULL);

  for (guint i = 0; new_keys != NULL && new_keys[i] != NULL; i++)
    {
      g_autofree char *was = g_key_file_get_value (before, group, new_keys[i], NULL);
      g_autofree char *now = g_key_file_get_value (after, group, new_keys[i], NULL);

      if (g_strcmp0 (was, now) != 0)
        add_change (changes, group, new_keys[i], was, now);
    }
  for (guint i = 0; old_keys != NULL && old_keys[i] != NULL; i++)
    if (!g_key_file_has_key (after, group, old_keys[i], NULL))
      {
        g_autofree char *was = g_key_file_get_value (before, group, old_keys[i], NULL);

        add_change (changes, group, old_keys[i], was, NULL);
      }
}

char *
tiers_scheme_describe_changes (const TiersScheme *before,
                               const TiersScheme *after)
{
  g_autoptr(GKeyFile) old_kf = NULL;
  g_autoptr(GKeyFile) new_kf = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) old_groups = NULL;
  g_auto(GStrv) new_groups = NULL;

  g_return_val_if_fail (after != NULL, NULL);

  if (before == NULL)
    return g_strdup (_("first version"));
  old_kf = to_key_file (before);
  new_kf = to_key_file (after);
  old_groups = g_key_file_get_groups (old_kf, NULL);
  new_groups = g_key_file_get_groups (new_kf, NULL);

  for (guint i = 0; new_groups[i] != NULL; i++)
    if (g_key_file_has_group (old_kf, new_groups[i]))
      compare_group (old_kf, new_kf, new_groups[i], changes);
    else
      add_change (changes, new_groups[i], NULL, NULL, "");
  for (guint i = 0; old_groups[i] != NULL; i++)
    if (!g_key_file_has_group (new_kf, old_groups[i]))
      add_change (changes, old_groups[i], NULL, "", NULL);

  if (changes->len == 0)
    return g_strdup (_("no change"));
  g_ptr_array_add (changes, NULL);
  return g_strjoinv ("; ", (char **) changes->pdata);
}
