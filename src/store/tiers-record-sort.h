/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-sort.h: an external merge sort of variable-sized records in bounded memory.
 * Records are gathered in a fixed-size chunk; a full chunk is sorted and written to an
 * unlinked temporary file as one run (on a thread, while a second chunk fills); reading
 * merges the runs. Records that fit in one chunk never touch the disk. Never included
 * outside src/store. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TiersRecordSort TiersRecordSort;

/* Orders two records whose keys are equal; must be a total order for a repeatable result. */
typedef int (*TiersRecordCompare) (gconstpointer a,
                                   gconstpointer b);

/* chunk_bytes: the memory records are gathered in before a run is written out; twice that
 * once the first run is written. */
TiersRecordSort *tiers_record_sort_new    (gsize               chunk_bytes,
                                           TiersRecordCompare  compare);
void             tiers_record_sort_free   (TiersRecordSort    *sort);

/* Space for a record of `size` bytes (8-byte aligned), sorted first by `key`, then by
 * `compare`. The caller fills it before the next call. NULL with *error when a run could
 * not be written. */
gpointer         tiers_record_sort_add    (TiersRecordSort    *sort,
                                           guint64             key,
                                           gsize               size,
                                           GError            **error);
guint64          tiers_record_sort_count  (TiersRecordSort    *sort);

/* Ends adding; then tiers_record_sort_next() gives the records in order, each valid until
 * the next call, and NULL at the end (with *error set if reading back failed). */
gboolean         tiers_record_sort_finish (TiersRecordSort    *sort,
                                           GError            **error);
gconstpointer    tiers_record_sort_next   (TiersRecordSort    *sort,
                                           GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersRecordSort, tiers_record_sort_free)

G_END_DECLS
