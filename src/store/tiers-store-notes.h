/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-notes.h: the notes a manager writes about a supplier, one text per supplier,
 * kept across periods. */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

/* The note of the supplier CODE: "" when none was written. TIERS_ERROR_NOT_FOUND for a code
 * that names no supplier. */
char     *tiers_store_load_note (TiersStore  *store,
                                 const char  *code,
                                 GError     **error);
/* Replaces the note of the supplier CODE; an empty TEXT removes it. */
gboolean  tiers_store_save_note (TiersStore  *store,
                                 const char  *code,
                                 const char  *text,
                                 GError     **error);

G_END_DECLS
