// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IStakingController} from "../interfaces/IStakingController.sol";
import {ProverVault} from "./ProverVault.sol";

/// @title StakingController: prover registration, delegation, unstaking, slashing, jail, rewards, validators
/// @notice Every prover gets its own ERC-4626 ProverVault. Anyone may delegate (stake) into an Active prover; a prover
///         becomes Active once its own stake reaches `minSelfStake`. Unstaking burns vault shares at once and parks the
///         assets in a per-prover pending pool for `unstakeDelay`; the pending pool is slashed with the same ratio as
///         the vault, so leaving does not escape a slash. Slashed funds go to the treasury. Validators of the
///         OutputOracle are provers that also register as validators (own stake >= `minValidatorStake`); their
///         weight is their vault's assets. Every change emits `StakeUpdated`, from which the L2 mirrors stake.
contract StakingController is IStakingController, AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to slash and jail: the RollupBridge (L2 slash messages) and the OutputOracle (equivocation).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice Upper bound of a prover's commission.
    uint16 public constant MAX_COMMISSION_BPS = 10_000;
    /// @notice Upper bound of `maxSlashBps` (a slash can never take everything).
    uint16 public constant MAX_SLASH_BPS_LIMIT = 5_000;
    /// @notice Upper bound of `unstakeDelay`.
    uint64 public constant MAX_UNSTAKE_DELAY = 90 days;
    /// @notice Most validators registered at once (bounds the OutputOracle's attestation loop).
    uint256 public constant MAX_VALIDATORS = 64;

    /// @notice Lifecycle of a prover.
    enum ProverStatus {
        None,
        Inactive,
        Active,
        Jailed
    }

    /// @notice Everything known about a prover, as returned by `getProver`.
    struct ProverInfo {
        address vault;
        ProverStatus status;
        uint16 commissionBps;
        bool isValidator;
        uint64 jailedUntil;
        uint256 selfStake;
        uint256 vaultAssets;
        uint256 vaultShares;
        uint256 pendingAssets;
    }

    /// @notice A pending unstake: a claim on `poolShares` of the prover's pending pool.
    struct UnstakeRequest {
        address prover;
        address staker;
        uint64 readyAt;
        uint256 poolShares;
    }

    struct Prover {
        ProverVault vault;
        ProverStatus status;
        uint16 commissionBps;
        bool isValidator;
        uint64 jailedUntil;
    }

    struct PendingPool {
        uint256 assets;
        uint256 shares;
    }

    /// @notice The staked token (BREV).
    IERC20 public immutable token;
    /// @notice Recipient of slashed funds.
    address public treasury;
    /// @notice Own stake a prover needs to be Active.
    uint256 public minSelfStake;
    /// @notice Own stake a prover needs to register as a validator.
    uint256 public minValidatorStake;
    /// @notice Seconds between an unstake request and its completion.
    uint64 public unstakeDelay;
    /// @notice Largest share of stake one slash may take, in basis points.
    uint16 public maxSlashBps;
    /// @notice Number of registered validators.
    uint256 public validatorCount;
    /// @inheritdoc IStakingController
    uint256 public totalValidatorStake;
    /// @notice Id the next unstake request gets.
    uint256 public nextUnstakeRequestId = 1;

    mapping(address account => Prover) private _provers;
    address[] private _proverList;
    mapping(address prover => PendingPool) private _pending;
    mapping(uint256 requestId => UnstakeRequest) private _requests;
    mapping(address validator => uint256) private _countedValidatorStake;

    /// @notice The address is not a registered prover.
    error StakingControllerUnknownProver(address prover);
    /// @notice The caller already registered as a prover.
    error StakingControllerAlreadyInitialized(address prover);
    /// @notice Delegation requires an Active prover.
    error StakingControllerProverNotActive(address prover, ProverStatus status);
    /// @notice Commission above MAX_COMMISSION_BPS.
    error StakingControllerInvalidCommission(uint256 bps);
    /// @notice An amount or share count of zero (or one that rounds to zero).
    error StakingControllerZeroAmount();
    /// @notice No unstake request has this id.
    error StakingControllerUnknownRequest(uint256 requestId);
    /// @notice Only the staker who requested the unstake may complete it.
    error StakingControllerNotRequestOwner(uint256 requestId, address caller);
    /// @notice The unstake delay has not passed.
    error StakingControllerUnstakeNotReady(uint256 requestId, uint64 readyAt);
    /// @notice Slash share zero or above `maxSlashBps`.
    error StakingControllerInvalidSlashBps(uint256 bps, uint256 maxBps);
    /// @notice Jail end not in the future.
    error StakingControllerInvalidJailEnd(uint64 until);
    /// @notice The prover is not jailed.
    error StakingControllerNotJailed(address prover);
    /// @notice The jail term has not ended (only governance may unjail early).
    error StakingControllerStillJailed(address prover, uint64 until);
    /// @notice Validator registration needs an Active prover with enough own stake, below the validator cap.
    error StakingControllerValidatorIneligible(address account);
    /// @notice The account is already a validator.
    error StakingControllerAlreadyValidator(address account);
    /// @notice The account is not a validator.
    error StakingControllerNotValidator(address account);
    /// @notice A configuration value is out of bounds (zero address, delay or bps too large).
    error StakingControllerInvalidConfig(bytes32 key);

    /// @notice A prover registered and got its vault.
    /// @param prover The prover.
    /// @param vault The prover's vault.
    /// @param commissionBps Commission in basis points.
    event ProverInitialized(address indexed prover, address indexed vault, uint16 commissionBps);
    /// @notice A prover's status changed.
    /// @param prover The prover.
    /// @param status New status.
    event ProverStatusChanged(address indexed prover, ProverStatus status);
    /// @notice A prover changed its commission (effective for rewards added from now on).
    /// @param prover The prover.
    /// @param commissionBps Commission in basis points.
    event CommissionChanged(address indexed prover, uint16 commissionBps);
    /// @notice `staker` staked `assets` with `prover` and got `shares`.
    /// @param prover The prover.
    /// @param staker The staker.
    /// @param assets Assets in BREV wei.
    /// @param shares Vault shares.
    event Staked(address indexed prover, address indexed staker, uint256 assets, uint256 shares);
    /// @notice `staker` burned `shares` worth `assets`, claimable after `readyAt`.
    /// @param requestId The unstake request.
    /// @param prover The prover.
    /// @param staker The staker.
    /// @param shares Vault shares.
    /// @param assets Assets in BREV wei.
    /// @param readyAt Time from which the unstake can complete.
    event UnstakeRequested(
        uint256 indexed requestId, address indexed prover, address indexed staker, uint256 shares, uint256 assets, uint64 readyAt
    );
    /// @notice An unstake completed and paid `assets`.
    /// @param requestId The unstake request.
    /// @param prover The prover.
    /// @param staker The staker.
    /// @param assets Assets in BREV wei.
    event UnstakeCompleted(uint256 indexed requestId, address indexed prover, address indexed staker, uint256 assets);
    /// @notice A prover was slashed: `vaultAmount` from its vault and `pendingAmount` from its pending unstakes.
    /// @param prover The prover.
    /// @param vaultAmount Amount taken from the vault.
    /// @param pendingAmount Amount taken from pending unstakes.
    /// @param reason Reason given by the slasher (job id, equivocation tag).
    event Slashed(address indexed prover, uint256 vaultAmount, uint256 pendingAmount, bytes32 indexed reason);
    /// @notice A prover was jailed until `until`.
    /// @param prover The prover.
    /// @param until Time from which the prover may unjail itself.
    event Jailed(address indexed prover, uint64 until);
    /// @notice A prover left jail.
    /// @param prover The prover.
    event Unjailed(address indexed prover);
    /// @notice Rewards were paid: `commission` to the prover, the rest into its vault.
    /// @param prover The prover.
    /// @param amount Amount in BREV wei.
    /// @param commission Part paid to the prover as commission.
    event RewardsAdded(address indexed prover, uint256 amount, uint256 commission);
    /// @notice A prover registered as a validator.
    /// @param validator The validator.
    event ValidatorRegistered(address indexed validator);
    /// @notice A validator left the validator set.
    /// @param validator The validator.
    event ValidatorDeregistered(address indexed validator);
    /// @notice A prover's stake totals after any change (what the L2 mirrors).
    /// @param prover The prover.
    /// @param vaultAssets Assets in the vault.
    /// @param pendingAssets Assets in pending unstakes.
    event StakeUpdated(address indexed prover, uint256 vaultAssets, uint256 pendingAssets);
    /// @notice A configuration value changed (key: "treasury", "minSelfStake", ...).
    /// @param key Name of the setting (a short string as bytes32).
    /// @param value New value (addresses as uint160).
    event ConfigChanged(bytes32 indexed key, uint256 value);

    /// @notice Creates the controller.
    /// @param token_ The staked token (BREV).
    /// @param admin Holder of DEFAULT_ADMIN_ROLE (the governance timelock).
    /// @param treasury_ Recipient of slashed funds.
    /// @param minSelfStake_ Own stake a prover needs to be Active.
    /// @param minValidatorStake_ Own stake a validator needs.
    /// @param unstakeDelay_ Seconds an unstake waits (and stays slashable).
    /// @param maxSlashBps_ Largest share of stake one slash may take.
    constructor(
        IERC20 token_,
        address admin,
        address treasury_,
        uint256 minSelfStake_,
        uint256 minValidatorStake_,
        uint64 unstakeDelay_,
        uint16 maxSlashBps_
    ) {
        if (address(token_) == address(0) || admin == address(0)) revert StakingControllerInvalidConfig("token/admin");
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setTreasury(treasury_);
        _setMinSelfStake(minSelfStake_);
        minValidatorStake = minValidatorStake_;
        _setUnstakeDelay(unstakeDelay_);
        _setMaxSlashBps(maxSlashBps_);
    }

    // ------------------------------------------------------------------ provers

    /// @notice Registers the caller as a prover and creates its vault; it becomes Active once its own stake reaches
    ///         `minSelfStake` (stake with `stake(msg.sender, amount)`).
    /// @param commissionBps Share of rewards kept by the prover, in basis points.
    /// @return vault Address of the new vault.
    function initializeProver(uint16 commissionBps) external returns (address vault) {
        if (_provers[msg.sender].status != ProverStatus.None) revert StakingControllerAlreadyInitialized(msg.sender);
        if (commissionBps > MAX_COMMISSION_BPS) revert StakingControllerInvalidCommission(commissionBps);
        ProverVault v = new ProverVault(token, msg.sender, "ProverNet staked BREV", "stBREV");
        _provers[msg.sender] = Prover({
            vault: v,
            status: ProverStatus.Inactive,
            commissionBps: commissionBps,
            isValidator: false,
            jailedUntil: 0
        });
        _proverList.push(msg.sender);
        emit ProverInitialized(msg.sender, address(v), commissionBps);
        emit ProverStatusChanged(msg.sender, ProverStatus.Inactive);
        return address(v);
    }

    /// @notice Changes the caller's commission.
    /// @param commissionBps New commission in basis points.
    function setCommission(uint16 commissionBps) external {
        Prover storage p = _prover(msg.sender);
        if (commissionBps > MAX_COMMISSION_BPS) revert StakingControllerInvalidCommission(commissionBps);
        p.commissionBps = commissionBps;
        emit CommissionChanged(msg.sender, commissionBps);
    }

    /// @notice Stakes `amount` BREV with `prover` (the caller's own stake if it is the prover, a delegation otherwise).
    ///         Delegations need an Active prover. The caller must have approved this contract.
    /// @param prover The prover.
    /// @param amount BREV wei.
    /// @return shares Vault shares minted to the caller.
    function stake(address prover, uint256 amount) external nonReentrant returns (uint256 shares) {
        Prover storage p = _prover(prover);
        if (amount == 0) revert StakingControllerZeroAmount();
        if (msg.sender != prover && p.status != ProverStatus.Active) {
            revert StakingControllerProverNotActive(prover, p.status);
        }
        token.safeTransferFrom(msg.sender, address(this), amount);
        token.forceApprove(address(p.vault), amount);
        shares = p.vault.deposit(amount, msg.sender);
        if (shares == 0) revert StakingControllerZeroAmount();
        emit Staked(prover, msg.sender, amount, shares);
        _afterChange(prover, p);
    }

    /// @notice Burns `shares` of the caller's stake with `prover` now; their assets stay slashable in the pending pool
    ///         and can be claimed with `completeUnstake` after `unstakeDelay`.
    /// @param prover The prover.
    /// @param shares Vault shares to burn.
    /// @return requestId Id of the unstake request.
    function requestUnstake(address prover, uint256 shares) external nonReentrant returns (uint256 requestId) {
        Prover storage p = _prover(prover);
        if (shares == 0) revert StakingControllerZeroAmount();
        uint256 assets = p.vault.redeem(shares, address(this), msg.sender);
        if (assets == 0) revert StakingControllerZeroAmount();
        PendingPool storage pool = _pending[prover];
        uint256 poolShares = pool.shares == 0 ? assets : Math.mulDiv(assets, pool.shares, pool.assets);
        if (poolShares == 0) revert StakingControllerZeroAmount();
        pool.assets += assets;
        pool.shares += poolShares;
        requestId = nextUnstakeRequestId++;
        uint64 readyAt = uint64(block.timestamp) + unstakeDelay;
        _requests[requestId] = UnstakeRequest({prover: prover, staker: msg.sender, readyAt: readyAt, poolShares: poolShares});
        emit UnstakeRequested(requestId, prover, msg.sender, shares, assets, readyAt);
        if (msg.sender == prover && p.isValidator && selfStake(prover) < minValidatorStake) {
            _deregisterValidator(prover, p);
        }
        _afterChange(prover, p);
    }

    /// @notice Pays out an unstake request whose delay has passed (less any slash applied meanwhile).
    /// @param requestId The request.
    /// @return assets BREV wei paid to the caller.
    function completeUnstake(uint256 requestId) external nonReentrant returns (uint256 assets) {
        UnstakeRequest memory r = _requests[requestId];
        if (r.staker == address(0)) revert StakingControllerUnknownRequest(requestId);
        if (r.staker != msg.sender) revert StakingControllerNotRequestOwner(requestId, msg.sender);
        if (block.timestamp < r.readyAt) revert StakingControllerUnstakeNotReady(requestId, r.readyAt);
        PendingPool storage pool = _pending[r.prover];
        assets = r.poolShares == pool.shares ? pool.assets : Math.mulDiv(r.poolShares, pool.assets, pool.shares);
        pool.assets -= assets;
        pool.shares -= r.poolShares;
        delete _requests[requestId];
        token.safeTransfer(msg.sender, assets);
        emit UnstakeCompleted(requestId, r.prover, msg.sender, assets);
        emit StakeUpdated(r.prover, _provers[r.prover].vault.totalAssets(), pool.assets);
    }

    /// @notice Pays rewards to `prover`: `commissionBps` of `amount` to the prover, the rest into its vault (raising
    ///         the share price of all its stakers). Permissionless: the caller pays (the bridge relays L2 rewards).
    /// @param prover The prover.
    /// @param amount BREV wei, pulled from the caller.
    function addRewards(address prover, uint256 amount) external nonReentrant {
        Prover storage p = _prover(prover);
        if (amount == 0) revert StakingControllerZeroAmount();
        uint256 commission = (amount * p.commissionBps) / 10_000;
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 rest = amount - commission;
        if (p.vault.totalSupply() == 0) {
            commission = amount;
            rest = 0;
        }
        if (commission > 0) token.safeTransfer(prover, commission);
        if (rest > 0) {
            token.forceApprove(address(p.vault), rest);
            p.vault.accrueRewards(rest);
        }
        emit RewardsAdded(prover, amount, commission);
        _afterChange(prover, p);
    }

    // ------------------------------------------------------------------ slashing and jail (SLASHER_ROLE)

    /// @inheritdoc IStakingController
    function slash(address prover, uint256 bps, bytes32 reason) external onlyRole(SLASHER_ROLE) nonReentrant {
        Prover storage p = _prover(prover);
        if (bps == 0 || bps > maxSlashBps) revert StakingControllerInvalidSlashBps(bps, maxSlashBps);
        _slash(prover, p, bps, 10_000, reason);
    }

    /// @inheritdoc IStakingController
    function slashAmount(address prover, uint256 amount, bytes32 reason)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
        Prover storage p = _prover(prover);
        uint256 total = p.vault.totalAssets() + _pending[prover].assets;
        uint256 cap = (total * maxSlashBps) / 10_000;
        uint256 target = amount < cap ? amount : cap;
        if (target == 0) return 0;
        return _slash(prover, p, target, total, reason);
    }

    /// @inheritdoc IStakingController
    function jail(address prover, uint64 until) external onlyRole(SLASHER_ROLE) {
        Prover storage p = _prover(prover);
        if (until <= block.timestamp) revert StakingControllerInvalidJailEnd(until);
        if (until > p.jailedUntil) p.jailedUntil = until;
        if (p.status != ProverStatus.Jailed) {
            p.status = ProverStatus.Jailed;
            emit ProverStatusChanged(prover, ProverStatus.Jailed);
        }
        emit Jailed(prover, p.jailedUntil);
        _afterChange(prover, p);
    }

    /// @notice Leaves jail: the prover itself once its term has ended, or governance (admin) at any time.
    /// @param prover The jailed prover.
    function unjail(address prover) external {
        Prover storage p = _prover(prover);
        if (p.status != ProverStatus.Jailed) revert StakingControllerNotJailed(prover);
        bool isAdmin = hasRole(DEFAULT_ADMIN_ROLE, msg.sender);
        if (!isAdmin) {
            if (msg.sender != prover) revert AccessControlUnauthorizedAccount(msg.sender, DEFAULT_ADMIN_ROLE);
            if (block.timestamp < p.jailedUntil) revert StakingControllerStillJailed(prover, p.jailedUntil);
        }
        p.status = ProverStatus.Inactive;
        p.jailedUntil = 0;
        emit Unjailed(prover);
        emit ProverStatusChanged(prover, ProverStatus.Inactive);
        _afterChange(prover, p);
    }

    // ------------------------------------------------------------------ validators

    /// @notice Registers the caller (an Active prover with own stake >= `minValidatorStake`) as a validator.
    function registerValidator() external {
        Prover storage p = _prover(msg.sender);
        if (p.isValidator) revert StakingControllerAlreadyValidator(msg.sender);
        if (
            p.status != ProverStatus.Active || selfStake(msg.sender) < minValidatorStake || validatorCount >= MAX_VALIDATORS
        ) revert StakingControllerValidatorIneligible(msg.sender);
        p.isValidator = true;
        ++validatorCount;
        emit ValidatorRegistered(msg.sender);
        _syncValidatorStake(msg.sender, p);
    }

    /// @notice Removes the caller from the validator set.
    function deregisterValidator() external {
        Prover storage p = _prover(msg.sender);
        if (!p.isValidator) revert StakingControllerNotValidator(msg.sender);
        _deregisterValidator(msg.sender, p);
        _syncValidatorStake(msg.sender, p);
    }

    // ------------------------------------------------------------------ governance (DEFAULT_ADMIN_ROLE)

    /// @notice Sets the recipient of slashed funds.
    /// @param treasury_ New treasury (non-zero).
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTreasury(treasury_);
    }

    /// @notice Sets the own stake a prover needs to be Active (applies at each prover's next stake change).
    /// @param value New minimum (non-zero).
    function setMinSelfStake(uint256 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMinSelfStake(value);
    }

    /// @notice Sets the own stake a validator needs (checked at registration and at the validator's unstakes).
    /// @param value New minimum.
    function setMinValidatorStake(uint256 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        minValidatorStake = value;
        emit ConfigChanged("minValidatorStake", value);
    }

    /// @notice Sets the unstake delay for requests made from now on.
    /// @param value Seconds, at most MAX_UNSTAKE_DELAY.
    function setUnstakeDelay(uint64 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setUnstakeDelay(value);
    }

    /// @notice Sets the largest share one slash may take.
    /// @param value Basis points, 1..MAX_SLASH_BPS_LIMIT.
    function setMaxSlashBps(uint16 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxSlashBps(value);
    }

    // ------------------------------------------------------------------ views

    /// @notice Everything about a prover.
    /// @param prover The prover.
    /// @return info Its vault, status, commission, validator flag, jail end and stake totals.
    function getProver(address prover) external view returns (ProverInfo memory info) {
        Prover storage p = _prover(prover);
        info = ProverInfo({
            vault: address(p.vault),
            status: p.status,
            commissionBps: p.commissionBps,
            isValidator: p.isValidator,
            jailedUntil: p.jailedUntil,
            selfStake: selfStake(prover),
            vaultAssets: p.vault.totalAssets(),
            vaultShares: p.vault.totalSupply(),
            pendingAssets: _pending[prover].assets
        });
    }

    /// @notice The vault of a prover (zero if none).
    /// @param prover The prover.
    /// @return The vault address.
    function vaultOf(address prover) external view returns (address) {
        return address(_provers[prover].vault);
    }

    /// @notice The status of an address (None if never registered).
    /// @param prover The address.
    /// @return The status.
    function statusOf(address prover) external view returns (ProverStatus) {
        return _provers[prover].status;
    }

    /// @notice Assets of the prover's own shares in its vault.
    /// @param prover The prover.
    /// @return BREV wei.
    function selfStake(address prover) public view returns (uint256) {
        ProverVault v = _provers[prover].vault;
        if (address(v) == address(0)) return 0;
        return v.convertToAssets(v.balanceOf(prover));
    }

    /// @notice Assets waiting in a prover's pending pool (slashable).
    /// @param prover The prover.
    /// @return BREV wei.
    function pendingAssets(address prover) external view returns (uint256) {
        return _pending[prover].assets;
    }

    /// @notice Current value of a pending unstake request.
    /// @param requestId The request.
    /// @return request The request.
    /// @return assets What completing it would pay now.
    function getUnstakeRequest(uint256 requestId) external view returns (UnstakeRequest memory request, uint256 assets) {
        request = _requests[requestId];
        if (request.staker == address(0)) revert StakingControllerUnknownRequest(requestId);
        PendingPool storage pool = _pending[request.prover];
        assets = request.poolShares == pool.shares ? pool.assets : Math.mulDiv(request.poolShares, pool.assets, pool.shares);
    }

    /// @notice Number of registered provers.
    /// @return The count.
    function proverCount() external view returns (uint256) {
        return _proverList.length;
    }

    /// @notice The i-th registered prover, in registration order.
    /// @param index Position.
    /// @return The prover.
    function proverAt(uint256 index) external view returns (address) {
        return _proverList[index];
    }

    /// @inheritdoc IStakingController
    function isActiveValidator(address account) public view returns (bool) {
        Prover storage p = _provers[account];
        return p.isValidator && p.status != ProverStatus.Jailed;
    }

    /// @inheritdoc IStakingController
    function validatorStake(address account) external view returns (uint256) {
        return _countedValidatorStake[account];
    }

    // ------------------------------------------------------------------ internals

    function _prover(address prover) private view returns (Prover storage p) {
        p = _provers[prover];
        if (p.status == ProverStatus.None) revert StakingControllerUnknownProver(prover);
    }

    function _slash(address prover, Prover storage p, uint256 num, uint256 den, bytes32 reason)
        private
        returns (uint256 slashed)
    {
        PendingPool storage pool = _pending[prover];
        uint256 vaultCut = Math.mulDiv(p.vault.totalAssets(), num, den);
        uint256 pendingCut = Math.mulDiv(pool.assets, num, den);
        if (vaultCut > 0) p.vault.slashAssets(vaultCut, treasury);
        if (pendingCut > 0) {
            pool.assets -= pendingCut;
            token.safeTransfer(treasury, pendingCut);
        }
        emit Slashed(prover, vaultCut, pendingCut, reason);
        _afterChange(prover, p);
        return vaultCut + pendingCut;
    }

    function _afterChange(address prover, Prover storage p) private {
        if (p.status == ProverStatus.Active || p.status == ProverStatus.Inactive) {
            ProverStatus next = selfStake(prover) >= minSelfStake ? ProverStatus.Active : ProverStatus.Inactive;
            if (next != p.status) {
                p.status = next;
                emit ProverStatusChanged(prover, next);
            }
        }
        _syncValidatorStake(prover, p);
        emit StakeUpdated(prover, p.vault.totalAssets(), _pending[prover].assets);
    }

    function _syncValidatorStake(address account, Prover storage p) private {
        uint256 counted = (p.isValidator && p.status != ProverStatus.Jailed) ? p.vault.totalAssets() : 0;
        uint256 previous = _countedValidatorStake[account];
        if (counted != previous) {
            totalValidatorStake = totalValidatorStake + counted - previous;
            _countedValidatorStake[account] = counted;
        }
    }

    function _deregisterValidator(address account, Prover storage p) private {
        p.isValidator = false;
        --validatorCount;
        emit ValidatorDeregistered(account);
    }

    function _setTreasury(address value) private {
        if (value == address(0)) revert StakingControllerInvalidConfig("treasury");
        treasury = value;
        emit ConfigChanged("treasury", uint256(uint160(value)));
    }

    function _setMinSelfStake(uint256 value) private {
        if (value == 0) revert StakingControllerInvalidConfig("minSelfStake");
        minSelfStake = value;
        emit ConfigChanged("minSelfStake", value);
    }

    function _setUnstakeDelay(uint64 value) private {
        if (value > MAX_UNSTAKE_DELAY) revert StakingControllerInvalidConfig("unstakeDelay");
        unstakeDelay = value;
        emit ConfigChanged("unstakeDelay", value);
    }

    function _setMaxSlashBps(uint16 value) private {
        if (value == 0 || value > MAX_SLASH_BPS_LIMIT) revert StakingControllerInvalidConfig("maxSlashBps");
        maxSlashBps = value;
        emit ConfigChanged("maxSlashBps", value);
    }
}
