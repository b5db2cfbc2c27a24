#!/usr/bin/env bash
# Builds the libFuzzer harnesses (release, fuzzer + address sanitizers, from clean) and
# runs each for SECONDS (default 60) on seeds copied from ../examples and
# ../../shared/corpus into corpora/ (git-ignored). Findings land in artifacts/HARNESS/,
# logs in logs/HARNESS.log; the last lines of each log give executions and coverage.
#
#   Fuzz/run.sh 300            # five minutes per harness
#   Fuzz/run.sh 60 FuzzPolicyParser
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(FuzzTerraformImport FuzzAWSCLIImport FuzzPolicyParser FuzzAddressParsers
        FuzzJSONParser)
fi
export SWIFT_BACKTRACE=enable=no
# SwiftPM passes each sanitizer as its own -sanitize= flag, in no fixed order, and the
# Swift 6.3 driver keeps only the last: a build is either uninstrumented for coverage
# ("no interesting inputs … Is the code instrumented") or without ASan. The combined
# flag, which SwiftPM appends after its own, gives both.
flags=(-c release --sanitize=fuzzer --sanitize=address --disable-dead-strip
    -Xswiftc -sanitize=fuzzer,address)

rm -rf .build
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)"

corpus_root="../../shared/corpus"
rm -rf corpora
mkdir -p corpora/FuzzTerraformImport corpora/FuzzAWSCLIImport corpora/FuzzPolicyParser \
    corpora/FuzzAddressParsers corpora/FuzzJSONParser \
    artifacts logs
# Terraform: every example and every JSON file of the shared corpus's terraform folder.
n=0
for file in ../examples/*/*.json; do
    cp "$file" "corpora/FuzzTerraformImport/example-$((n += 1)).json"
done
if [ -d "$corpus_root/terraform" ]; then
    while IFS= read -r -d '' file; do
        cp "$file" "corpora/FuzzTerraformImport/corpus-$((n += 1)).json"
    done < <(find "$corpus_root/terraform" -name '*.json' -size -2M -print0)
fi
# JSON: the Terraform seeds, whose plans have the paths a plan's import skips.
cp corpora/FuzzTerraformImport/* corpora/FuzzJSONParser/
# AWS CLI: every file of the examples' snapshot folders and of the shared corpus's aws-cli.
n=0
for folder in ../examples/*aws-cli* "$corpus_root/aws-cli"; do
    [ -d "$folder" ] || continue
    while IFS= read -r -d '' file; do
        cp "$file" "corpora/FuzzAWSCLIImport/seed-$((n += 1)).json"
    done < <(find "$folder" -name '*.json' -size -1024k -print0)
done
# Policies: the policy documents embedded in the examples, decoded from their strings.
python3 - "$corpus_root" <<'PY'
import json, pathlib, sys
out = pathlib.Path("corpora/FuzzPolicyParser")
seen = set()
def walk(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and "Statement" in item and key.endswith("policy"):
                seen.add(item)
            walk(item)
    elif isinstance(value, list):
        for item in value:
            walk(item)
files = list(pathlib.Path("../examples").glob("*/*.json"))
files += list(pathlib.Path(sys.argv[1]).glob("**/*.json")) if pathlib.Path(sys.argv[1]).is_dir() else []
for path in files:
    try:
        walk(json.loads(path.read_bytes()))
    except Exception:
        pass
for index, text in enumerate(sorted(seen)):
    (out / f"policy-{index}.json").write_text(text)
# Addresses: every CIDR, address and port text of the examples.
import re
texts = set()
for path in pathlib.Path("../examples").glob("*/*.json"):
    texts.update(re.findall(rb'"([0-9a-fA-F:.]+/[0-9]+|[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+)"', path.read_bytes()))
texts.update([b"443", b"1024-65535", b"0-65535", b"-1", b"tcp", b"icmpv6", b"::ffff:10.0.0.1", b"2001:db8::/32"])
for index, text in enumerate(sorted(texts)):
    (pathlib.Path("corpora/FuzzAddressParsers") / f"seed-{index}").write_bytes(text)
PY

for harness in "${harnesses[@]}"; do
    mkdir -p "artifacts/$harness"
    echo "== $harness for ${seconds}s"
    "$bin/$harness" "corpora/$harness" -max_total_time="$seconds" -max_len=1048576 \
        -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="artifacts/$harness/" >"logs/$harness.log" 2>&1 || true
    grep -E "^#[0-9]+ +(DONE|INITED)|^stat::number_of_executed_units|SUMMARY|==ERROR|crash-|timeout-|oom-" \
        "logs/$harness.log" | tail -8
done
