# fish completion for crossfoot
function __crossfoot_checks
    crossfoot rules list 2>/dev/null | awk 'NR>1{print $1}'
end
set -l cmds check baseline server facts rules
complete -c crossfoot -f -n "not __fish_seen_subcommand_from $cmds" -a "$cmds"
complete -c crossfoot -n "not __fish_seen_subcommand_from $cmds" -l version -d "Print the version"
# Options check, baseline and server share, then check's and baseline's own.
set -l common "__fish_seen_subcommand_from check baseline server"
complete -c crossfoot -n $common -l rules -r -d "Rule pack or directory"
complete -c crossfoot -n $common -l config -r -d "Configuration file"
complete -c crossfoot -n $common -l no-config -d "Ignore .crossfoot.yaml"
complete -c crossfoot -n $common -l lang -x -a "en zh" -d "Message language"
complete -c crossfoot -n $common -l select -x -a "(__crossfoot_checks)" -d "Checks to run"
complete -c crossfoot -n $common -l ignore -x -a "(__crossfoot_checks)" -d "Checks to leave out"
set -l run "__fish_seen_subcommand_from check baseline"
complete -c crossfoot -n $run -l format -x -a "text html sarif json jsonl github" -d "Output format"
complete -c crossfoot -n $run -s o -l output -r -d "Output file"
complete -c crossfoot -n $run -l fail-on -x -a "error warning note none" -d "Lowest failing severity"
complete -c crossfoot -n $run -s j -l jobs -x -d "Files audited at once"
complete -c crossfoot -n $run -l previous -r -d "Previous year's report"
complete -c crossfoot -n $run -l baseline -r -d "Baseline file"
complete -c crossfoot -n $run -l stdin-filename -x -d "Name of the report on standard input"
complete -c crossfoot -n $run -s q -l quiet -d "Findings only"
complete -c crossfoot -n $run -s v -l verbose -d "Name skipped files"
complete -c crossfoot -n $run -l summary -d "Tables per file and per check"
complete -c crossfoot -n $run -l allow-unchecked -d "Exit 0 for files not checked"
complete -c crossfoot -n $run -l show-suppressed -d "SARIF: list suppressed findings"
complete -c crossfoot -n "__fish_seen_subcommand_from rules; and not __fish_seen_subcommand_from list explain test lint doc" -f -a "list explain test lint doc"
complete -c crossfoot -n "__fish_seen_subcommand_from explain" -f -a "(__crossfoot_checks)"
