using System.Reflection;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The reference CSV files shipped inside this assembly (plain comma-separated, no quoted fields, a header row): the
/// fields of each non-blank line after the header.
/// </summary>
internal static class EmbeddedCsv
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line.Split(',');
            }
        }
    }
}
