pragma circom 2.1.0;

// Knowledge of a factorisation: the prover knows `a` such that a * b == c.
// Public signals, in snarkjs order: [c, b] (outputs first, then public inputs).
template Multiplier() {
    signal input a;
    signal input b;
    signal output c;
    c <== a * b;
}

component main {public [b]} = Multiplier();
