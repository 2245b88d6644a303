/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import.c: the five importers of docs/formats.md: good files land, every bad file is
 * refused whole with its lines named and nothing lands, suppliers update, files and records
 * are never counted twice, and checking, cancelling and savepoints behave. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-import.h"
#include "tiers-store-private.h"

typedef struct
{
  char       *dir;
  char       *path;
  TiersStore *store;
} Fixture;

static const char suppliers_csv[] =
  "code,name,category,contact,email,phone\n"
  "S1,Acme,Steel,Ann,ann@acme.test,111\n"
  "S2,\"Bolt, Inc\",Fasteners,Ben,ben@bolt.test,222\n";

static const char receipts_header[] =
  "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,unit_price,"
  "promised_date,received_date\n";

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tiers-import-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "tiers.db", NULL);
  f->store = tiers_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  tiers_store_close (f->store);
  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  g_free (f->path);
  g_free (f->dir);
}

/* Imports text as if from a file called name. */
static gboolean
import_text (Fixture            *f,
             TiersImportKind     kind,
             const char         *name,
             const char         *text,
             gsize               length,
             TiersImportFlags    flags,
             TiersImportResult  *result,
             GError            **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) length,
                                                                          NULL);

  return tiers_store_import_stream (f->store, kind, name, stream, flags, NULL, NULL, NULL,
                                    result, error);
}

/* A file that must land; gives the rows that did. */
static guint64
import_ok (Fixture         *f,
           TiersImportKind  kind,
           const char      *name,
           const char      *text)
{
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };
  guint64 rows;

  g_assert_true (import_text (f, kind, name, text, strlen (text), 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.problems_total, ==, 0);
  rows = result.rows_imported;
  tiers_import_result_clear (&result);
  return rows;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, ';');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *v = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s%s", i ? "," : "", v ? v : "NULL");
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* The row count of every table an import writes, to show that nothing landed. */
static char *
counts (Fixture *f)
{
  return query_text (f, "SELECT (SELECT count(*) FROM supplier), (SELECT count(*) FROM receipt),"
                        " (SELECT count(*) FROM incident), (SELECT count(*) FROM feedback),"
                        " (SELECT count(*) FROM rating), (SELECT count(*) FROM import_batch),"
                        " (SELECT count(*) FROM item)");
}

/* A file that must be refused with exactly these problem lines, and leave every table as
 * it was. */
