namespace Renkei.Core.Grants;

public sealed record GrantShareView(
    int Id, int MunicipalityId, string Name, long AmountAppliedFor, long? AmountAwarded, long AmountDisbursed, long? AmountUsed,
    long? AmountReturned, IReadOnlyList<DisbursementView> Disbursements);
