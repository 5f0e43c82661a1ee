using Renkei.Core.Arrangements;
using Renkei.Core.Surveys;

namespace Renkei.Core.Cases;

/// <summary>The fields a case is filed under: the survey's categories first, then the registry's kinds of work.</summary>
public static class CaseFields
{
    public static readonly IReadOnlyList<string> All =
        StandardCatalogue.Entries.Select(e => e.Label).Concat(KindsOfWork.All).Distinct().ToList();

    private static readonly Dictionary<string, int> Positions = All.Select((field, i) => (field, i)).ToDictionary(x => x.field, x => x.i);

    public static bool Contains(string field) => Positions.ContainsKey(field);

    public static int Position(string field) => Positions.GetValueOrDefault(field, int.MaxValue);
}
