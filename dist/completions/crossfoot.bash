# bash completion for crossfoot
_crossfoot() {
  local cur prev words cword
  _init_completion || return
  local commands="check baseline server facts rules"
  local check_opts="--rules --format --output -o --fail-on --max-input-size --jobs -j --previous
    --baseline --show-suppressed --no-config --lang --allow-unchecked --summary --select --ignore
    --config --stdin-filename --quiet -q --verbose -v --help"
  case "$prev" in
    --format) COMPREPLY=($(compgen -W "text html sarif json jsonl github" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning note none" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "en zh" -- "$cur")); return ;;
    --select|--ignore)
      COMPREPLY=($(compgen -W "$(crossfoot rules list 2>/dev/null | awk 'NR>1{print $1}')" -- "$cur"))
      return ;;
  esac
  if [[ $cword -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  case "${words[1]}" in
    check|baseline)
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$check_opts" -- "$cur")); else _filedir; fi ;;
    server)
      COMPREPLY=($(compgen -W "--rules --config --no-config --lang --select --ignore --help" -- "$cur")) ;;
    facts) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "--rules --help" -- "$cur")); else _filedir; fi ;;
    rules)
      if [[ $cword -eq 2 ]]; then
        COMPREPLY=($(compgen -W "list explain test lint doc" -- "$cur"))
      elif [[ "${words[2]}" == explain ]]; then
        COMPREPLY=($(compgen -W "$(crossfoot rules list 2>/dev/null | awk 'NR>1{print $1}')" -- "$cur"))
      else
        _filedir
      fi ;;
  esac
}
complete -F _crossfoot crossfoot
