# Shared by the ops/ checks: start the packaged app (target/quarkus-app) as a separate process, wait for it, read
# counts through the public API, and stop everything the check started when it exits. Sourced, not run.

OPS_APP=${OPS_APP:-target/quarkus-app/quarkus-run.jar}
OPS_PIDS=()

[ -f "$OPS_APP" ] || { echo "no packaged app at $OPS_APP: run ./mvnw package first" >&2; exit 1; }

# launch LOG PORT [java options...]: starts one instance in the background; the datasource comes from the environment
# or the options, exactly as in production.
launch() {
    local log=$1 port=$2
    shift 2
    java -Xmx256m -Dquarkus.http.port="$port" "$@" -jar "$OPS_APP" >"$log" 2>&1 &
    OPS_PIDS+=($!)
}

# start_app LOG PORT [java options...]: launch, then wait until it is ready.
start_app() {
    launch "$@"
    wait_ready "$2" "$1"
}

wait_ready() {
    local port=$1 log=$2
    for _ in $(seq 1 120); do
        if curl -fsS "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then
            return 0
        fi
        if grep -q "Failed to start application" "$log"; then
            break
        fi
        sleep 1
    done
    echo "instance on port $port did not get ready; its log:" >&2
    tail -40 "$log" >&2
    exit 1
}

# stop_apps: ends the instances this script started (by their pids), gently, so H2 closes its file.
stop_apps() {
    local pid
    for pid in "${OPS_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${OPS_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    OPS_PIDS=()
}
trap stop_apps EXIT

# counts PORT: one line with the number of cities, estates, bases, agencies and hosts the public API reports.
counts() {
    local port=$1 kind line=""
    line="cities=$(curl -fsS "http://localhost:$port/api/v1/cities" | grep -o '"code"' | wc -l)"
    for kind in estates bases agencies hosts; do
        line="$line $kind=$(curl -fsS "http://localhost:$port/api/v1/$kind?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)"
    done
    echo "$line"
}
