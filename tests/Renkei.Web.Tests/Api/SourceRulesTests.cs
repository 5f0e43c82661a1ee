using System.Text.RegularExpressions;

namespace Renkei.Web.Tests.Api;

/// <summary>Rules of the code base that a reviewer would otherwise have to remember.</summary>
public partial class SourceRulesTests
{
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Renkei.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Renkei.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(Now|UtcNow|Today)\b|\bTimeProvider\.System\b")]
    private static partial Regex ClockRead();

    /// <summary>
    /// Time comes from the injected <see cref="TimeProvider"/> (tests move it: a meeting's day, a deadline), so no
    /// page or service reads the system clock itself; only the registration of the real clock names it.
    /// </summary>
    [Fact]
    public void Nothing_under_src_reads_the_system_clock_directly()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("RenkeiCoreServices.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line.Trim())))
            .Where(l => ClockRead().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.True(offenders.Count == 0, "Inject TimeProvider instead:\n" + string.Join("\n", offenders));
    }
}
