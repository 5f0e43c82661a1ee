using System.Text.RegularExpressions;

namespace Renkei.Web.Tests.Architecture;

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

    /// <summary>Every line of the hand-written sources under src/ with the given endings (generated migrations left out).</summary>
    private static IEnumerable<(string File, int Line, string Text)> SourceLines(params string[] endings)
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        return Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => endings.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Line: i + 1, Text: line.Trim())));
    }

    private static void AssertNone(IEnumerable<(string File, int Line, string Text)> offenders, string advice)
    {
        var found = offenders.Select(l => $"{l.File}:{l.Line}: {l.Text}").ToList();
        Assert.True(found.Count == 0, advice + "\n" + string.Join("\n", found));
    }

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(Now|UtcNow|Today)\b|\bTimeProvider\.System\b")]
    private static partial Regex ClockRead();

    /// <summary>
    /// Time comes from the injected <see cref="TimeProvider"/> (tests move it: a meeting's day, a deadline), so no
    /// page or service reads the system clock itself; only the registration of the real clock names it.
    /// </summary>
    [Fact]
    public void Nothing_under_src_reads_the_system_clock_directly() =>
        AssertNone(SourceLines(".cs", ".razor").Where(l => !l.File.EndsWith("RenkeiCoreServices.cs", StringComparison.Ordinal) && ClockRead().IsMatch(l.Text)),
            "Inject TimeProvider instead:");

    /// <summary>
    /// A use case opens its context through <c>UnitOfWork</c>, which sets who the audit log names; a context made
    /// any other way saves its changes as "the system".
    /// </summary>
    [Fact]
    public void Contexts_are_opened_only_by_the_unit_of_work() =>
        AssertNone(SourceLines(".cs", ".razor").Where(l => l.Text.Contains("CreateDbContext", StringComparison.Ordinal)
                && l.File is not ("Renkei.Core/Data/UnitOfWork.cs" or "Renkei.Core/RenkeiCoreServices.cs" or "Renkei.Core/Data/DesignTimeDbContextFactory.cs")),
            "Open it with UnitOfWork.OpenAsync(actor) (or OpenAsSystemAsync for work nobody signed in asked for):");

    /// <summary>One save path: <c>SaveAsync</c> turns a stale version into a 409; a plain SaveChanges turns it into a 500.</summary>
    [Fact]
    public void Changes_are_saved_only_through_SaveAsync() =>
        AssertNone(SourceLines(".cs", ".razor").Where(l => SaveChangesCall().IsMatch(l.Text)
                && l.File is not ("Renkei.Core/Data/RenkeiDbContext.cs" or "Renkei.Core/Auditing/AuditInterceptor.cs")),
            "Save with db.SaveAsync(...):");

    [GeneratedRegex(@"\bSaveChanges(Async)?\(")]
    private static partial Regex SaveChangesCall();

    [GeneratedRegex(@"^(?:(public|internal) )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record|enum|interface|struct)(?: struct| class)? (\w+)")]
    private static partial Regex TopLevelType();

    /// <summary>A newcomer finds a type by its name: one public type per file, and the file is named after a type in it.</summary>
    [Fact]
    public void Each_file_holds_one_public_type_named_after_it()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = SourceLines(".cs").Select(l => l.File).Distinct().Where(f => !f.EndsWith(".razor.cs", StringComparison.Ordinal));
        var offenders = new List<string>();
        foreach (var file in files)
        {
            // Untrimmed lines: a type at the start of a line is top-level (file-scoped namespaces), a nested one is indented.
            var types = File.ReadLines(Path.Combine(src, file)).Select(l => TopLevelType().Match(l)).Where(m => m.Success).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            if (types.Count > 0 && types.All(m => m.Groups[2].Value != name))
            {
                offenders.Add($"{file}: no type named {name}");
            }
            if (types.Count(m => m.Groups[1].Value == "public") > 1)
            {
                offenders.Add($"{file}: {string.Join(", ", types.Where(m => m.Groups[1].Value == "public").Select(m => m.Groups[2].Value))}");
            }
        }
        Assert.True(offenders.Count == 0, "Move each public type to a file of its name (tools/type-files.py --split does it):\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\bRoles\.|\bIsSecretariat\b|\bIsAdministrator\b|actor\.Role\b|\bIsInRole\(")]
    private static partial Regex RoleMention();

    /// <summary>
    /// Pages ask Core what the user may do (flags on the views, <c>PortalAccess</c>, the features' Access classes); a
    /// page that compares roles itself drifts from the services, as the presenters of a meeting once did.
    /// </summary>
    [Fact]
    public void No_razor_file_mentions_a_role() =>
        AssertNone(SourceLines(".razor").Where(l => RoleMention().IsMatch(l.Text)), "Take the flag from the Core view or its <Feature>Access class:");
}
