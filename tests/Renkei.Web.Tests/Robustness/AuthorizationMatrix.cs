namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// The expected answer of every operation for anonymous and each persona, kept in <c>authorization-matrix.tsv</c>
/// beside this file: one row per operation, one status code per persona.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string File = Path.Combine(AppContext.BaseDirectory, "Robustness", "authorization-matrix.tsv");

    private static readonly Lazy<IReadOnlyDictionary<string, Dictionary<string, int>>> Rows = new(Load);

    public static IReadOnlyDictionary<string, Dictionary<string, int>> Expected => Rows.Value;

    /// <summary>Who calls an operation in the malformed-input corpus: the first persona the matrix lets through (2xx), else the secretariat.</summary>
    public static string CallerFor(ApiOperation operation) =>
        Expected.TryGetValue(operation.Key, out var row)
            ? Personas.All.Select(p => p.Name).FirstOrDefault(p => row.TryGetValue(p, out var s) && s is >= 200 and < 300) ?? "secretariat"
            : "secretariat";

    private static IReadOnlyDictionary<string, Dictionary<string, int>> Load()
    {
        var rows = new Dictionary<string, Dictionary<string, int>>();
        if (!System.IO.File.Exists(File))
        {
            return rows;
        }
        var lines = System.IO.File.ReadAllLines(File).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            rows[cells[0]] = header.Skip(1).Zip(cells.Skip(1)).ToDictionary(h => h.First, h => int.Parse(h.Second));
        }
        return rows;
    }
}
