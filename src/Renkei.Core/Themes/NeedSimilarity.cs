namespace Renkei.Core.Themes;

/// <summary>
/// Spots needs from different municipalities on the same topic: same category and titles that share
/// enough character pairs (Japanese has no spaces to split words on; bigrams catch 空き家 ⊂ 空き家バンクの広域化).
/// </summary>
public static class NeedSimilarity
{
    public const double Threshold = 0.3;

    public sealed record Candidate(int Id, int CategoryId, int OrganisationId, string Text);

    /// <summary>A group key per item: items of one topic share it; an item alone keeps its own id.</summary>
    public static IReadOnlyDictionary<int, int> Group(IReadOnlyList<Candidate> items)
    {
        var parent = items.ToDictionary(i => i.Id, i => i.Id);
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var grams = items.ToDictionary(i => i.Id, i => Bigrams(i.Text));
        foreach (var category in items.GroupBy(i => i.CategoryId))
        {
            var list = category.ToList();
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (list[a].OrganisationId != list[b].OrganisationId && Jaccard(grams[list[a].Id], grams[list[b].Id]) >= Threshold)
                    {
                        parent[Find(list[a].Id)] = Find(list[b].Id);
                    }
                }
            }
        }
        return items.ToDictionary(i => i.Id, i => Find(i.Id));
    }

    public static double Similarity(string a, string b) => Jaccard(Bigrams(a), Bigrams(b));

    private static HashSet<string> Bigrams(string text)
    {
        var letters = new string(text.Where(char.IsLetterOrDigit).ToArray());
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            set.Add(letters.Substring(i, 2));
        }
        return set;
    }

    /// <summary>|A∩B| / |A∪B| without building either set (the triage list compares every pair of a category).</summary>
    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var gram in small)
        {
            if (large.Contains(gram))
            {
                common++;
            }
        }
        return (double)common / (a.Count + b.Count - common);
    }
}
