// crossfoot: a consistency-audit linter for published reports.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "emit/emitter.h"
#include "util/suggest.h"
#include "util/version.h"

namespace crossfoot {
namespace {

// Options `check` and `baseline` share.
void AddCommonCheckOptions(CLI::App* cmd, CheckOptions* opts) {
  cmd->add_option("--select", opts->select,
                  "Run only these checks: ids or prefixes (GIS21-T3), comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--ignore", opts->ignore,
                  "Do not run these checks: ids or prefixes, comma-separated or repeated")
      ->delimiter(',');
  cmd->add_option("--config", opts->config,
                  "Read this configuration file instead of the nearest .crossfoot.yaml");
  cmd->add_option("--stdin-filename", opts->stdin_filename,
                  "The name (and so the format) of the report read from '-' (default: stdin.txt)");
  cmd->add_flag("--verbose,-v", opts->verbose,
                "Also name the files a directory walk skipped (.gitignore, not reports)");
}

// The (sub)command an argument list reaches, and the first word or option it does not know,
// with the nearest known name: "unknown command 'chek' (did you mean 'check'?)".
std::optional<std::string> FindTypo(const CLI::App& app, int argc, char** argv) {
  const CLI::App* at = &app;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      std::string name = arg.substr(0, arg.find('='));
      std::vector<std::string> known;
      for (const CLI::App* a = at; a != nullptr; a = a->get_parent()) {
        for (const CLI::Option* o : a->get_options()) {
          for (const std::string& l : o->get_lnames()) known.push_back("--" + l);
          for (const std::string& s : o->get_snames()) known.push_back("-" + s);
        }
      }
      if (std::find(known.begin(), known.end(), name) != known.end()) {
        const CLI::Option* o = nullptr;
        for (const CLI::App* a = at; a != nullptr && o == nullptr; a = a->get_parent()) {
          for (const CLI::Option* c : a->get_options()) {
            if (c->check_name(name)) o = c;
          }
        }
        // The option's value is the next argument (unless given as --opt=value).
        if (o != nullptr && o->get_type_size() != 0 && arg.find('=') == std::string::npos) ++i;
        continue;
      }
      if (name.starts_with("--") || name.size() == 2) {
        return "unknown option '" + name + "'" +
               (at == &app ? "" : " for '" + at->get_name() + "'") + DidYouMean(name, known);
      }
      continue;
    }
    std::vector<std::string> commands;
    for (const CLI::App* sub : at->get_subcommands({})) commands.push_back(sub->get_name());
    if (commands.empty()) continue;  // a path or a value
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : at->get_subcommands({})) {
      if (sub->get_name() == arg) next = sub;
    }
    if (next == nullptr) {
      return "unknown command '" + arg + "'" + (at == &app ? "" : " for '" + at->get_name() + "'") +
             DidYouMean(arg, commands);
    }
    at = next;
  }
  return std::nullopt;
}

