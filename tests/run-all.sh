#!/usr/bin/env bash
# Runs every test of ProverNet — Hardhat contract tests, all C# test projects (which start their own anvil) and the
# wallet tests (ethers v6 and cast against a running node) —
# on a fresh checkout, installing what it needs first. Prints a final line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

results_dir="$(mktemp -d -t provernet-tests-XXXXXX)"
passed=0
failed=0
status=0

step() { printf '\n==> %s\n' "$*"; }

# Adds a mocha run's "N passing" / "N failing" to the totals; a run that failed before any test counts as one failure.
count_mocha() {
  local log=$1 run_status=$2 p f
  p=$(grep -Eo '^ *[0-9]+ passing' "$log" | grep -Eo '[0-9]+' | tail -1)
  f=$(grep -Eo '^ *[0-9]+ failing' "$log" | grep -Eo '[0-9]+' | tail -1)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$run_status" -ne 0 ]; then
    status=1
    [ -z "${f:-}" ] && failed=$((failed + 1))
  fi
}

step "Installing the pinned npm toolchain (npm ci)"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi

step "Solidity lint (solhint)"
if npm run --silent lint:sol; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

step "Contract tests (Hardhat)"
npx hardhat test 2>&1 | tee "$results_dir/hardhat.log"
count_mocha "$results_dir/hardhat.log" "${PIPESTATUS[0]}"

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

step "Wallet tests (ethers v6, cast) against a running node"
npx mocha 'tests/wallets/*.test.js' --timeout 120000 2>&1 | tee "$results_dir/wallets.log"
count_mocha "$results_dir/wallets.log" "${PIPESTATUS[0]}"

[ "$failed" -gt 0 ] && status=1
rm -rf "$results_dir"
echo "$passed passed, $failed failed"
exit "$status"
