#!/usr/bin/env bash
# Page images of the printed form for the README and the user guide (docs/images/): the example
# rendered and the template, printed to PDF through LibreOffice as shenbao prints them, pages
# turned into PNG by poppler's pdftoppm; and the department's summary page and workbook of a
# batch of 24 generated applications, as Chromium (at 1366 px) and LibreOffice Calc show them.
# Run from the repository root after `make build`:
#
#     scripts/make-page-images.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/shenbao}
out=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

"$binary" render forms/shanghai-ip-operations-2021/example/draft.yaml -o "$work/申报书.pdf" 2>/dev/null
"$binary" template -o "$work/模板.pdf" >/dev/null 2>&1

# name, file, page: the pages the guide shows.
while read -r name file page; do
  pdftoppm -r 60 -png -singlefile -f "$page" -l "$page" "$work/$file" "$out/$name"
done <<'PAGES'
申报书-封面 申报书.pdf 1
申报书-申报单位基本信息 申报书.pdf 3
申报书-项目组成员信息 申报书.pdf 7
申报书-单位意见 申报书.pdf 8
模板-填写须知 模板.pdf 1
模板-申报单位基本信息 模板.pdf 4
PAGES
python3 scripts/make-applications.py "$work/in" 24 --broken "$work/expected.json"
"$binary" batch "$work/in" -o "$work/out" >/dev/null || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1366,760 \
  --screenshot="$out/汇总-网页.png" "file://$work/out/汇总.html" 2>/dev/null
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" \
  "$work/out/汇总.xlsx" >/dev/null 2>&1
pdftoppm -r 90 -png -singlefile -f 1 -l 1 -x 0 -y 0 -W 1052 -H 420 "$work/汇总.pdf" "$out/汇总-工作簿"
# The form page, as the browser test leaves it.
"$binary" serve --port 0 > "$work/serve.log" 2>/dev/null &
server=$!
for _ in $(seq 50); do grep -q http "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[^（ ]*' "$work/serve.log")
python3 Tests/Interop/serve_applicant.py "$url" "$work/shots" >/dev/null
kill "$server"
cp "$work/shots/2-wrong-id.png" "$out/网页-身份证号.png"
cp "$work/shots/5-over-limit.png" "$out/网页-超字数.png"
ls -l "$out"
