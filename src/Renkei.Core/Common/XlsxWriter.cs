using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Renkei.Core.Common;

/// <summary>
/// Writes plain workbooks with the OpenXML SDK: text and number cells, bold header rows, column widths.
/// (ClosedXML 0.95.4, the only version served here, pulls dependencies that do not restore cleanly.)
/// </summary>
public sealed class XlsxWriter
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double> ColumnWidths, IReadOnlySet<int> BoldRows);

    private readonly List<Sheet> _sheets = [];

    public XlsxWriter Add(Sheet sheet)
    {
        _sheets.Add(sheet);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(Sheet sheet)
    {
        var columns = new Columns(sheet.ColumnWidths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            var style = sheet.BoldRows.Contains(r) ? 1u : 2u;
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                var reference = ColumnName(c) + (r + 1);
                row.Append(sheet.Rows[r][c] switch
                {
                    null => new Cell { CellReference = reference, StyleIndex = style },
                    int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style },
                    long n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue((decimal)n), StyleIndex = style },
                    decimal n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style },
                    var value => new Cell
                    {
                        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
                        InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                    },
                });
            }
            data.Append(row);
        }
        return new Worksheet(columns, data);
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>Style 0: default; 1: bold; 2: wrapped text aligned to the top.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }, ApplyAlignment = true },
            new CellFormat { Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }, ApplyAlignment = true }));
}
