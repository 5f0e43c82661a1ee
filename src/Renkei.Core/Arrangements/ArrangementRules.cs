namespace Renkei.Core.Arrangements;

/// <summary>What the forms offer for a type: the roles a party may have and the steps that may be recorded (the service refuses the rest).</summary>
public static class ArrangementRules
{
    public static IReadOnlyList<MemberRole> RolesFor(ArrangementType type) =>
        type == ArrangementType.Entrustment ? [MemberRole.Entruster, MemberRole.Entrustee]
        : type.IsArea() ? [MemberRole.CentralCity, MemberRole.Member]
        : [MemberRole.Member];

    public static IReadOnlyList<StepKind> StepsFor(ArrangementType type) =>
        type.IsArea() ? Enum.GetValues<StepKind>()
        : [StepKind.Established, StepKind.Amended, StepKind.Dissolved];
}
