#!/usr/bin/env bash
# Audits a running Framework Fork site with Lighthouse in Debian's Chromium and prints the four
# category scores for each kind of page. Starts nothing itself: run the app first.
#
#   scripts/lighthouse.sh [base-url]                 default http://localhost:8080
#   ADMIN_USERNAME=admin ADMIN_PASSWORD="$SITE_ADMIN_PASSWORD" scripts/lighthouse.sh   also audits the admin dashboard
#   LIGHTHOUSE=/path/to/lighthouse scripts/lighthouse.sh            an installed CLI instead of npx lighthouse@13
#   LIGHTHOUSE_PRESET=desktop scripts/lighthouse.sh                 desktop instead of the default mobile emulation
#
# A benchmark, not a test: CI does not run it. Reports are kept in ${REPORT_DIR:-target/lighthouse}.
set -euo pipefail

BASE_URL="${1:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
REPORT_DIR="${REPORT_DIR:-target/lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"

if [[ -n "${LIGHTHOUSE:-}" ]]; then
    lighthouse_cli=("$LIGHTHOUSE")
else
    lighthouse_cli=(npx --yes lighthouse@13)
fi
preset_args=()
if [[ -n "${LIGHTHOUSE_PRESET:-}" ]]; then
    preset_args=(--preset="$LIGHTHOUSE_PRESET")
fi

for tool in curl node "$CHROME_PATH"; do
    command -v "$tool" > /dev/null || { echo "lighthouse.sh needs $tool" >&2; exit 2; }
done
curl -fsS -o /dev/null "$BASE_URL/" || { echo "Nothing answers at $BASE_URL: start the site first." >&2; exit 2; }

mkdir -p "$REPORT_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The CSRF token of a page's form, read from its hidden _csrf field.
csrf_token() {
    sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$1" | head -n 1
}

# All cookies in a curl cookie jar as one Cookie header value.
cookie_header() {
    sed -e 's/^#HttpOnly_//' -e '/^#/d' -e '/^$/d' "$1" | awk -F '\t' '{ printf "%s%s=%s", sep, $6, $7; sep="; " }'
}

# A questionnaire step: start a quiz the way the intro page's form does.
curl -fsS -c "$work/quiz.jar" -o "$work/intro.html" "$BASE_URL/decide"
step_url="$(curl -sS -b "$work/quiz.jar" -c "$work/quiz.jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "_csrf=$(csrf_token "$work/intro.html")" "$BASE_URL/decide")"
[[ -n "$step_url" ]] || { echo "Could not start a quiz at $BASE_URL/decide" >&2; exit 1; }

# A verdict, through the public API.
verdict_path="$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"answers":{"api":"no","admin":"yes","solo":"no","team":"yes","growth":"yes","learning":"unsure"}}' \
    "$BASE_URL/api/v1/verdicts" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).url))')"
case "$verdict_path" in
    http*) verdict_url="$verdict_path" ;;
    *) verdict_url="$BASE_URL$verdict_path" ;;
esac

pages=(
    "home|$BASE_URL/"
    "article-list|$BASE_URL/articles"
    "article|$BASE_URL/articles/django-or-flask-decision-guide"
    "questionnaire-step|$step_url"
    "verdict|$verdict_url"
    "comparison|$BASE_URL/compare/django-vs-flask"
    "not-found|$BASE_URL/no-such-page"
    "login|$BASE_URL/login"
)

admin_cookie=""
if [[ -n "${ADMIN_USERNAME:-}" && -n "${ADMIN_PASSWORD:-}" ]]; then
    curl -fsS -c "$work/admin.jar" -o "$work/login.html" "$BASE_URL/login"
    landing="$(curl -sS -b "$work/admin.jar" -c "$work/admin.jar" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$ADMIN_USERNAME" --data-urlencode "password=$ADMIN_PASSWORD" \
        --data-urlencode "_csrf=$(csrf_token "$work/login.html")" "$BASE_URL/login")"
    if [[ "$landing" == *error* || -z "$landing" ]]; then
        echo "Admin login failed; the dashboard is not audited." >&2
    else
        admin_cookie="$(cookie_header "$work/admin.jar")"
        pages+=("admin-dashboard|$BASE_URL/admin")
    fi
else
    echo "ADMIN_USERNAME/ADMIN_PASSWORD not set: the admin dashboard is not audited."
fi

printf '%-20s %11s %13s %14s %4s\n' "page" "performance" "accessibility" "best-practices" "seo"
for entry in "${pages[@]}"; do
    name="${entry%%|*}"
    url="${entry#*|}"
    extra=()
    if [[ "$name" == not-found ]]; then
        extra=(--ignore-status-code)
    fi
    if [[ "$name" == admin-* ]]; then
        extra=(--extra-headers="$(node -e 'console.log(JSON.stringify({Cookie: process.argv[1]}))' "$admin_cookie")")
    fi
    report="$REPORT_DIR/$name.json"
    # One request first, so the audit measures the running site rather than its first-request warm-up.
    if [[ "$name" == admin-* ]]; then
        curl -sS -o /dev/null -H "Cookie: $admin_cookie" "$url"
    else
        curl -sS -o /dev/null "$url"
    fi
    "${lighthouse_cli[@]}" "$url" --quiet --output=json --output-path="$report" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$CHROME_FLAGS" "${preset_args[@]}" "${extra[@]}" > "$work/$name.log" 2>&1 \
        || { echo "Lighthouse failed on $url:" >&2; tail -n 20 "$work/$name.log" >&2; exit 1; }
    node -e '
        const r = require(process.argv[1]);
        const score = id => r.categories[id].score === null ? "n/a" : Math.round(r.categories[id].score * 100);
        console.log([process.argv[2].padEnd(20), String(score("performance")).padStart(11),
            String(score("accessibility")).padStart(13), String(score("best-practices")).padStart(14),
            String(score("seo")).padStart(4)].join(" "));
    ' "$(cd "$(dirname "$report")" && pwd)/$(basename "$report")" "$name"
done
