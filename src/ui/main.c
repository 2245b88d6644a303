/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: supplier-tiers, the desktop application. Everything else lives in the UI library;
 * here only what must be settled before GLib reads its settings: where the settings schema
 * and the translations are when the program runs straight from its build tree. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-application.h"

/* Run from the build tree (`_build/src/ui/supplier-tiers`), the program takes the build's
 * compiled settings schema and translations, as `meson devenv` would give it; an installed
 * program never lives in that folder. Must run before anything reads a setting: GLib reads
 * GSETTINGS_SCHEMA_DIR once. */
static void
use_build_tree_when_uninstalled (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *folder = program != NULL ? g_path_get_dirname (program) : NULL;

  if (folder == NULL || g_strcmp0 (folder, TIERS_UI_BUILD_DIR) != 0)
    return;
  g_setenv ("GSETTINGS_SCHEMA_DIR", TIERS_BUILD_DATA_DIR, FALSE);
  g_setenv ("SUPPLIER_TIERS_LOCALEDIR", TIERS_BUILD_PO_DIR, FALSE);
}

/* Without its schema GSettings would abort the program; say what to do instead. */
static gboolean
settings_schema_found (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    return TRUE;
  g_printerr (_("Supplier Tiers cannot start: its settings schema %s is not installed.\n"
                "Install it (meson install, which compiles the schemas), or run the program "
                "from its build folder or under “meson devenv -C BUILD”.\n"), APPLICATION_ID);
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TiersApplication) app = NULL;

  use_build_tree_when_uninstalled ();
  tiers_application_set_up_locale ();
  if (!settings_schema_found ())
    return 1;
  app = tiers_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
