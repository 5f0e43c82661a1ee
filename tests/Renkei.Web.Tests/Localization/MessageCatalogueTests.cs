using System.Globalization;
using Renkei.Web.Localization;

namespace Renkei.Web.Tests.Localization;

/// <summary>Core's and the API's Japanese messages have their English, and the catalogue puts the English together right.</summary>
public partial class MessageCatalogueTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Files whose Japanese is not a message: names with their own English in the UI's resources, data, and the
    /// documents, mails and calendar entries that are still written in Japanese only.
    /// </summary>
    private static readonly string[] NotMessages =
    [
        "Renkei.Core/Data/Seed/", // demo and reference data: entered text
        "Renkei.Core/Themes/ThemeCatalogue.cs", // enum names: Enum.* in the UI's resources
        "Names.cs", // enum names for documents and exports
        "Renkei.Core/Accounts/Roles.cs", // role names: Role.* in the UI's resources
        "Renkei.Core/Arrangements/KindsOfWork.cs", // the list of kinds of work, data a prefecture keeps
        "Renkei.Core/Surveys/StandardCatalogue.cs", // the survey's categories, entered per survey
        "Renkei.Core/Surveys/Exports/SurveyExportWords.cs", // has its English beside it
        "Renkei.Core/Calendar/Wareki.cs", // the Japanese calendar's era names
    ];

    /// <summary>What a literal follows when it is not a message: the OpenAPI document's descriptions, font names.</summary>
    private static readonly string[] NotRead = ["WithSummary(", "WithDescription(", "WithTags(", "Font = ", "AltName { Val = ", "EastAsia = "];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Renkei.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Renkei.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every Japanese literal a user may read as a message, with where it is written.</summary>
    public static IEnumerable<(string Where, string Text)> JapaneseMessages()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(Path.Combine(src, "Renkei.Core"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(src, "Renkei.Web", "Api"), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(src, "Renkei.Web", "Auth"), "*.cs", SearchOption.AllDirectories))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(src, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Contains("/obj/", StringComparison.Ordinal) && !f.Relative.Contains("/bin/", StringComparison.Ordinal)
                && !f.Relative.Contains("/Migrations/", StringComparison.Ordinal)
                && !NotMessages.Any(n => n.EndsWith('/') ? f.Relative.StartsWith(n, StringComparison.Ordinal) : f.Relative.EndsWith(n, StringComparison.Ordinal)));
        foreach (var (full, relative) in files)
        {
            foreach (var literal in CSharpLiterals.In(File.ReadAllText(full)))
            {
                if (IsMessage(literal.Text) && !NotRead.Any(d => literal.Before.Contains(d, StringComparison.Ordinal)))
                {
                    yield return ($"{relative}:{literal.Line}", literal.Text);
                }
            }
        }
    }

    /// <summary>
    /// A word or a sentence: a text without holes with a kana or kanji, or a template with at least two in its fixed
    /// text. Punctuation (、 ・ ／) and bare frames such as （{0}） or {0}・{1} join other texts; they are not
    /// translated by themselves, and as templates they would match almost anything.
    /// </summary>
    private static bool IsMessage(string text) =>
        MessageTemplate.HasHoles(text) ? !MessageTemplate.IsFrame(text) : MessageTemplate.LettersOutsideHoles(text) >= 1;

    [Fact]
    public void Every_message_core_and_the_api_write_has_its_english()
    {
        var catalogue = MessageCatalogue.For(English);
        var missing = JapaneseMessages().Where(m => !catalogue.Knows(m.Text)).DistinctBy(m => m.Text).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} messages have no English: add each to tools/messages.tsv (Japanese, tab, English; a newline as \\n), then run tools/make-resx.py.\n"
            + string.Join("\n", missing.Select(m => $"{m.Where}\t{m.Text.Replace("\n", "\\n", StringComparison.Ordinal)}")));
    }

    [Theory]
    [InlineData("指定されたテーマは見つかりません。", "The theme was not found.")]
    [InlineData("テーマ名を入力してください。", "Enter theme name.")]
    [InlineData("3行目: 名称が空です。", "Row 3: The name is empty.")]
    [InlineData("12行目: 人口が空です。", "Row 12: Population is empty.")]
    [InlineData("人口が空です。", "Population is empty.")]
    [InlineData("3行目: 一般行政部門職員数は0以上の整数で入力してください。", "Row 3: Enter staff of general administration as a whole number of 0 or more.")]
    public void A_message_is_translated_with_the_words_in_its_holes(string japanese, string english) =>
        Assert.Equal(english, MessageCatalogue.For(English).Translate(japanese));

    [Fact]
    public void Names_in_a_message_stay_as_entered()
    {
        var english = MessageCatalogue.For(English).Translate(
            "ニーズ「空き家の活用・移住」はすでにテーマ「定住促進」に含まれています。このテーマへ移す場合は、移動することを指定してください（API では move: true）。");

        Assert.Equal("The need \"空き家の活用・移住\" is already in the theme \"定住促進\". To move it to this theme, say that it is to be moved (in the API, move: true).", english);
    }

    [Theory]
    [InlineData("令和8年度 (2026)の調査です。", "FY2026 (Reiwa 8)の調査です。")]
    [InlineData("令和元年度 (2019)", "FY2019 (Reiwa 1)")]
    [InlineData("締切は令和8年11月23日 (2026) 14:05", "締切は23 Nov 2026 (Reiwa 8) 14:05")]
    [InlineData("平成23年11月 (2011)", "Nov 2011 (Heisei 23)")]
    [InlineData("令和8年2月30日 (2026)", "令和8年2月30日 (2026)")]
    [InlineData("令和8年度", "令和8年度")]
    public void Era_dates_read_the_english_way(string japanese, string english) =>
        Assert.Equal(english, EraDatesInEnglish.Apply(japanese));

    [Fact]
    public void A_list_in_a_hole_is_translated_item_by_item_and_names_stay()
    {
        var english = MessageCatalogue.For(English).Translate(
            "構成市町村が登録されていない連携地域が3地域あります（南空知: 登録0／4、とんがりロード広域: 登録1／4、根室: 登録0／5）。市町村数は登録された分を数え、平均規模の計算からは除いています。");

        Assert.Contains("(南空知: 0 of 4 registered, とんがりロード広域: 1 of 4 registered, 根室: 0 of 5 registered)", english);
        Assert.DoesNotContain("、", english);
    }

    [Fact]
    public void A_message_the_catalogue_does_not_know_stays_as_written() =>
        Assert.Equal("まだ訳のない文です。", MessageCatalogue.For(English).Translate("まだ訳のない文です。"));

    [Fact]
    public void A_frame_without_words_of_its_own_does_not_take_a_name_apart()
    {
        // A frame of punctuation is a format Core fills, never a pattern: as one it would split a name such as this one.
        var catalogue = MessageCatalogue.Of([new("{0}・{1}", "{0}, {1}"), new("{0}を入力してください。", "Enter {0}.")]);

        Assert.Equal("Enter 施策・業務.", catalogue.Translate("施策・業務を入力してください。"));
        Assert.Equal("{0}, {1}", catalogue.TranslateFormat("{0}・{1}"));
        Assert.Equal("施策・業務", MessageCatalogue.For(English).Translate("施策・業務"));
    }

    [Fact]
    public void In_japanese_a_refusal_reads_as_core_wrote_it_and_in_english_each_error_is_translated()
    {
        var refusal = new Renkei.Core.Common.ValidationException(new Dictionary<string, string[]>
        {
            ["Title"] = ["テーマ名を入力してください。"],
            ["Visibility"] = ["公開範囲を選んでください。"],
        });

        Assert.Equal("テーマ名を入力してください。 公開範囲を選んでください。", refusal.Said(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal("Enter theme name. Choose the visibility.", refusal.Said(English));
        Assert.Equal(["Choose the visibility."], refusal.ErrorsSaid(English)["Visibility"]);
    }
}
