using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

public class CaseAttachmentTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CaseAttachmentService Attachments => database.Get<CaseAttachmentService>();

    private static MemoryStream Stream(byte[] bytes) => new(bytes);

    [Fact]
    public async Task Files_are_checked_like_meeting_materials_and_read_as_far_as_the_case_is_seen()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var cases = database.Get<CaseService>();
        var id = await cases.CreateAsync(city, CaseFixtures.Input("資料つきの事例", [city.OrganisationId]));
        var pdf = SampleFiles.Pdf("報告書");

        var forged = await Assert.ThrowsAsync<ValidationException>(() => Attachments.UploadAsync(city, id, "報告書.pdf", Stream(SampleFiles.Executable()), 14));
        Assert.Contains("File", forged.Errors.Keys);
        var file = await Attachments.UploadAsync(city, id, "報告書.pdf", Stream(pdf), pdf.Length);
        await Assert.ThrowsAsync<NotFoundException>(() => Attachments.OpenAsync(tsuruoka, id, file)); // a draft is its author's
        Assert.Equal("報告書.pdf", Assert.Single((await cases.GetAsync(city, id)).Attachments).FileName);

        await cases.SubmitAsync(city, id, await database.VersionAsync<Case>(id));
        await Assert.ThrowsAsync<ConflictException>(() => Attachments.UploadAsync(city, id, "追加.pdf", Stream(pdf), pdf.Length)); // under review
        await cases.ApproveAsync(await database.ActorAsync(DemoAccounts.Secretariat), id, Visibility.Internal, await database.VersionAsync<Case>(id));

        var (name, type, content) = await Attachments.OpenAsync(tsuruoka, id, file);
        using var read = new MemoryStream();
        await content.CopyToAsync(read);
        Assert.Equal(("報告書.pdf", "application/pdf"), (name, type));
        Assert.Equal(pdf, read.ToArray());
        await Assert.ThrowsAsync<NotFoundException>(() => Attachments.OpenPublishedAsync(id, file)); // 庁内: not on the public page
        await Assert.ThrowsAsync<ForbiddenException>(() => Attachments.DeleteAsync(tsuruoka, id, file));
    }

    [Fact]
    public async Task A_published_cases_files_are_open_to_anyone()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var cases = database.Get<CaseService>();
        var id = await cases.CreateAsync(city, CaseFixtures.Input("公開資料つきの事例", [city.OrganisationId]));
        var docx = SampleFiles.Docx();
        var file = await Attachments.UploadAsync(city, id, "手順書.docx", Stream(docx), docx.Length);
        await cases.SubmitAsync(city, id, await database.VersionAsync<Case>(id));
        await cases.ApproveAsync(await database.ActorAsync(DemoAccounts.Secretariat), id, Visibility.Public, await database.VersionAsync<Case>(id));

        Assert.Equal("手順書.docx", (await Attachments.OpenPublishedAsync(id, file)).FileName);
        Assert.Equal("手順書.docx", Assert.Single((await database.Get<PublicCaseService>().GetAsync(id)).Attachments).FileName);
    }
}
