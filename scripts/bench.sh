#!/usr/bin/env bash
# Throughput benchmark: the packaged app against nginx serving saved copies of the same pages.
# Prints req/s, p50 and p99 per page at 32 connections, the app's share of nginx's req/s,
# the app's start-up time and its resident memory after the run. A benchmark, not a test.
#
# Needs: a JDK 17 or newer, wrk and nginx (Debian: apt-get install -y wrk nginx-light), curl.
# Usage: scripts/bench.sh [seconds-per-page]     (default 10)
#        JAVA=/path/to/jdk-25/bin/java scripts/bench.sh   runs the app on that JDK instead of the one on PATH
#        JAVA_OPTS="..." scripts/bench.sh                 replaces the default JVM flags
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS=32
THREADS=2
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
WORK="$(mktemp -d)"
APP_PID=""
NGINX_PID=""

JAVA="${JAVA:-java}"
for tool in wrk nginx curl "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 1; }
done

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

JAR="$(ls target/framework-fork-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
if [ -z "$JAR" ]; then
    ./mvnw -B -DskipTests package >/dev/null
    JAR="$(ls target/framework-fork-*.jar | grep -v plain | head -n 1)"
fi

# The production start described in the README: the jar extracted, Spring's ahead-of-time bean
# definitions switched on, and the classes the start-up loads kept in a file made by one training
# start: an AOT cache on JDK 25 and newer, a class-data-sharing archive before that.
APP_DIR="$WORK/app"
APP_JAR="$APP_DIR/$(basename "$JAR")"
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "$JAVA_MAJOR" -ge 25 ]; then
    CLASS_CACHE_TRAINING="-XX:AOTCacheOutput=$APP_DIR/app.aot"
    CLASS_CACHE="-XX:AOTCache=$APP_DIR/app.aot"
else
    CLASS_CACHE_TRAINING="-XX:ArchiveClassesAtExit=$APP_DIR/app.jsa"
    CLASS_CACHE="-XX:SharedArchiveFile=$APP_DIR/app.jsa"
fi
echo "Extracting $JAR and training the class cache on Java $JAVA_MAJOR..."
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
"$JAVA" -Dspring.aot.enabled=true $CLASS_CACHE_TRAINING -Dspring.context.exit=onRefresh \
    -jar "$APP_JAR" --spring.datasource.url="jdbc:h2:mem:training" --server.port=0 >"$WORK/training.log" 2>&1

JVM_FLAGS=${JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx128m -Xmn32m -Xss256k -XX:ReservedCodeCacheSize=40m -XX:TrimNativeHeapInterval=5000}

start_app() { # log file -> sets APP_PID and STARTUP_MS (until /actuator/health answers)
    local log="$1" started_ns
    started_ns=$(date +%s%N)
    MALLOC_ARENA_MAX=2 "$JAVA" $JVM_FLAGS -Dspring.aot.enabled=true $CLASS_CACHE \
        -jar "$APP_JAR" --server.port="$APP_PORT" \
        --spring.datasource.url="jdbc:h2:file:$WORK/db/bench;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app did not start" >&2; cat "$log" >&2; exit 1; }
        sleep 0.02
    done
    STARTUP_MS=$(( ($(date +%s%N) - started_ns) / 1000000 ))
}

stop_app() {
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

echo "Starting the app on port $APP_PORT ($JVM_FLAGS)..."
start_app "$WORK/first-start.log"
FIRST_START_MS=$STARTUP_MS
BASE="http://127.0.0.1:$APP_PORT"
# A questionnaire step and a verdict need ids: start a quiz through its form, make a verdict through the API.
COOKIES="$WORK/cookies"
curl -fsS -c "$COOKIES" -b "$COOKIES" "$BASE/decide" -o "$WORK/decide.html"
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/decide.html" | head -n 1 | sed 's/.*value="//; s/"$//')
QUIZ_URL=$(curl -fsS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "_csrf=$TOKEN" "$BASE/decide")
QUIZ_PATH="/${QUIZ_URL#http*://*/}"
VERDICT_PATH=$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"answers":{"api":"no","admin":"yes","solo":"no","team":"yes","growth":"yes","learning":"no"}}' \
    "$BASE/api/v1/verdicts" | grep -o '"url" *: *"[^"]*"' | sed 's/.*"\(\/[^"]*\)"$/\1/')

PAGES=(
    "home|/"
    "article|/articles/django-or-flask-decision-guide"
    "comparison|/compare/django-vs-flask"
    "question|$QUIZ_PATH"
    "verdict|$VERDICT_PATH"
)

mkdir -p "$WORK/static"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    curl -fsS "$BASE$path" -o "$WORK/static/$name.html"
done

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        location / { try_files \$uri.html =404; }
    }
}
NGINX
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5

measure() { # url -> "req/s p50 p99"
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "$rps $p50 $p99"
}

echo "Warming up the app..."
for entry in "${PAGES[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE${entry#*|}" >/dev/null
done

printf '\n%-11s %8s %11s %9s %9s %11s %7s\n' page bytes "app req/s" "app p50" "app p99" "nginx req/s" "ratio"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    read -r app_rps app_p50 app_p99 <<<"$(measure "$BASE$path")"
    read -r nginx_rps _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/$name")"
    ratio=$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.0f%%", 100 * a / n }')
    printf '%-11s %8s %11s %9s %9s %11s %7s\n' "$name" "$(stat -c %s "$WORK/static/$name.html")" \
        "$app_rps" "$app_p50" "$app_p99" "$nginx_rps" "$ratio"
done

RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
RSS_ANON_KB=$(awk '/RssAnon/ {print $2}' "/proc/$APP_PID/status")
stop_app
# The usual start is a restart on a database that is already migrated.
start_app "$WORK/restart.log"
RESTART_MS=$STARTUP_MS
stop_app

echo
echo "start-up: $RESTART_MS ms until /actuator/health answered (a restart on the migrated database)"
echo "first start: $FIRST_START_MS ms (an empty database: every migration and the seed content run first)"
echo "resident memory after the run: $(( RSS_KB / 1024 )) MB ($(( RSS_ANON_KB / 1024 )) MB of it private to the process)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -n 1)"
