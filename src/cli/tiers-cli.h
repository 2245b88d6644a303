/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-cli.h: what the commands of supplier-tiers-cli share. Each command lives in its own
 * file as `int tiers_cli_NAME (TiersCli *cli, int argc, char **argv)`, argv[0] being the
 * command's name, and returns the exit status of docs/cli.md ("Exit status"). */
#pragma once

#include <glib.h>

#include "tiers-evaluation.h"
#include "tiers-period.h"
#include "tiers-store.h"

G_BEGIN_DECLS

enum
{
  TIERS_EXIT_OK = 0,
  TIERS_EXIT_REFUSED = 1,   /* refused input or data error; nothing changed */
  TIERS_EXIT_USAGE = 2,
};

typedef struct
{
  char       *db_path;
  TiersStore *store;        /* opened on first use */
} TiersCli;

typedef int (*TiersCliCommand) (TiersCli *cli, int argc, char **argv);

TiersStore *tiers_cli_get_store      (TiersCli     *cli,
                                      GError      **error);
/* PERIOD's evaluation and the previous period's, current by the freshness rule (evaluated
 * and stored first where they are not); either is NULL when its period has no data. */
gboolean    tiers_cli_load_period_and_previous (TiersStore        *store,
                                                const TiersPeriod *period,
                                                TiersEvaluation  **current,
                                                TiersEvaluation  **previous,
                                                GError           **error);
int         tiers_cli_fail           (GError       *error);
int         tiers_cli_usage_error    (GOptionContext *context,
                                      const char   *message);
/* Appends TEXT to a CSV row, quoted where it must be. */
void        tiers_cli_append_field   (GString      *row,
                                      const char   *text);
gboolean    tiers_cli_parse_options  (GOptionContext *context,
                                      int          *argc,
                                      char       ***argv,
                                      int          *status);

int tiers_cli_import (TiersCli *cli, int argc, char **argv);
int tiers_cli_scheme (TiersCli *cli, int argc, char **argv);
int tiers_cli_evaluate (TiersCli *cli, int argc, char **argv);
int tiers_cli_sample (TiersCli *cli, int argc, char **argv);
int tiers_cli_chart (TiersCli *cli, int argc, char **argv);
int tiers_cli_finalize (TiersCli *cli, int argc, char **argv);
int tiers_cli_reopen (TiersCli *cli, int argc, char **argv);
int tiers_cli_override (TiersCli *cli, int argc, char **argv);
int tiers_cli_review (TiersCli *cli, int argc, char **argv);
int tiers_cli_conflict (TiersCli *cli, int argc, char **argv);
int tiers_cli_verify (TiersCli *cli, int argc, char **argv);
int tiers_cli_backup (TiersCli *cli, int argc, char **argv);
int tiers_cli_restore (TiersCli *cli, int argc, char **argv);
int tiers_cli_scorecard (TiersCli *cli, int argc, char **argv);
int tiers_cli_communication (TiersCli *cli, int argc, char **argv);
int tiers_cli_risk (TiersCli *cli, int argc, char **argv);
int tiers_cli_completeness (TiersCli *cli, int argc, char **argv);
int tiers_cli_batches (TiersCli *cli, int argc, char **argv);
int tiers_cli_withdraw (TiersCli *cli, int argc, char **argv);
int tiers_cli_plan (TiersCli *cli, int argc, char **argv);
int tiers_cli_status (TiersCli *cli, int argc, char **argv);

G_END_DECLS
