#!/usr/bin/env bash
# Regenerates the Groth16 (BN254) keys of the test circuits, offline and reproducibly.
#
#   contracts/scripts/setup-circuits.sh
#
# Outputs (committed) under contracts/circuits/build/<circuit>/:
#   <circuit>.wasm              witness generator
#   <circuit>_final.zkey        proving key
#   verification_key.json       verifying key (registered in ProofVerifier by the tests and the deploy script)
#
# Reproducibility: no random contribution is made. Phase 1 and phase 2 are each finalised with a public beacon
# (a fixed hash, iterated 2^10 times), so running the script twice yields byte-identical keys. That also means the
# toxic waste is derivable by anyone: these keys are for tests and devnet only, never for production.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
CIRCOM="$ROOT/node_modules/.bin/circom2"
SNARKJS="$ROOT/node_modules/.bin/snarkjs"
CIRCUITS_DIR="$ROOT/contracts/circuits"
BUILD="$CIRCUITS_DIR/build"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

POWER=10   # 2^10 = 1024 >= constraints + public signals + 1 for every circuit here (largest: range_check, about 35 constraints)
BEACON_PTAU="0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"
BEACON_ZKEY="2122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40"
CIRCUITS=(multiplier range_check)

echo "== phase 1 (powers of tau, bn128, power $POWER)"
"$SNARKJS" powersoftau new bn128 "$POWER" "$WORK/pot_0000.ptau"
"$SNARKJS" powersoftau beacon "$WORK/pot_0000.ptau" "$WORK/pot_beacon.ptau" "$BEACON_PTAU" 10 -n="ProverNet devnet phase 1 beacon"
"$SNARKJS" powersoftau prepare phase2 "$WORK/pot_beacon.ptau" "$WORK/pot_final.ptau"

for c in "${CIRCUITS[@]}"; do
  echo "== circuit $c"
  out="$BUILD/$c"
  rm -rf "$out"
  mkdir -p "$out"
  "$CIRCOM" "$CIRCUITS_DIR/$c.circom" --r1cs --wasm -o "$WORK"
  "$SNARKJS" r1cs info "$WORK/$c.r1cs" | tee "$WORK/$c.info"
  constraints=$(grep -o "# of Constraints: [0-9]*" "$WORK/$c.info" | grep -o "[0-9]*$")
  if [ $(( constraints + 10 )) -gt $(( 1 << POWER )) ]; then
    echo "circuit $c has $constraints constraints: raise POWER" >&2
    exit 1
  fi
  # groth16 setup exits 0 even when the ptau is too small, so the check above matters.
  "$SNARKJS" groth16 setup "$WORK/$c.r1cs" "$WORK/pot_final.ptau" "$WORK/${c}_0000.zkey"
  "$SNARKJS" zkey beacon "$WORK/${c}_0000.zkey" "$out/${c}_final.zkey" "$BEACON_ZKEY" 10 -n="ProverNet devnet phase 2 beacon"
  "$SNARKJS" zkey verify "$WORK/$c.r1cs" "$WORK/pot_final.ptau" "$out/${c}_final.zkey"
  "$SNARKJS" zkey export verificationkey "$out/${c}_final.zkey" "$out/verification_key.json"
  cp "$WORK/${c}_js/${c}.wasm" "$out/${c}.wasm"
done

echo "== done"
ls -l "$BUILD"/*
