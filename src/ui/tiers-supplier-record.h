/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-record.h: one supplier as a row of the suppliers page for one period: who
 * it is, its grade and score, the change against the previous period, and its receipts and
 * spend in the period. Read-only properties, so the column view's cells look them up by
 * name; a switch of the period updates the figures in place and notifies each property that
 * really changed (the cells shown follow their record); the page builds a new set only when
 * the suppliers themselves changed. */
#pragma once

#include <glib-object.h>

#include "tiers-evaluation.h"
#include "tiers-supplier-details.h"
#include "tiers-supplier-status.h"

G_BEGIN_DECLS

#define TIERS_TYPE_SUPPLIER_RECORD (tiers_supplier_record_get_type ())

G_DECLARE_FINAL_TYPE (TiersSupplierRecord, tiers_supplier_record, TIERS, SUPPLIER_RECORD, GObject)

/* What a record takes from the evaluations, copied, so records can be built in a worker
 * while the session replaces its evaluations. */
typedef struct
{
  char       *code;
  char       *category;
  guint64     receipts;
  gboolean    graded;
  double      score;
  TiersGrade  grade;
  gboolean    provisional;
  gboolean    previous_graded;   /* graded in the previous period */
  double      previous_score;
  TiersGrade  previous_grade;
} TiersSupplierGrading;

/* One TiersSupplierGrading per supplier of EVALUATION, in its order, with the same
 * supplier's result in PREVIOUS (may be NULL); the array frees its strings. */
GArray              *tiers_supplier_grading_copy (const TiersEvaluation      *evaluation,
                                                  const TiersEvaluation      *previous);

/* DETAILS from the store, or NULL when the supplier is not (or no longer) stored, in which
 * case the name is left empty. */
TiersSupplierRecord *tiers_supplier_record_new (const TiersSupplierGrading *grading,
                                                const TiersSupplierDetails *details);
void                 tiers_supplier_record_update (TiersSupplierRecord        *self,
                                                   const TiersSupplierGrading *grading,
                                                   double                      spend);

const char *tiers_supplier_record_get_code           (TiersSupplierRecord *self);
const char *tiers_supplier_record_get_name           (TiersSupplierRecord *self);
const char *tiers_supplier_record_get_category       (TiersSupplierRecord *self);
const char *tiers_supplier_record_get_contact        (TiersSupplierRecord *self);  /* or NULL */
const char *tiers_supplier_record_get_email          (TiersSupplierRecord *self);  /* or NULL */
const char *tiers_supplier_record_get_phone          (TiersSupplierRecord *self);  /* or NULL */
TiersGrade  tiers_supplier_record_get_grade          (TiersSupplierRecord *self);
/* A grade a manager set over the computed one in the review (TIERS_GRADE_NONE: none), and
 * the grade the list shows: that one where it is set. Setting it notifies "grade". */
TiersGrade  tiers_supplier_record_get_adjusted_grade (TiersSupplierRecord *self);
TiersGrade  tiers_supplier_record_get_shown_grade    (TiersSupplierRecord *self);
void        tiers_supplier_record_set_adjusted_grade (TiersSupplierRecord *self,
                                                      TiersGrade           grade);
/* Where the supplier stands today (tiers-supplier-status.h); setting it notifies "name". */
TiersSupplierStatus tiers_supplier_record_get_status (TiersSupplierRecord *self);
void        tiers_supplier_record_set_status         (TiersSupplierRecord *self,
                                                      TiersSupplierStatus  status);
/* The grade of the previous period; TIERS_GRADE_NONE when ungraded or not evaluated then. */
TiersGrade  tiers_supplier_record_get_previous_grade (TiersSupplierRecord *self);
gboolean    tiers_supplier_record_get_has_score      (TiersSupplierRecord *self);
double      tiers_supplier_record_get_score          (TiersSupplierRecord *self);
gboolean    tiers_supplier_record_get_has_change     (TiersSupplierRecord *self);
double      tiers_supplier_record_get_change         (TiersSupplierRecord *self);
gboolean    tiers_supplier_record_get_provisional    (TiersSupplierRecord *self);
guint64     tiers_supplier_record_get_receipts       (TiersSupplierRecord *self);
double      tiers_supplier_record_get_spend          (TiersSupplierRecord *self);
/* The score and the change as sort keys: below every real value where there is none. */
double      tiers_supplier_record_get_score_key      (TiersSupplierRecord *self);
double      tiers_supplier_record_get_change_key     (TiersSupplierRecord *self);
/* Collation keys of the case-folded code, name and category (g_utf8_collate_key), made once:
 * sorting compares them with strcmp. */
const char *tiers_supplier_record_get_code_key       (TiersSupplierRecord *self);
const char *tiers_supplier_record_get_name_key       (TiersSupplierRecord *self);
const char *tiers_supplier_record_get_category_key   (TiersSupplierRecord *self);
/* Whether the case-folded TEXT (g_utf8_casefold) is part of the code or the name. */
gboolean    tiers_supplier_record_matches            (TiersSupplierRecord *self,
                                                      const char          *folded_text);

G_END_DECLS
