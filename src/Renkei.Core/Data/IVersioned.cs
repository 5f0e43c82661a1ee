namespace Renkei.Core.Data;

/// <summary>A row two people may edit: its PostgreSQL <c>xmin</c>, which every edit must present (<see cref="RenkeiDbContext.Expect"/>).</summary>
public interface IVersioned
{
    uint Version { get; set; }
}