static void
import_refused (Fixture         *f,
                TiersImportKind  kind,
                const char      *name,
                const char      *text,
                gsize            length,
                const char      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = counts (f);
  g_autofree char *after = NULL;
  g_autofree char *joined = NULL;
  TiersImportResult result = { 0 };

  g_assert_false (import_text (f, kind, name, text, length, 0, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
  g_ptr_array_add (result.problems, NULL);
  joined = g_strjoinv ("\n", (char **) result.problems->pdata);
  g_assert_true (g_str_has_prefix (expected, joined));
  tiers_import_result_clear (&result);
  after = counts (f);
  g_assert_cmpstr (after, ==, before);
}

#define REFUSED(f, kind, name, literal, expected) \
  import_refused (f, kind, name, literal, sizeof literal - 1, expected)

static void
test_kinds (void)
{
  static const char * const receipts[] = {
    "received_date", " supplier_code", "po_number", "item_code", "ordered_qty",
    "received_qty", "rejected_qty", "unit_price", "promised_date", NULL
  };
  static const char * const feedback[] = { "supplier_code", "date", "rating", NULL };
  static const char * const ratings[] = {
    "supplier_code", "criterion", "date", "evaluator", "rating", NULL
  };
  static const char * const nonsense[] = { "supplier_code", "colour", NULL };
  TiersImportKind kind;

  for (guint k = 0; k < TIERS_N_IMPORT_KINDS; k++)
    {
      g_assert_true (tiers_import_kind_from_string (tiers_import_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_nonnull (tiers_import_kind_label (k));
    }
  g_assert_false (tiers_import_kind_from_string ("Receipts", &kind));
  g_assert_true (tiers_import_kind_detect (receipts, &kind));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_RECEIPTS);
  g_assert_true (tiers_import_kind_detect (feedback, &kind));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_FEEDBACK);
  g_assert_true (tiers_import_kind_detect (ratings, &kind));
  g_assert_cmpint (kind, ==, TIERS_IMPORT_RATINGS);
  g_assert_false (tiers_import_kind_detect (nonsense, &kind));
}

static void
test_good_files (Fixture *f, gconstpointer data)
{
  g_autofree char *suppliers = NULL, *receipts = NULL, *incidents = NULL, *feedback = NULL;
  g_autofree char *ratings = NULL, *batches = NULL;
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");

  /* A byte-order mark, CRLF, spaces around values and a header in another order. */
  g_string_append (text, "name , code,category\r\n \"Acme\nWorks\" , S1 ,Steel\r\n"
                         "\r\n\"Bolt, Inc\",S2,Fasteners\r\n");
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", text->str), ==, 2);
  g_string_assign (text, receipts_header);
  g_string_append (text, "S1,PO1,I1,10,9,1,2.5,2024-01-02,2024-01-03\n"
                         "S2,PO2,I1,1e2,100,0,0,2024-02-29,2024-03-01");
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_RECEIPTS, "r.csv", text->str), ==, 2);
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_INCIDENTS, "i.csv",
                               "supplier_code,date,severity,description\n"
                               "S1,2024-01-05,Major,\"Wrong label, twice\"\n"
                               "S2,2024-01-06,minor,\n"), ==, 2);
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_FEEDBACK, "f.csv",
                               "supplier_code,date,rating,response_hours,comment\n"
                               "S1,2024-01-05,4.5,12,fine\n"
                               "S2,2024-01-06,1,,\n"), ==, 2);
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_RATINGS, "g.csv",
                               "supplier_code,criterion,date,evaluator,rating\n"
                               "S1,cooperation,2024-03-31,Ann,5\n"
                               "S1,on_time,2024-03-31,Ann,9.5\n"
                               "S2,cooperation,2024-03-31,Ann,0\n"), ==, 3);

  suppliers = query_text (f, "SELECT code, name, category, contact FROM supplier ORDER BY code");
  g_assert_cmpstr (suppliers, ==, "S1,Acme\nWorks,Steel,NULL;S2,Bolt, Inc,Fasteners,NULL");
  receipts = query_text (f, "SELECT s.code, po_number, item_code, ordered_qty, received_qty, "
                            "rejected_qty, unit_price, promised_date, received_date "
                            "FROM receipt JOIN supplier s ON s.id = supplier_id ORDER BY po_number");
  g_assert_cmpstr (receipts, ==, "S1,PO1,I1,10.0,9.0,1.0,2.5,2024-01-02,2024-01-03;"
                                 "S2,PO2,I1,100.0,100.0,0.0,0.0,2024-02-29,2024-03-01");
  incidents = query_text (f, "SELECT date, severity, description FROM incident ORDER BY date");
  g_assert_cmpstr (incidents, ==, "2024-01-05,major,Wrong label, twice;2024-01-06,minor,NULL");
  feedback = query_text (f, "SELECT rating, response_hours, comment FROM feedback ORDER BY date");
  g_assert_cmpstr (feedback, ==, "4.5,12.0,fine;1.0,NULL,NULL");
  ratings = query_text (f, "SELECT criterion, rating FROM rating ORDER BY id");
  g_assert_cmpstr (ratings, ==, "cooperation,5.0;on_time,9.5;cooperation,0.0");
  batches = query_text (f, "SELECT kind, file_name, row_count, skipped_count, length(sha256) "
                           "FROM import_batch ORDER BY id");
  g_assert_cmpstr (batches, ==, "suppliers,s.csv,2,0,64;receipts,r.csv,2,0,64;"
                                "incidents,i.csv,2,0,64;feedback,f.csv,2,0,64;"
                                "ratings,g.csv,3,0,64");
}

/* What grading reads of a receipt as numbers: its item's number, the same for every receipt
 * of the item in any file and given in the order of the receipts' dates, not the file's
 * (PO4 of 2023-12-31 numbers I2 first), and its days late (received - promised, negative when early,
 * across month ends, 29 February and years, 2000 a leap year and 2100 not). A refused file
 * numbers no item. */
