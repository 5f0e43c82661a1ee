namespace Renkei.Core.Grants;

public sealed record AreaMemberView(int Id, int MunicipalityId, string Code, string Name, DateOnly? JoinedOn, DateOnly? LeftOn)
{
    public bool IsCurrent => LeftOn is null;
}
