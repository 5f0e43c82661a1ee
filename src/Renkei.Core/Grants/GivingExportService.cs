using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>
/// A program's decided grants as 360Giving open data: one grant per member municipality (each is paid its share), as
/// the JSON package <c>{"grants": [...]}</c> and as the standard's flat CSV. Identifiers use the 360G- prefix with the
/// 全国地方公共団体コード, since Japan's local governments have no org-id list of their own.
/// </summary>
public sealed class GivingExportService(UnitOfWork work, TimeProvider clock)
{
    public const string Prefix = "360G-renkei";

    private static readonly string[] CsvColumns =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded", "Amount Disbursed", "Award Date",
        "Planned Dates:Start Date", "Planned Dates:End Date", "Planned Dates:Duration (months)",
        "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Funding Org:Department",
        "Grant Programme:Code", "Grant Programme:Title", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
        "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Last Modified",
    ];

    private sealed record Row(
        string Id, string Title, string Description, long Applied, long Awarded, long Disbursed, DateOnly AwardDate, int FiscalYear,
        string RecipientId, string RecipientName, string RecipientCode, string FunderId, string FunderName, string FunderDepartment,
        string ProgrammeCode, string ProgrammeTitle);

    public async Task<byte[]> JsonAsync(Actor actor, int programId, CancellationToken cancellationToken = default)
    {
        var modified = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var grants = new JsonArray();
        foreach (var r in await RowsAsync(actor, programId, cancellationToken))
        {
            var year = new FiscalYear(r.FiscalYear);
            grants.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["title"] = r.Title,
                ["description"] = r.Description,
                ["currency"] = "JPY",
                ["amountAppliedFor"] = r.Applied,
                ["amountAwarded"] = r.Awarded,
                ["amountDisbursed"] = r.Disbursed,
                ["awardDate"] = Date(r.AwardDate),
                ["plannedDates"] = new JsonArray(new JsonObject { ["startDate"] = Date(year.FirstDay), ["endDate"] = Date(year.LastDay), ["duration"] = "12" }),
                ["recipientOrganization"] = new JsonArray(new JsonObject { ["id"] = r.RecipientId, ["name"] = r.RecipientName }),
                ["fundingOrganization"] = new JsonArray(new JsonObject { ["id"] = r.FunderId, ["name"] = r.FunderName, ["department"] = r.FunderDepartment }),
                ["grantProgramme"] = new JsonArray(new JsonObject { ["code"] = r.ProgrammeCode, ["title"] = r.ProgrammeTitle }),
                ["beneficiaryLocation"] = new JsonArray(new JsonObject
                {
                    ["name"] = r.RecipientName, ["countryCode"] = "JP", ["geoCode"] = r.RecipientCode, ["geoCodeType"] = "全国地方公共団体コード",
                }),
                ["dateModified"] = modified,
            });
        }
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["grants"] = grants },
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public async Task<byte[]> CsvAsync(Actor actor, int programId, CancellationToken cancellationToken = default)
    {
        var modified = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var rows = await RowsAsync(actor, programId, cancellationToken);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in CsvColumns)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var r in rows)
            {
                var year = new FiscalYear(r.FiscalYear);
                foreach (var cell in new object[]
                {
                    r.Id, r.Title, r.Description, "JPY", r.Applied, r.Awarded, r.Disbursed, Date(r.AwardDate), Date(year.FirstDay), Date(year.LastDay), 12,
                    r.RecipientId, r.RecipientName, r.FunderId, r.FunderName, r.FunderDepartment, r.ProgrammeCode, r.ProgrammeTitle,
                    r.RecipientName, "JP", r.RecipientCode, "全国地方公共団体コード", modified,
                })
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(Actor actor, int programId, CancellationToken cancellationToken)
    {
        if (!GrantAccess.ReadsAllAreas(actor))
        {
            throw new ForbiddenException("交付金のオープンデータは県の職員が出力します。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = await GrantAccess.FindProgramAsync(db.GrantPrograms.AsNoTracking(), actor, programId, cancellationToken);
        var prefecture = await db.Prefectures.AsNoTracking().SingleAsync(p => p.Id == program.PrefectureId, cancellationToken);
        var funderDepartment = await db.Departments.AsNoTracking().Where(d => d.PrefectureId == prefecture.Id && d.IsSecretariat)
            .Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var grants = await db.Grants.AsNoTracking().Where(g => g.Area.ProgramId == programId && g.State != GrantState.Applied)
            .Include(g => g.Area).Include(g => g.Shares).ThenInclude(s => s.Municipality).Include(g => g.Shares).ThenInclude(s => s.Disbursements)
            .Include(g => g.Projects).AsSplitQuery()
            .OrderBy(g => g.FiscalYear).ThenBy(g => g.AreaId).ToListAsync(cancellationToken);
        var funderId = $"{Prefix}-lg-{prefecture.Code.Value}";
        return grants.SelectMany(g => g.Shares.OrderBy(s => s.Municipality.Code.Value, StringComparer.Ordinal).Select(s => new Row(
            $"{Prefix}-{prefecture.Code.Value}-{g.Id}-{s.Municipality.Code.Value}",
            $"{program.Name} {g.Area.Name} {new FiscalYear(g.FiscalYear).EraName}（{s.Municipality.Name}）",
            g.Projects.Count > 0 ? string.Join("／", g.Projects.Select(p => $"{p.Field.ToJapanese()}: {p.Name}")) : program.Name,
            s.AmountAppliedFor, s.AmountAwarded ?? 0, s.AmountDisbursed, g.AwardedOn!.Value, g.FiscalYear,
            $"{Prefix}-lg-{s.Municipality.Code.Value}", s.Municipality.Name, s.Municipality.Code.Value,
            funderId, prefecture.Name, funderDepartment, $"{Prefix}-{prefecture.Code.Value}-program-{program.Id}", program.Name))).ToList();
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
