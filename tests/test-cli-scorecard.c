/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-scorecard.c: `scorecard` and `communication` run as a user runs them: the PDF's
 * text (pdftotext) holds the supplier's code, name, grade, score and every criterion's name
 * in English and in Chinese; a batch gives every supplier its own pages in code order, and
 * --grade picks the suppliers of that grade; the communication log lands on the page; the
 * tier strategy of the shown grade and the open improvement plan are printed. */
#include "config.h"

#include <string.h>

#include "tiers-test-util.h"

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
  char *csv;       /* `evaluate` of the period: code,score,grade,... */
} Fixture;

#define PERIOD "2026-Q2"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  f->dir = g_dir_make_tmp ("tiers-cli-scorecard-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
  f->pdf = g_build_filename (f->dir, "cards.pdf", NULL);
  tiers_test_run_cli (&run, f->db, "sample", "--suppliers", "12", "--years", "1", "--until",
                      "2026-06-30", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "evaluate", PERIOD, NULL);
  tiers_test_assert_status (&run, 0);
  f->csv = g_steal_pointer (&run.out);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_free (f->db);
  g_free (f->pdf);
  g_free (f->csv);
  g_free (f->dir);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext breaks lines where the layout wraps them: compare with whitespace folded. */
static char *
fold (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s ", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_folded_contains (const char *text, const char *part)
{
  g_autofree char *folded_text = fold (text);
  g_autofree char *folded_part = fold (part);

  tiers_test_assert_contains (folded_text, folded_part);
}

/* The row of CODE in the evaluate CSV, split. */
static char **
csv_row (Fixture *f, const char *code)
{
  g_auto(GStrv) lines = g_strsplit (f->csv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], code) && lines[i][strlen (code)] == ',')
      return g_strsplit (lines[i], ",", -1);
  g_assert_not_reached ();
}

/* The criterion names of the current scheme in LANGUAGE ("" for the default name). */
static GPtrArray *
criterion_names (Fixture *f, const char *language)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autoptr(GKeyFile) scheme = g_key_file_new ();
  g_auto(GStrv) groups = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  tiers_test_run_cli (&run, f->db, "scheme", "export", NULL);
  tiers_test_assert_status (&run, 0);
  g_assert_true (g_key_file_load_from_data (scheme, run.out, -1, G_KEY_FILE_KEEP_TRANSLATIONS, NULL));
  groups = g_key_file_get_groups (scheme, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    if (g_str_has_prefix (groups[i], "Criterion "))
      {
        char *name = *language != '\0'
          ? g_key_file_get_locale_string (scheme, groups[i], "Name", language, NULL)
          : g_key_file_get_string (scheme, groups[i], "Name", NULL);

        g_ptr_array_add (names, name);
      }
  g_assert_cmpuint (names->len, >, 3);
  return names;
}

static void
check_one (Fixture *f, const char *language, gboolean chinese)
{
  g_auto(TiersTestRun) run = { 0 };
  g_auto(GStrv) row = csv_row (f, "S0003");
  g_autoptr(GPtrArray) names = criterion_names (f, g_str_equal (language, "en") ? "" : language);
  g_autofree char *text = NULL;
  g_autofree char *grade = NULL;

  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", "S0003", "--pdf", f->pdf,
                      "--lang", language, "--company", "Acme Purchasing", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Wrote 1 scorecard");
  text = pdf_text (f->pdf);
  tiers_test_assert_contains (text, "S0003");
  tiers_test_assert_contains (text, "Acme Purchasing");
  tiers_test_assert_contains (text, row[1]);              /* the score */
  grade = chinese ? g_strdup_printf ("%s 级", row[2]) : g_strdup_printf ("Grade %s", row[2]);
  assert_folded_contains (text, grade);
  for (guint i = 0; i < names->len; i++)
    assert_folded_contains (text, g_ptr_array_index (names, i));
}

static void
test_one_supplier (Fixture *f, gconstpointer data)
{
  g_autofree char *text = NULL;

  check_one (f, "en", FALSE);
  text = pdf_text (f->pdf);
  tiers_test_assert_contains (text, "How the score is made up");
  tiers_test_assert_contains (text, "Page 1 of");
  check_one (f, "zh_CN", TRUE);
  g_free (text);
  text = pdf_text (f->pdf);
  tiers_test_assert_contains (text, "评分卡");
}

static guint
count (const char *text, const char *part)
{
  guint n = 0;

  for (const char *at = strstr (text, part); at != NULL; at = strstr (at + 1, part))
    n++;
  return n;
}

