#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time from seed corpora made of the project's own
# fixtures. Exits non-zero on the first target that finds a crash, a leak or a hang.
#   tools/run_fuzz.sh SECONDS_PER_TARGET [BUILD_DIR]
set -euo pipefail
seconds=${1:-20}
build=${2:-build-fuzz}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$build/corpus"
mkdir -p "$corpus"/{figures_fuzz,pack_fuzz,expression_fuzz,reader_fuzz,pdf_fuzz,layout_table_fuzz}

# Seeds: the figure table's inputs, the packs, the packs' assertions, every fixture by format.
n=0
while IFS=$'\t' read -r input _; do
  [[ -z "$input" || "$input" == \#* ]] && continue
  n=$((n + 1)); printf '%s' "$input" > "$corpus/figures_fuzz/seed-$n"
done < "$root/tests/data/figures.tsv"
cp "$root"/rules/*.yaml "$root"/fixtures/packs/*.yaml "$corpus/pack_fuzz/"
grep -ho 'assert: "[^"]*"' "$root"/rules/*.yaml "$root"/fixtures/packs/*.yaml | sed 's/assert: "//; s/"$//' |
  while read -r a; do n=$((n + 1)); printf '%s' "$a" > "$corpus/expression_fuzz/seed-$RANDOM$n"; done
i=0
for f in "$root"/reports/* "$root"/fixtures/*.txt "$root"/fixtures/kinds/* "$root"/fixtures/formats/*; do
  case "$f" in
    *.txt) byte='\x00' ;; *.md) byte='\x01' ;; *.html) byte='\x02' ;; *.docx) byte='\x03' ;; *) continue ;;
  esac
  i=$((i + 1)); { printf "$byte"; cat "$f"; } > "$corpus/reader_fuzz/seed-$i"
done

# PDF seeds: the real reports (their text layers exercise the layout-table builder too).
cp "$root"/fixtures/real/*.pdf "$corpus/pdf_fuzz/"
head -c 4096 /dev/zero | tr '\0' '1' > "$corpus/layout_table_fuzz/seed-1"

for target in figures_fuzz expression_fuzz pack_fuzz reader_fuzz pdf_fuzz layout_table_fuzz; do
  echo "== $target: ${seconds}s"
  mkdir -p "$build/findings/$target"
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target/" "$corpus/$target" 2>&1 |
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Done)" || true
  test "${PIPESTATUS[0]}" -eq 0 || { echo "$target found a problem: see $build/findings/$target"; exit 1; }
done
