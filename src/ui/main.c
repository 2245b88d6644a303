/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: supplier-tiers, the desktop application. Everything else lives in the UI library. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include "tiers-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(TiersApplication) app = NULL;

  tiers_application_set_up_locale ();
  app = tiers_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
