using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Data;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class MaterialTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private MaterialService Materials => database.Get<MaterialService>();

    /// <summary>The year's 第1回幹事会 on 10 June with two items: one presented by 健康福祉部, one by the secretariat's side without a presenter.</summary>
    private async Task<(int Meeting, int DepartmentItem, int OtherItem)> MeetingAsync(int year)
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meetings = database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 1);
        await meetings.UpdateAsync(secretariat, meeting.Id, new MeetingInput(meeting.Title, JapanTime(year, 6, 10), "県庁講堂", false, null), meeting.Version);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var agenda = database.Get<AgendaService>();
        var first = await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "地域医療の連携について", department.OrganisationId, null));
        var second = await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Exchange, "意見交換", null, null));
        await Materials.SetDeadlineAsync(secretariat, meeting.Id, new DateOnly(year, 6, 3), await database.VersionAsync<Meeting>(meeting.Id));
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(year, 6, 1, 9, 0, 0));
        return (meeting.Id, first, second);
    }

    private static DateTimeOffset JapanTime(int year, int month, int day) => new(year, month, day, 14, 0, 0, TimeSpan.FromHours(9));

    private Task<int> UploadAsync(Core.Accounts.Actor actor, int meeting, int item, string name, byte[] bytes, MaterialService? service = null,
        Visibility visibility = Visibility.Internal) =>
        (service ?? Materials).UploadAsync(actor, meeting, item, name, new MemoryStream(bytes), bytes.Length, visibility: visibility);

    private async Task<IReadOnlyList<string>> FoundAsync(Core.Accounts.Actor actor, string words) =>
        (await database.Get<Core.Search.SearchService>().SearchAsync(actor, new Core.Search.SearchQuery(words, Kind: Core.Search.SearchKind.Material)))
        .Groups.SelectMany(g => g.Hits).Select(h => h.Title).ToList();

    [Fact]
    public async Task The_presenter_uploads_by_the_deadline_and_the_secretariat_sees_what_is_missing()
    {
        var (meeting, item, other) = await MeetingAsync(2040);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);

        var missing = Assert.Single((await Materials.GetAsync(secretariat, meeting)).Missing);
        Assert.Equal(("地域医療の連携について", "健康福祉部 健康福祉企画課"), (missing.Title, missing.PresenterName));
        Assert.Equal([item], (await Materials.GetAsync(department, meeting)).UploadableItemIds);

        var id = await UploadAsync(department, meeting, item, "C:\\資料\\地域医療.pdf", SampleFiles.Pdf("chiiki iryo"));
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => UploadAsync(department, meeting, other, "意見.pdf", SampleFiles.Pdf()));
        Assert.Contains("説明者と事務局", forbidden.Message);

        var view = await Materials.GetAsync(secretariat, meeting);
        Assert.Empty(view.Missing);
        var material = Assert.Single(view.Materials);
        Assert.Equal(("地域医療.pdf", "application/pdf", "健康福祉部 健康福祉企画課"), (material.FileName, material.ContentType, material.OrganisationName));
        var (name, type, content) = await Materials.OpenAsync(department, meeting, id);
        using (var read = new MemoryStream())
        {
            await content.CopyToAsync(read);
            Assert.Equal(SampleFiles.Pdf("chiiki iryo"), read.ToArray());
        }
        Assert.Equal(("地域医療.pdf", "application/pdf"), (name, type));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2040, 6, 4, 9, 0, 0));
        var late = await Assert.ThrowsAsync<ConflictException>(() => UploadAsync(department, meeting, item, "追加.docx", SampleFiles.Docx()));
        Assert.Contains("提出期限（令和22年6月3日", late.Message);
        await UploadAsync(secretariat, meeting, other, "追加.docx", SampleFiles.Docx()); // the secretariat still can
        await Assert.ThrowsAsync<ConflictException>(() => Materials.DeleteAsync(department, meeting, id));
    }

    [Fact]
    public async Task Only_members_presenters_and_the_secretariat_read_the_materials()
    {
        var (meeting, item, _) = await MeetingAsync(2041);
        var id = await UploadAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), meeting, item, "資料.pdf", SampleFiles.Pdf());
        var member = await database.ActorAsync(DemoAccounts.YamagataCity); // 別表2
        Assert.Single((await Materials.GetAsync(member, meeting)).Materials);
        Assert.Empty((await Materials.GetAsync(member, meeting)).UploadableItemIds);
        await (await Materials.OpenAsync(member, meeting, id)).Content.DisposeAsync();

        var outsider = await database.ActorAsync(DemoAccounts.TsuruokaCity); // not on the 幹事会
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Materials.OpenAsync(outsider, meeting, id));
        Assert.Contains("構成員と説明者", refused.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.GetAsync(outsider, meeting));
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.PacketAsync(outsider, meeting));
    }

    [Theory]
    [InlineData(2042, "資料.exe", "PDF、Word、Excel、PowerPoint")]
    [InlineData(2043, "偽物.pdf", "中身が拡張子（.pdf）の形式と一致しません")]
    [InlineData(2044, "偽物.docx", "中身が拡張子（.docx）の形式と一致しません")]
    [InlineData(2045, "空.pdf", "ファイルが空です")]
    [InlineData(2046, "大きい.pdf", "1ファイル20 MBまで")]
    public async Task Files_that_are_not_what_they_claim_or_too_big_are_refused(int year, string name, string message)
    {
        var (meeting, item, _) = await MeetingAsync(year);
        byte[] bytes = name switch
        {
            "偽物.pdf" or "資料.exe" => SampleFiles.Executable(),
            "偽物.docx" => SampleFiles.PlainZip(),
            "空.pdf" => [],
            _ => [.. SampleFiles.Pdf(), .. new byte[MaterialFileCheck.MaxBytes]],
        };
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => UploadAsync(secretariat, meeting, item, name, bytes));
        Assert.Contains(message, refused.Message);
        Assert.True(refused.Errors.ContainsKey("File"));
    }

    [Fact]
    public async Task The_packet_has_the_agenda_first_and_the_materials_in_agenda_order()
    {
        var (meeting, item, other) = await MeetingAsync(2047);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await UploadAsync(secretariat, meeting, other, "意見交換メモ.docx", SampleFiles.Docx());
        await UploadAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), meeting, item, "地域医療.pdf", SampleFiles.Pdf());
        await UploadAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), meeting, item, "参考データ.xlsx", SampleFiles.Xlsx());

        await using var packet = await Materials.PacketAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting);
        using var zip = new ZipArchive(packet);
        Assert.Equal(["00_次第.docx", "01_議題1_地域医療.pdf", "02_議題1_参考データ.xlsx", "03_議題2_意見交換メモ.docx"], zip.Entries.Select(e => e.FullName));
        using var pdf = new MemoryStream();
        await zip.GetEntry("01_議題1_地域医療.pdf")!.Open().CopyToAsync(pdf);
        Assert.Equal(SampleFiles.Pdf(), pdf.ToArray());

        var removeItem = await Assert.ThrowsAsync<ConflictException>(async () => await database.Get<AgendaService>().RemoveAsync(secretariat, meeting, other, await database.VersionAsync<AgendaItem>(other)));
        Assert.Contains("資料が登録されている", removeItem.Message);
    }

    [Fact]
    public async Task A_configured_folder_keeps_the_files_and_deleting_a_material_removes_its_file()
    {
        var (meeting, item, _) = await MeetingAsync(2048);
        var folder = Directory.CreateTempSubdirectory("renkei-materials-").FullName;
        var service = new MaterialService(database.Get<UnitOfWork>(),
            new FolderMaterialStore(Options.Create(new MaterialOptions { Folder = folder })), database.Get<MeetingService>(), database.Get<AgendaService>(), database.Clock);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var id = await UploadAsync(department, meeting, item, "資料.pdf", SampleFiles.Pdf(), service);
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(SampleFiles.Pdf(), await File.ReadAllBytesAsync(file));
        await using (var db = database.CreateDbContext())
        {
            var key = await db.MeetingMaterials.Where(m => m.Id == id).Select(m => m.StorageKey).SingleAsync();
            Assert.Equal(key, Path.GetFileName(file));
            Assert.False(await db.MaterialBlobs.AnyAsync(b => b.Key == key), "a folder store keeps no bytes in the database");
        }
        await service.DeleteAsync(department, meeting, id);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Empty((await service.GetAsync(department, meeting)).Materials);
    }

    [Fact]
    public async Task The_deadline_cannot_be_after_the_meeting()
    {
        var (meeting, _, _) = await MeetingAsync(2049);
        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await Materials.SetDeadlineAsync(await database.ActorAsync(DemoAccounts.Secretariat), meeting, new DateOnly(2049, 6, 11), await database.VersionAsync<Meeting>(meeting)));
        Assert.True(refused.Errors.ContainsKey("MaterialsDeadline"));
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await Materials.SetDeadlineAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), meeting, new DateOnly(2049, 6, 1), await database.VersionAsync<Meeting>(meeting)));
    }

    [Fact]
    public async Task An_administrator_of_the_secretariats_department_cannot_remove_the_secretariats_upload()
    {
        var (meeting, item, _) = await MeetingAsync(2058);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        Assert.Equal(secretariat.OrganisationId, admin.OrganisationId);
        var id = await UploadAsync(secretariat, meeting, item, "事務局資料.pdf", SampleFiles.Pdf());
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.DeleteAsync(admin, meeting, id));
        Assert.Single((await Materials.GetAsync(secretariat, meeting)).Materials);
    }

    [Fact]
    public async Task A_confidential_material_is_kept_from_the_presenters_outside_the_body()
    {
        var (meeting, item, _) = await MeetingAsync(2059);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var guest = await database.ActorAsync(DemoAccounts.TsuruokaCity); // not on the 幹事会, presents an item
        var guestItem = await database.Get<AgendaService>().AddAsync(secretariat, meeting, new AgendaItemInput(AgendaItemKind.Report, "鶴岡市の取組", guest.OrganisationId, null));
        await UploadAsync(department, meeting, item, "秘密保持2059.pdf", SampleFiles.Pdf(), visibility: Visibility.Confidential);
        await UploadAsync(department, meeting, item, "概要2059.pdf", SampleFiles.Pdf());
        await UploadAsync(guest, meeting, guestItem, "鶴岡2059.pdf", SampleFiles.Pdf(), visibility: Visibility.Confidential);
        var secret = (await Materials.GetAsync(secretariat, meeting)).Materials.Single(m => m.FileName == "秘密保持2059.pdf");
        Assert.Equal(Visibility.Confidential, secret.Visibility);

        var member = await database.ActorAsync(DemoAccounts.YamagataCity);
        Assert.Equal(3, (await Materials.GetAsync(member, meeting)).Materials.Count);
        await (await Materials.OpenAsync(member, meeting, secret.Id)).Content.DisposeAsync();

        var seen = await Materials.GetAsync(guest, meeting);
        Assert.Equal(["概要2059.pdf", "鶴岡2059.pdf"], seen.Materials.Select(m => m.FileName).Order());
        Assert.False(seen.PublicOnly);
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Materials.OpenAsync(guest, meeting, secret.Id));
        Assert.Contains("部外秘", refused.Message);
        await using (var packet = await Materials.PacketAsync(guest, meeting))
        {
            using var zip = new ZipArchive(packet);
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("秘密保持"));
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("鶴岡2059.pdf"));
        }
        Assert.Equal(["概要2059.pdf"], await FoundAsync(guest, "概要2059"));
        Assert.Empty(await FoundAsync(guest, "秘密保持2059"));
        Assert.Equal(["秘密保持2059.pdf"], await FoundAsync(member, "秘密保持2059"));
    }

    [Fact]
    public async Task A_public_material_is_read_by_every_member_of_staff_and_only_that_one()
    {
        var (meeting, item, _) = await MeetingAsync(2060);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var open = await UploadAsync(department, meeting, item, "公表資料2060.pdf", SampleFiles.Pdf(), visibility: Visibility.Public);
        var inside = await UploadAsync(department, meeting, item, "内部資料2060.pdf", SampleFiles.Pdf());
        var outsider = await database.ActorAsync(DemoAccounts.TsuruokaCity);

        var seen = await Materials.GetAsync(outsider, meeting);
        Assert.True(seen.PublicOnly);
        Assert.Equal([open], seen.Materials.Select(m => m.Id));
        Assert.Empty(seen.UploadableItemIds);
        Assert.Empty(seen.Missing);
        Assert.False(seen.Materials[0].CanChangeVisibility);
        await (await Materials.OpenAsync(outsider, meeting, open)).Content.DisposeAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.OpenAsync(outsider, meeting, inside));
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.PacketAsync(outsider, meeting));
        Assert.Equal(["公表資料2060.pdf"], await FoundAsync(outsider, "2060"));
    }

    [Fact]
    public async Task Its_organisation_changes_the_level_until_the_deadline_and_the_secretariat_after_it()
    {
        var (meeting, item, _) = await MeetingAsync(2061);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var id = await UploadAsync(department, meeting, item, "資料.pdf", SampleFiles.Pdf());
        var shown = Assert.Single((await Materials.GetAsync(department, meeting)).Materials);
        Assert.True(shown.CanChangeVisibility);
        Assert.False(Assert.Single((await Materials.GetAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting)).Materials).CanChangeVisibility);

        var version = await Materials.SetVisibilityAsync(department, meeting, id, Visibility.Confidential, shown.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Materials.SetVisibilityAsync(department, meeting, id, Visibility.Public, shown.Version));
        var invalid = await Assert.ThrowsAsync<ValidationException>(() => Materials.SetVisibilityAsync(department, meeting, id, (Visibility)9, version));
        Assert.True(invalid.Errors.ContainsKey("Visibility"));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Materials.SetVisibilityAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting, id, Visibility.Public, version));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2061, 6, 4, 9, 0, 0)); // after the deadline
        await Assert.ThrowsAsync<ForbiddenException>(() => Materials.SetVisibilityAsync(department, meeting, id, Visibility.Public, version));
        await Materials.SetVisibilityAsync(secretariat, meeting, id, Visibility.Public, version);
        Assert.Equal(Visibility.Public, Assert.Single((await Materials.GetAsync(department, meeting)).Materials).Visibility);
    }
}
