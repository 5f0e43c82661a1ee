using Renkei.Core.Arrangements;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Cases;

/// <summary>
/// The fields a case is filed under: the survey's categories first, then the registry's kinds of work. A prefecture
/// files under the standard ones and its own (飛島 only in 山形県); <see cref="All"/> fixes one order for every list.
/// </summary>
public static class CaseFields
{
    public static readonly IReadOnlyList<string> All = Of(StandardCatalogue.Entries);

    private static readonly Dictionary<string, int> Positions = All.Select((field, i) => (field, i)).ToDictionary(x => x.field, x => x.i);

    /// <summary>The fields a prefecture's cases may be filed under, without another prefecture's own category.</summary>
    public static IReadOnlyList<string> For(LocalGovernmentCode prefecture) => Of(StandardCatalogue.For(prefecture));

    public static int Position(string field) => Positions.GetValueOrDefault(field, int.MaxValue);

    private static List<string> Of(IEnumerable<StandardCatalogue.Entry> categories) =>
        categories.Select(e => e.Label).Concat(KindsOfWork.All).Distinct().ToList();
}
