/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-scorecard-pdf.h: scorecards written into one PDF file, each starting on a new page,
 * with their fonts embedded (cairo embeds subsets of every font used). The file appears
 * whole or not at all: pages go to a temporary file beside it that replaces it on close. */
#pragma once

#include <gio/gio.h>

#include "tiers-scorecard-layout.h"
#include "tiers-scorecard-set.h"

G_BEGIN_DECLS

typedef struct _TiersScorecardPdf TiersScorecardPdf;

TiersScorecardPdf *tiers_scorecard_pdf_new    (const char                   *path,
                                               const TiersPageFormat        *format,
                                               GError                      **error);
/* Lays DOCUMENT out and adds its pages. */
gboolean           tiers_scorecard_pdf_add    (TiersScorecardPdf            *pdf,
                                               const TiersScorecardDocument *document,
                                               GError                      **error);
guint              tiers_scorecard_pdf_n_pages (const TiersScorecardPdf     *pdf);
/* Finishes the file and puts it in place. */
gboolean           tiers_scorecard_pdf_close  (TiersScorecardPdf            *pdf,
                                               GError                      **error);
/* Without a close, the temporary file is removed and nothing is written. */
void               tiers_scorecard_pdf_free   (TiersScorecardPdf            *pdf);

/* Called after each scorecard: DONE of TOTAL written. */
typedef void (*TiersScorecardProgress) (guint    done,
                                        guint    total,
                                        gpointer user_data);

/* The scorecards of CODES (in that order) from SET into one PDF at PATH, each starting on a
 * new page; stops with TIERS_ERROR_CANCELLED, writing nothing, when CANCELLABLE is
 * cancelled. *N_PAGES: the pages written. */
gboolean           tiers_scorecard_pdf_write_set (const char              *path,
                                                  const TiersPageFormat   *format,
                                                  const TiersScorecardSet *set,
                                                  const GPtrArray         *codes,
                                                  TiersScorecardProgress   progress,
                                                  gpointer                 user_data,
                                                  GCancellable            *cancellable,
                                                  guint                   *n_pages,
                                                  GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersScorecardPdf, tiers_scorecard_pdf_free)

G_END_DECLS
