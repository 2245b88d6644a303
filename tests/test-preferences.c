/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-preferences.c: the Preferences window keeps what a person types in it, and shows what
 * the settings hold: the company name as typed, the risk threshold as a percentage of a
 * fraction. */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <adwaita.h>

#include "tiers-preferences-window.h"
#include "tiers-test-widgets.h"

static void
test_rows_follow_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *window = tiers_preferences_window_new (NULL);
  GtkWidget *company, *spin;
  g_autofree char *name = NULL;

  gtk_window_present (GTK_WINDOW (window));
  company = tiers_test_find_by_type (window, ADW_TYPE_ENTRY_ROW);
  spin = tiers_test_find_by_type (window, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (company);
  g_assert_nonnull (spin);

  /* The defaults: no company yet, 30 % shown for the fraction 0.30. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (company)), ==, "");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 30.0, 1e-9);

  gtk_editable_set_text (GTK_EDITABLE (company), "华东精密制造有限公司");
  name = g_settings_get_string (settings, "company-name");
  g_assert_cmpstr (name, ==, "华东精密制造有限公司");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 45.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "risk-share-threshold"),
                                  0.45, 1e-9);

  g_settings_set_double (settings, "risk-share-threshold", 0.25);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 25.0, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/preferences/rows-follow-settings", test_rows_follow_settings);
  return g_test_run ();
}
