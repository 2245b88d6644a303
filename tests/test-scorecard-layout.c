/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scorecard-layout.c: the printed scorecard's document and its geometry: every element
 * inside the printable area, no two texts overlapping, a criteria table too long for a page
 * continued on the next under its header repeated; a 200-character name and 20 criteria
 * included; A4 and Letter; the language chosen per document; the catalogue read from a .mo. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tiers-error.h"
#include "tiers-i18n.h"
#include "tiers-scorecard-layout.h"
#include "tiers-scorecard-pdf.h"

/* A scheme with N criteria, alternating over the indicators the facts below give values. */
static TiersScheme *
scheme_with (guint n)
{
  static const char * const indicators[] = { "pass_rate", "on_time_rate", "service_rating",
                                             "days_late" };
  g_autoptr(GString) text = g_string_new ("[Scheme]\nName=Wide\nMinReceipts=0\n");
  g_autoptr(GError) error = NULL;
  TiersScheme *scheme;

  for (guint i = 0; i < n; i++)
    {
      const char *indicator = indicators[i % G_N_ELEMENTS (indicators)];

      g_string_append_printf (text, "[Criterion c%u]\nName=Criterion number %u with a long "
                              "descriptive name\nName[zh_CN]=第%u项评价标准\nDimension=%s\n"
                              "Indicator=%s\nWeight=%u\n",
                              i, i + 1, i + 1, i % 2 ? "delivery" : "quality", indicator, 1 + i % 5);
      if (g_str_equal (indicator, "service_rating"))
        g_string_append (text, "Method=scale\nScale=5\n");
      else if (g_str_equal (indicator, "days_late"))
        g_string_append (text, "Method=linear\nBest=0\nWorst=10\n");
      else
        g_string_append (text, "Method=linear\nBest=1\nWorst=0.8\n");
    }
  scheme = tiers_scheme_load_from_data (text->str, -1, &error);
  g_assert_no_error (error);
  return scheme;
}

static TiersEvaluation *
evaluate (TiersScheme *scheme)
{
  TiersPeriod p = { TIERS_PERIOD_QUARTER, 2026, 3 };
  g_autoptr(TiersIndicatorSet) set = tiers_indicator_set_new (&p, 0, 0.05);
  TiersSupplierFacts f = { .receipts = 12, .on_time = 10, .days_late_sum = 6,
                           .quantity_accurate = 12, .received_qty = 1000, .rejected_qty = 20,
                           .feedback_rows = 3, .feedback_rating_sum = 12 };

  tiers_facts_to_indicators (&f, tiers_indicator_set_add (set, "S1", "Fasteners"));
  f.rejected_qty = 90;
  tiers_facts_to_indicators (&f, tiers_indicator_set_add (set, "S2", "Fasteners"));
  tiers_indicator_set_sort (set);
  return tiers_evaluation_new (set, scheme, 1, NULL);
}

typedef struct
{
  TiersScheme           *scheme;
  TiersEvaluation       *evaluation;
  TiersSupplierDetails   details;
  TiersDeliveryFacts     facts;
  GPtrArray             *log;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  guint n_criteria = GPOINTER_TO_UINT (data);
  g_autoptr(GString) name = g_string_new (NULL);
  TiersCommunication *objection = g_new0 (TiersCommunication, 1);

  f->scheme = scheme_with (n_criteria);
  f->evaluation = evaluate (f->scheme);
  /* 200 characters, words of every length, as a legal name can run. */
  while (name->len < 200)
    g_string_append (name, "Internationale Präzisionsverbindungstechnik und Logistik ");
  g_string_truncate (name, 200);
  f->details = (TiersSupplierDetails) { "S1", name->str, "Fasteners", "Li Wei",
                                        "li.wei@example.com", "+86 21 5555 0101", 12, 51234.5 };
  g_string_free (g_steal_pointer (&name), FALSE);
  f->facts = (TiersDeliveryFacts) { 12, 2, 1000, 20, { 1, 1, 0 }, 51234.5 };
  f->log = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_communication_free);
  objection->supplier_code = g_strdup ("S1");
  objection->kind = TIERS_COMMUNICATION_OBJECTION;
  objection->date = g_strdup ("2026-10-12");
  objection->criterion = g_strdup ("c0");
  objection->statement = g_strdup ("The rejected lot was damaged by the carrier.");
  g_ptr_array_add (f->log, objection);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_free (f->details.name);
  tiers_evaluation_free (f->evaluation);
  tiers_scheme_free (f->scheme);
  g_ptr_array_unref (f->log);
}

