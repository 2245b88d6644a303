/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-export.h: Export CSV…: the rows the Suppliers page shows, saved to a file
 * that Excel and LibreOffice open as it is (tiers-supplier-csv.h). */
#pragma once

#include <gio/gio.h>

#include "tiers-session.h"
#include "tiers-suppliers-page.h"

G_BEGIN_DECLS

/* The name the save dialog suggests: "suppliers-2026-Q3.csv" for the session's period,
 * "suppliers.csv" while there is none. */
char     *tiers_supplier_export_default_name (TiersSession        *session);
/* Writes the shown rows to FILE, replacing it only once everything is written. */
gboolean  tiers_supplier_export_to_file      (TiersSuppliersPage  *page,
                                              GFile               *file,
                                              GError             **error);

G_END_DECLS
