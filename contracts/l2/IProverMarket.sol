// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IProverMarket: the L2 Market system contract (address 0x0000000000000000000000000000000000000B01)
/// @notice Implemented natively by the ProverNet node (there is no EVM on L2); this interface is the ABI wallets use to
///         encode calls and decode events. Prices are wei of BREV per proving unit; times are L2 block timestamps in
///         seconds; an `expiry` or `deadline` of 0 means the class default. A new order's `expiry` is at most
///         `maxOrderLifetimeSec` of its class (`getClass`; a pipeline: the smallest of its stages) after the
///         block time, and a bid's `deadline` at most that plus its proving window. See docs/clearing-rule.md for the clearing rule.
interface IProverMarket {
    /// @notice State of a bid.
    enum BidStatus {
        None,
        Open,
        Matched,
        Cancelled,
        Expired
    }

    /// @notice State of an offer.
    enum OfferStatus {
        None,
        Open,
        Matched,
        Cancelled,
        Expired,
        Ineligible
    }

    /// @notice State of a job.
    enum JobStatus {
        None,
        Assigned,
        Fulfilled,
        Failed
    }

    /// @notice Why a bid's escrow (or part of it) was refunded.
    enum RefundReason {
        PriceImprovement,
        Expired,
        Cancelled,
        JobFailed
    }

    /// @notice Why an offer left the book.
    enum OfferCloseReason {
        Matched,
        Cancelled,
        Expired,
        Ineligible
    }

    /// @notice A proof request. `classId` is 0 for a composite bid, `pipelineId` 0 for a single-class bid.
    struct Bid {
        uint256 id;
        address requester;
        uint32 classId;
        uint32 pipelineId;
        uint32 units;
        uint96 maxPricePerUnit;
        uint64 deadline;
        uint64 expiry;
        uint64 seq;
        BidStatus status;
        bytes32 vkHash;
        bytes32 publicInputsHash;
        uint256 escrow;
        string inputUri;
    }

    /// @notice A capacity offer (one slot: at most one job).
    struct Offer {
        uint256 id;
        address prover;
        uint32 classId;
        uint96 askPerUnit;
        uint64 expiry;
        uint64 seq;
        OfferStatus status;
        uint256 lockedStake;
    }

    /// @notice A matched job. For composite bids there is one job per stage (`stage` from 0).
    struct Job {
        uint256 id;
        uint256 bidId;
        uint256 offerId;
        address requester;
        address prover;
        uint32 classId;
        uint32 stage;
        uint32 units;
        uint96 buyerPricePerUnit;
        uint96 sellerPricePerUnit;
        uint64 deadline;
        JobStatus status;
        bytes32 vkHash;
        bytes32 publicInputsHash;
        uint256 proverPay;
    }

    /// @notice A market class with its live market data.
    struct ClassInfo {
        uint32 id;
        string name;
        string proofSystem;
        uint32 minUnits;
        uint32 maxUnits;
        uint32 provingWindowSec;
        uint32 maxOrderLifetimeSec;
        uint256 minProverStake;
        uint16 jobStakeBps;
        uint32 maxProofBytes;
        uint16 securityBits;
        bool enabled;
        uint96 referencePrice;
        uint256 openBids;
        uint256 openOffers;
    }

    /// @notice A bid entered the book; `units * maxPricePerUnit` is held in escrow.
    /// @param bidId The bid.
    /// @param requester The requester.
    /// @param classId The market class (0 for a composite bid).
    /// @param pipelineId The pipeline (0 for a single-class bid).
    /// @param units Proving units.
    /// @param maxPricePerUnit Highest price per unit.
    /// @param deadline Latest L1 timestamp of the proof.
    /// @param expiry Latest time the order may be matched.
    /// @param vkHash The verifying key hash.
    /// @param publicInputsHash keccak256(abi.encodePacked(publicInputs)).
    /// @param inputUri Where provers fetch the inputs.
    event BidSubmitted(
        uint256 indexed bidId,
        address indexed requester,
        uint32 indexed classId,
        uint32 pipelineId,
        uint32 units,
        uint96 maxPricePerUnit,
        uint64 deadline,
        uint64 expiry,
        bytes32 vkHash,
        bytes32 publicInputsHash,
        string inputUri
    );
    /// @notice An offer entered the book; the prover's stake for the slot is locked.
    /// @param offerId The offer.
    /// @param prover The prover.
    /// @param classId The market class (0 for a composite bid).
    /// @param askPerUnit Ask in wei of BREV per unit.
    /// @param expiry Latest time the order may be matched.
    /// @param lockedStake Stake locked for the slot.
    event OfferSubmitted(
        uint256 indexed offerId, address indexed prover, uint32 indexed classId, uint96 askPerUnit, uint64 expiry, uint256 lockedStake
    );
    /// @notice A bid and an offer were matched into a job.
    /// @param bidId The bid.
    /// @param offerId The offer.
    /// @param jobId The job.
    /// @param buyerPricePerUnit Price per unit the requester pays.
    /// @param sellerPricePerUnit Threshold price per unit bounding the prover's pay.
    event BidMatched(
        uint256 indexed bidId,
        uint256 indexed offerId,
        uint256 indexed jobId,
        uint96 buyerPricePerUnit,
        uint96 sellerPricePerUnit
    );
    /// @notice A job was assigned to `prover`, who must submit a proof on L1 by `deadline`.
    /// @param jobId The job.
    /// @param prover The prover.
    /// @param bidId The bid.
    /// @param classId The market class (0 for a composite bid).
    /// @param stage Stage index for composite jobs (0 otherwise).
    /// @param units Proving units.
    /// @param deadline Latest L1 timestamp of the proof.
    /// @param vkHash The verifying key hash.
    /// @param publicInputsHash keccak256(abi.encodePacked(publicInputs)).
    /// @param proverPay Position price paid to the prover on fulfilment.
    event JobAssigned(
        uint256 indexed jobId,
        address indexed prover,
        uint256 indexed bidId,
        uint32 classId,
        uint32 stage,
        uint32 units,
        uint64 deadline,
        bytes32 vkHash,
        bytes32 publicInputsHash,
        uint256 proverPay
    );
    /// @notice The job's proof was verified on L1 in time: the prover was paid `proverPaid`, the treasury `fee`.
    /// @param jobId The job.
    /// @param prover The prover.
    /// @param proverPaid Amount paid to the prover.
    /// @param fee Part paid to the treasury.
    /// @param delegatorRewards Part queued to L1 as vault rewards.
    event JobFulfilled(uint256 indexed jobId, address indexed prover, uint256 proverPaid, uint256 fee, uint256 delegatorRewards);
    /// @notice The job missed its deadline: the requester got `refund`, the prover lost `slashed` of its locked stake.
    /// @param jobId The job.
    /// @param prover The prover.
    /// @param refund Amount refunded to the requester.
    /// @param slashed Locked stake slashed.
    event JobFailed(uint256 indexed jobId, address indexed prover, uint256 refund, uint256 slashed);
    /// @notice Escrow returned to the requester.
    /// @param bidId The bid.
    /// @param requester The requester.
    /// @param amount Amount in BREV wei.
    /// @param reason Why the escrow was refunded.
    event BidRefunded(uint256 indexed bidId, address indexed requester, uint256 amount, RefundReason reason);
    /// @notice An offer left the book; its locked stake was unlocked (unless matched).
    /// @param offerId The offer.
    /// @param prover The prover.
    /// @param reason Why the offer closed.
    event OfferClosed(uint256 indexed offerId, address indexed prover, OfferCloseReason reason);

