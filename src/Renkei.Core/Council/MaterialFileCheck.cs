using System.IO.Compression;
using Renkei.Core.Common;

namespace Renkei.Core.Council;

/// <summary>
/// Accepts PDF and Office files up to 20 MB: the extension names the type and the first bytes must agree
/// (a renamed executable or a zip that is not an Office document is refused), so members can open what they download.
/// </summary>
public static class MaterialFileCheck
{
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic, string? MainPart)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf, null),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip, "word/document.xml"),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip, "xl/workbook.xml"),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip, "ppt/presentation.xml"),
        [".doc"] = ("application/msword", Ole, null),
        [".xls"] = ("application/vnd.ms-excel", Ole, null),
        [".ppt"] = ("application/vnd.ms-powerpoint", Ole, null),
    };

    /// <summary>The file's name without any folder, checked for length and control characters.</summary>
    public static string CleanName(string? fileName)
    {
        var rules = new TextRules();
        var name = rules.Required("File", "ファイル名", Path.GetFileName((fileName ?? "").Replace('\\', '/')), 200);
        rules.ThrowIfInvalid();
        return name;
    }

    /// <summary>Checks the size and that the content is what the extension says; returns the content type to serve it with.</summary>
    public static string Check(string fileName, Stream content, long size)
    {
        if (size <= 0)
        {
            throw new ValidationException("File", "ファイルが空です。内容のあるファイルを選んでください。");
        }
        if (size > MaxBytes)
        {
            throw new ValidationException("File", $"ファイルが大きすぎます（{size / 1024.0 / 1024.0:0.0} MB）。1ファイル20 MBまでにしてください。");
        }
        if (!Types.TryGetValue(Path.GetExtension(fileName), out var type))
        {
            throw new ValidationException("File", "添付できるのは PDF、Word、Excel、PowerPoint のファイル（.pdf .docx .xlsx .pptx .doc .xls .ppt）です。");
        }
        var head = new byte[type.Magic.Length];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var matches = read == head.Length && head.AsSpan().SequenceEqual(type.Magic) && (type.MainPart is null || HasPart(content, type.MainPart));
        content.Position = 0;
        if (!matches)
        {
            throw new ValidationException("File", $"「{fileName}」の中身が拡張子（{Path.GetExtension(fileName)}）の形式と一致しません。元のアプリケーションで保存し直してください。");
        }
        return type.ContentType;
    }

    private static bool HasPart(Stream content, string part)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(part) is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
