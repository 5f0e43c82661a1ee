using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Renkei.Core.Auditing;
using Renkei.Web.Components.Shared;

namespace Renkei.Web.Api;

/// <summary>The audit trail as CSV in the UI's language (UTF-8 with BOM for Excel; formulas neutralised like the other exports).</summary>
public static class AuditCsv
{
    public static byte[] Write(IReadOnlyList<AuditRow> rows, IStringLocalizer<SharedResource> l)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var header in new[] { "Audit.At", "Audit.User", "Audit.Organisation", "Audit.ActionColumn", "Audit.EntityColumn", "Audit.EntityId", "Audit.ChangesColumn" })
            {
                csv.WriteField(l[header].Value);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(Core.Calendar.Wareki.ToJapanTime(row.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(row.UserName ?? l["Audit.System"]);
                csv.WriteField(row.OrganisationName ?? "");
                csv.WriteField(l.Action(row.Action));
                csv.WriteField(l.Entity(row.EntityType));
                csv.WriteField(row.EntityId);
                csv.WriteField(l.Changes(row.Changes));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }
}