static void
test_item_numbers_and_days_late (Fixture *f, gconstpointer data)
{
  g_autofree char *first = NULL, *second = NULL, *items = NULL, *centuries = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GString) text = g_string_new (receipts_header);
  g_autoptr(GError) error = NULL;
  TiersImportResult result = { 0 };

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  g_string_append (text, "S1,PO1,I1,10,10,0,2,2024-01-02,2024-01-05\n"
                         "S1,PO2,I2,10,10,0,2,2024-01-10,2024-01-09\n"
                         "S2,PO3,I1,10,10,0,2,2024-02-28,2024-03-01\n"
                         "S2,PO4,I2,10,10,0,2,2023-12-31,2023-12-31\n");
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_RECEIPTS, "r1.csv", text->str), ==, 4);
  first = query_text (f, "SELECT po_number, i.code, days_late FROM receipt r"
                         " JOIN item i ON i.id = r.item_id ORDER BY po_number");
  g_assert_cmpstr (first, ==, "PO1,I1,3;PO2,I2,-1;PO3,I1,2;PO4,I2,0");

  g_string_assign (text, receipts_header);
  g_string_append (text, "S1,PO5,I3,1,1,0,1,2024-04-01,2024-04-30\n"
                         "S2,PO6,I1,1,1,0,1,2024-04-01,2024-04-01\n"
                         "S2,PO90,I1,1,1,0,1,1999-12-31,2000-03-01\n"
                         "S2,PO91,I1,1,1,0,1,2099-12-31,2100-03-01\n"
                         "S2,PO92,I1,1,1,0,1,2001-01-01,2000-01-01\n");
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_RECEIPTS, "r2.csv", text->str), ==, 5);
  /* 31 + 29 + 1, 31 + 28 + 1, and the 366 days of 2000 early */
  centuries = query_text (f, "SELECT po_number, days_late FROM receipt"
                             " WHERE po_number LIKE 'PO9_' ORDER BY po_number");
  g_assert_cmpstr (centuries, ==, "PO90,61;PO91,60;PO92,-366");
  second = query_text (f, "SELECT po_number, item_id, days_late FROM receipt"
                          " WHERE po_number IN ('PO1', 'PO5', 'PO6') ORDER BY po_number");
  items = query_text (f, "SELECT id, code FROM item ORDER BY id");
  g_assert_cmpstr (items, ==, "1,I2;2,I1;3,I3");
  g_assert_cmpstr (second, ==, "PO1,2,3;PO5,3,29;PO6,2,0");

  /* a new item on a good row, then a bad row: the file is refused, I9 gets no number */
  before = counts (f);
  g_string_assign (text, receipts_header);
  g_string_append (text, "S1,PO7,I9,1,1,0,1,2024-05-01,2024-05-01\n"
                         "S9,PO8,I1,1,1,0,1,2024-05-01,2024-05-01\n");
  g_assert_false (import_text (f, TIERS_IMPORT_RECEIPTS, "r3.csv", text->str, text->len, 0,
                               &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  tiers_import_result_clear (&result);
  after = counts (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_supplier_update (Fixture *f, gconstpointer data)
{
  g_autofree char *rows = NULL;

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "a.csv", suppliers_csv);
  /* name and category set, email present but empty: cleared; contact and phone absent:
   * kept. A new code in the same file is added. */
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_SUPPLIERS, "b.csv",
                               "code,name,category,email\n"
                               "S1,Acme Group,Metal,\n"
                               "S3,Cog,Gears,cog@cog.test\n"), ==, 2);
  rows = query_text (f, "SELECT code, name, category, contact, email, phone FROM supplier "
                        "ORDER BY code");
  g_assert_cmpstr (rows, ==, "S1,Acme Group,Metal,Ann,NULL,111;"
                             "S2,Bolt, Inc,Fasteners,Ben,ben@bolt.test,222;"
                             "S3,Cog,Gears,NULL,cog@cog.test,NULL");
}

static void
test_bad_header (Fixture *f, gconstpointer data)
{
  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  REFUSED (f, TIERS_IMPORT_RECEIPTS, "r.csv",
           "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
           "Unit_Price,promised_date,po_number\nS1,PO1,I1,1,1,0,1,2024-01-01,2024-01-01\n",
           "r.csv:1: unknown column “Unit_Price” in a receipts file\n"
           "r.csv:1: column “po_number” appears more than once\n"
           "r.csv:1: missing column “unit_price”\n"
           "r.csv:1: missing column “received_date”");
  REFUSED (f, TIERS_IMPORT_SUPPLIERS, "e.csv", "",
           "e.csv:1: the file is empty: it needs a header row naming the columns");
  REFUSED (f, TIERS_IMPORT_SUPPLIERS, "e.csv", "\n\r\n",
           "e.csv:1: the file is empty: it needs a header row naming the columns");
}

