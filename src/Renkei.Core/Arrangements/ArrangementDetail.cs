namespace Renkei.Core.Arrangements;

/// <summary>One arrangement with every party and step; <see cref="CanEdit"/>: the caller keeps it.</summary>
public sealed record ArrangementDetail(
    int Id, ArrangementType Type, string Name, IReadOnlyList<string> KindsOfWork, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note,
    ArrangementStatus Status, IReadOnlyList<ArrangementMemberView> Members, IReadOnlyList<ArrangementStepView> Steps, bool CanEdit, uint Version)
{
    /// <summary>Links to its documents (規約, 協定, vision).</summary>
    public IReadOnlyList<ArrangementDocumentView> Documents { get; init; } = [];

    /// <summary>The roles a new party may take in an arrangement of this type.</summary>
    public IReadOnlyList<MemberRole> Roles => ArrangementRules.RolesFor(Type);

    /// <summary>The steps that may be recorded for this type.</summary>
    public IReadOnlyList<StepKind> StepKinds => ArrangementRules.StepsFor(Type);
}
