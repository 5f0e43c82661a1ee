namespace Renkei.Core.Arrangements;

/// <summary>An arrangement in the registry on the day asked for: its members of that day and where it stands.</summary>
public sealed record ArrangementListItem(
    int Id, ArrangementType Type, string Name, IReadOnlyList<string> KindsOfWork, IReadOnlyList<string> MemberNames,
    int MunicipalityCount, bool WithPrefecture, DateOnly? EstablishedOn, DateOnly? DissolvedOn, ArrangementStatus Status, string? CentralCity);
