/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-print.h: the printed scorecards from the window: printing through the
 * print dialog (with its preview, a Scorecard tab for the language, the page setup
 * remembered), and a PDF export written on the session's worker with progress and Cancel.
 * Both draw the document of src/render, as the command line's `scorecard` does. */
#pragma once

#include <gtk/gtk.h>

#include "tiers-session.h"

G_BEGIN_DECLS

/* Prints the scorecards of CODES (of char *, printed in that order) of SESSION's period.
 * LANGUAGE "en" or "zh_CN", or NULL: the interface's, or what the dialog's Scorecard tab
 * chooses. With EXPORT_FILENAME no dialog shows: the pages go into that PDF (tests). */
void     tiers_scorecard_print              (GtkWindow           *parent,
                                             TiersSession        *session,
                                             GPtrArray           *codes,
                                             const char          *language,
                                             const char          *export_filename,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* FALSE with an error when it failed; cancelling is no error. */
gboolean tiers_scorecard_print_finish       (GAsyncResult        *result,
                                             GError             **error);

/* Asks where to save CODES' scorecards and in which language, then writes them. */
void     tiers_scorecard_export_pdf         (GtkWindow           *parent,
                                             TiersSession        *session,
                                             GPtrArray           *codes);
/* Writes them into FILE in LANGUAGE (NULL: the interface's) with a progress dialog whose
 * Cancel stops the work and leaves no file. */
void     tiers_scorecard_export_pdf_to_file (GtkWindow           *parent,
                                             TiersSession        *session,
                                             GPtrArray           *codes,
                                             const char          *language,
                                             GFile               *file,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* *N_PAGES: the pages written. Cancelled: FALSE with TIERS_ERROR_CANCELLED. */
gboolean tiers_scorecard_export_pdf_finish  (GAsyncResult        *result,
                                             guint               *n_pages,
                                             GError             **error);

G_END_DECLS
