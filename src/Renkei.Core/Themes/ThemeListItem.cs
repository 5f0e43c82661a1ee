namespace Renkei.Core.Themes;

public sealed record ThemeListItem(
    int Id, string Title, ThemeState State, ThemeScope Scope, DeploymentMethod? DeploymentMethod, string OwnerName,
    int NeedCount, int[] ParticipantIds, DateTimeOffset StateChangedAt, uint Version, Common.Visibility Visibility = Common.Visibility.Internal)
{
    public ThemeFramework? Framework => DeploymentMethod?.FrameworkOf();
    public int ParticipantCount => ParticipantIds.Length;
}