static void
test_bad_receipts (Fixture *f, gconstpointer data)
{
  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  import_ok (f, TIERS_IMPORT_RECEIPTS, "old.csv",
             "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
             "unit_price,promised_date,received_date\n"
             "S1,PO0,I1,10,10,0,2.5,2024-01-01,2024-01-02\n");
  REFUSED (f, TIERS_IMPORT_RECEIPTS, "r.csv",
           "supplier_code,po_number,item_code,ordered_qty,received_qty,rejected_qty,"
           "unit_price,promised_date,received_date\n"
           "S1,PO1,I1,10,10,0,2.5,2024-01-01\n"                        /* 2 */
           "S1,PO1,I1,10,10,0,2.5,2024-01-01,2024-01-02,\n"            /* 3 */
           "S1, ,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"               /* 4 */
           "S1,PO1,I1,ten,10,0,2.5,2024-01-01,2024-01-02\n"            /* 5 */
           "S1,PO1,I1,10,1e999,0,2.5,2024-01-01,2024-01-02\n"          /* 6 */
           "S1,PO1,I1,10,10,0,nan,2024-01-01,2024-01-02\n"             /* 7 */
           "S1,PO1,I1,0,10,0,2.5,2024-01-01,2024-01-02\n"              /* 8 */
           "S1,PO1,I1,10,10,11,2.5,2024-01-01,2024-01-02\n"            /* 9 */
           "S1,PO1,I1,10,10,0,-1,2024-01-01,2024-01-02\n"              /* 10 */
           "S1,PO1,I1,10,10,0,2.5,2023-02-29,2024-01-02\n"             /* 11 */
           "S1,PO1,I1,10,10,0,2.5,2024-01-01,2024-1-2\n"               /* 12 */
           "S9,PO1,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"             /* 13 */
           "S1,PO1,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"             /* 14: good */
           "S1,PO1,I1,10.0,1e1,0,2.50,2024-01-01,2024-01-02\n"         /* 15: = 14 */
           "S1,PO0,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"             /* 16: stored */
           "S1,PO1,\"I1\"x,10,10,0,2.5,2024-01-01,2024-01-02\n"        /* 17 */
           "S1,PO\"1,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"           /* 18 */
           "S1,PO1,I\xFF,10,10,0,2.5,2024-01-01,2024-01-02\n"          /* 19 */
           "S1,PO1,I1,10,10,0,0x10,2024-01-01,2024-01-02\n"            /* 20 */
           "S2,PO2,\"I1\n",                                            /* 21 */
           "r.csv:2: 8 values, but the header names 9 columns\n"
           "r.csv:3: 10 values, but the header names 9 columns\n"
           "r.csv:4: po_number is required but empty\n"
           "r.csv:5: ordered_qty: “ten” is not a number\n"
           "r.csv:6: received_qty: “1e999” is not a number\n"
           "r.csv:7: unit_price: “nan” is not a number\n"
           "r.csv:8: ordered_qty must be greater than 0, not 0\n"
           "r.csv:9: rejected_qty must be between 0 and 10, not 11\n"
           "r.csv:10: unit_price must be at least 0, not -1\n"
           "r.csv:11: promised_date: “2023-02-29” is not a date (YYYY-MM-DD)\n"
           "r.csv:12: received_date: “2024-1-2” is not a date (YYYY-MM-DD)\n"
           "r.csv:13: unknown supplier code “S9” (import the suppliers first)\n"
           "r.csv:15: duplicate receipt: the same as an earlier row of this file "
           "(use --skip-duplicates to skip such rows)\n"
           "r.csv:16: duplicate receipt: already imported "
           "(use --skip-duplicates to skip such rows)\n"
           "r.csv:17: text after a closing quote\n"
           "r.csv:18: a quote inside an unquoted value (quote the whole value and double the "
           "quote)\n"
           "r.csv:19: invalid UTF-8 (save the file as UTF-8)\n"
           "r.csv:20: unit_price: “0x10” is not a number\n"
           "r.csv:21: unclosed quote: the quoted value runs to the end of the file");
}

