using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Grants;

/// <summary>The effect report as a workbook (one sheet, the tables one under another) and as an A4 Word document in Japanese layout.</summary>
public static class EffectReportDocuments
{
    public static byte[] Xlsx(EffectReport report, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        var rows = new List<IReadOnlyList<object?>> { new object?[] { w.Say($"{report.ProgramName}の効果の検証") }, Array.Empty<object?>() };
        var bold = new HashSet<int> { 0 };
        foreach (var table in EffectReportTables.Of(report, w))
        {
            bold.Add(rows.Count);
            rows.Add([table.Title]);
            bold.Add(rows.Count);
            rows.Add(table.Header.Cast<object?>().ToList());
            rows.AddRange(table.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()));
            if (table.Note is not null)
            {
                rows.Add([table.Note]);
            }
            rows.Add([]);
        }
        bold.Add(rows.Count);
        rows.Add([w.Say("データの不足")]);
        rows.AddRange(report.Gaps.DefaultIfEmpty("ありません。").Select(g => (IReadOnlyList<object?>)[w.Say(g)]));
        return new XlsxWriter().Add(new XlsxWriter.Sheet(w.Say("効果の検証"), rows, [34, 60, 14, 14, 14, 14, 14], bold)).ToBytes();
    }

    /// <summary>A4 portrait (210 × 297 mm), 25 mm margins, 明朝 for the text and ゴシック for the headings, as prefectural reports are set.</summary>
    public static byte[] Docx(EffectReport report, DateOnly madeOn, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            body.Append(Paragraph(w.Say($"{report.ProgramName}の効果の検証"), heading: true, size: 32, centred: true));
            body.Append(Paragraph(w.Say($"{Wareki.FormatDate(madeOn)} 作成（Renkei の登録データから）"), centred: true));
            foreach (var table in EffectReportTables.Of(report, w))
            {
                body.Append(Paragraph(table.Title, heading: true, size: 24));
                body.Append(Table(table));
                if (table.Note is not null)
                {
                    body.Append(Paragraph(w.Format("※ {0}", table.Note), size: 18));
                }
            }
            body.Append(Paragraph(w.Say("データの不足"), heading: true, size: 24));
            foreach (var gap in report.Gaps.DefaultIfEmpty("ありません。"))
            {
                body.Append(Paragraph(w.Format("・{0}", w.Say(gap))));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418, Right = 1418, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool heading = false, int size = 21, bool centred = false)
    {
        var properties = new RunProperties(
            new RunFonts { EastAsia = heading ? "ＭＳ ゴシック" : "ＭＳ 明朝", Ascii = "Century", HighAnsi = "Century" },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (heading)
        {
            properties.Append(new Bold());
        }
        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.PrependChild(new ParagraphProperties(
            new SpacingBetweenLines { Before = heading ? "240" : "0", After = "120" },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left }));
        return paragraph;
    }

    private static Table Table(EffectReportTables.Table source)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(source.Header, header: true));
        foreach (var row in source.Rows)
        {
            table.Append(Row(row.Select(c => c is long or int ? $"{c:N0}" : c.ToString() ?? "").ToList(), header: false));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        foreach (var cell in cells)
        {
            row.Append(new TableCell(Paragraph(cell, heading: header, size: 18)));
        }
        return row;
    }
}
