#!/usr/bin/env bash
# Runs the vpcreach steps of the CI examples on a plan, writing what CI would upload.
# Usage: examples/ci/run.sh PLAN.json OUT_DIR [TF_DIR]
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 PLAN.json OUT_DIR [TF_DIR]" >&2
  exit 2
fi
plan=$1 out=$2 tfdir=${3:-$(dirname "$1")}
vpcreach=${VPCREACH:-vpcreach}
mkdir -p "$out"
"$vpcreach" check "$plan" --tf-dir "$tfdir" \
  --format sarif --output "$out/vpcreach.sarif" \
  --format markdown --output "$out/check.md" \
  --format junit --output "$out/vpcreach-junit.xml" \
  --format github > "$out/annotations.txt"
check=$?
"$vpcreach" diff "$plan" --format markdown --output "$out/diff.md" \
  --fail-on new-exposure --fail-on new-finding
diff=$?
echo "check exit $check, diff exit $diff"
[ "$check" -le 1 ] && [ "$diff" -le 1 ] || exit 2
[ "$check" -eq 0 ] && [ "$diff" -eq 0 ]
