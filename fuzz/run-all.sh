#!/usr/bin/env bash
# Run every fuzz target in turn for SECONDS each (default 600), niced, seeded with seeds/*.txt.
# Prints one line per target: executions, time, and whether a crash or timeout was found.
# Usage: fuzz/run-all.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(pipeline_bytes pipeline_utf8 segment quotes numbers dates compare)
fi
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O || exit 2
status=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" logs
    cp -n ../seeds/*.txt "corpus/$target/" 2>/dev/null
    nice -n 10 cargo fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -max_len=8192 -timeout=10 > "logs/$target.log" 2>&1
    code=$?
    runs=$(grep -ho '^Done [0-9]* runs in [0-9]* second' "logs/$target.log" | tail -1)
    if [ $code -eq 0 ]; then
        echo "$target: ok (${runs:-no summary})"
    else
        status=1
        echo "$target: FAILED (exit $code); see fuzz/logs/$target.log and fuzz/artifacts/$target/"
    fi
done
exit $status
