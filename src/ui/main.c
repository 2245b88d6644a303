/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <adwaita.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
