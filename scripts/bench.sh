#!/usr/bin/env bash
# Throughput benchmark of the packaged app, in three parts. A benchmark, not a test: CI does not run it.
#  1. Hot pages: one URL per page at 32 connections, against the app and against nginx serving saved
#     copies of the same pages: req/s, p50, p99 and the app's share of nginx's rate.
#  2. Uncached pages: the app restarted with its page cache off; home, article and comparison, and
#     thousands of distinct question and verdict URLs (scripts/bench-paths.lua), so no cache serves them.
#  3. Reader journeys, page cache off: thousands of distinct readers, 32 at a time, each loading the home page, an
#     article, the quiz, every quiz step (POST and redirect with the CSRF token, as a browser does),
#     the verdict and the comparison (scripts/JourneyLoad.java): journeys/s, pages/s, p50 and p99 per
#     step, and the same generator against nginx replaying one recorded journey, with the CPU both
#     used, to show the generator is not what limits the app.
# Each part first loads the app until its JIT compiler has settled, as on a server that has been up a while.
# Then the start-up time of a restart and of a first start, and the resident memory after part 1.
#
# Needs: a JDK 17 or newer, wrk and nginx (Debian: apt-get install -y wrk nginx-light), curl.
# Usage: scripts/bench.sh [seconds-per-page] [journey-seconds]     (default 10 and 20)
#        JAVA=/path/to/jdk-25/bin/java scripts/bench.sh   runs the app on that JDK instead of the one on PATH
#        JAVA_OPTS="..." scripts/bench.sh                 replaces the default JVM flags
#        JAR=/path/to/other-build.jar scripts/bench.sh    measures another build of the site
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
JOURNEY_SECONDS="${2:-$(( DURATION * 2 ))}"
CONNECTIONS=32
THREADS=2
# Distinct question and verdict URLs for the uncached figures: neither page is ever kept, and each URL
# is a different database row, as each reader's are.
DISTINCT_URLS=5000
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
REPLAY_PORT="${REPLAY_PORT:-18082}"
WORK="$(mktemp -d)"
APP_PID=""
NGINX_PID=""
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# nginx's workers run as an unprivileged user and must get through to the pages saved in here.
chmod a+x "$WORK"

JAVA="${JAVA:-java}"
for tool in wrk nginx curl java "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 1; }
done

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

JAR="${JAR:-$(ls target/framework-fork-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}"
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

JVM_FLAGS=${JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx128m -Xmn32m -Xss256k -XX:TrimNativeHeapInterval=5000}
# Every request comes from 127.0.0.1, so the per-client limits on writes are lifted for the benchmark.
# The site.rate-limit.* names are those of earlier builds (JAR=...); a build ignores the names it does not have.
WRITE_LIMITS=(--site.quiz.starts-per-minute=1000000 --site.quiz.verdicts-per-minute=1000000
    --site.hearts.per-minute=1000000 --site.comments.per-minute=1000000 --site.api.verdicts-per-minute=1000000
    --site.rate-limit.verdicts-per-minute=1000000 --site.rate-limit.hearts-per-minute=1000000
    --site.rate-limit.comments-per-minute=1000000)

