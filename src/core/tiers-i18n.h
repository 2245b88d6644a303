/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-i18n.h: translations for one document in a language of its own. A printed scorecard
 * can be Chinese on an English desktop (and the other way round) while the window goes on in
 * the user's language, and a batch is laid out in a worker thread: switching the process's
 * locale would be neither thread-safe nor contained. So a document's language is a
 * TiersCatalog, read once from the compiled translations (.mo) of that language, and made the
 * calling thread's default for as long as the document is built and laid out, as GLib does
 * with g_main_context_push_thread_default (). Core and render files include this header
 * instead of <glib/gi18n-lib.h>: their _() and ngettext () look in the thread's catalogue
 * first and fall back to gettext, the user's language, when there is none. */
#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

typedef struct _TiersCatalog TiersCatalog;

/* The catalogue of LANGUAGE ("en" or "zh_CN", or any language with a .mo), loaded on first
 * use and kept for the process's life; "en" and "C" translate nothing. NULL with an error
 * when the translations cannot be read. */
const TiersCatalog *tiers_catalog_get            (const char          *language,
                                                  GError             **error);
/* The same from a .mo file of one's own (tests). */
TiersCatalog       *tiers_catalog_new_from_file  (const char          *language,
                                                  const char          *path,
                                                  GError             **error);
void                tiers_catalog_free           (TiersCatalog        *catalog);
const char         *tiers_catalog_get_language   (const TiersCatalog  *catalog);
const char         *tiers_catalog_lookup         (const TiersCatalog  *catalog,
                                                  const char          *msgid);
const char         *tiers_catalog_lookup_plural  (const TiersCatalog  *catalog,
                                                  const char          *msgid,
                                                  const char          *plural,
                                                  gulong               n);

/* Makes CATALOG (NULL: the user's language) the calling thread's until the matching pop. */
void                tiers_catalog_push_thread_default (const TiersCatalog *catalog);
void                tiers_catalog_pop_thread_default  (const TiersCatalog *catalog);
/* The language of the thread's catalogue, or NULL for the user's language. */
const char         *tiers_i18n_document_language (void);
/* TRUE when text in the thread's language is Chinese (the document's, else the user's). */
gboolean            tiers_i18n_is_chinese        (void);

const char         *tiers_gettext                (const char          *msgid) G_GNUC_FORMAT (1);
const char         *tiers_ngettext               (const char          *msgid,
                                                  const char          *plural,
                                                  gulong               n)
                                                  G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersCatalog, tiers_catalog_free)

#undef _
#define _(String) tiers_gettext (String)
#undef ngettext
#define ngettext(Msgid, Plural, N) tiers_ngettext ((Msgid), (Plural), (N))

G_END_DECLS