static void
test_bad_nul (Fixture *f, gconstpointer data)
{
  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  REFUSED (f, TIERS_IMPORT_INCIDENTS, "i.csv",
           "supplier_code,date,severity\nS1,2024-01-01,minor\nS1,2024-01-01,mi\0nor\n",
           "i.csv:3: a NUL byte (the file is not a text file)");
}

static void
test_bad_other_kinds (Fixture *f, gconstpointer data)
{
  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  REFUSED (f, TIERS_IMPORT_SUPPLIERS, "s2.csv",
           "code,name,category\nS5,A,B\nS6,,B\nS5,C,D\n",
           "s2.csv:3: name is required but empty\n"
           "s2.csv:4: supplier code “S5” again (first on line 2)");
  REFUSED (f, TIERS_IMPORT_INCIDENTS, "i.csv",
           "supplier_code,date,severity,description\nS1,2024-01-01,severe,x\n"
           "S1,2024-13-01,minor,x\n",
           "i.csv:2: severity must be minor, major or critical, not “severe”\n"
           "i.csv:3: date: “2024-13-01” is not a date (YYYY-MM-DD)");
  REFUSED (f, TIERS_IMPORT_FEEDBACK, "f.csv",
           "supplier_code,date,rating,response_hours\nS1,2024-01-01,0.5,\n"
           "S1,2024-01-01,5.01,1\nS1,2024-01-01,3,-2\nS1,2024-01-01,3,inf\n",
           "f.csv:2: rating must be between 1 and 5, not 0.5\n"
           "f.csv:3: rating must be between 1 and 5, not 5.01\n"
           "f.csv:4: response_hours must be at least 0, not -2\n"
           "f.csv:5: response_hours: “inf” is not a number");
  import_ok (f, TIERS_IMPORT_RATINGS, "g0.csv",
             "supplier_code,criterion,date,evaluator,rating\nS1,cooperation,2024-03-31,Ann,4\n");
  REFUSED (f, TIERS_IMPORT_RATINGS, "g.csv",
           "supplier_code,criterion,date,evaluator,rating,comment\n"
           "S1,friendliness,2024-03-31,Ann,4,\n"
           "S1,cooperation,2024-03-31,Bob,5.5,\n"
           "S1,on_time,2024-03-31,Bob,10.5,\n"
           "S1,on_time,2024-03-31,Bob,-1,\n"
           "S1,cooperation,2024-03-31,Ann,3,again\n"
           "S2,cooperation,2024-03-31,Ann,3,\n"
           "S2,cooperation,2024-03-31,Ann,2,\n",
           "g.csv:2: criterion “friendliness” is not in the current scheme\n"
           "g.csv:3: rating must be between 0 and 5, not 5.5\n"
           "g.csv:4: rating must be between 0 and 10, not 10.5\n"
           "g.csv:5: rating must be between 0 and 10, not -1\n"
           "g.csv:6: duplicate rating: already imported "
           "(use --skip-duplicates to skip such rows)\n"
           "g.csv:8: duplicate rating: the same as an earlier row of this file "
           "(use --skip-duplicates to skip such rows)");
}

static void
test_many_problems (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) text = g_string_new ("supplier_code,date,severity\n");
  g_autoptr(GString) expected = g_string_new (NULL);

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  for (guint i = 0; i < 150; i++)
    {
      g_string_append (text, "S1,2024-01-01,minor\nS7,2024-01-01,minor\n");
      if (i < 100)
        g_string_append_printf (expected, "i.csv:%u: unknown supplier code “S7” (import the "
                                "suppliers first)\n", 2 * i + 3);
    }
  g_string_append (expected, "... and 50 more");
  import_refused (f, TIERS_IMPORT_INCIDENTS, "i.csv", text->str, text->len, expected->str);
}