start_app() { # log file, extra arguments... -> sets APP_PID and STARTUP_MS (until /actuator/health answers)
    local log="$1" started_ns
    shift
    started_ns=$(date +%s%N)
    MALLOC_ARENA_MAX=2 "$JAVA" $JVM_FLAGS -Dspring.aot.enabled=true $CLASS_CACHE \
        -jar "$APP_JAR" --server.port="$APP_PORT" "${WRITE_LIMITS[@]}" "$@" \
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

# A command rather than a function, so that a load started in the background is this one process to stop.
JOURNEY_LOAD=(java -XX:+UseSerialGC scripts/JourneyLoad.java)
journey_load() { # mode, base URL, options...
    "${JOURNEY_LOAD[@]}" "$@"
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
    "$BASE/api/v1/verdicts" | grep -o '"url" *: *"/verdict/[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/; s#^[a-z]*://[^/]*##')
# Every article the sitemap lists; a reader on a journey opens one of them at random.
ARTICLES=$(curl -fsS "$BASE/sitemap.xml" | grep -o '<loc>[^<]*/articles/[^<]*</loc>' \
    | sed 's#<loc>[a-z]*://[^/]*##; s#</loc>##' | paste -sd, -)
COMPARISON=/compare/django-vs-flask

PAGES=(
    "home|/"
    "article|/articles/django-or-flask-decision-guide"
    "comparison|$COMPARISON"
    "question|$QUIZ_PATH"
    "verdict|$VERDICT_PATH"
)

mkdir -p "$WORK/static"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    curl -fsS "$BASE$path" -o "$WORK/static/$name.html"
done

# One journey recorded for nginx to replay: its pages as files, and each POST as a 303 to where the app sent it.
journey_load record "$BASE" --directory "$WORK/replay" --articles "$ARTICLES" --comparison "$COMPARISON"
REPLAY_REDIRECTS=""
while read -r from to; do
    REPLAY_REDIRECTS+="        location = $from { if (\$request_method = POST) { return 303 $to; } try_files \$uri.html =404; }"$'\n'
done <"$WORK/replay/redirects.txt"

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
    server {
        listen 127.0.0.1:$REPLAY_PORT;
        root $WORK/replay;
        # The app sets a new reader's CSRF cookie; the replay does too, so the generator handles a cookie as it does there.
        add_header Set-Cookie "XSRF-TOKEN=00000000-0000-0000-0000-000000000000; Path=/; HttpOnly";
        location = / { try_files /index.html =404; }
        location / { try_files \$uri.html =404; }
$REPLAY_REDIRECTS    }
}
NGINX
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5

cpu_ticks() { # pid -> user + system CPU time in clock ticks
    awk '{print $14 + $15}' "/proc/$1/stat"
}

measure() { # URL [paths file] -> "req/s p50 p99 app-CPU-ms-per-request"
    local out before after
    local wrk=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency)
    before=$(cpu_ticks "$APP_PID")
    if [ $# -gt 1 ]; then
        out=$("${wrk[@]}" -s scripts/bench-paths.lua "$1" -- "$2")
    else
        out=$("${wrk[@]}" "$1")
    fi
    after=$(cpu_ticks "$APP_PID")
    if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then
        echo "bench: $1 ${2:-}: $(grep 'Non-2xx\|Socket errors' <<<"$out" | tr -s ' ')" >&2
    fi
    local rps p50 p99 requests
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    # The app's own CPU per request: unlike req/s it hardly depends on what else the machine is doing.
    echo "$rps $p50 $p99 $(awk -v t=$(( after - before )) -v r="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.2f", (r > 0 ? 1000 * t / hz / r : 0) }')"
}

JSTAT="$(dirname "$(command -v "$JAVA")")/jstat"
[ -x "$JSTAT" ] || JSTAT=jstat
compile_seconds() { # pid -> seconds the JVM's JIT compilers have spent so far
    "$JSTAT" -compiler "$1" | awk 'NR == 2 {print $4}'
}

# A server that has been up a while runs code the JIT compiler has optimised; on two cores that takes
# minutes of traffic, and seconds of it measure the compiler instead. So each load runs until a
# 10-second window in which the compiler worked under SETTLED_COMPILE_SECONDS (at most WARM_UP_LIMIT s).
SETTLED_COMPILE_SECONDS=0.3
WARM_UP_LIMIT="${WARM_UP_LIMIT:-300}"
warm_until_settled() { # what is warmed, then the pids of the load to stop once the compiler has settled
    local what="$1" waited=0 before after
    shift
    before=$(compile_seconds "$APP_PID")
    while [ "$waited" -lt "$WARM_UP_LIMIT" ]; do
        sleep 10
        waited=$(( waited + 10 ))
        after=$(compile_seconds "$APP_PID")
        awk -v a="$after" -v b="$before" -v s="$SETTLED_COMPILE_SECONDS" 'BEGIN { exit !(a - b < s) }' && break
        before=$after
    done
    kill "$@" 2>/dev/null || true
    wait "$@" 2>/dev/null || true
    echo "Warmed up $what for $waited s; the JIT compiler worked $(awk -v a="$after" -v b="$before" \
        'BEGIN { printf "%.2f", a - b }') s in the last 10 s ($(compile_seconds "$APP_PID") s since the start)"
}

