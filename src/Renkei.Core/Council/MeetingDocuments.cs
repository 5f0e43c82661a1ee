using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Council;

/// <summary>
/// The 次第 and the 議事録 as Word documents (OpenXML SDK), laid out the usual Japanese way: the meeting's name,
/// the date in wareki and the place at the top right, then the items numbered 1, 2, 3…. The portal's own words go
/// through the reader's <see cref="Wording"/> (Japanese unless given); titles and names stay as entered.
/// </summary>
public static class MeetingDocuments
{
    public static byte[] Agenda(MeetingView meeting, IReadOnlyList<AgendaItemView> items, string issuer = DefaultIssuer, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        return Write(w.Say(issuer), document =>
        {
            Title(document, w.Format("{0}　次第", meeting.Title));
            Header(document, meeting, w);
            Heading(document, w.Say("議　題"));
            foreach (var item in items)
            {
                Paragraph(document, Item(item, w) + (item.PresenterName is null ? "" : w.Format("　説明：{0}", item.PresenterName)));
            }
        });
    }

    public static byte[] Minutes(MeetingView meeting, IReadOnlyList<AgendaItemView> items, AttendanceSheet attendance, string issuer = DefaultIssuer, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        return Write(w.Say(issuer), document =>
        {
            Title(document, w.Format("{0}　議事録", meeting.Title));
            Header(document, meeting, w);
            foreach (var (heading, seats) in Attendance(meeting, attendance, w))
            {
                Heading(document, heading);
                Paragraph(document, seats);
            }
            Heading(document, w.Say("議事"));
            foreach (var item in items)
            {
                Paragraph(document, Item(item, w));
                var outcome = item.Outcome is { } o ? w.Say(o.ToJapanese()) : "―";
                Paragraph(document, item.MinutesNote is null ? w.Format("　結果：{0}", outcome) : w.Format("　結果：{0}　{1}", outcome, item.MinutesNote));
            }
        });
    }

    /// <summary>1　議題名（報告）.</summary>
    private static string Item(AgendaItemView item, Wording w) => w.Format("{0}　{1}（{2}）", item.Number, item.Title, w.Say(item.Kind.ToJapanese()));

    /// <summary>Who came and who did not, once recorded; before that (and for a written meeting) the roster of the day.</summary>
    public static IEnumerable<(string Heading, string Seats)> Attendance(MeetingView meeting, AttendanceSheet sheet, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        string List(IEnumerable<AttendanceView> seats) =>
            string.Join(w.Say("、"), seats.Select(s => s.Note is null ? w.Format("{0}（{1}）", s.OrganisationName, s.Post) : w.Format("{0}（{1}・{2}）", s.OrganisationName, s.Post, s.Note)))
                is { Length: > 0 } text ? text : w.Say("なし");
        if (meeting.IsWritten || !sheet.Recorded)
        {
            yield return (w.Say(meeting.IsWritten ? "構成員（書面開催）" : "構成員（出欠未記録）"), List(sheet.Seats));
            yield break;
        }
        yield return (w.Say($"出席者（{sheet.Seats.Count(s => s.Present)}名）"), List(sheet.Seats.Where(s => s.Present)));
        yield return (w.Say($"欠席者（{sheet.Seats.Count(s => !s.Present)}名）"), List(sheet.Seats.Where(s => !s.Present)));
    }

    public const string DefaultIssuer = "事務局";

    /// <summary>Mincho for Japanese and Latin text, named with fallbacks so the document does not depend on the reader's fonts.</summary>
    public const string Font = "游明朝";

    private static byte[] Write(string issuer, Action<Body> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            AddFonts(main);
            var footer = AddFooter(main, issuer);
            content(main.Document.Body!);
            main.Document.Body!.AppendChild(PageSetup(main.GetIdOfPart(footer)));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A4 portrait with Word's Japanese default margins (top 35 mm, others 30 mm) and the footer on every page.</summary>
    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1985, Bottom = 1701, Left = 1701U, Right = 1701U, Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>10.5 pt 游明朝 throughout (Japanese documents' usual size).</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" }, new Languages { Val = "en-US", EastAsia = "ja-JP" })),
            new ParagraphPropertiesDefault()));
        styles.Styles.Save();
    }

    /// <summary>The font table names the fallbacks a reader without 游明朝 gets: ＭＳ 明朝, then any serif of the Japanese charset.</summary>
    private static void AddFonts(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(new DocumentFormat.OpenXml.Wordprocessing.Font(
            new AltName { Val = "ＭＳ 明朝" }, new FontCharSet { Val = "80" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable })
        { Name = Font });
        fonts.Fonts.Save();
    }

    /// <summary>"－ 1 －" centred, and the issuing office (事務局：…) at the right, on every page.</summary>
    private static FooterPart AddFooter(MainDocumentPart main, string issuer)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(
            new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("－ ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" －") { Space = SpaceProcessingModeValues.Preserve })),
            new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), new Run(new Text(issuer))));
        part.Footer.Save();
        return part;
    }

    /// <summary>The date line of the heading: 日時 in wareki, or the written meeting's deadline.</summary>
    public static string When(MeetingView meeting, Wording? wording = null) => (wording ?? Wording.Japanese).Say(meeting switch
    {
        { IsWritten: true, AnswerDeadline: { } d } => $"書面開催（回答期限　{Wareki.FormatDate(d)}）",
        { StartsAt: { } at } => $"日時　{Wareki.FormatDateTime(at)}",
        _ => "日時　未定",
    });

    private static void Header(Body body, MeetingView meeting, Wording w)
    {
        Paragraph(body, When(meeting, w), JustificationValues.Right);
        if (meeting.Place is { } place)
        {
            Paragraph(body, w.Format("場所　{0}", place), JustificationValues.Right);
        }
    }

    private static void Title(Body body, string text) =>
        body.AppendChild(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new Bold(), new FontSize { Val = "32" }), new Text(text))));

    private static void Heading(Body body, string text) =>
        body.AppendChild(new Paragraph(new Run(new RunProperties(new Bold()), new Text(text))));

    private static void Paragraph(Body body, string text, JustificationValues? justification = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (justification is { } j)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = j }));
        }
        body.AppendChild(paragraph);
    }
}
