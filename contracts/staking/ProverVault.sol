// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title ProverVault: the ERC-4626 stake vault of one prover
/// @notice Created by the StakingController for each prover. Shares represent stake (the prover's own and its
///         delegators'); slashing lowers and rewards raise the share price. Assets are tracked internally, so tokens
///         sent to the vault directly are not counted (no donation or inflation attack). Only the controller may move
///         assets; shares are not transferable (the controller relies on who holds them).
contract ProverVault is ERC4626 {
    using SafeERC20 for IERC20;

    /// @notice The StakingController that created this vault.
    address public immutable controller;
    /// @notice The prover whose stake this vault holds.
    address public immutable prover;

    uint256 private _managedAssets;

    /// @notice The caller is not the controller.
    error ProverVaultOnlyController(address caller);
    /// @notice Shares cannot be transferred between accounts.
    error ProverVaultTransfersDisabled();
    /// @notice More assets were asked for than the vault holds.
    error ProverVaultInsufficientAssets(uint256 requested, uint256 available);

    /// @notice Emitted when the controller removes slashed assets.
    /// @param amount Assets removed.
    /// @param to Recipient (the treasury).
    event AssetsSlashed(uint256 amount, address indexed to);
    /// @notice Emitted when the controller adds rewards.
    /// @param amount Assets added.
    event RewardsAccrued(uint256 amount);

    modifier onlyController() {
        if (msg.sender != controller) revert ProverVaultOnlyController(msg.sender);
        _;
    }

    /// @notice Creates the vault of `prover_`.
    /// @param asset_ The staked token (BREV).
    /// @param prover_ The prover.
    /// @param name_ ERC-20 name of the shares.
    /// @param symbol_ ERC-20 symbol of the shares.
    constructor(IERC20 asset_, address prover_, string memory name_, string memory symbol_)
        ERC20(name_, symbol_)
        ERC4626(asset_)
    {
        controller = msg.sender;
        prover = prover_;
    }

    /// @notice Assets backing the shares (tracked internally; direct transfers are ignored).
    /// @return The managed assets.
    function totalAssets() public view override returns (uint256) {
        return _managedAssets;
    }

    /// @notice Deposits `assets` from the controller and mints shares to `receiver`. Controller only.
    /// @param assets Amount of BREV.
    /// @param receiver Share recipient (the staker).
    /// @return Shares minted.
    function deposit(uint256 assets, address receiver) public override onlyController returns (uint256) {
        return super.deposit(assets, receiver);
    }

    /// @notice Mints exactly `shares` to `receiver`, pulling assets from the controller. Controller only.
    /// @param shares Shares to mint.
    /// @param receiver Share recipient.
    /// @return Assets pulled.
    function mint(uint256 shares, address receiver) public override onlyController returns (uint256) {
        return super.mint(shares, receiver);
    }

    /// @notice Burns `owner`'s shares worth `assets` and sends the assets to `receiver`. Controller only.
    /// @param assets Assets to withdraw.
    /// @param receiver Asset recipient.
    /// @param owner Share owner.
    /// @return Shares burned.
    function withdraw(uint256 assets, address receiver, address owner) public override onlyController returns (uint256) {
        return super.withdraw(assets, receiver, owner);
    }

    /// @notice Burns `shares` of `owner` and sends their assets to `receiver`. Controller only.
    /// @param shares Shares to burn.
    /// @param receiver Asset recipient.
    /// @param owner Share owner.
    /// @return Assets sent.
    function redeem(uint256 shares, address receiver, address owner) public override onlyController returns (uint256) {
        return super.redeem(shares, receiver, owner);
    }

    /// @notice Removes `amount` of assets (a slash) and sends them to `to`. Controller only.
    /// @param amount Assets to remove.
    /// @param to Recipient (the treasury).
    function slashAssets(uint256 amount, address to) external onlyController {
        if (amount > _managedAssets) revert ProverVaultInsufficientAssets(amount, _managedAssets);
        _managedAssets -= amount;
        IERC20(asset()).safeTransfer(to, amount);
        emit AssetsSlashed(amount, to);
    }

    /// @notice Adds `amount` of assets pulled from the controller without minting shares (rewards). Controller only.
    /// @param amount Assets to add.
    function accrueRewards(uint256 amount) external onlyController {
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), amount);
        _managedAssets += amount;
        emit RewardsAccrued(amount);
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        super._deposit(caller, receiver, assets, shares);
        _managedAssets += assets;
    }

    /// @dev As ERC4626._withdraw without the share allowance: only the controller gets here, and it acts for the
    ///      share owner (the staker calling `requestUnstake`).
    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares) internal override {
        _managedAssets -= assets;
        _burn(owner, shares);
        IERC20(asset()).safeTransfer(receiver, assets);
        emit Withdraw(caller, receiver, owner, assets, shares);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) revert ProverVaultTransfersDisabled();
        super._update(from, to, value);
    }
}
