#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time from seed corpora made of the project's own
# fixtures. Exits non-zero on the first target that finds a crash, a leak or a hang.
#   tools/run_fuzz.sh SECONDS_PER_TARGET [BUILD_DIR]
set -euo pipefail
seconds=${1:-20}
build=${2:-build-fuzz}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$build/corpus"
targets=${FUZZ_TARGETS:-figures_fuzz expression_fuzz pack_fuzz reader_fuzz pattern_fuzz docx_xml_fuzz pack_document_fuzz pdf_fuzz layout_table_fuzz}
mkdir -p "$corpus"/{figures_fuzz,pack_fuzz,expression_fuzz,reader_fuzz,pattern_fuzz,docx_xml_fuzz,pack_document_fuzz,pdf_fuzz,layout_table_fuzz}

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

# pattern_fuzz: every pattern of the packs, a newline, then a stretch of a report.
# docx_xml_fuzz: the word/document.xml of every fixture .docx.
# pack_document_fuzz: the small fixture pack, a NUL byte, then a report; and each shipped
# pack's first 40 KB (within -max_len), a NUL byte, then a stretch of a report.
python3 - "$root" "$corpus" <<'PY'
import pathlib, re, sys, zipfile
root, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
packs = sorted((root / "rules").glob("*.yaml")) + sorted((root / "fixtures/packs").glob("*.yaml"))
reports = sorted((root / "reports").glob("*.txt")) + sorted((root / "fixtures/kinds").glob("*.md"))
text = [r.read_bytes()[:2048] for r in reports]
patterns = set()
for p in packs:
    for m in re.finditer(r'(?:text|row|header|through|columns?|[a-z-]+): "((?:[^"\\]|\\.)*)"', p.read_text("utf-8")):
        patterns.add(m.group(1).replace("\\\\", "\\"))
for i, pat in enumerate(sorted(patterns)):
    (corpus / "pattern_fuzz" / f"seed-{i}").write_bytes(pat.encode() + b"\n" + text[i % len(text)])
for f in sorted((root / "fixtures/formats").glob("*.docx")):
    with zipfile.ZipFile(f) as z:
        (corpus / "docx_xml_fuzz" / f.name).write_bytes(z.read("word/document.xml"))
small = (root / "fixtures/packs/kinds.yaml").read_bytes()
for i, r in enumerate(reports):
    (corpus / "pack_document_fuzz" / f"seed-{i}").write_bytes(small + b"\0" + r.read_bytes()[:16384])
for i, p in enumerate(packs):
    (corpus / "pack_document_fuzz" / f"pack-{i}").write_bytes(p.read_bytes()[:40000] + b"\0" + text[i % len(text)])
PY

# PDF seeds: the real reports (their text layers exercise the layout-table builder too).
cp "$root"/fixtures/real/docs/*.pdf "$corpus/pdf_fuzz/"
head -c 4096 /dev/zero | tr '\0' '1' > "$corpus/layout_table_fuzz/seed-1"

for target in $targets; do
  echo "== $target: ${seconds}s"
  mkdir -p "$build/findings/$target"
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target/" "$corpus/$target" 2>&1 |
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Done)" || true
  test "${PIPESTATUS[0]}" -eq 0 || { echo "$target found a problem: see $build/findings/$target"; exit 1; }
done