static TiersScorecardDocument *
make_document (Fixture *f, const char *language, const GPtrArray *strategy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 7, 9, 0, 0);
  TiersScorecardSource source = { 0 };
  TiersScorecardDocument *document;

  source.language = language;
  source.company = "Acme Purchasing";
  source.generated = when;
  source.evaluation = f->evaluation;
  source.details = &f->details;
  source.facts = &f->facts;
  source.log = f->log;
  source.strategy = strategy;
  document = tiers_scorecard_document_new (&source, &error);
  g_assert_no_error (error);
  return document;
}

static gboolean
is_text (const TiersScorecardElement *element)
{
  return element->text != NULL;
}

/* Everything inside the printable area; no two texts overlap; every table row on a page
 * comes after a header of the same table on that page. Returns how many pages show a
 * header of table 1 (the criteria); *CRITERIA_PAGES: how many show its rows. */
static guint
check_geometry (const TiersScorecardLayout *layout,
                guint                      *criteria_pages)
{
  guint criteria_headers = 0;
  TiersRect inside = layout->printable;

  /* Half a point of slack for rounding in the text extents. */
  inside.x -= 0.5;
  inside.y -= 0.5;
  inside.width += 1;
  inside.height += 1;
  for (guint p = 0; p < layout->pages->len; p++)
    {
      const TiersScorecardPage *page = g_ptr_array_index (layout->pages, p);
      gboolean header_seen[8] = { FALSE };
      gboolean criteria_rows = FALSE;

      g_assert_cmpuint (page->elements->len, >, 0);
      for (guint i = 0; i < page->elements->len; i++)
        {
          const TiersScorecardElement *a = &g_array_index (page->elements, TiersScorecardElement, i);

          if (!tiers_rect_contains_rect (&inside, &a->box))
            g_error ("page %u element %u (%g,%g %gx%g) leaves the printable area", p + 1, i,
                     a->box.x, a->box.y, a->box.width, a->box.height);
          if (a->part == TIERS_SCORECARD_PART_TABLE_HEADER && a->table < 8)
            header_seen[a->table] = TRUE;
          if (a->part == TIERS_SCORECARD_PART_TABLE_CELL)
            {
              g_assert_true (header_seen[MIN (a->table, 7)]);
              criteria_rows |= a->table == 1;
            }
          if (!is_text (a))
            continue;
          /* A text laid out to a width stays in it: nothing is clipped by its box. */
          for (guint j = i + 1; j < page->elements->len; j++)
            {
              const TiersScorecardElement *b = &g_array_index (page->elements,
                                                               TiersScorecardElement, j);

              if (is_text (b) && tiers_rect_intersects (&a->box, &b->box))
                g_error ("page %u: “%s” overlaps “%s”", p + 1,
                         pango_layout_get_text (a->text), pango_layout_get_text (b->text));
            }
        }
      criteria_headers += header_seen[1];
      *criteria_pages += criteria_rows;
    }
  return criteria_headers;
}

static void
test_long_name_and_many_criteria (Fixture *f, gconstpointer data)
{
  const TiersPaper papers[] = { TIERS_PAPER_A4, TIERS_PAPER_LETTER };
  const char *languages[] = { "en", "zh_CN" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(TiersScorecardDocument) document = make_document (f, languages[l], NULL);

      g_assert_cmpuint (document->criteria->len, ==, 20);
      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        {
          g_autoptr(TiersScorecardLayout) layout = NULL;
          TiersPageFormat format;
          guint criteria_pages = 0;

          tiers_page_format_init (&format, papers[p]);
          layout = tiers_scorecard_layout_new (document, &format);
          /* 20 criteria do not fit under the header block: the table goes on overleaf
           * under its header again, on every page it continues on. */
          g_assert_cmpuint (tiers_scorecard_layout_n_pages (layout), >=, 2);
          g_assert_cmpuint (check_geometry (layout, &criteria_pages), ==, criteria_pages);
          g_assert_cmpuint (criteria_pages, >=, 2);
        }
    }
}

