using System.Globalization;
using System.Text;
using CsvHelper;
using Renkei.Core.Arrangements;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Arrangements;

/// <summary>The registry's CSV read by someone of another language: it says so in its headings and still goes back in.</summary>
public class ArrangementCsvLanguageTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ArrangementService Arrangements => database.Get<ArrangementService>();

    /// <summary>A reader whose wording marks every word it was given, so a word said where it should not be shows.</summary>
    private static readonly Wording Marked = new(text => $"«{text}»", format => format, "en");

    [Fact]
    public async Task The_csv_in_another_language_has_the_imports_english_columns_and_goes_back_in_as_it_came_out()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Arrangements.ImportCsvAsync(secretariat, new MemoryStream(Encoding.UTF8.GetBytes("方式,名称,事務の種類,構成団体,設立日,解散日,備考\n事務の委託,公平委員会の委託,公平委員会,062090>県,2001-04-01,,\n")));
        var japanese = Lines(await Arrangements.ExportCsvAsync(secretariat));
        var english = Lines(await Arrangements.ExportCsvAsync(secretariat, Marked));

        Assert.Equal(["type", "name", "kinds_of_work", "members", "established_on", "dissolved_on", "note"], english[0]);
        Assert.Equal(japanese.Count, english.Count);
        Assert.Contains(english, l => l[0] == "SettlementArea" && l[1] == "置賜定住自立圏");
        Assert.Contains(english, l => l[0] == "Entrustment" && l[3].EndsWith(">山形県", StringComparison.Ordinal));
        Assert.DoesNotContain(english, l => l.Any(cell => cell.Contains('«') || cell.Split('、', '>').Contains(ArrangementCsv.PrefectureToken)));

        // The same records under new names go back in, and the registry then writes them as it wrote the originals.
        var copies = english.Select((l, i) => i == 0 ? l : l.Select((cell, c) => c == 1 ? $"写し{cell}" : cell).ToArray()).ToList();
        Assert.Equal(copies.Count - 1, await Arrangements.ImportCsvAsync(secretariat, new MemoryStream(Write(copies))));
        var again = Lines(await Arrangements.ExportCsvAsync(secretariat));
        foreach (var original in japanese.Skip(1))
        {
            Assert.Contains(again, l => l.SequenceEqual(original.Select((cell, c) => c == 1 ? $"写し{cell}" : cell)));
        }
    }

    [Fact]
    public async Task The_workbook_in_another_language_says_every_word_of_its_own_through_the_wording()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await Arrangements.ExportXlsxAsync(secretariat, Marked)), false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["«方式別の件数»", "«広域連携»"], sheets);
        var cells = workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text).ToList();
        Assert.Contains("«方式»", cells);
        Assert.Contains("«状態（本日）»", cells);
        Assert.Contains("«定住自立圏»", cells);
        Assert.Contains("«形成準備中»", cells);
        Assert.Contains("置賜定住自立圏", cells); // names as entered
        Assert.Contains(cells, c => c.StartsWith("«方式別の件数（", StringComparison.Ordinal));
    }

    private static List<string[]> Lines(byte[] csv)
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(csv), Encoding.UTF8), CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (reader.Read())
        {
            lines.Add(reader.Parser.Record!);
        }
        return lines;
    }

    private static byte[] Write(IEnumerable<string[]> lines)
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var line in lines)
            {
                foreach (var cell in line)
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
