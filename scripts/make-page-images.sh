#!/usr/bin/env bash
# Page images of the printed form for the README and the user guide (docs/images/): the example
# rendered and the template, printed to PDF through LibreOffice as shenbao prints them, pages
# turned into PNG by poppler's pdftoppm. Run from the repository root after `make build`:
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
ls -l "$out"
