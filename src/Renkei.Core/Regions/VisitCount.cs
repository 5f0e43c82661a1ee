namespace Renkei.Core.Regions;

/// <summary>How often a municipality of the jurisdiction was visited in the fiscal year, and when last.</summary>
public sealed record VisitCount(int MunicipalityId, string Name, int Visits, int Contacts, DateOnly? LastVisit)
{
    public bool NotVisited => Visits == 0;
}
