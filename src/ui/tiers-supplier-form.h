/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-form.h: adding a supplier, or changing one's code, name, category and
 * contact, by the importer's rules (tiers-record-rules.h), each field marked as it breaks
 * one. Its status is not edited here. */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SUPPLIER_FORM (tiers_supplier_form_get_type ())

G_DECLARE_FINAL_TYPE (TiersSupplierForm, tiers_supplier_form, TIERS, SUPPLIER_FORM, AdwWindow)

/* A form for a new supplier (CODE NULL) or for supplier CODE, transient for PARENT's
 * window. Once saved, the session hears the data changed and PARENT's win.show-supplier
 * shows the supplier; the form closes. */
TiersSupplierForm *tiers_supplier_form_new     (GtkWidget         *parent,
                                                TiersSession      *session,
                                                const char        *code);
/* The row of the field (TIERS_SUPPLIER_CODE ...), for tests. */
GtkWidget         *tiers_supplier_form_get_row (TiersSupplierForm *self,
                                                guint              field);
GtkWidget         *tiers_supplier_form_get_save_button (TiersSupplierForm *self);

G_END_DECLS
