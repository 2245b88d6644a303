/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-receipts.c: importing receipts. Each row is checked as it is read, then held
 * in an external sort (tiers-record-sort.c); once the file is read, the rows are stored in
 * the order of the index grading reads periods by, whatever order the file has: received
 * date, supplier, item code, quantities, price, promised date, PO number. So the database
 * is the same, receipt numbers and item numbers included, for every order of the same rows,
 * and the index is filled from one end instead of at random places (docs/benchmarks.md,
 * "Import"). */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-import-private.h"

enum { REC_SUPPLIER, REC_PO, REC_ITEM, REC_ORDERED, REC_RECEIVED, REC_REJECTED, REC_PRICE,
       REC_PROMISED, REC_RECEIVED_DATE };
enum { REC_FIND, REC_INSERT, REC_ITEM_FIND, REC_ITEM_INSERT };

/* The rows are gathered in a chunk this large, sorted and written out as one run each time
 * it is full (while a second one fills): memory stays the same however large the file. */
#define HELD_CHUNK_BYTES (16 * 1024 * 1024)
#define STORING_TICK_ROWS 4096

static const TiersImportColumn receipt_columns[] = {
  { "supplier_code", TRUE }, { "po_number", TRUE }, { "item_code", TRUE },
  { "ordered_qty", TRUE }, { "received_qty", TRUE }, { "rejected_qty", TRUE },
  { "unit_price", TRUE }, { "promised_date", TRUE }, { "received_date", TRUE },
};

/* An item code of the file, looked up once as its row is read: the rows then carry a pointer
 * to it, so storing them finds the item's number without hashing the code again. The items
 * live in import->item_ids until the import ends, after the sort. */
typedef struct
{
  gint64 id;          /* the item's number, 0 until its first receipt is stored */
  char   code[];
} HeldItem;

/* A checked row waiting to be stored; its texts follow it, each with its NUL. */
enum { HELD_PO, HELD_PROMISED, HELD_RECEIVED, N_HELD_TEXTS };

typedef struct
{
  guint64   line;
  gint64    supplier;
  double    qty[4];     /* ordered, received, rejected, unit price */
  gint64    days_late;
  HeldItem *item;
  guint32   length[N_HELD_TEXTS];
} HeldReceipt;

static const guint held_text_column[N_HELD_TEXTS] = {
  REC_PO, REC_PROMISED, REC_RECEIVED_DATE
};

static void
held_texts (const HeldReceipt *r,
            const char        *text[N_HELD_TEXTS])
{
  const char *p = (const char *) (r + 1);

  for (guint i = 0; i < N_HELD_TEXTS; i++)
    {
      text[i] = p;
      p += r->length[i] + 1;
    }
}

static gsize
held_size (const HeldReceipt *r)
{
  gsize size = sizeof *r;

  for (guint i = 0; i < N_HELD_TEXTS; i++)
    size += r->length[i] + 1;
  return (size + 7) & ~(gsize) 7;
}

static int
compare_numbers (double a,
                 double b)
{
  return a < b ? -1 : a > b;
}

/* The order within one received date and supplier (the sort key holds both): every value of
 * the receipt, then the line, so equal receipts lie side by side, the first in the file
 * first. */
static int
compare_held (gconstpointer a,
              gconstpointer b)
{
  const HeldReceipt *x = a, *y = b;
  const char *tx[N_HELD_TEXTS], *ty[N_HELD_TEXTS];
  int c;

  if (x->supplier != y->supplier)
    return x->supplier < y->supplier ? -1 : 1;
  if (x->item != y->item && (c = strcmp (x->item->code, y->item->code)) != 0)
    return c;
  held_texts (x, tx);
  held_texts (y, ty);
  for (guint i = 0; i < 4; i++)
    if ((c = compare_numbers (x->qty[i], y->qty[i])) != 0)
      return c;
  if ((c = strcmp (tx[HELD_PROMISED], ty[HELD_PROMISED])) != 0 ||
      (c = strcmp (tx[HELD_PO], ty[HELD_PO])) != 0 ||
      (c = strcmp (tx[HELD_RECEIVED], ty[HELD_RECEIVED])) != 0)
    return c;
  return x->line < y->line ? -1 : x->line > y->line;
}

/* The same receipt: what the duplicate search compares (numbers as numbers, so "10" and
 * "10.0" are the same quantity). */
static gboolean
same_receipt (const HeldReceipt *x,
              const HeldReceipt *y)
{
  const char *tx[N_HELD_TEXTS], *ty[N_HELD_TEXTS];

  if (x->supplier != y->supplier || x->item != y->item)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    if (x->qty[i] != y->qty[i])
      return FALSE;
  held_texts (x, tx);
  held_texts (y, ty);
  for (guint i = 0; i < N_HELD_TEXTS; i++)
    if (strcmp (tx[i], ty[i]) != 0)
      return FALSE;
  return TRUE;
}

/* The duplicate search walks the index grading reads periods by (receipt_period: received
 * date, supplier, item number, quantities, price, days late), then compares the item code,
 * promised date and po_number in the row: exact, with no index of its own to keep up. */
