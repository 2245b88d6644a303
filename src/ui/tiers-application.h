/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-application.h: Supplier Tiers as a desktop application. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TIERS_TYPE_APPLICATION (tiers_application_get_type ())

G_DECLARE_FINAL_TYPE (TiersApplication, tiers_application, TIERS, APPLICATION, AdwApplication)

/* Binds the translations: $SUPPLIER_TIERS_LOCALEDIR when set (a build tree), else the
 * installed ones. */
void              tiers_application_set_up_locale (void);
TiersApplication *tiers_application_new           (void);
/* Presents the window already open on PATH, or opens one; NULL: the database used last, or
 * the default one. */
void              tiers_application_open_database (TiersApplication *self,
                                                   const char       *path);

G_END_DECLS
