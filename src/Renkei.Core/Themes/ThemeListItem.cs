namespace Renkei.Core.Themes;

public sealed record ThemeListItem(
    int Id, string Title, ThemeState State, ThemeScope Scope, DeploymentMethod? DeploymentMethod, string OwnerName,
    int NeedCount, int[] ParticipantIds, DateTimeOffset StateChangedAt, uint Version)
{
    public ThemeFramework? Framework => DeploymentMethod?.FrameworkOf();
    public int ParticipantCount => ParticipantIds.Length;
}
