#!/usr/bin/env bash
# Builds the four fuzzing harnesses (Fuzz/) with libFuzzer and AddressSanitizer, seeds their
# corpora from the test fixtures and the hostile generators, and runs each for SECONDS seconds.
# Fails on a crash, a leak, an input that takes over 10 s or over 512 MB; the input that failed
# is kept in fuzz-artifacts/HARNESS/. Inputs that once failed live in Tests/Fuzz/HARNESS/ and
# seed every run.
#
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]    (harnesses: Draft Docx Bundle Form Upload)
set -euo pipefail
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(Draft Docx Bundle Form Upload)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
shenbao=.build/debug/shenbao
[ -x "$shenbao" ] || swift build --product shenbao

for harness in "${harnesses[@]}"; do
  SHENBAO_FUZZ=1 swift build -c debug --scratch-path .build-fuzz --product "Fuzz$harness" 2>&1 \
    | grep -v "Cannot export local symbol" | grep -E "error|Compiling|Build" | tail -3
done

# Seeds: what the tests read, made afresh, no file over 256 KiB (libFuzzer's inputs grow up to
# the largest seed).
seeds=.build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{Draft,Docx,Bundle,Form,Upload,work} "$seeds/work/docx" "$seeds/work/zips"
work=$seeds/work
example=forms/shanghai-ip-operations-2021/example
cp -R "$example" "$work/example"
sed 's/recommender: 市教委/recommender: 市发改委/' "$example/draft.yaml" > "$work/example/bad.yaml"
cp forms/*/example/draft.yaml "$seeds/Draft/" 2>/dev/null || true
$python -c 'import json, sys; json.dump({"form": "shanghai-ip-operations-2021", "cover": {"projectName": "项目",
  "date": "2021-05-20"}, "unit": {"name": "上海某中心", "creditCode": "12310104425077310B"},
  "members": [{"name": "甲", "idNumber": "310104197803150412"}]}, open(sys.argv[1], "w"), ensure_ascii=False)' \
  "$seeds/Draft/draft.json"
$python Tests/Interop/make_hostile_drafts.py "$example/draft.yaml" "$work/drafts" >/dev/null
"$shenbao" render "$work/example/draft.yaml" -o "$seeds/Docx/filled.docx" --force >/dev/null 2>&1
"$shenbao" render "$work/example/bad.yaml" -o "$work/bad.docx" --force >/dev/null 2>&1 || true
"$shenbao" template -o "$seeds/Docx/template.docx" --force >/dev/null 2>&1
$python Tests/Interop/make_hostile_docx.py "$work/docx" "$work/bad.docx" >/dev/null
"$shenbao" package "$work/example/draft.yaml" -o "$seeds/Bundle/bundle.zip" --force >/dev/null
$python Tests/Interop/make_tampered_bags.py "$seeds/Bundle/bundle.zip" "$work/bags" >/dev/null
$python Tests/Interop/make_hostile_zips.py "$work/zips" >/dev/null
for definition in forms/*/form.yaml Tests/Forms/*/form.yaml; do
  cp "$definition" "$seeds/Form/$(basename "$(dirname "$definition")").yaml"
done
find "$work/drafts" -size -256k -type f -exec cp {} "$seeds/Draft/" \;
# Uploads: a multipart body as a browser sends it (the first byte sets the chunk size), and a receipt.
$python -c 'import sys
body = (b"\x07--b0undary\r\nContent-Disposition: form-data; name=\"draft\"\r\n\r\n{\"form\": \"x\"}\r\n"
        b"--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b0undary--\r\n")
open(sys.argv[1], "wb").write(body)' "$seeds/Upload/multipart.bin"
"$shenbao" package "$work/example/draft.yaml" -o "$work/receipt/bundle.zip" --force >/dev/null 2>&1 || true
"$shenbao" verify "$work/receipt" -o "$work/receipt-out" >/dev/null 2>&1 || true
cp "$work/receipt-out/回执.json" "$seeds/Upload/receipt.json" 2>/dev/null || true
find "$work/docx" -size -256k -type f -name '*.docx' -exec cp {} "$seeds/Docx/" \;
find "$work/bags" "$work/zips" -size -256k -type f -name '*.zip' -exec cp {} "$seeds/Bundle/" \;

# AddressSanitizer keeps freed memory in quarantine and holds on to it: with a small quarantine
# and memory handed back to the system, the process's size tracks what one input takes.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:allocator_release_to_os_interval_ms=100:detect_leaks=1}
status=0
for harness in "${harnesses[@]}"; do
  corpus=.build-fuzz/corpus/$harness
  artifacts=fuzz-artifacts/$harness
  regressions=Tests/Fuzz/$harness
  mkdir -p "$corpus" "$artifacts" "$regressions"
  echo "== Fuzz$harness for ${seconds}s"
  log=$artifacts/fuzz.log
  if ! ".build-fuzz/debug/Fuzz$harness" "$corpus" "$seeds/$harness" "$regressions" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=512 -malloc_limit_mb=512 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1; then
    status=1
    echo "Fuzz$harness FAILED; the input is in $artifacts/, the log in $log:"
    grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==" "$log" | head -20
  fi
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|cov: [0-9]+ ft: [0-9]+" "$log" \
    | tail -5 | sed 's/^/   /'
done
exit $status