warm_up() { # base URL, then page entries or "name|@paths-file": all requested at once, as readers do
    local base="$1" entry path pids=()
    shift
    local connections=$(( (CONNECTIONS + $# - 1) / $# ))
    for entry in "$@"; do
        path="${entry#*|}"
        if [ "${path:0:1}" = "@" ]; then
            wrk -t1 -c"$connections" -d"${WARM_UP_LIMIT}s" -s scripts/bench-paths.lua "$base" -- "${path:1}" >/dev/null &
        else
            wrk -t1 -c"$connections" -d"${WARM_UP_LIMIT}s" "$base$path" >/dev/null &
        fi
        pids+=($!)
    done
    warm_until_settled "the pages" "${pids[@]}"
}

warm_up "$BASE" "${PAGES[@]}"

echo
echo "Hot pages: one URL each, page cache on"
declare -A HOT_RPS
printf '%-11s %8s %11s %9s %9s %11s %7s\n' page bytes "app req/s" "app p50" "app p99" "nginx req/s" "ratio"
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    read -r app_rps app_p50 app_p99 _ <<<"$(measure "$BASE$path")"
    read -r nginx_rps _ _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/$name")"
    HOT_RPS[$name]=$app_rps
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
echo "Restarting with the page cache off; making $DISTINCT_URLS verdicts and $DISTINCT_URLS quizzes..."
start_app "$WORK/uncached.log" --site.page-cache.enabled=false
journey_load prepare "$BASE" --verdicts "$DISTINCT_URLS" --quizzes "$DISTINCT_URLS" \
    --verdict-file "$WORK/verdicts.txt" --question-file "$WORK/questions.txt"
UNCACHED=(
    "home|/"
    "article|/articles/django-or-flask-decision-guide"
    "comparison|$COMPARISON"
    "question|@$WORK/questions.txt"
    "verdict|@$WORK/verdicts.txt"
)
warm_up "$BASE" "${UNCACHED[@]}"
echo
echo "Uncached pages: page cache off; question and verdict over $DISTINCT_URLS distinct URLs each"
printf '%-11s %6s %11s %9s %9s %11s %11s %7s\n' page URLs "app req/s" "app p50" "app p99" "CPU ms/page" "hot req/s" "of hot"
for entry in "${UNCACHED[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    if [ "${path:0:1}" = "@" ]; then
        urls=$(wc -l <"${path:1}")
        read -r app_rps app_p50 app_p99 app_cpu <<<"$(measure "$BASE" "${path:1}")"
    else
        urls=1
        read -r app_rps app_p50 app_p99 app_cpu <<<"$(measure "$BASE$path")"
    fi
    share=$(awk -v a="$app_rps" -v h="${HOT_RPS[$name]}" 'BEGIN { printf "%.0f%%", 100 * a / h }')
    printf '%-11s %6s %11s %9s %9s %11s %11s %7s\n' "$name" "$urls" "$app_rps" "$app_p50" "$app_p99" "$app_cpu" \
        "${HOT_RPS[$name]}" "$share"
done
echo
echo "Reader journeys against the app (page cache off): home, one of $(tr ',' '\n' <<<"$ARTICLES" | wc -l) articles, quiz, every step, verdict, comparison"
"${JOURNEY_LOAD[@]}" journeys "$BASE" --connections "$CONNECTIONS" --seconds "$WARM_UP_LIMIT" \
    --warm-up 0 --articles "$ARTICLES" --comparison "$COMPARISON" >/dev/null &
warm_until_settled "the journeys" $!
journey_load journeys "$BASE" --connections "$CONNECTIONS" --seconds "$JOURNEY_SECONDS" --warm-up 5 \
    --articles "$ARTICLES" --comparison "$COMPARISON" --server-pids "$APP_PID"
stop_app
echo
echo "The same generator against nginx replaying one recorded journey (its own ceiling)"
journey_load journeys "http://127.0.0.1:$REPLAY_PORT" --connections "$CONNECTIONS" --seconds "$DURATION" --warm-up 3 \
    --articles "$ARTICLES" --comparison "$COMPARISON" \
    --server-pids "$(echo "$NGINX_PID" $(pgrep -P "$NGINX_PID") | tr ' ' ,)"

echo
echo "start-up: $RESTART_MS ms until /actuator/health answered (a restart on the migrated database)"
echo "first start: $FIRST_START_MS ms (an empty database: every migration and the seed content run first)"
echo "resident memory after the hot pages: $(( RSS_KB / 1024 )) MB ($(( RSS_ANON_KB / 1024 )) MB of it private to the process)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -n 1)"
echo "load average (1, 5, 15 min): $LOAD_BEFORE before the run, $(cut -d' ' -f1-3 /proc/loadavg) after it"
