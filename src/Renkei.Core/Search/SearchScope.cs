using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Data;

namespace Renkei.Core.Search;

/// <summary>What every source of hits is given: its own context, the caller, the query, its ILIKE pattern, how many hits to read, and today in Japan.</summary>
internal sealed record SearchScope(RenkeiDbContext Db, Actor Actor, SearchQuery Query, string Pattern, int Take, DateOnly Today)
{
    public string Words => Query.Text;

    public FiscalYear? Year => Query.FiscalYear is { } y ? new FiscalYear(y) : null;

    /// <summary>The first and last instant of the filtered fiscal year, for columns that hold instants.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) YearInstants =>
        Year is { } fy ? (JapanDate.StartOf(fy.FirstDay), JapanDate.StartOf(fy.LastDay.AddDays(1))) : (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
}