static void
test_document (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) strategy = g_ptr_array_new ();
  g_autoptr(TiersScorecardDocument) en = NULL;
  g_autoptr(TiersScorecardDocument) zh = NULL;
  const TiersScorecardCriterion *first;

  g_ptr_array_add (strategy, (gpointer) "Keep the share of business");
  en = make_document (f, "en", strategy);
  zh = make_document (f, "zh_CN", NULL);
  g_assert_cmpstr (en->code, ==, "S1");
  g_assert_cmpstr (en->period, ==, "2026-Q3");
  g_assert_cmpstr (en->generated, ==, "2026-12-07");
  g_assert_cmpstr (en->company, ==, "Acme Purchasing");
  g_assert_cmpstr (en->title, ==, "Supplier scorecard");
  g_assert_cmpstr (zh->title, ==, "供应商评分卡");
  first = &g_array_index (en->criteria, TiersScorecardCriterion, 0);
  g_assert_cmpstr (first->name, ==, "Criterion number 1 with a long descriptive name");
  /* pass rate 0.98 between 0.8 and 1: 90 points of 100 */
  g_assert_cmpstr (first->value, ==, "98.0 %");
  g_assert_cmpstr (first->score, ==, "90.00");
  g_assert_cmpstr (g_array_index (zh->criteria, TiersScorecardCriterion, 0).name, ==,
                   "第1项评价标准");
  /* The optional blocks: a strategy given is kept; none given is an empty block, left out. */
  g_assert_cmpuint (en->strategy->len, ==, 1);
  g_assert_cmpuint (zh->strategy->len, ==, 0);
  g_assert_cmpuint (en->plan->len, ==, 0);
  /* The open objection names the criterion in the document's language. */
  g_assert_cmpuint (en->log->len, ==, 1);
  g_assert_true (g_array_index (en->log, TiersScorecardLogLine, 0).open);
  g_assert_nonnull (strstr (g_array_index (en->log, TiersScorecardLogLine, 0).text,
                            "Criterion number 1"));
  g_assert_nonnull (strstr (g_array_index (zh->log, TiersScorecardLogLine, 0).text,
                            "第1项评价标准"));
  g_assert_cmpstr (g_array_index (en->facts, TiersScorecardFact, 3).value, ==,
                   "1 minor, 1 major, 0 critical");
}

static void
test_language_is_per_thread (void)
{
  const TiersCatalog *zh = tiers_catalog_get ("zh_CN", NULL);
  const TiersCatalog *en = tiers_catalog_get ("en", NULL);

  g_assert_nonnull (zh);
  g_assert_nonnull (en);
  g_assert_cmpstr (_("Supplier scorecard"), ==, "Supplier scorecard");
  tiers_catalog_push_thread_default (zh);
  g_assert_cmpstr (_("Supplier scorecard"), ==, "供应商评分卡");
  g_assert_cmpstr (tiers_i18n_document_language (), ==, "zh_CN");
  tiers_catalog_push_thread_default (en);
  g_assert_cmpstr (_("Supplier scorecard"), ==, "Supplier scorecard");
  tiers_catalog_pop_thread_default (en);
  g_assert_cmpstr (ngettext ("%lu receipt", "%lu receipts", 3), ==, "%lu 次收货");
  tiers_catalog_pop_thread_default (zh);
  g_assert_null (tiers_i18n_document_language ());
}

static void
test_damaged_catalogue (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "tiers-damaged.mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TiersCatalog) catalog = NULL;

  g_assert_true (g_file_set_contents (path, "\xde\x12\x04\x95 not really a catalogue", -1, NULL));
  catalog = tiers_catalog_new_from_file ("xx", path, &error);
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_INVALID);
  g_assert_null (catalog);
  g_unlink (path);
}

static void
test_pdf_pages_and_cancel (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("tiers-scorecard-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cards.pdf", NULL);
  g_autoptr(GPtrArray) details = g_ptr_array_new ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  TiersSupplierDetails second = f->details;
  TiersScorecardSet set = { 0 };
  TiersPageFormat format;
  guint pages = 0;

  second.code = (char *) "S2";
  g_ptr_array_add (details, &f->details);
  g_ptr_array_add (details, &second);
  g_ptr_array_add (codes, (gpointer) "S1");
  g_ptr_array_add (codes, (gpointer) "S2");
  set.language = "en";
  set.evaluation = f->evaluation;
  set.details = details;
  tiers_page_format_init (&format, TIERS_PAPER_A4);
  g_assert_true (tiers_scorecard_pdf_write_set (path, &format, &set, codes, NULL, NULL, NULL,
                                                &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 4);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);

  /* Cancelled: nothing written, not even the partial file. */
  g_cancellable_cancel (cancellable);
  g_assert_false (tiers_scorecard_pdf_write_set (path, &format, &set, codes, NULL, NULL,
                                                 cancellable, &pages, &error));
  g_assert_error (error, TIERS_ERROR, TIERS_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SUPPLIER_TIERS_LOCALEDIR"));
  g_test_add ("/scorecard-layout/long-name-many-criteria", Fixture, GUINT_TO_POINTER (20),
              fixture_set_up, test_long_name_and_many_criteria, fixture_tear_down);
  g_test_add ("/scorecard-layout/document", Fixture, GUINT_TO_POINTER (4), fixture_set_up,
              test_document, fixture_tear_down);
  g_test_add ("/scorecard-layout/pdf", Fixture, GUINT_TO_POINTER (4), fixture_set_up,
              test_pdf_pages_and_cancel, fixture_tear_down);
  g_test_add_func ("/scorecard-layout/language-per-thread", test_language_is_per_thread);
  g_test_add_func ("/scorecard-layout/damaged-catalogue", test_damaged_catalogue);
  return g_test_run ();
}
