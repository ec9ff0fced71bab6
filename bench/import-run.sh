#!/usr/bin/env bash
# Bulk import benchmark: writes an N-row valid file for a city, uploads it as that city's officer through the API, waits
# for the import to finish and prints its rows per second. Needs a running Livebase, curl and jq.
#
#   bench/import-run.sh http://localhost:8080 xuzhou-officer livebase-demo hosts 100000 [district] [agency-credit-code]
#
# Prints one line: kind, rows, state, the server's rate (check + store, from the job's start to its finish) and the
# wall-clock rate including the upload. Set LIVEBASE_IMPORT_SEED to a new value for each run against the same
# database (credit codes and ID numbers must not be registered yet).
set -euo pipefail
base=${1:?base URL}; user=${2:?officer account}; password=${3:?password}; kind=${4:?hosts, agencies or bases}
rows=${5:?rows}; district=${6:-}; agency=${7:-}
here=$(cd "$(dirname "$0")" && pwd)
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT

java -cp "$here/../target/classes" "$here/import-csv.java" "$kind" "$rows" "$district" "$agency" > "$file"
start=$(date +%s.%N)
answer=$(curl -sS -u "$user:$password" -H 'Content-Type: text/csv' --data-binary "@$file" \
    "$base/api/v1/imports?kind=$kind&fileName=bench-$kind-$rows.csv")
id=$(jq -r '.id // empty' <<<"$answer")
if [[ -z "$id" ]]; then
    echo "upload refused: $answer" >&2
    exit 1
fi
# Polled once a second: each poll is an HTTP Basic request, which checks the password's bcrypt hash (tens of ms of
# CPU), and at five polls a second that took more CPU than the import thread itself on this 2-core machine.
while true; do
    job=$(curl -sS -u "$user:$password" "$base/api/v1/imports/$id")
    state=$(jq -r .state <<<"$job")
    case "$state" in queued|validating|applying) sleep 1 ;; *) break ;; esac
done
end=$(date +%s.%N)
if [[ "$state" != done ]]; then
    echo "import $id ended $state: $(curl -sS -u "$user:$password" "$base/api/v1/imports/$id/errors?size=5")" >&2
    exit 1
fi
wall=$(awk -v s="$start" -v e="$end" -v n="$rows" 'BEGIN { printf "%d", n / (e - s) }')
# Search catches up after the commit (search.SearchBacklog): the last row's name is searched for until it is found, at
# most ten minutes. Waiting also keeps the next run of the benchmark from indexing this import while it measures.
last=$(tail -n 1 "$file" | cut -d, -f1)
caught=never
for ((waited = 0; waited < 600; waited++)); do
    if curl -fsG "$base/api/v1/search" --data-urlencode "q=$last" | jq -e '.items | length > 0' >/dev/null 2>&1; then
        caught=$(awk -v s="$end" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
        break
    fi
    sleep 1
done
printf 'import %-8s rows=%d state=%s server_rows_per_s=%s wall_rows_per_s=%s searchable_after_s=%s\n' "$kind" "$rows" \
    "$state" "$(jq -r .rowsPerSecond <<<"$job")" "$wall" "$caught"