static gboolean
receipts_prepare (TiersImport *import,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) range = NULL;

  /* Two subqueries: each is one step down the index, where min and max together scan. */
  range = tiers_store_prepare (import->store,
                               "SELECT (SELECT min(received_date) FROM receipt), "
                               "(SELECT max(received_date) FROM receipt)", error);
  if (range == NULL)
    return FALSE;
  if (sqlite3_step (range) != SQLITE_ROW)
    return tiers_store_set_error (import->store, error);
  if (sqlite3_column_type (range, 0) == SQLITE_TEXT)
    {
      g_strlcpy (import->stored_first, (const char *) sqlite3_column_text (range, 0),
                 sizeof import->stored_first);
      g_strlcpy (import->stored_last, (const char *) sqlite3_column_text (range, 1),
                 sizeof import->stored_last);
    }
  import->held = tiers_record_sort_new (import->store->import_sort_bytes > 0
                                          ? import->store->import_sort_bytes
                                          : HELD_CHUNK_BYTES, compare_held);
  /* Keyed by the item's own code, freed with it. */
  import->item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  return tiers_import_prepare (import, REC_ITEM_FIND, "SELECT id FROM item WHERE code = ?1",
                               error) &&
         tiers_import_prepare (import, REC_ITEM_INSERT, "INSERT INTO item (code) VALUES (?1)",
                               error) &&
         tiers_import_prepare (import, REC_FIND,
                               "SELECT batch_id FROM receipt WHERE received_date = ?9 AND "
                               "supplier_id = ?1 AND item_code = ?3 AND ordered_qty = ?4 AND "
                               "received_qty = ?5 AND rejected_qty = ?6 AND unit_price = ?7 "
                               "AND promised_date = ?8 AND po_number = ?2 LIMIT 1", error) &&
         tiers_import_prepare (import, REC_INSERT,
                               "INSERT INTO receipt (supplier_id, po_number, item_code, "
                               "ordered_qty, received_qty, rejected_qty, unit_price, "
                               "promised_date, received_date, batch_id, item_id, days_late) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                               error);
}

static gboolean
receipt_values (TiersImport *import,
                gint64      *supplier,
                double       qty[4],
                gint64      *days_late,
                guint32     *received_day)
{
  guint32 promised;

  if (!tiers_import_row_supplier (import, REC_SUPPLIER, supplier))
    return FALSE;
  for (guint i = 0; i < 4; i++)
    if (!tiers_import_row_number (import, REC_ORDERED + i, &qty[i]))
      return FALSE;
  if (!tiers_import_row_at_least (import, REC_ORDERED, qty[0], 0, FALSE) ||
      !tiers_import_row_at_least (import, REC_RECEIVED, qty[1], 0, FALSE) ||
      !tiers_import_row_between (import, REC_REJECTED, qty[2], 0, qty[1]) ||
      !tiers_import_row_at_least (import, REC_PRICE, qty[3], 0, TRUE))
    return FALSE;
  if (!tiers_import_row_day_number (import, REC_PROMISED, &promised) ||
      !tiers_import_row_day_number (import, REC_RECEIVED_DATE, received_day))
    return FALSE;
  *days_late = (gint64) *received_day - (gint64) promised;
  return TRUE;
}

/* The file's item of that code, added on its first row. */
static HeldItem *
held_item (TiersImport *import,
           const char  *code)
{
  HeldItem *item = g_hash_table_lookup (import->item_ids, code);

  if (item == NULL)
    {
      gsize n = strlen (code) + 1;

      item = g_malloc (sizeof *item + n);
      item->id = 0;
      memcpy (item->code, code, n);
      g_hash_table_insert (import->item_ids, item->code, item);
    }
  return item;
}

/* Checks the row and holds it back. The sort key is the received date (dates are checked to
 * be YYYY-MM-DD, so their days sort as their texts do) and the supplier. */
static TiersRowStatus
receipts_row (TiersImport *import,
              GError     **error)
{
  HeldReceipt *r;
  gsize size = sizeof *r;
  guint32 day;
  char *p;

  {
    gint64 supplier, days_late;
    double qty[4];
    guint32 length[N_HELD_TEXTS];
    HeldItem *item;

    if (!receipt_values (import, &supplier, qty, &days_late, &day))
      return TIERS_ROW_BAD;
    item = held_item (import, import->values[REC_ITEM]);
    for (guint i = 0; i < N_HELD_TEXTS; i++)
      {
        length[i] = (guint32) strlen (import->values[held_text_column[i]]);
        size += length[i] + 1;
      }
    size = (size + 7) & ~(gsize) 7;
    r = tiers_record_sort_add (import->held,
                               (guint64) day << 32 | (guint64) MIN (supplier, G_MAXUINT32),
                               size, error);
    if (r == NULL)
      return TIERS_ROW_FAILED;
    r->line = import->line;
    r->supplier = supplier;
    memcpy (r->qty, qty, sizeof qty);
    r->days_late = days_late;
    r->item = item;
    memcpy (r->length, length, sizeof length);
  }
  p = (char *) (r + 1);
  for (guint i = 0; i < N_HELD_TEXTS; i++)
    {
      memcpy (p, import->values[held_text_column[i]], r->length[i] + 1);
      p += r->length[i] + 1;
    }
  return TIERS_ROW_HELD;
}

