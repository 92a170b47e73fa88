#!/usr/bin/env bash
# Runs every test of ProverNet — Hardhat contract tests and all C# test projects (which start their own anvil) —
# on a fresh checkout, installing what it needs first. Prints a final line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir="$(mktemp -d -t provernet-tests-XXXXXX)"
passed=0
failed=0
status=0

step() { printf '\n==> %s\n' "$*"; }

step "Installing the pinned npm toolchain (npm ci)"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi

step "Solidity lint (solhint)"
if npm run --silent lint:sol; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "Contract tests (Hardhat)"
npx hardhat test 2>&1 | tee "$results_dir/hardhat.log"
hardhat_status=${PIPESTATUS[0]}
hardhat_passed=$(grep -Eo '^ *[0-9]+ passing' "$results_dir/hardhat.log" | grep -Eo '[0-9]+' | tail -1)
hardhat_failed=$(grep -Eo '^ *[0-9]+ failing' "$results_dir/hardhat.log" | grep -Eo '[0-9]+' | tail -1)
passed=$((passed + ${hardhat_passed:-0}))
failed=$((failed + ${hardhat_failed:-0}))
if [ "$hardhat_status" -ne 0 ]; then
  status=1
  [ -z "${hardhat_failed:-}" ] && failed=$((failed + 1))  # Hardhat failed before running tests: count the run as one failure.
fi

step "C# tests (dotnet test)"
dotnet test ProverNet.sln --configuration Release --blame-hang-timeout 5m --logger "trx" --results-directory "$results_dir/trx" \
  --logger "console;verbosity=minimal" 2>&1
dotnet_status=$?
trx_files=$(find "$results_dir/trx" -name '*.trx' 2>/dev/null | sort)
for trx in $trx_files; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$dotnet_status" -ne 0 ]; then
  status=1
  [ -z "$trx_files" ] && failed=$((failed + 1))  # The build failed before any test ran: count it as one failure.
fi

[ "$failed" -gt 0 ] && status=1
rm -rf "$results_dir"
echo "$passed passed, $failed failed"
exit "$status"
