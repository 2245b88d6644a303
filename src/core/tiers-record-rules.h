/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-record-rules.h: the rules a supplier and a collected record (incident, feedback,
 * rating) keep, one function per field, whichever way it comes in: a row of an import file
 * (src/store/tiers-import-rows.c) or a form in the window (src/ui/tiers-*-form.c). Each rule
 * returns NULL when the value is good, else the reason, translated, in the importer's words
 * ("rating must be between 1 and 5, not 7"); FIELD is the column name of docs/formats.md. */
#pragma once

#include <glib.h>

#include "tiers-scheme.h"

G_BEGIN_DECLS

/* The records a manager can enter, correct and delete by hand. */
typedef enum
{
  TIERS_RECORD_INCIDENT,
  TIERS_RECORD_FEEDBACK,
  TIERS_RECORD_RATING,
  TIERS_N_RECORD_KINDS
} TiersRecordKind;

/* The values of a record, in the column order of its import file (docs/formats.md): the
 * form fields and the CSV columns are the same. */
enum { TIERS_INCIDENT_SUPPLIER, TIERS_INCIDENT_DATE, TIERS_INCIDENT_SEVERITY,
       TIERS_INCIDENT_DESCRIPTION, TIERS_INCIDENT_N_FIELDS };
enum { TIERS_FEEDBACK_SUPPLIER, TIERS_FEEDBACK_DATE, TIERS_FEEDBACK_RATING,
       TIERS_FEEDBACK_RESPONSE_HOURS, TIERS_FEEDBACK_COMMENT, TIERS_FEEDBACK_N_FIELDS };
enum { TIERS_RATING_SUPPLIER, TIERS_RATING_CRITERION, TIERS_RATING_DATE,
       TIERS_RATING_EVALUATOR, TIERS_RATING_RATING, TIERS_RATING_COMMENT,
       TIERS_RATING_N_FIELDS };
/* A supplier's fields, likewise. */
enum { TIERS_SUPPLIER_CODE, TIERS_SUPPLIER_NAME, TIERS_SUPPLIER_CATEGORY,
       TIERS_SUPPLIER_CONTACT, TIERS_SUPPLIER_EMAIL, TIERS_SUPPLIER_PHONE,
       TIERS_SUPPLIER_N_FIELDS };

#define TIERS_RECORD_MAX_FIELDS 6

const char *tiers_record_kind_to_string   (TiersRecordKind  kind);   /* "incident" ... */
gboolean    tiers_record_kind_from_string (const char      *text,
                                           TiersRecordKind *kind);
guint       tiers_record_kind_n_fields    (TiersRecordKind  kind);
/* The column names of docs/formats.md, and whether each is required. */
const char *tiers_record_field_name       (TiersRecordKind  kind,
                                           guint            field);
gboolean    tiers_record_field_required   (TiersRecordKind  kind,
                                           guint            field);
const char *tiers_supplier_field_name     (guint            field);
gboolean    tiers_supplier_field_required (guint            field);

/* ---- one value ---- */
char *tiers_rule_required        (const char  *field,
                                  const char  *text);
char *tiers_rule_number          (const char  *field,
                                  const char  *text,
                                  double      *value);
char *tiers_rule_at_least        (const char  *field,
                                  const char  *text,
                                  double       value,
                                  double       minimum,
                                  gboolean     inclusive);
char *tiers_rule_between         (const char  *field,
                                  const char  *text,
                                  double       value,
                                  double       minimum,
                                  double       maximum);
char *tiers_rule_date            (const char  *field,
                                  const char  *text,
                                  GDate       *date);
/* minor, major or critical, any case; *SEVERITY is the stored spelling. */
char *tiers_rule_severity        (const char  *text,
                                  const char **severity);
/* 1..5, decimals allowed. */
char *tiers_rule_feedback_rating (const char  *text,
                                  double      *rating);
/* Empty is no value (*HAS_HOURS FALSE); else >= 0. */
char *tiers_rule_response_hours  (const char  *text,
                                  double      *hours,
                                  gboolean    *has_hours);
/* CRITERION is the scheme's criterion, NULL when KEY is not in it. */
char *tiers_rule_criterion       (const char            *key,
                                  const TiersCriterion  *criterion);
/* 0..the criterion's maximum (tiers_criterion_rating_max). */
char *tiers_rule_criterion_rating (const TiersCriterion *criterion,
                                   const char           *text,
                                   double               *rating);
/* Empty is fine; else one "@" with something on both sides, a dot after it, no spaces. */
char *tiers_rule_email           (const char  *text);

/* ---- a whole record or supplier ---- */

/* What a good record's values mean. */
typedef struct
{
  GDate       date;
  const char *severity;     /* incidents: "minor", "major" or "critical" */
  double      rating;       /* feedback, ratings */
  double      hours;        /* feedback */
  gboolean    has_hours;
} TiersRecordValues;

/* Checks VALUES (of tiers_record_kind_n_fields, trimmed; NULL or "" is empty) in column
 * order, all but the supplier code, whose existence only the store knows. SCHEME is needed
 * for ratings. On the first bad field returns FALSE with *BAD_FIELD and *REASON. */
gboolean tiers_record_check   (TiersRecordKind     kind,
                               const char * const *values,
                               const TiersScheme  *scheme,
                               TiersRecordValues  *parsed,
                               guint              *bad_field,
                               char              **reason);
/* The same for one field alone, as a form checks as one types: NULL when it is good. */
char    *tiers_record_check_field (TiersRecordKind     kind,
                                   guint               field,
                                   const char         *text,
                                   const TiersScheme  *scheme,
                                   const char         *criterion_key);
/* A supplier's fields (of TIERS_SUPPLIER_N_FIELDS). */
char    *tiers_supplier_check_field (guint       field,
                                     const char *text);
gboolean tiers_supplier_check       (const char * const *values,
                                     guint              *bad_field,
                                     char              **reason);

G_END_DECLS
