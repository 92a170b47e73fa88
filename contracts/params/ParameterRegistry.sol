// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IParameterRegistry} from "../interfaces/IParameterRegistry.sol";

/// @title ParameterRegistry: the governed parameters of ProverNet
/// @notice Holds the values the L2 state transition and the L1 verifier depend on. Only the owner (the timelock of
///         BrevGovernor) may change them; every setter checks bounds and emits `ParameterChanged(key, id, value)` with
///         the ABI-encoded complete new value, so the L2 node applies the change deterministically from that L1 event.
contract ParameterRegistry is IParameterRegistry, Ownable {
    /// @notice Key of `maxProofSize` in `ParameterChanged`; value `abi.encode(uint32)`.
    bytes32 public constant KEY_MAX_PROOF_SIZE = keccak256("maxProofSize");
    /// @notice Key of `minSecurityBits`; value `abi.encode(uint16)`.
    bytes32 public constant KEY_MIN_SECURITY_BITS = keccak256("minSecurityBits");
    /// @notice Key of `slashBps`; value `abi.encode(uint16)`.
    bytes32 public constant KEY_SLASH_BPS = keccak256("slashBps");
    /// @notice Key of `marketFeeBps`; value `abi.encode(uint16)`.
    bytes32 public constant KEY_MARKET_FEE_BPS = keccak256("marketFeeBps");
    /// @notice Key of the auction settings; value `abi.encode(AuctionSettings)`.
    bytes32 public constant KEY_AUCTION = keccak256("auction");
    /// @notice Key of the gas schedule; value `abi.encode(GasSchedule)`.
    bytes32 public constant KEY_GAS = keccak256("gas");
    /// @notice Key of a market class (id = class id); value `abi.encode(MarketClass)`.
    bytes32 public constant KEY_CLASS = keccak256("class");
    /// @notice Key of a pipeline template (id = pipeline id); value `abi.encode(Pipeline)`.
    bytes32 public constant KEY_PIPELINE = keccak256("pipeline");

    /// @notice Bounds of the global values.
    uint32 public constant MIN_PROOF_SIZE = 128;
    /// @notice Upper bound of `maxProofSize`.
    uint32 public constant MAX_PROOF_SIZE = 1 << 20;
    /// @notice Lower bound of `minSecurityBits`.
    uint16 public constant MIN_SECURITY_BITS = 80;
    /// @notice Upper bound of `minSecurityBits` and of a class's `securityBits`.
    uint16 public constant MAX_SECURITY_BITS = 256;
    /// @notice Upper bound of `slashBps`.
    uint16 public constant MAX_SLASH_BPS = 5000;
    /// @notice Upper bound of `marketFeeBps`.
    uint16 public constant MAX_MARKET_FEE_BPS = 2000;
    /// @notice Most stages in a pipeline template.
    uint256 public constant MAX_PIPELINE_STAGES = 8;
    /// @notice Most market classes and most pipelines.
    uint256 public constant MAX_ENTRIES = 256;
    /// @notice Largest `auction.intervalBlocks` (the L2's ParameterBounds, compared by a node test).
    uint32 public constant MAX_AUCTION_INTERVAL_BLOCKS = 3600;
    /// @notice Largest `auction.thickMarketMinOrders`.
    uint32 public constant MAX_THICK_MARKET_MIN_ORDERS = 1000;
    /// @notice Largest `auction.referenceStepBps` (at least 1).
    uint16 public constant MAX_REFERENCE_STEP_BPS = 5000;
    /// @notice Least intrinsic gas of an L2 transaction: Ethereum's 21,000 (the L2's GasScheduleBounds, compared by a node test).
    uint64 public constant MIN_INTRINSIC_GAS = 21_000;
    /// @notice Most intrinsic gas of an L2 transaction.
    uint64 public constant MAX_INTRINSIC_GAS = 1_000_000;
    /// @notice Most gas per calldata byte; a zero byte costs at least 1 and at most a non-zero byte.
    uint64 public constant MAX_CALLDATA_BYTE_GAS = 1000;
    /// @notice Most gas of one Market or Bridge operation (at least 1).
    uint64 public constant MAX_OPERATION_GAS = 10_000_000;
    /// @notice Largest EIP-1559 base-fee change denominator (at least 1).
    uint32 public constant MAX_BASE_FEE_CHANGE_DENOMINATOR = 1000;
    /// @notice Largest EIP-1559 elasticity multiplier (at least 1).
    uint32 public constant MAX_ELASTICITY_MULTIPLIER = 100;
    /// @notice Lower bound of a class's `maxOrderLifetimeSec`: a shorter bound would let orders expire before they reach
    ///         a block and a clearing round (the L2's OrderLifetimeBounds.MinSec, compared by a node test).
    uint32 public constant MIN_ORDER_LIFETIME_SEC = 60;
    /// @notice Upper bound of a class's `maxOrderLifetimeSec` (365 days): no order holds escrow, a stake lock and a place
    ///         in every round's scan longer (the L2's OrderLifetimeBounds.MaxSec).
    uint32 public constant MAX_ORDER_LIFETIME_SEC = 365 days;

    /// @notice A global value is outside its bounds.
    error ParameterRegistryOutOfBounds(bytes32 key, uint256 value);
    /// @notice A class definition is invalid (zero id, empty name, unit range, window, bps, or global bounds).
    error ParameterRegistryInvalidClass(uint32 classId);
    /// @notice A class's `maxOrderLifetimeSec` is outside [MIN_ORDER_LIFETIME_SEC, MAX_ORDER_LIFETIME_SEC].
    error ParameterRegistryInvalidOrderLifetime(uint32 classId, uint32 maxOrderLifetimeSec);
    /// @notice No class has this id.
    error ParameterRegistryUnknownClass(uint32 classId);
    /// @notice A pipeline definition is invalid (zero id, empty name, stage count, unknown or repeated stage).
    error ParameterRegistryInvalidPipeline(uint32 pipelineId);
    /// @notice No pipeline has this id.
    error ParameterRegistryUnknownPipeline(uint32 pipelineId);
    /// @notice The registry holds the maximum number of classes or pipelines.
    error ParameterRegistryTooManyEntries();

    /// @notice Everything the registry is constructed with.
    struct InitialParameters {
        uint32 maxProofSize;
        uint16 minSecurityBits;
        uint16 slashBps;
        uint16 marketFeeBps;
        AuctionSettings auction;
        GasSchedule gas;
        MarketClass[] classes;
        Pipeline[] pipelines;
    }

    /// @inheritdoc IParameterRegistry
    uint32 public maxProofSize;
    /// @inheritdoc IParameterRegistry
    uint16 public minSecurityBits;
    /// @inheritdoc IParameterRegistry
    uint16 public slashBps;
    /// @inheritdoc IParameterRegistry
    uint16 public marketFeeBps;

    AuctionSettings private _auction;
    GasSchedule private _gas;
    mapping(uint32 classId => MarketClass) private _classes;
    uint32[] private _classIds;
    mapping(uint32 pipelineId => Pipeline) private _pipelines;
    uint32[] private _pipelineIds;

    /// @notice Creates the registry with the genesis values (no events: the L2 genesis carries the same values).
    /// @param owner_ The governance timelock.
    /// @param init The genesis parameters, classes and pipelines.
    constructor(address owner_, InitialParameters memory init) Ownable(owner_) {
        _checkMaxProofSize(init.maxProofSize);
        maxProofSize = init.maxProofSize;
        _checkMinSecurityBits(init.minSecurityBits);
        minSecurityBits = init.minSecurityBits;
        _checkSlashBps(init.slashBps);
        slashBps = init.slashBps;
        _checkMarketFeeBps(init.marketFeeBps);
        marketFeeBps = init.marketFeeBps;
        _checkAuction(init.auction);
        _auction = init.auction;
        _checkGas(init.gas);
        _gas = init.gas;
        for (uint256 i = 0; i < init.classes.length; ++i) {
            _storeClass(init.classes[i]);
        }
        for (uint256 i = 0; i < init.pipelines.length; ++i) {
            _storePipeline(init.pipelines[i]);
        }
    }

    // ------------------------------------------------------------------ setters (owner only)

    /// @notice Sets the largest accepted proof size; must stay at or above every class's `maxProofBytes`.
    /// @param value New size in bytes, within [MIN_PROOF_SIZE, MAX_PROOF_SIZE].
    function setMaxProofSize(uint32 value) external onlyOwner {
        _checkMaxProofSize(value);
        for (uint256 i = 0; i < _classIds.length; ++i) {
            if (_classes[_classIds[i]].maxProofBytes > value) revert ParameterRegistryOutOfBounds(KEY_MAX_PROOF_SIZE, value);
        }
        maxProofSize = value;
        emit ParameterChanged(KEY_MAX_PROOF_SIZE, 0, abi.encode(value));
    }

    /// @notice Sets the smallest accepted security level; must stay at or below every class's `securityBits`.
    /// @param value New level in bits, within [MIN_SECURITY_BITS, MAX_SECURITY_BITS].
    function setMinSecurityBits(uint16 value) external onlyOwner {
        _checkMinSecurityBits(value);
        for (uint256 i = 0; i < _classIds.length; ++i) {
            if (_classes[_classIds[i]].securityBits < value) revert ParameterRegistryOutOfBounds(KEY_MIN_SECURITY_BITS, value);
        }
        minSecurityBits = value;
        emit ParameterChanged(KEY_MIN_SECURITY_BITS, 0, abi.encode(value));
    }

    /// @notice Sets the share of locked stake slashed on a failed job.
    /// @param value New share in basis points, at most MAX_SLASH_BPS.
    function setSlashBps(uint16 value) external onlyOwner {
        _checkSlashBps(value);
        slashBps = value;
        emit ParameterChanged(KEY_SLASH_BPS, 0, abi.encode(value));
    }

    /// @notice Sets the protocol fee on provers' pay.
    /// @param value New fee in basis points, at most MAX_MARKET_FEE_BPS.
    function setMarketFeeBps(uint16 value) external onlyOwner {
        _checkMarketFeeBps(value);
        marketFeeBps = value;
        emit ParameterChanged(KEY_MARKET_FEE_BPS, 0, abi.encode(value));
    }

    /// @notice Sets the auction settings.
    /// @param value New settings (intervalBlocks 1..MAX_AUCTION_INTERVAL_BLOCKS, thickMarketMinOrders
    ///        1..MAX_THICK_MARKET_MIN_ORDERS, referenceStepBps 1..MAX_REFERENCE_STEP_BPS).
    function setAuctionSettings(AuctionSettings calldata value) external onlyOwner {
        _checkAuction(value);
        _auction = value;
        emit ParameterChanged(KEY_AUCTION, 0, abi.encode(value));
    }

    /// @notice Sets the L2 gas schedule.
    /// @param value New schedule (see `_checkGas` for bounds).
    function setGasSchedule(GasSchedule calldata value) external onlyOwner {
        _checkGas(value);
        _gas = value;
        emit ParameterChanged(KEY_GAS, 0, abi.encode(value));
    }

    /// @notice Adds a market class or replaces an existing one with the same id. A lower `maxOrderLifetimeSec` binds
    ///         new orders only: orders already in the L2 book keep their expiry.
    /// @param value The complete class definition; `maxOrderLifetimeSec` within [MIN_ORDER_LIFETIME_SEC, MAX_ORDER_LIFETIME_SEC].
    function setClass(MarketClass calldata value) external onlyOwner {
        _storeClass(value);
        emit ParameterChanged(KEY_CLASS, value.id, abi.encode(value));
    }

    /// @notice Adds a pipeline template or replaces an existing one with the same id.
    /// @param value The complete template; every stage must be an existing class.
    function setPipeline(Pipeline calldata value) external onlyOwner {
        _storePipeline(value);
        emit ParameterChanged(KEY_PIPELINE, value.id, abi.encode(value));
    }

    // ------------------------------------------------------------------ views

    /// @notice The auction settings.
    /// @return The settings.
    function auctionSettings() external view returns (AuctionSettings memory) {
        return _auction;
    }

    /// @notice The L2 gas schedule.
    /// @return The schedule.
    function gasSchedule() external view returns (GasSchedule memory) {
        return _gas;
    }

    /// @notice A market class.
    /// @param classId Its id.
    /// @return The class definition.
    function getClass(uint32 classId) external view returns (MarketClass memory) {
        MarketClass memory c = _classes[classId];
        if (c.id == 0) revert ParameterRegistryUnknownClass(classId);
        return c;
    }

    /// @notice Ids of all market classes, in order of first registration.
    /// @return The ids.
    function classIds() external view returns (uint32[] memory) {
        return _classIds;
    }

    /// @notice A pipeline template.
    /// @param pipelineId Its id.
    /// @return The template.
    function getPipeline(uint32 pipelineId) external view returns (Pipeline memory) {
        Pipeline memory p = _pipelines[pipelineId];
        if (p.id == 0) revert ParameterRegistryUnknownPipeline(pipelineId);
        return p;
    }

    /// @notice Ids of all pipeline templates, in order of first registration.
    /// @return The ids.
    function pipelineIds() external view returns (uint32[] memory) {
        return _pipelineIds;
    }

    // ------------------------------------------------------------------ internals

    function _storeClass(MarketClass memory c) private {
        if (
            c.id == 0 || bytes(c.name).length == 0 || bytes(c.proofSystem).length == 0 || c.minUnits == 0
                || c.minUnits > c.maxUnits || c.provingWindowSec == 0 || c.jobStakeBps > 10_000 || c.maxProofBytes == 0
                || c.maxProofBytes > maxProofSize || c.securityBits < minSecurityBits || c.securityBits > MAX_SECURITY_BITS
                || c.initialReferencePrice == 0
        ) revert ParameterRegistryInvalidClass(c.id);
        if (c.maxOrderLifetimeSec < MIN_ORDER_LIFETIME_SEC || c.maxOrderLifetimeSec > MAX_ORDER_LIFETIME_SEC) {
            revert ParameterRegistryInvalidOrderLifetime(c.id, c.maxOrderLifetimeSec);
        }
        if (_classes[c.id].id == 0) {
            if (_classIds.length >= MAX_ENTRIES) revert ParameterRegistryTooManyEntries();
            _classIds.push(c.id);
        }
        _classes[c.id] = c;
    }

    function _storePipeline(Pipeline memory p) private {
        uint256 n = p.stages.length;
        if (p.id == 0 || bytes(p.name).length == 0 || n == 0 || n > MAX_PIPELINE_STAGES) {
            revert ParameterRegistryInvalidPipeline(p.id);
        }
        for (uint256 i = 0; i < n; ++i) {
            if (_classes[p.stages[i]].id == 0) revert ParameterRegistryInvalidPipeline(p.id);
            for (uint256 j = 0; j < i; ++j) {
                if (p.stages[j] == p.stages[i]) revert ParameterRegistryInvalidPipeline(p.id);
            }
        }
        if (_pipelines[p.id].id == 0) {
            if (_pipelineIds.length >= MAX_ENTRIES) revert ParameterRegistryTooManyEntries();
            _pipelineIds.push(p.id);
        }
        _pipelines[p.id] = p;
    }

    function _checkMaxProofSize(uint32 v) private pure {
        if (v < MIN_PROOF_SIZE || v > MAX_PROOF_SIZE) revert ParameterRegistryOutOfBounds(KEY_MAX_PROOF_SIZE, v);
    }

    function _checkMinSecurityBits(uint16 v) private pure {
        if (v < MIN_SECURITY_BITS || v > MAX_SECURITY_BITS) revert ParameterRegistryOutOfBounds(KEY_MIN_SECURITY_BITS, v);
    }

    function _checkSlashBps(uint16 v) private pure {
        if (v > MAX_SLASH_BPS) revert ParameterRegistryOutOfBounds(KEY_SLASH_BPS, v);
    }

    function _checkMarketFeeBps(uint16 v) private pure {
        if (v > MAX_MARKET_FEE_BPS) revert ParameterRegistryOutOfBounds(KEY_MARKET_FEE_BPS, v);
    }

    function _checkAuction(AuctionSettings memory a) private pure {
        if (a.intervalBlocks == 0 || a.intervalBlocks > MAX_AUCTION_INTERVAL_BLOCKS) revert ParameterRegistryOutOfBounds(KEY_AUCTION, a.intervalBlocks);
        if (a.thickMarketMinOrders == 0 || a.thickMarketMinOrders > MAX_THICK_MARKET_MIN_ORDERS) {
            revert ParameterRegistryOutOfBounds(KEY_AUCTION, a.thickMarketMinOrders);
        }
        if (a.referenceStepBps == 0 || a.referenceStepBps > MAX_REFERENCE_STEP_BPS) revert ParameterRegistryOutOfBounds(KEY_AUCTION, a.referenceStepBps);
    }

    function _checkGas(GasSchedule memory g) private pure {
        if (g.intrinsic < MIN_INTRINSIC_GAS || g.intrinsic > MAX_INTRINSIC_GAS) revert ParameterRegistryOutOfBounds(KEY_GAS, g.intrinsic);
        if (g.calldataZeroByte == 0 || g.calldataNonZeroByte < g.calldataZeroByte || g.calldataNonZeroByte > MAX_CALLDATA_BYTE_GAS) {
            revert ParameterRegistryOutOfBounds(KEY_GAS, g.calldataNonZeroByte);
        }
        if (g.submitBid == 0 || g.submitBid > MAX_OPERATION_GAS) revert ParameterRegistryOutOfBounds(KEY_GAS, g.submitBid);
        if (g.submitOffer == 0 || g.submitOffer > MAX_OPERATION_GAS) revert ParameterRegistryOutOfBounds(KEY_GAS, g.submitOffer);
        if (g.cancel == 0 || g.cancel > MAX_OPERATION_GAS) revert ParameterRegistryOutOfBounds(KEY_GAS, g.cancel);
        if (g.withdrawal == 0 || g.withdrawal > MAX_OPERATION_GAS) revert ParameterRegistryOutOfBounds(KEY_GAS, g.withdrawal);
        if (g.baseFeeChangeDenominator == 0 || g.baseFeeChangeDenominator > MAX_BASE_FEE_CHANGE_DENOMINATOR) {
            revert ParameterRegistryOutOfBounds(KEY_GAS, g.baseFeeChangeDenominator);
        }
        if (g.elasticityMultiplier == 0 || g.elasticityMultiplier > MAX_ELASTICITY_MULTIPLIER) {
            revert ParameterRegistryOutOfBounds(KEY_GAS, g.elasticityMultiplier);
        }
        if (g.minBaseFee == 0 || g.initialBaseFee < g.minBaseFee) revert ParameterRegistryOutOfBounds(KEY_GAS, g.initialBaseFee);
    }
}
