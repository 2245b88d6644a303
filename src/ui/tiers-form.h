/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-form.h: what the window's data-entry forms share (the supplier form, the record
 * form): a dialog window with Cancel and Save in its header bar over a preferences page, and
 * fields marked the GNOME way when their value breaks a rule: the row gets the `error` style
 * class and the reason as its tooltip, and the form's message line below says it too. */
#pragma once

#include <adwaita.h>

#include "tiers-session.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWindow *window;
  GtkWidget *save;          /* insensitive while a field is invalid */
  GtkWidget *page;          /* AdwPreferencesPage to add groups to */
  GtkLabel  *message;       /* the first problem, under the fields */
  GtkWidget *toasts;        /* AdwToastOverlay */
} TiersForm;

/* Builds the form into WINDOW (an AdwWindow, made transient for PARENT's window and
 * modal), titled TITLE, whose Save button says SAVE_LABEL and runs SAVE with USER_DATA. */
void       tiers_form_init        (TiersForm   *form,
                                   AdwWindow   *window,
                                   GtkWidget   *parent,
                                   const char  *title,
                                   const char  *save_label,
                                   GCallback    save,
                                   gpointer     user_data);
/* Adds the message line under the groups added so far: call after the last one. */
void       tiers_form_add_message (TiersForm   *form);
/* An entry row titled TITLE, with TEXT. */
GtkWidget *tiers_form_entry       (const char  *title,
                                   const char  *text);
/* The text of an entry row, trimmed (free it). */
char      *tiers_form_text        (GtkWidget   *row);
/* Marks ROW with REASON (NULL: clears the mark). */
void       tiers_form_mark        (GtkWidget   *row,
                                   const char  *reason);
/* Shows the form's first problem (NULL: none) and makes Save sensitive when there is none
 * and READY. */
void       tiers_form_set_problem (TiersForm   *form,
                                   const char  *problem,
                                   gboolean     ready);
/* Today as YYYY-MM-DD (free it). */
char      *tiers_form_today       (void);

/* A change a form makes, run on the session's worker (its one writing connection): FUNC
 * gets DATA (freed with DESTROY after CALLBACK) and returns whether it succeeded. CALLBACK
 * runs on the main loop; tiers_form_change_finish gives the result. */
typedef gboolean (*TiersFormChangeFunc) (TiersStore *store,
                                         gpointer    data,
                                         GError    **error);

void       tiers_form_change_async  (TiersSession        *session,
                                     TiersFormChangeFunc  func,
                                     gpointer             data,
                                     GDestroyNotify       destroy,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean   tiers_form_change_finish (GAsyncResult        *result,
                                     GError             **error);
/* Finishes a change made from a list window: its error, or DONE, as a toast on TOASTS (an
 * AdwToastOverlay); once made, SESSION is told its data changed. */
void       tiers_form_change_report (GAsyncResult        *result,
                                     GtkWidget           *toasts,
                                     TiersSession        *session,
                                     const char          *done);

G_END_DECLS