static void
test_file_twice (Fixture *f, gconstpointer data)
{
  static const char crlf[] = "\xEF\xBB\xBF" "\"code\",name,category,contact,email,phone\r\n"
                             "S1,Acme,Steel,Ann,ann@acme.test,111\r\n"
                             "S2,\"Bolt, Inc\",Fasteners,Ben,ben@bolt.test,222";
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TiersImportResult result = { 0 };

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "first.csv", suppliers_csv);
  before = counts (f);
  g_assert_false (import_text (f, TIERS_IMPORT_SUPPLIERS, "copy.csv", crlf, sizeof crlf - 1,
                               0, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
  g_assert_true (g_str_has_prefix (error->message,
                                   "copy.csv: the same suppliers were already imported on "));
  g_assert_nonnull (strstr (error->message, "(from “first.csv”); nothing was imported"));
  after = counts (f);
  g_assert_cmpstr (after, ==, before);
  tiers_import_result_clear (&result);
  g_clear_error (&error);

  /* A receipts file again: every row is a duplicate too, but the one line that matters is
   * that the file was imported before. */
  {
    g_autoptr(GString) receipts = g_string_new (receipts_header);

    g_string_append (receipts, "S1,PO1,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"
                               "S2,PO2,I1,10,10,0,2.5,2024-01-01,2024-01-02\n");
    import_ok (f, TIERS_IMPORT_RECEIPTS, "r.csv", receipts->str);
    g_string_replace (receipts, "\n", "\r\n", 0);
    g_assert_false (import_text (f, TIERS_IMPORT_RECEIPTS, "r2.csv", receipts->str,
                                 receipts->len, 0, &result, &error));
    g_assert_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE);
    g_assert_nonnull (strstr (error->message, "(from “r.csv”)"));
    g_assert_cmpuint (result.problems->len, ==, 0);
    g_assert_cmpuint (result.problems_total, ==, 0);
    g_assert_cmpuint (result.rows_imported, ==, 0);
    tiers_import_result_clear (&result);
    g_clear_error (&error);
  }

  /* The same rows as another kind are another file; this one fails on its own header. */
  g_assert_false (import_text (f, TIERS_IMPORT_RECEIPTS, "copy.csv", crlf, sizeof crlf - 1,
                               TIERS_IMPORT_SKIP_DUPLICATES, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  tiers_import_result_clear (&result);
}

static void
test_skip_duplicates (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) first = g_string_new (receipts_header);
  g_autoptr(GString) second = g_string_new (receipts_header);
  g_autofree char *batches = NULL;
  TiersImportResult result = { 0 };

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  g_string_append (first, "S1,PO1,I1,10,10,0,2.5,2024-01-01,2024-01-02\n"
                          "S1,PO2,I1,10,10,0,2.5,2024-01-01,2024-01-05\n");
  import_ok (f, TIERS_IMPORT_RECEIPTS, "jan.csv", first->str);
  /* An overlapping export: one stored row, one new row twice, one new row. */
  g_string_append (second, "S1,PO2,I1,10,10,0,2.5,2024-01-01,2024-01-05\n"
                           "S2,PO3,I2,5,5,0,1,2024-01-01,2024-02-01\n"
                           "S2,PO3,I2,5,5,0,1,2024-01-01,2024-02-01\n"
                           "S2,PO3,I2,5,5,0,1,2024-01-01,2024-02-02\n");
  g_assert_true (import_text (f, TIERS_IMPORT_RECEIPTS, "feb.csv", second->str, second->len,
                              TIERS_IMPORT_SKIP_DUPLICATES, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows_imported, ==, 2);
  g_assert_cmpuint (result.duplicates_skipped, ==, 2);
  tiers_import_result_clear (&result);
  batches = query_text (f, "SELECT file_name, row_count, skipped_count, "
                           "(SELECT count(*) FROM receipt r WHERE r.batch_id = b.id) "
                           "FROM import_batch b WHERE kind = 'receipts' ORDER BY id");
  g_assert_cmpstr (batches, ==, "jan.csv,2,0,2;feb.csv,2,2,2");
}

static void
test_check_only (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TiersImportResult result = { 0 };

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  before = counts (f);
  g_assert_true (import_text (f, TIERS_IMPORT_SUPPLIERS, "t.csv", "code,name,category\nS8,X,Y\n",
                              strlen ("code,name,category\nS8,X,Y\n"), TIERS_IMPORT_CHECK_ONLY, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows_imported, ==, 1);
  tiers_import_result_clear (&result);
  after = counts (f);
  g_assert_cmpstr (after, ==, before);
  /* Checked, not imported: the real import afterwards is not refused as a second copy. */
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_SUPPLIERS, "t.csv",
                               "code,name,category\nS8,X,Y\n"), ==, 1);
}

static void
on_progress_cancel (guint64  bytes_read,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) text = g_string_new (receipts_header);
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TiersImportResult result = { 0 };

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "S1,PO%u,I1,10,10,0,2.5,2024-01-01,2024-01-02\n", i);
  before = counts (f);
  stream = g_memory_input_stream_new_from_data (text->str, (gssize) text->len, NULL);
  /* Cancelled from the first progress report, in the middle of the file. */
  g_assert_false (tiers_store_import_stream (f->store, TIERS_IMPORT_RECEIPTS, "r.csv", stream,
                                             0, on_progress_cancel, cancellable, cancellable,
                                             &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_CANCELLED);
  g_assert_cmpuint (result.rows_imported, ==, 0);
  tiers_import_result_clear (&result);
  after = counts (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_savepoint (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  TiersImportResult result = { 0 };

  /* The caller's transaction: a refused file rolls back alone, a good one joins it. */
  g_assert_true (tiers_store_begin (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (import_text (f, TIERS_IMPORT_SUPPLIERS, "bad.csv", "code,name\nS1,A\n", 15,
                               0, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_clear_error (&error);
  tiers_import_result_clear (&result);
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv), ==, 2);
  g_assert_cmpuint (import_ok (f, TIERS_IMPORT_RECEIPTS, "r.csv",
                               "supplier_code,po_number,item_code,ordered_qty,received_qty,"
                               "rejected_qty,unit_price,promised_date,received_date\n"
                               "S2,PO1,I1,1,1,0,1,2024-01-01,2024-01-01\n"), ==, 1);
  g_assert_true (tiers_store_commit (f->store, &error));
  g_assert_no_error (error);
  rows = counts (f);
  g_assert_cmpstr (rows, ==, "2,1,0,0,0,2,1");
}

static void
test_import_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "suppliers.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  TiersImportResult result = { 0 };

  g_assert_true (g_file_set_contents (path, suppliers_csv, -1, NULL));
  g_assert_true (tiers_store_import_file (f->store, TIERS_IMPORT_SUPPLIERS, path, 0, NULL,
                                          NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows_imported, ==, 2);
  tiers_import_result_clear (&result);
  g_assert_false (tiers_store_import_file (f->store, TIERS_IMPORT_SUPPLIERS, missing, 0, NULL,
                                           NULL, NULL, &result, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND);
  g_assert_cmpuint (result.problems->len, ==, 0);
  tiers_import_result_clear (&result);
}

/* Far more rows than the duplicate filter's regions hold, with a duplicate of the very first
 * row at the very end: the exact search still catches it. */
static void
test_duplicate_far_apart (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) text = g_string_new (receipts_header);

  import_ok (f, TIERS_IMPORT_SUPPLIERS, "s.csv", suppliers_csv);
  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (text, "S%u,PO%u,I%u,%u,10,0,2.5,2024-01-01,2024-%02u-%02u\n",
                            1 + i % 2, i, i % 7, 10 + i % 5, 1 + i % 12, 1 + i % 28);
  g_string_append (text, "S1,PO0,I0,10,10,0,2.50,2024-01-01,2024-01-01\n");
  import_refused (f, TIERS_IMPORT_RECEIPTS, "big.csv", text->str, text->len,
                  "big.csv:30002: duplicate receipt: the same as an earlier row of this file "
                  "(use --skip-duplicates to skip such rows)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/import/kinds", test_kinds);
  ADD ("/import/good-files", test_good_files);
  ADD ("/import/supplier-update", test_supplier_update);
  ADD ("/import/item-numbers-and-days-late", test_item_numbers_and_days_late);
  ADD ("/import/bad-header", test_bad_header);
  ADD ("/import/bad-receipts", test_bad_receipts);
  ADD ("/import/bad-nul", test_bad_nul);
  ADD ("/import/bad-other-kinds", test_bad_other_kinds);
  ADD ("/import/many-problems", test_many_problems);
  ADD ("/import/file-twice", test_file_twice);
  ADD ("/import/skip-duplicates", test_skip_duplicates);
  ADD ("/import/check-only", test_check_only);
  ADD ("/import/cancel", test_cancel);
  ADD ("/import/savepoint", test_savepoint);
  ADD ("/import/import-file", test_import_file);
  ADD ("/import/duplicate-far-apart", test_duplicate_far_apart);
#undef ADD
  return g_test_run ();
}