    /// @notice Posts a proof request in class `classId`; escrows `units * maxPricePerUnit` plus gas.
    /// @param classId Market class.
    /// @param units Proving units, within the class's range.
    /// @param maxPricePerUnit Highest price per unit the requester pays.
    /// @param deadline Latest L1 timestamp of the proof, at most block time + maxOrderLifetimeSec + provingWindowSec
    ///        (0: block time + provingWindowSec + min(provingWindowSec, maxOrderLifetimeSec)).
    /// @param expiry Latest time the bid may be matched, at most block time + maxOrderLifetimeSec (0: deadline - provingWindowSec).
    /// @param vkHash Verifying key registered in the L1 ProofVerifier.
    /// @param publicInputsHash keccak256(abi.encodePacked(publicInputs)) the proof must carry.
    /// @param inputUri Where provers fetch the witness inputs.
    /// @return bidId The bid's id.
    function submitBid(
        uint32 classId,
        uint32 units,
        uint96 maxPricePerUnit,
        uint64 deadline,
        uint64 expiry,
        bytes32 vkHash,
        bytes32 publicInputsHash,
        string calldata inputUri
    ) external returns (uint256 bidId);

    /// @notice Posts a composite proof request over pipeline `pipelineId`; one price per unit for all stages.
    /// @param pipelineId Pipeline template.
    /// @param units Proving units.
    /// @param maxPricePerUnit Highest price per unit for the whole pipeline.
    /// @param deadline Latest L1 timestamp of the final stage's proof, at most block time + the smallest
    ///        maxOrderLifetimeSec of the stages + the sum of their proving windows (0: default).
    /// @param expiry Latest time the bid may be matched, at most block time + that smallest maxOrderLifetimeSec (0: default).
    /// @param vkHash Verifying key of the final stage.
    /// @param publicInputsHash Public inputs hash of the final stage.
    /// @param inputUri Where provers fetch the inputs.
    /// @return bidId The bid's id.
    function submitCompositeBid(
        uint32 pipelineId,
        uint32 units,
        uint96 maxPricePerUnit,
        uint64 deadline,
        uint64 expiry,
        bytes32 vkHash,
        bytes32 publicInputsHash,
        string calldata inputUri
    ) external returns (uint256 bidId);

    /// @notice Posts a capacity offer (one job slot) in class `classId`; locks the class's job stake.
    /// @param classId Market class.
    /// @param askPerUnit Lowest gross price per unit.
    /// @param expiry Latest time the offer may be matched, at most block time + maxOrderLifetimeSec
    ///        (0: block time + min(provingWindowSec, maxOrderLifetimeSec)).
    /// @return offerId The offer's id.
    function submitOffer(uint32 classId, uint96 askPerUnit, uint64 expiry) external returns (uint256 offerId);

    /// @notice Cancels an open bid of the caller and refunds its escrow.
    /// @param bidId The bid.
    function cancelBid(uint256 bidId) external;

    /// @notice Cancels an open offer of the caller and unlocks its stake.
    /// @param offerId The offer.
    function cancelOffer(uint256 offerId) external;

    /// @notice A bid.
    /// @param bidId The bid.
    /// @return The bid.
    function getBid(uint256 bidId) external view returns (Bid memory);

    /// @notice An offer.
    /// @param offerId The offer.
    /// @return The offer.
    function getOffer(uint256 offerId) external view returns (Offer memory);

    /// @notice A job.
    /// @param jobId The job.
    /// @return The job.
    function getJob(uint256 jobId) external view returns (Job memory);

    /// @notice A market class and its live market data.
    /// @param classId The class.
    /// @return The class.
    function getClass(uint32 classId) external view returns (ClassInfo memory);

    /// @notice The class's current reference price (docs/clearing-rule.md §4).
    /// @param classId The class.
    /// @return Wei of BREV per unit.
    function referencePrice(uint32 classId) external view returns (uint96);
}