int Main(int argc, char** argv) {
  CLI::App app{"crossfoot: checks that the figures of a report add up"};
  app.set_version_flag("--version,-V", "crossfoot " + std::string(CrossfootVersion()));
  app.require_subcommand(1);

  CheckOptions check;
  CLI::App* check_cmd =
      app.add_subcommand("check", "Audit reports and print every figure that does not add up");
  // One pack per --rules, so that `--rules pack.yaml report.md` leaves the report alone.
  check_cmd
      ->add_option("--rules", check.rules, "A rule pack file or a directory of packs (repeatable)")
      ->allow_extra_args(false);
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember(EmitterNames()));
  check_cmd->add_option("--output,-o", check.output,
                        "Write the output to FILE (whole or not at all)");
  check_cmd
      ->add_option("--fail-on", check.fail_on,
                   "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  check_cmd
      ->add_option("--max-input-size", check.max_input_size, "Largest input file read (e.g. 64MB)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("64MB");
  check_cmd->add_option("--jobs,-j", check.jobs, "Files audited at once (default: one per core)");
  check_cmd->add_option("--previous", check.previous,
                        "The previous year's report, for year-against-year checks (one report "
                        "only; in a batch, pairs are found by name: X-2020.html for X-2021.html)");
  check_cmd->add_option("--baseline", check.baseline,
                        "Leave out the findings recorded in this baseline file (see `baseline`)");
  check_cmd->add_flag("--show-suppressed", check.show_suppressed,
                      "SARIF: also list the findings suppressed by crossfoot-ignore comments");
  check_cmd->add_flag("--no-config", check.no_config, "Ignore .crossfoot.yaml");
  check_cmd
      ->add_option("--lang", check.lang,
                   "Language of the messages (default: each pack's own, Chinese for the shipped)")
      ->check(CLI::IsMember({"en", "zh"}));
  check_cmd->add_flag("--allow-unchecked", check.allow_unchecked,
                      "Exit 0 rather than 3 when a file could not be checked at all (no pack "
                      "applies, or no check found its figures)");
  check_cmd->add_flag("--summary", check.summary,
                      "Also print tables of findings per file and per check");
  AddCommonCheckOptions(check_cmd, &check);
  check_cmd->add_flag("--quiet,-q", check.quiet,
                      "Print the findings only: no closing count, no notes on stderr");
  check_cmd->add_option("paths", check.paths, "Report files or directories ('-': standard input)")
      ->required();

  CheckOptions baseline;
  baseline.write_baseline = true;
  CLI::App* baseline_cmd = app.add_subcommand(
      "baseline", "Record today's findings, so that `check --baseline FILE` reports only new ones");
  baseline_cmd
      ->add_option("--rules", baseline.rules,
                   "A rule pack file or a directory of packs (repeatable)")
      ->allow_extra_args(false);
  baseline_cmd->add_option("--output,-o", baseline.output,
                           "Write the baseline to FILE (whole or not at all)");
  baseline_cmd->add_option("--previous", baseline.previous, "The previous year's report");
  baseline_cmd->add_flag("--no-config", baseline.no_config, "Ignore .crossfoot.yaml");
  AddCommonCheckOptions(baseline_cmd, &baseline);
  baseline_cmd->add_option("paths", baseline.paths, "Report files or directories")->required();

  CheckOptions server;
  CLI::App* server_cmd = app.add_subcommand(
      "server", "Run as a language server on standard input and output (for editors)");
  server_cmd
      ->add_option("--rules", server.rules, "A rule pack file or a directory of packs (repeatable)")
      ->allow_extra_args(false);
  server_cmd->add_flag("--no-config", server.no_config, "Ignore .crossfoot.yaml");
  server_cmd
      ->add_option("--lang", server.lang,
                   "Language of the messages (default: each pack's own, Chinese for the shipped)")
      ->check(CLI::IsMember({"en", "zh"}));
  server_cmd->add_option("--select", server.select, "Run only these checks: ids or prefixes")
      ->delimiter(',');
  server_cmd->add_option("--ignore", server.ignore, "Do not run these checks: ids or prefixes")
      ->delimiter(',');
  server_cmd->add_option("--config", server.config,
                         "Read this configuration file instead of the workspace's .crossfoot.yaml");

  FactsOptions facts;
  CLI::App* facts_cmd =
      app.add_subcommand("facts", "Show what the engine sees: blocks, figures, fact bindings");
  facts_cmd
      ->add_option("--rules", facts.rules, "A rule pack file or a directory of packs (repeatable)")
      ->allow_extra_args(false);
  facts_cmd->add_option("path", facts.path, "A report file")->required();

  CLI::App* rules_cmd = app.add_subcommand("rules", "Work on rule packs");
  rules_cmd->require_subcommand(1);
  RulesOptions rules_test;
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run the test cases the packs carry");
  test_cmd->add_option("packs", rules_test.packs,
                       "Pack files or directories (default: the shipped packs)");
  RulesOptions rules_lint;
  CLI::App* lint_cmd = rules_cmd->add_subcommand("lint", "Report mistakes and gaps in packs");
  lint_cmd->add_option("packs", rules_lint.packs,
                       "Pack files or directories (default: the shipped packs)");
  RulesOptions rules_list;
  CLI::App* list_cmd =
      rules_cmd->add_subcommand("list", "List the checks: id, pack, severity, title");
  list_cmd->add_option("packs", rules_list.packs,
                       "Pack files or directories (default: the shipped packs)");
  RulesExplainOptions rules_explain;
  CLI::App* explain_cmd = rules_cmd->add_subcommand(
      "explain",
      "Explain one check: its title, rationale, an example finding, where it is defined");
  explain_cmd
      ->add_option("--rules", rules_explain.rules, "A rule pack file or a directory of packs")
      ->allow_extra_args(false);
  explain_cmd->add_option("id", rules_explain.id, "The check's id")->required();
  RulesOptions rules_doc;
  CLI::App* doc_cmd =
      rules_cmd->add_subcommand("doc", "Print the packs' documentation as Markdown");
  doc_cmd->add_option("packs", rules_doc.packs,
                      "Pack files or directories (default: the shipped packs)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // A mistyped command or option gets the nearest known one instead of CLI11's message.
    if (e.get_exit_code() != 0) {
      if (std::optional<std::string> typo = FindTypo(app, argc, argv)) {
        PrintError("crossfoot: " + *typo + "; `crossfoot --help` lists what there is");
        return kExitFailure;
      }
    }
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitFailure;
  }
  if (check_cmd->parsed()) return RunCheck(check, argv[0]);
  if (baseline_cmd->parsed()) return RunCheck(baseline, argv[0]);
  if (server_cmd->parsed()) return RunServer(server, argv[0]);
  if (facts_cmd->parsed()) return RunFacts(facts, argv[0]);
  if (test_cmd->parsed()) return RunRulesTest(rules_test, argv[0]);
  if (lint_cmd->parsed()) return RunRulesLint(rules_lint, argv[0]);
  if (doc_cmd->parsed()) return RunRulesDoc(rules_doc, argv[0]);
  if (list_cmd->parsed()) return RunRulesList(rules_list, argv[0]);
  if (explain_cmd->parsed()) return RunRulesExplain(rules_explain, argv[0]);
  return kExitFailure;
}

}  // namespace
}  // namespace crossfoot

int main(int argc, char** argv) {
  // libzip converts DOS times with mktime; with TZ unset glibc re-reads the zone on every call,
  // which races between worker threads. crossfoot prints no times, so any fixed zone will do.
  setenv("TZ", "UTC", /*overwrite=*/0);
  // A CI gate must never die silently: anything unexpected is a failed run, with a message.
  try {
    return crossfoot::Main(argc, argv);
  } catch (const std::exception& e) {
    crossfoot::PrintError(std::string("crossfoot: internal error: ") + e.what());
  } catch (...) {
    std::cerr << "crossfoot: internal error\n";
  }
  return crossfoot::kExitFailure;
}