static void
test_batch (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = g_strsplit (f->csv, "\n", -1);
  const char *last = NULL;
  guint suppliers = 0, of_grade_c = 0;

  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--pdf", f->pdf, "--lang", "en", NULL);
  tiers_test_assert_status (&run, 0);
  text = pdf_text (f->pdf);
  /* Each supplier starts on a new page of its own numbering, in code order. */
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) row = g_strsplit (lines[i], ",", -1);
      const char *at = strstr (text, row[0]);

      suppliers++;
      of_grade_c += g_str_equal (row[2], "C");
      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      last = at;
    }
  g_assert_cmpuint (suppliers, ==, 12);
  g_assert_cmpuint (count (text, "Page 1 of"), ==, suppliers);
  g_assert_cmpuint (count (text, "\f"), >=, suppliers);
  g_assert_cmpuint (of_grade_c, >, 0);

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--grade", "C", "--pdf", f->pdf,
                      "--paper", "letter", NULL);
  tiers_test_assert_status (&run, 0);
  g_free (text);
  text = pdf_text (f->pdf);
  g_assert_cmpuint (count (text, "Page 1 of"), ==, of_grade_c);
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", "S0001", NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", "S0001", "--grade", "A",
                      "--pdf", f->pdf, NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--lang", "fr", "--pdf", f->pdf, NULL);
  tiers_test_assert_status (&run, 2);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", "NOPE", "--pdf", f->pdf,
                      NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_assert_contains (run.err, "NOPE");
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
test_communication (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;

  tiers_test_run_cli (&run, f->db, "communication", PERIOD, "--supplier", "S0003", "--sent",
                      "email", "--contact", "Li Wei", "--date", "2026-07-03", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "communication", PERIOD, "--supplier", "S0003",
                      "--objection", "The late lot was held at customs.", "--criterion",
                      "nonsense", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "communication", PERIOD, "--supplier", "S0003",
                      "--objection", "The late lot was held at customs.", "--date",
                      "2026-07-10", NULL);
  tiers_test_assert_status (&run, 0);
  id = g_strstrip (g_strdup (run.out));
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", "S0003", "--pdf", f->pdf,
                      "--lang", "en", NULL);
  tiers_test_assert_status (&run, 0);
  text = pdf_text (f->pdf);
  assert_folded_contains (text, "Sent by email to Li Wei");
  assert_folded_contains (text, "Objection to the grade: “The late lot was held at customs.”");
  assert_folded_contains (text, "Open: no decision yet.");

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "communication", PERIOD, "--decide", id, "--decision",
                      "The grade stands.", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_run_clear (&run);
  /* Decided once: a second decision is refused. */
  tiers_test_run_cli (&run, f->db, "communication", PERIOD, "--decide", id, "--decision",
                      "Changed my mind.", NULL);
  tiers_test_assert_status (&run, 1);
  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "communication", PERIOD, NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "objection,2026-07-10,,,,The late lot was held at "
                              "customs.,The grade stands.");
  tiers_test_assert_contains (run.out, ",0\n");
}

static char *
card_text (Fixture *f, const char *code, const char *language)
{
  g_auto(TiersTestRun) run = { 0 };

  tiers_test_run_cli (&run, f->db, "scorecard", PERIOD, "--supplier", code, "--pdf", f->pdf,
                      "--lang", language, NULL);
  tiers_test_assert_status (&run, 0);
  return pdf_text (f->pdf);
}

/* S0004 is graded D on the sample data: its scorecard carries the D strategy, whose first
 * seeded action is "Reduce orders" (减少订单), and not A's; an override to D on S0003 (A)
 * brings D's strategy to its card too. */
static void
test_strategy (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_auto(GStrv) row = csv_row (f, "S0004");
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (row[2], ==, "D");
  en = card_text (f, "S0004", "en");
  assert_folded_contains (en, "What your grade means: our strategy");
  assert_folded_contains (en, "• Reduce orders");
  g_assert_null (strstr (en, "减少订单"));
  g_assert_null (strstr (en, "Give more orders"));   /* A's first */
  zh = card_text (f, "S0004", "zh_CN");
  assert_folded_contains (zh, "• 减少订单");
  g_assert_null (strstr (zh, "Reduce orders"));

  before = card_text (f, "S0003", "en");
  g_assert_null (strstr (before, "Reduce orders"));
  tiers_test_run_cli (&run, f->db, "override", PERIOD, "S0003", "D", "--reason",
                      "new_information", "--comment", "Quality escape found after the period",
                      NULL);
  tiers_test_assert_status (&run, 0);
  after = card_text (f, "S0003", "en");
  assert_folded_contains (after, "• Reduce orders");
}

/* An open plan shows its criterion, baseline, target and due period; a plan closed by hand
 * and due later is no longer shown. */
static void
test_plan (Fixture *f, gconstpointer data)
{
  g_auto(TiersTestRun) run = { 0 };
  g_autofree char *none = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *closed = NULL;

  none = card_text (f, "S0004", "en");
  g_assert_null (strstr (none, "Open improvement plan"));
  tiers_test_run_cli (&run, f->db, "plan", "add", "S0004", "--criterion", "on_time",
                      "--target", "0.9", "--baseline", "0.6", "--due", "2026-Q4", "--owner",
                      "Li Wei", "--problem", "Late deliveries", NULL);
  tiers_test_assert_status (&run, 0);
  tiers_test_assert_contains (run.out, "Opened improvement plan 1 for S0004");
  en = card_text (f, "S0004", "en");
  assert_folded_contains (en, "Open improvement plan");
  assert_folded_contains (en, "On-time delivery");
  assert_folded_contains (en, "60.0 %");
  assert_folded_contains (en, "≥ 90.0 % 2026-Q4");
  zh = card_text (f, "S0004", "zh_CN");
  assert_folded_contains (zh, "≥ 90.0 % 2026-Q4");
  g_assert_null (strstr (zh, "On-time delivery"));
  assert_folded_contains (zh, "进行中");   /* the status, in the document's language */

  tiers_test_run_clear (&run);
  tiers_test_run_cli (&run, f->db, "plan", "close", "1", "--reason", "Settled by a new contract",
                      NULL);
  tiers_test_assert_status (&run, 0);
  closed = card_text (f, "S0004", "en");
  g_assert_null (strstr (closed, "2026-Q4"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-scorecard/one-supplier", test_one_supplier);
  ADD ("/cli-scorecard/batch", test_batch);
  ADD ("/cli-scorecard/refused", test_refused);
  ADD ("/cli-scorecard/communication", test_communication);
  ADD ("/cli-scorecard/strategy", test_strategy);
  ADD ("/cli-scorecard/plan", test_plan);
#undef ADD
  return g_test_run ();
}
