#!/usr/bin/env bash
# Compatibility measurement: runs `sdl --check` over the public replication do-files listed in
# docs/compatibility/manifest.tsv (repository, commit, path; their text is never kept in this repo).
#
# Each file is fetched into a temporary directory, from a local git mirror when one exists
# ($SDL_COMPAT_MIRROR/<owner>+<name>/repo, as the project's fetch tool leaves them) or else from
# raw.githubusercontent.com at the recorded commit. Reports, over all files that could be had:
#   - command lines checked, and how many were understood (no unknown command, no syntax error),
#   - files that check clean,
#   - unknown commands ranked by how many lines use them.
#
# usage: bench/compat.sh [sdl-launcher-or-jar]   (default: ./sdl of this checkout)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MANIFEST="$ROOT/docs/compatibility/manifest.tsv"
MIRROR="${SDL_COMPAT_MIRROR:-/work/.mirror}"
SDL="${1:-$ROOT/sdl}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

run_check() {
  if [[ "$SDL" == *.jar ]]; then
    java -Xss16m -jar "$SDL" --check "$1"
  else
    "$SDL" --check "$1"
  fi
}

n=0; missing=0; clean=0; total=0; bad=0
: > "$TMP/unknown.txt"
while IFS=$'\t' read -r repo commit path; do
  [ "$repo" = repository ] && continue
  n=$((n + 1))
  f="$TMP/file$n.do"
  git_dir="$MIRROR/${repo/\//+}/repo"
  [ -d "$git_dir/.git" ] && git_dir="$git_dir/.git"
  if ! { [ -d "$git_dir" ] && git --git-dir="$git_dir" show "$commit:$path" > "$f" 2>/dev/null; }; then
    if ! curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$f" 2>/dev/null; then
      echo "unavailable: $repo $path"
      missing=$((missing + 1))
      continue
    fi
  fi
  out="$(run_check "$f" 2>&1)"
  summary="$(printf '%s\n' "$out" | tail -1)"
  cmds=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9]*\) commands, \([0-9]*\) unknown, \([0-9]*\) syntax errors$/\1/p')
  problems=$(printf '%s\n' "$out" | grep -c "^$f:" || true)
  cmds=${cmds:-0}
  total=$((total + cmds)); bad=$((bad + problems))
  [ "$problems" -eq 0 ] && clean=$((clean + 1))
  printf '%-60s %5d lines %4d problems\n' "$repo/$path" "$cmds" "$problems"
  printf '%s\n' "$out" | sed -n 's/^.*: unknown command \(.*\)$/\1/p' >> "$TMP/unknown.txt"
  if [ -n "${SDL_COMPAT_VERBOSE:-}" ]; then
    printf '%s\n' "$out" | grep "^$f:" | sed "s|^$f|  $path|"
  fi
done < "$MANIFEST"

had=$((n - missing))
echo
echo "files: $had checked ($missing unavailable), $clean clean"
if [ "$total" -gt 0 ]; then
  awk -v t="$total" -v b="$bad" 'BEGIN { printf "command lines: %d, understood %d (%.1f%%)\n", t, t - b, 100 * (t - b) / t }'
fi
echo
echo "unknown commands by number of lines:"
sort "$TMP/unknown.txt" | uniq -c | sort -k1,1nr -k2 | head -${SDL_COMPAT_TOP:-60}
