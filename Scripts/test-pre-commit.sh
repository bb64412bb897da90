#!/usr/bin/env bash
# Tests kcplint's pre-commit hook for real: installs the `pre-commit` package from PyPI into a virtual
# environment, makes a temporary git repository with one good and one bad staged payload, and runs
# `pre-commit try-repo <this checkout> kcplint` on them: the hook must fail, report the bad payload and
# report no error in the good one. (One call for both files: every try-repo call builds the hook anew.)
#
# try-repo clones a commit, so this tests what is COMMITTED (HEAD), not the working tree. When HEAD has no
# .pre-commit-hooks.yaml yet the script says so and exits 0 (1 in CI, where CI=true). `--working-tree`
# tests the working tree instead, through a throw-away repository that holds a copy of it (nothing is
# committed in this checkout).
#
# It also validates a SARIF report of the debug build (.build/debug/kcplint, left by `swift test`) against the
# SARIF 2.1.0 schema with the virtual environment's jsonschema, so CI checks SARIF even where the system
# Python lacks jsonschema.
#
# Environment: KCPLINT_PRECOMMIT_VENV (default /tmp/kcplint-pre-commit-venv, reused between runs),
# PRE_COMMIT_HOME (default: a fresh temporary folder, so the hook is built from scratch and timed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=head
for argument in "$@"; do
    case "$argument" in
        --working-tree) MODE=working-tree ;;
        -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "test-pre-commit: unknown argument $argument" >&2; exit 2 ;;
    esac
done

say() { echo "test-pre-commit: $*"; }
not_testable() {
    say "$*"
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    say "skipped (outside CI this is not an error)"
    exit 0
}

for tool in git python3 swift; do
    command -v "$tool" >/dev/null || not_testable "$tool is not installed"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kcplint-pre-commit.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- the repository under test ------------------------------------------------------------------------------
if [ "$MODE" = head ]; then
    git -C "$ROOT" rev-parse --verify -q HEAD >/dev/null || not_testable "$ROOT has no commit yet"
    REF=$(git -C "$ROOT" rev-parse HEAD)
    for path in .pre-commit-hooks.yaml Package.swift Sources/KCPLintCLI; do
        git -C "$ROOT" cat-file -e "$REF:$path" 2>/dev/null \
            || not_testable "HEAD ($REF) has no $path: try-repo tests what is committed; commit it, or run with --working-tree"
    done
    REPO=$ROOT
    if ! git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || [ -n "$(git -C "$ROOT" ls-files --others --exclude-standard)" ]; then
        say "note: the working tree differs from HEAD; testing HEAD ($REF) only"
    fi
else
    REPO=$WORK/snapshot
    mkdir -p "$REPO"
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) | while IFS= read -r -d '' path; do
        [ -e "$ROOT/$path" ] || continue  # deleted but still in the index
        mkdir -p "$REPO/$(dirname "$path")"
        cp -P "$ROOT/$path" "$REPO/$path"
    done
    git -C "$REPO" init -q
    git -C "$REPO" add -A
    git -C "$REPO" -c user.name=kcplint -c user.email=kcplint@localhost commit -q -m "working tree snapshot"
    REF=$(git -C "$REPO" rev-parse HEAD)
    say "testing a snapshot of the working tree ($REPO)"
fi

# --- pre-commit from PyPI -----------------------------------------------------------------------------------
VENV=${KCPLINT_PRECOMMIT_VENV:-/tmp/kcplint-pre-commit-venv}
if [ ! -x "$VENV/bin/pre-commit" ] || ! "$VENV/bin/python" -c "import jsonschema" 2>/dev/null; then
    say "installing pre-commit and jsonschema into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --retries 5 --timeout 60 pre-commit jsonschema || "$VENV/bin/pip" install -q --retries 5 --timeout 60 pre-commit jsonschema
fi
say "$("$VENV/bin/pre-commit" --version)"

# --- a merchant repository with one good and one bad payload ------------------------------------------------
MERCHANT=$WORK/merchant
mkdir -p "$MERCHANT/payments"
git -C "$MERCHANT" init -q
cat >"$MERCHANT/payments/good.json" <<'JSON'
{
  "channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c",
  "pay_method": "card",
  "merchant_uid": "ORD-20261128-000142",
  "name": "유기농 당근 10kg",
  "amount": 64000,
  "buyer_email": "minji.kim@example.com",
  "buyer_name": "김민지",
  "buyer_tel": "010-4242-1004",
  "m_redirect_url": "https://shop.example.com/payments/complete"
}
JSON
cat >"$MERCHANT/payments/bad.json" <<'JSON'
{
  "pay_method": "card",
  "merchant_uid": "ORD-20261128-000143",
  "amount": 64000,
}
JSON
git -C "$MERCHANT" add payments

export PRE_COMMIT_HOME=${PRE_COMMIT_HOME:-$WORK/pre-commit-home}
cd "$MERCHANT"

# try-repo installs the hook into a fresh temporary store on every call, so each call builds kcplint again
# (`swift build -c release`, a minute or more): one call checks both staged files, as a commit would.
say "pre-commit try-repo $REPO kcplint --ref $REF --files payments/good.json payments/bad.json"
start=$(date +%s)
set +e
"$VENV/bin/pre-commit" try-repo "$REPO" kcplint --ref "$REF" --files payments/good.json payments/bad.json >"$WORK/hook.log" 2>&1
hook=$?
set -e
cat "$WORK/hook.log"
say "hook exit $hook after $(($(date +%s) - start))s (hook install and release build included)"

status=0
fail() { say "FAIL: $*"; status=1; }
[ "$hook" -eq 1 ] || fail "the hook should exit 1 (the bad payload), not $hook"
grep -q "^payments/bad.json:4:18: error: .*\[json-syntax\]" "$WORK/hook.log" || fail "the bad payload was not reported"
! grep -q "^payments/good.json:[0-9]*:[0-9]*: error:" "$WORK/hook.log" || fail "the good payload drew an error"
grep -q "^2 files checked: 1 error, " "$WORK/hook.log" || fail "the hook did not check both files"
grep -q "Failed" "$WORK/hook.log" || fail "pre-commit did not report the hook as failed"

# --- SARIF schema validation with the virtual environment's jsonschema -------------------------------------
BINARY=${KCPLINT_BINARY:-$ROOT/.build/debug/kcplint}
if [ -x "$BINARY" ] && ! "$BINARY" check --help | grep -q sarif; then
    say "$BINARY is an old build without SARIF: SARIF validation skipped"
elif [ -x "$BINARY" ]; then
    FIXTURES=$ROOT/Tests/KCPLintTests/Snapshots/Fixtures
    (cd "$FIXTURES" && KCPLINT_RULES_DIR=catalogue "$BINARY" check --no-config --format sarif payloads missing.json >"$WORK/report.sarif" 2>/dev/null) || true
    if "$VENV/bin/python" - "$FIXTURES/sarif-schema-2.1.0.json" "$WORK/report.sarif" <<'PY'; then
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
PY
        say "SARIF report validates against the SARIF 2.1.0 schema"
    else
        say "FAIL: the SARIF report does not validate"
        status=1
    fi
else
    say "no debug build at $BINARY (run swift test first): SARIF validation skipped"
fi

if [ "$status" -eq 0 ]; then say "ok: the hook passed the good payload and failed the bad one"; fi
exit "$status"
