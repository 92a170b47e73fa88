// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title BREV, the ProverNet token
/// @notice Gas token of the rollup, payment medium, staking collateral and governance token. The whole supply is
///         minted once, at deployment, to the genesis holders; nothing can mint afterwards.
contract BrevToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice The holder and amount lists differ in length.
    error BrevTokenAllocationLengthMismatch(uint256 holders, uint256 amounts);
    /// @notice A genesis allocation names no holder or no tokens.
    error BrevTokenEmptyAllocation();

    /// @notice Mints the fixed supply to the genesis holders.
    /// @param holders Recipients of the genesis allocation.
    /// @param amounts Amount (wei of BREV) for each holder, in the same order.
    constructor(address[] memory holders, uint256[] memory amounts) ERC20("ProverNet BREV", "BREV") ERC20Permit("ProverNet BREV") {
        if (holders.length != amounts.length) {
            revert BrevTokenAllocationLengthMismatch(holders.length, amounts.length);
        }
        if (holders.length == 0) {
            revert BrevTokenEmptyAllocation();
        }
        for (uint256 i = 0; i < holders.length; ++i) {
            _mint(holders[i], amounts[i]);
        }
    }

    /// @notice Votes are checkpointed by timestamp, so governance periods are counted in seconds (ERC-6372).
    /// @return The current block timestamp as the voting clock.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Machine-readable description of the voting clock (ERC-6372).
    /// @return The clock mode string.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
