using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

/// <summary>An actual of one year, with its source; only an approved one counts.</summary>
public class IndicatorValue : IAudited, IVersioned
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public required string Source { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public ValueState State { get; set; }
    public int SubmittedByOrganisationId { get; set; }
    public string? ReviewNote { get; set; }
    public uint Version { get; set; }
}
