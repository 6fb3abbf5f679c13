# bash completion for claimlint; installed to
# /usr/share/bash-completion/completions/claimlint.
_claimlint() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  local checks
  checks=$(claimlint --list-checks 2>/dev/null | cut -d' ' -f1)
  case $prev in
    --format) COMPREPLY=($(compgen -W "text json jsonl sarif github" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "note warning error" -- "$cur")); return ;;
    --color|--colour) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --input-format) COMPREPLY=($(compgen -W "plain markdown html" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "en es" -- "$cur")); return ;;
    --explain|-W) COMPREPLY=($(compgen -W "$checks" -- "$cur")); return ;;
    --rules|--against) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --config|--baseline|--write-baseline) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --date|--encoding|--jobs|-j) return ;;
  esac
  if [[ $cur == -Wno-* ]]; then
    COMPREPLY=($(compgen -P -Wno- -W "$checks" -- "${cur#-Wno-}")); return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "--format --fail-on -W -Wno- --list-checks --explain --color --encoding
      --rules --no-builtin-rules --config --no-config --input-format --lang --date --against --baseline
      --write-baseline --jobs --version --help --sentences --each-line" -- "$cur"))
    return
  fi
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "extract" -- "$cur"))
  fi
  COMPREPLY+=($(compgen -f -- "$cur"))
}
complete -o filenames -F _claimlint claimlint