/* The number of the receipt's item, numbering it when it is new. The numbers of this file's
 * new items land in its transaction, and go with it if the file is refused; as the rows come
 * sorted, the numbers do not depend on the file's order either. */
static gboolean
receipt_item (TiersImport *import,
              HeldItem    *item,
              GError     **error)
{
  sqlite3_stmt *find = import->stmts[REC_ITEM_FIND];
  int rc;

  if (item->id != 0)
    return TRUE;
  tiers_import_bind_text (find, 1, item->code);
  rc = sqlite3_step (find);
  item->id = rc == SQLITE_ROW ? sqlite3_column_int64 (find, 0) : 0;
  sqlite3_reset (find);
  if (rc == SQLITE_DONE)
    {
      tiers_import_bind_text (import->stmts[REC_ITEM_INSERT], 1, item->code);
      if (tiers_import_step (import, import->stmts[REC_ITEM_INSERT], error) != TIERS_ROW_OK)
        return FALSE;
      item->id = sqlite3_last_insert_rowid (import->store->db);
    }
  else if (rc != SQLITE_ROW)
    return tiers_store_set_error (import->store, error);
  return TRUE;
}

/* Both statements take the same parameters 1 to 9. */
static void
bind_receipt (sqlite3_stmt      *stmt,
              const HeldReceipt *r,
              const char        *text[N_HELD_TEXTS])
{
  sqlite3_bind_int64 (stmt, 1, r->supplier);
  tiers_import_bind_text (stmt, 2, text[HELD_PO]);
  tiers_import_bind_text (stmt, 3, r->item->code);
  for (guint i = 0; i < 4; i++)
    sqlite3_bind_double (stmt, 4 + (int) i, r->qty[i]);
  tiers_import_bind_text (stmt, 8, text[HELD_PROMISED]);
  tiers_import_bind_text (stmt, 9, text[HELD_RECEIVED]);
}

/* A receipt can only duplicate a stored one if its received date lies within the stored
 * receipts' dates: those get the exact search, which also finds an earlier row of this file
 * (the stored receipt first, as the search walks the index in receipt order). Any other
 * duplicate is an earlier row of this file, and that is the row just before in the sorted
 * order. */
static TiersRowStatus
store_receipt (TiersImport       *import,
               const HeldReceipt *r,
               const HeldReceipt *previous,
               GError           **error)
{
  sqlite3_stmt *insert = import->stmts[REC_INSERT];
  const char *text[N_HELD_TEXTS];
  TiersRowStatus status = TIERS_ROW_OK;

  held_texts (r, text);
  if (import->stored_first[0] != '\0' &&
      strcmp (text[HELD_RECEIVED], import->stored_first) >= 0 &&
      strcmp (text[HELD_RECEIVED], import->stored_last) <= 0)
    {
      bind_receipt (import->stmts[REC_FIND], r, text);
      status = tiers_import_find_duplicate (import, import->stmts[REC_FIND], _("receipt"),
                                            error);
    }
  else if (previous != NULL && same_receipt (previous, r))
    status = tiers_import_duplicate (import, _("receipt"), TRUE);
  if (status != TIERS_ROW_OK)
    return status;

  if (!receipt_item (import, r->item, error))
    return TIERS_ROW_FAILED;
  bind_receipt (insert, r, text);
  sqlite3_bind_int64 (insert, 10, import->batch_id);
  sqlite3_bind_int64 (insert, 11, r->item->id);
  sqlite3_bind_int64 (insert, 12, r->days_late);
  return tiers_import_step (import, insert, error);
}

static gboolean
receipts_finish (TiersImport *import,
                 GError     **error)
{
  guint64 total = tiers_record_sort_count (import->held), done = 0;
  g_autofree HeldReceipt *previous = NULL;
  gsize previous_room = 0;
  const HeldReceipt *r;
  GError *local_error = NULL;

  if (!tiers_record_sort_finish (import->held, error))
    return FALSE;
  while ((r = tiers_record_sort_next (import->held, &local_error)) != NULL)
    {
      TiersRowStatus status = store_receipt (import, r, done > 0 ? previous : NULL, error);
      gsize size = held_size (r);

      if (status == TIERS_ROW_FAILED)
        return FALSE;
      tiers_import_row_done (import, r->line, status);
      /* Kept for the next row's comparison: the sorter may reuse this one's memory. */
      if (size > previous_room)
        {
          previous_room = MAX (size, 256);
          g_free (previous);
          previous = g_malloc (previous_room);
        }
      memcpy (previous, r, size);
      if (++done % STORING_TICK_ROWS == 0 && !tiers_import_storing (import, done, total, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

const TiersImportKindInfo tiers_import_receipt_kind = {
  receipt_columns, G_N_ELEMENTS (receipt_columns), receipts_prepare, receipts_row,
  receipts_finish
};
