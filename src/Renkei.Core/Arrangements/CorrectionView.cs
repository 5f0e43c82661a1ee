namespace Renkei.Core.Arrangements;

public sealed record CorrectionView(
    int Id, int ArrangementId, string Arrangement, string Organisation, string Text, CorrectionState State, string? Reply,
    DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, bool CanDecide, uint Version);
