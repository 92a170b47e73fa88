pragma circom 2.1.0;

include "../../node_modules/circomlib/circuits/comparators.circom";

// Knowledge of a private `x` below a public `bound` (both < 2^32), revealing only x^2.
// Public signals, in snarkjs order: [square, bound] (outputs first, then public inputs).
template RangeCheck(n) {
    signal input x;
    signal input bound;
    signal output square;

    component lt = LessThan(n);
    lt.in[0] <== x;
    lt.in[1] <== bound;
    lt.out === 1;

    square <== x * x;
}

component main {public [bound]} = RangeCheck(32);
