/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv.c: the streaming CSV reader: quoting, line numbers, encodings, problems per
 * record, the content hash, and records split across reads of any size. */
#include "config.h"

#include <string.h>

#include "tiers-csv.h"

/* A stream that hands out at most `chunk` bytes per read, to cross every buffer boundary. */
#define TEST_TYPE_CHUNK_STREAM (test_chunk_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestChunkStream, test_chunk_stream, TEST, CHUNK_STREAM, GInputStream)

struct _TestChunkStream
{
  GInputStream  parent_instance;
  GBytes       *data;
  gsize         pos;
  gsize         chunk;
};

G_DEFINE_FINAL_TYPE (TestChunkStream, test_chunk_stream, G_TYPE_INPUT_STREAM)

static gssize
test_chunk_stream_read (GInputStream  *stream,
                        void          *buffer,
                        gsize          count,
                        GCancellable  *cancellable,
                        GError       **error)
{
  TestChunkStream *self = TEST_CHUNK_STREAM (stream);
  gsize size;
  const guint8 *data = g_bytes_get_data (self->data, &size);
  gsize n = MIN (MIN (count, self->chunk), size - self->pos);

  if (n > 0)
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static gboolean
test_chunk_stream_close (GInputStream  *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return TRUE;
}

static void
test_chunk_stream_finalize (GObject *object)
{
  g_bytes_unref (TEST_CHUNK_STREAM (object)->data);
  G_OBJECT_CLASS (test_chunk_stream_parent_class)->finalize (object);
}

static void
test_chunk_stream_class_init (TestChunkStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_chunk_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = test_chunk_stream_read;
  G_INPUT_STREAM_CLASS (klass)->close_fn = test_chunk_stream_close;
}

static void
test_chunk_stream_init (TestChunkStream *self)
{
}

static GInputStream *
chunk_stream_new (const char *data,
                  gsize       length,
                  gsize       chunk)
{
  TestChunkStream *self = g_object_new (TEST_TYPE_CHUNK_STREAM, NULL);

  self->data = g_bytes_new (data, length);
  self->chunk = chunk;
  return G_INPUT_STREAM (self);
}

/* Reads everything into one line per record: "LINE:[field|field]" or "LINE:!problem",
 * and gives the content hash in *sha256. */
static char *
read_all_chunked (const char *data,
                  gsize       length,
                  gsize       chunk,
                  char      **sha256)
{
  g_autoptr(GInputStream) stream = chunk_stream_new (data, length, chunk);
  g_autoptr(TiersCsvReader) reader = tiers_csv_reader_new (stream);
  GString *out = g_string_new (NULL);
  TiersCsvStatus status;
  g_autoptr(GError) error = NULL;

  while ((status = tiers_csv_reader_next (reader, NULL, &error)) != TIERS_CSV_END)
    {
      g_assert_no_error (error);
      g_assert_cmpint (status, !=, TIERS_CSV_ERROR);
      g_string_append_printf (out, "%" G_GUINT64_FORMAT ":",
                              tiers_csv_reader_get_line (reader));
      if (status == TIERS_CSV_BAD)
        {
          g_string_append_printf (out, "!%s\n", tiers_csv_reader_get_problem (reader));
          continue;
        }
      g_string_append_c (out, '[');
      for (guint i = 0; i < tiers_csv_reader_get_n_fields (reader); i++)
        {
          const char *field = tiers_csv_reader_get_field (reader, i);

          g_assert_cmpuint (strlen (field), ==, tiers_csv_reader_get_field_length (reader, i));
          g_string_append_printf (out, "%s%s", i ? "|" : "", field);
        }
      g_string_append (out, "]\n");
    }
  g_assert_cmpuint (tiers_csv_reader_get_bytes_read (reader), ==, length);
  if (sha256 != NULL)
    *sha256 = g_strdup (tiers_csv_reader_get_sha256 (reader));
  return g_string_free (out, FALSE);
}

/* The same input must read the same whether it comes in one block or byte by byte. */
static char *
read_all (const char *data,
          gsize       length)
{
  char *whole = read_all_chunked (data, length, G_MAXSIZE, NULL);

  for (gsize chunk = 1; chunk <= 5; chunk++)
    {
      g_autofree char *pieces = read_all_chunked (data, length, chunk, NULL);

      g_assert_cmpstr (pieces, ==, whole);
    }
  return whole;
}

#define READ(literal) read_all (literal, sizeof literal - 1)

static void
test_plain (void)
{
  g_autofree char *lf = READ ("a,b,c\n1,2,3\n");
  g_autofree char *no_final = READ ("a,b,c\n1,2,3");
  g_autofree char *empty_fields = READ ("a,,c\n,,\n");
  g_autofree char *nothing = READ ("");

  g_assert_cmpstr (lf, ==, "1:[a|b|c]\n2:[1|2|3]\n");
  g_assert_cmpstr (no_final, ==, lf);
  g_assert_cmpstr (empty_fields, ==, "1:[a||c]\n2:[||]\n");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_quoting (void)
{
  g_autofree char *comma = READ ("\"a,b\",c\n");
  g_autofree char *doubled = READ ("\"say \"\"hi\"\"\",x\n");
  g_autofree char *empty = READ ("\"\",\"\"\"\"\n");
  g_autofree char *spaces = READ (" a , \"b, c\" \t, \"d\"\n");
  g_autofree char *inside = READ ("a b,x \"y\" z\n");

  g_assert_cmpstr (comma, ==, "1:[a,b|c]\n");
  g_assert_cmpstr (doubled, ==, "1:[say \"hi\"|x]\n");
  g_assert_cmpstr (empty, ==, "1:[|\"]\n");
  /* Spaces are kept by the reader (the importer trims), except around a quoted value. */
  g_assert_cmpstr (spaces, ==, "1:[ a |b, c|d]\n");
  g_assert_cmpstr (inside, ==, "1:!a quote inside an unquoted value (quote the whole value "
                               "and double the quote)\n");
}

static void
test_multi_line (void)
{
  g_autofree char *lf = READ ("h1,h2\n\"one\ntwo\nthree\",x\nnext,row\n");
  g_autofree char *crlf = READ ("h1,h2\r\n\"one\r\ntwo\r\nthree\",x\r\nnext,row\r\n");
  g_autofree char *cr = READ ("h1,h2\r\"one\rtwo\",x\rnext,row\r");

  g_assert_cmpstr (lf, ==, "1:[h1|h2]\n2:[one\ntwo\nthree|x]\n5:[next|row]\n");
  g_assert_cmpstr (crlf, ==, lf);
  g_assert_cmpstr (cr, ==, "1:[h1|h2]\n2:[one\ntwo|x]\n4:[next|row]\n");
}

static void
test_empty_lines (void)
{
  g_autofree char *text = READ ("\n\na,b\n\n\r\n1,2\n\n");

  g_assert_cmpstr (text, ==, "3:[a|b]\n6:[1|2]\n");
}

static void
test_bom (void)
{
  g_autofree char *with = READ ("\xEF\xBB\xBF" "code,name\nS1,Acme\n");
  g_autofree char *only = READ ("\xEF\xBB\xBF");
  g_autofree char *short_file = READ ("\xEF\xBB");

  g_assert_cmpstr (with, ==, "1:[code|name]\n2:[S1|Acme]\n");
  g_assert_cmpstr (only, ==, "");
  /* Two bytes of a mark are no mark: they are text, and not UTF-8. */
  g_assert_cmpstr (short_file, ==, "1:!invalid UTF-8 (save the file as UTF-8)\n");
}

static void
test_problems (void)
{
  g_autofree char *stray = READ ("a,b\nx\"y,z\n1,2\n");
  g_autofree char *after = READ ("a,b\n\"x\"y,z\n1,2\n");
  g_autofree char *unclosed = READ ("a,b\n1,2\n3,\"open\nmore\nlines\n");
  g_autofree char *utf8 = READ ("a,b\n\xC3\x28,z\n\xE4\xB8\xAD,\xE6\x96\x87\n");
  g_autofree char *nul = READ ("a,b\nx\0y,z\n1,2\n");

  g_assert_cmpstr (stray, ==, "1:[a|b]\n2:!a quote inside an unquoted value (quote the whole "
                              "value and double the quote)\n3:[1|2]\n");
  g_assert_cmpstr (after, ==, "1:[a|b]\n2:!text after a closing quote\n3:[1|2]\n");
  g_assert_cmpstr (unclosed, ==, "1:[a|b]\n2:[1|2]\n3:!unclosed quote: the quoted value runs "
                                 "to the end of the file\n");
  g_assert_cmpstr (utf8, ==, "1:[a|b]\n2:!invalid UTF-8 (save the file as UTF-8)\n3:[中|文]\n");
  g_assert_cmpstr (nul, ==, "1:[a|b]\n2:!a NUL byte (the file is not a text file)\n3:[1|2]\n");
}

/* An unclosed quote that starts on a later line of a record is reported at its own line. */
static void
test_unclosed_line (void)
{
  g_autofree char *text = READ ("a,b,c\n\"x\ny\",\"open\nz\n");

  g_assert_cmpstr (text, ==, "1:[a|b|c]\n3:!unclosed quote: the quoted value runs to the end "
                             "of the file\n");
}

static void
test_too_long (void)
{
  gsize n = TIERS_CSV_MAX_RECORD + 10;
  g_autofree char *data = g_malloc (n + 8);
  g_autofree char *text = NULL;

  memcpy (data, "a\n", 2);
  memset (data + 2, 'x', n);
  memcpy (data + 2 + n, "\nb\n", 3);
  text = read_all_chunked (data, n + 5, G_MAXSIZE, NULL);
  g_assert_cmpstr (text, ==, "1:[a]\n2:!the row is longer than 1 MiB\n3:[b]\n");
}

static void
test_hash (void)
{
  static const char lf[] = "code,name\nS1,\"Acme\nWorks\"\nS2,Bolt\n";
  static const char crlf[] = "\xEF\xBB\xBF" "code,name\r\n\r\nS1,\"Acme\r\nWorks\"\r\nS2,Bolt";
  static const char quoted[] = "\"code\",\"name\"\n\"S1\",\"Acme\nWorks\"\n\"S2\",\"Bolt\"\n";
  static const char other[] = "code,name\nS1,\"Acme\nWorks\"\nS2,Bolts\n";
  /* Field bounds matter: "a,bc" is not "ab,c", and one record of four is not two of two. */
  static const char split1[] = "a,bc\n";
  static const char split2[] = "ab,c\n";
  static const char rows1[] = "a,b,c,d\n";
  static const char rows2[] = "a,b\nc,d\n";
  g_autofree char *h_lf = NULL, *h_crlf = NULL, *h_quoted = NULL, *h_other = NULL;
  g_autofree char *h_s1 = NULL, *h_s2 = NULL, *h_r1 = NULL, *h_r2 = NULL;
  g_autofree char *t1 = read_all_chunked (lf, sizeof lf - 1, G_MAXSIZE, &h_lf);
  g_autofree char *t2 = read_all_chunked (crlf, sizeof crlf - 1, 3, &h_crlf);
  g_autofree char *t3 = read_all_chunked (quoted, sizeof quoted - 1, 7, &h_quoted);
  g_autofree char *t4 = read_all_chunked (other, sizeof other - 1, G_MAXSIZE, &h_other);
  g_autofree char *t5 = read_all_chunked (split1, sizeof split1 - 1, G_MAXSIZE, &h_s1);
  g_autofree char *t6 = read_all_chunked (split2, sizeof split2 - 1, G_MAXSIZE, &h_s2);
  g_autofree char *t7 = read_all_chunked (rows1, sizeof rows1 - 1, G_MAXSIZE, &h_r1);
  g_autofree char *t8 = read_all_chunked (rows2, sizeof rows2 - 1, G_MAXSIZE, &h_r2);

  g_assert_cmpuint (strlen (h_lf), ==, 64);
  g_assert_cmpstr (h_crlf, ==, h_lf);
  g_assert_cmpstr (h_quoted, ==, h_lf);
  g_assert_cmpstr (h_other, !=, h_lf);
  g_assert_cmpstr (h_s1, !=, h_s2);
  g_assert_cmpstr (h_r1, !=, h_r2);
}

/* Thousands of records through a 1-byte and a 7-byte stream: the reader's own buffer
 * boundaries fall everywhere. */
static void
test_large_chunked (void)
{
  g_autoptr(GString) data = g_string_new ("id,text\n");
  g_autofree char *whole = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *sevens = NULL;
  g_autofree char *h1 = NULL, *h2 = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (data, i % 3 ? "%u,plain %u\r\n" : "%u,\"quoted, \"\"%u\"\"\n\"\n",
                            i, i);
  whole = read_all_chunked (data->str, data->len, G_MAXSIZE, &h1);
  bytes = read_all_chunked (data->str, data->len, 1, NULL);
  sevens = read_all_chunked (data->str, data->len, 7, &h2);
  g_assert_cmpstr (bytes, ==, whole);
  g_assert_cmpstr (sevens, ==, whole);
  g_assert_cmpstr (h1, ==, h2);
  g_assert_nonnull (strstr (whole, "\n6:[3|quoted, \"3\"\n]\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/multi-line", test_multi_line);
  g_test_add_func ("/csv/empty-lines", test_empty_lines);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/problems", test_problems);
  g_test_add_func ("/csv/unclosed-line", test_unclosed_line);
  g_test_add_func ("/csv/too-long", test_too_long);
  g_test_add_func ("/csv/hash", test_hash);
  g_test_add_func ("/csv/large-chunked", test_large_chunked);
  return g_test_run ();
}
