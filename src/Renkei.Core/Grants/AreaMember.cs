using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>A member of an area from a day (a member may join later: 枠組みの柔軟化) until it leaves.</summary>
public class AreaMember : IAudited
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;

    /// <summary>Null = from the area's start.</summary>
    public DateOnly? JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    /// <summary>Still a member today (has not left): the count the program's 3–5 rule and the report use.</summary>
    public bool IsCurrent => LeftOn is null;

    /// <summary>A member during some part of the fiscal year <paramref name="fiscalYear"/>.</summary>
    public bool IsMemberIn(int fiscalYear) =>
        (JoinedOn is null || JoinedOn <= new DateOnly(fiscalYear + 1, 3, 31)) && (LeftOn is null || LeftOn > new DateOnly(fiscalYear, 4, 1));
}
