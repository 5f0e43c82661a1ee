using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Auditing;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data;

public class RenkeiDbContext(DbContextOptions<RenkeiDbContext> options)
    : IdentityDbContext<RenkeiUser, IdentityRole<Guid>, Guid>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    public DbSet<Prefecture> Prefectures => Set<Prefecture>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<BranchOffice> BranchOffices => Set<BranchOffice>();
    public DbSet<SupportOffice> SupportOffices => Set<SupportOffice>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<MunicipalityStatistic> MunicipalityStatistics => Set<MunicipalityStatistic>();
    public DbSet<NeedsSurvey> NeedsSurveys => Set<NeedsSurvey>();
    public DbSet<SurveyCategory> SurveyCategories => Set<SurveyCategory>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<NeedItem> NeedItems => Set<NeedItem>();
    public DbSet<Themes.CollaborationTheme> Themes => Set<Themes.CollaborationTheme>();
    public DbSet<Themes.ThemeTransition> ThemeTransitions => Set<Themes.ThemeTransition>();
    public DbSet<Themes.NeedTriage> NeedTriage => Set<Themes.NeedTriage>();
    public DbSet<Council.CouncilBody> CouncilBodies => Set<Council.CouncilBody>();
    public DbSet<Council.BodyMembership> BodyMemberships => Set<Council.BodyMembership>();
    public DbSet<Council.ScheduleTemplateItem> ScheduleTemplate => Set<Council.ScheduleTemplateItem>();
    public DbSet<Council.Meeting> Meetings => Set<Council.Meeting>();
    public DbSet<Council.Milestone> Milestones => Set<Council.Milestone>();
    public DbSet<Council.AgendaItem> AgendaItems => Set<Council.AgendaItem>();
    public DbSet<Council.WrittenAnswer> WrittenAnswers => Set<Council.WrittenAnswer>();
    public DbSet<Council.MeetingMaterial> MeetingMaterials => Set<Council.MeetingMaterial>();
    public DbSet<Council.MaterialBlob> MaterialBlobs => Set<Council.MaterialBlob>();
    public DbSet<Council.MeetingAttendance> MeetingAttendances => Set<Council.MeetingAttendance>();
    public DbSet<Council.CalendarKey> CalendarKeys => Set<Council.CalendarKey>();
    public DbSet<Arrangements.Arrangement> Arrangements => Set<Arrangements.Arrangement>();
    public DbSet<Arrangements.ArrangementMember> ArrangementMembers => Set<Arrangements.ArrangementMember>();
    public DbSet<Arrangements.ArrangementStep> ArrangementSteps => Set<Arrangements.ArrangementStep>();
    public DbSet<Arrangements.ArrangementDocument> ArrangementDocuments => Set<Arrangements.ArrangementDocument>();
    public DbSet<Arrangements.CorrectionRequest> CorrectionRequests => Set<Arrangements.CorrectionRequest>();
    public DbSet<Cases.Case> Cases => Set<Cases.Case>();
    public DbSet<Cases.CaseResult> CaseResults => Set<Cases.CaseResult>();
    public DbSet<Cases.CaseSource> CaseSources => Set<Cases.CaseSource>();
    public DbSet<Cases.CaseAttachment> CaseAttachments => Set<Cases.CaseAttachment>();
    public DbSet<Cases.Adoption> Adoptions => Set<Cases.Adoption>();
    public DbSet<Grants.GrantProgram> GrantPrograms => Set<Grants.GrantProgram>();
    public DbSet<Grants.CollaborationArea> CollaborationAreas => Set<Grants.CollaborationArea>();
    public DbSet<Grants.AreaMember> AreaMembers => Set<Grants.AreaMember>();
    public DbSet<Grants.AreaVisionField> AreaVisionFields => Set<Grants.AreaVisionField>();
    public DbSet<Grants.AreaSecretariat> AreaSecretariats => Set<Grants.AreaSecretariat>();
    public DbSet<Grants.AreaMilestone> AreaMilestones => Set<Grants.AreaMilestone>();
    public DbSet<Grants.Grant> Grants => Set<Grants.Grant>();
    public DbSet<Grants.GrantShare> GrantShares => Set<Grants.GrantShare>();
    public DbSet<Grants.Disbursement> Disbursements => Set<Grants.Disbursement>();
    public DbSet<Grants.GrantProject> GrantProjects => Set<Grants.GrantProject>();
    public DbSet<Indicators.Indicator> Indicators => Set<Indicators.Indicator>();
    public DbSet<Indicators.IndicatorTarget> IndicatorTargets => Set<Indicators.IndicatorTarget>();
    public DbSet<Indicators.IndicatorValue> IndicatorValues => Set<Indicators.IndicatorValue>();
    public DbSet<Indicators.IndicatorTheme> IndicatorThemes => Set<Indicators.IndicatorTheme>();
    public DbSet<Regions.ContactLogEntry> ContactLogEntries => Set<Regions.ContactLogEntry>();
    public DbSet<Regions.FollowUp> FollowUps => Set<Regions.FollowUp>();
    public DbSet<Regions.SupportTeamMember> SupportTeamMembers => Set<Regions.SupportTeamMember>();
    public DbSet<Regions.SupportRequest> SupportRequests => Set<Regions.SupportRequest>();
    public DbSet<Notifications.Notice> Notices => Set<Notifications.Notice>();
    public DbSet<Notifications.NotificationPreference> NotificationPreferences => Set<Notifications.NotificationPreference>();
    public DbSet<Notifications.NotificationRun> NotificationRuns => Set<Notifications.NotificationRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Accounts.ApiSession> ApiSessions => Set<Accounts.ApiSession>();

    /// <summary>ASP.NET Core data-protection keys, shared by every instance of the portal (cookies and tokens stay valid across them).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>Who the audit log names for changes saved through this context (null = the system); set by <see cref="UnitOfWork"/>.</summary>
    public Guid? AuditUserId { get; private set; }

    /// <summary>The prefecture of the actor the context works for (null = the system), written beside each audit entry.</summary>
    public int? AuditPrefectureId { get; private set; }

    /// <summary>The actor's organisation at the time, written beside each audit entry (filtering by 所属 needs the one of that day).</summary>
    public int? AuditOrganisationId { get; private set; }

    internal void ActFor(Accounts.Actor actor)
    {
        AuditUserId = actor.UserId;
        AuditPrefectureId = actor.PrefectureId;
        AuditOrganisationId = actor.OrganisationId;
    }

    /// <summary>
    /// Files what is saved from now on under another prefecture (the deployment's administrator setting one up): its
    /// own trail shows who made it, and the administrator's home prefecture sees nothing of it.
    /// </summary>
    internal void AuditInto(int prefectureId)
    {
        AuditPrefectureId = prefectureId;
        AuditOrganisationId = null;
    }

    internal List<PendingAudit> PendingAudits { get; } = [];

    /// <summary>
    /// The version the user was shown: saving a change to <paramref name="entity"/> fails with a conflict (409) when
    /// someone has saved it since.
    /// </summary>
    public void Expect<T>(T entity, uint version) where T : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>
    /// Writes <paramref name="entity"/>'s row although only its children change (a payment, a member), so the version it
    /// was shown is checked and moves on: two people adding to the same grant or area cannot both pass a rule on the total.
    /// </summary>
    public void Touch<T, TProperty>(T entity, System.Linq.Expressions.Expression<Func<T, TProperty>> property) where T : class, IVersioned =>
        Entry(entity).Property(property).IsModified = true;

    /// <summary>The one save of a use case: a stale <c>xmin</c> becomes a <see cref="Common.ConflictException"/> (409), never a 500.</summary>
    public Task SaveAsync(CancellationToken cancellationToken = default) => SaveAsync(null, cancellationToken);

    /// <summary>Saves as <see cref="SaveAsync(CancellationToken)"/>, and a lost race on a unique key becomes a conflict with this message.</summary>
    public async Task SaveAsync(string? uniqueViolationMessage, CancellationToken cancellationToken = default)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new Common.ConflictException();
        }
        catch (DbUpdateException e) when (uniqueViolationMessage is not null
            && e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            throw new Common.ConflictException(uniqueViolationMessage);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Trigram indexes let the triage search find 空き家 inside 空き家対策 without a word splitter.
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(RenkeiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalGovernmentCode>()
            .HaveConversion<LocalGovernmentCodeConverter>()
            .HaveMaxLength(6)
            .AreFixedLength();
    }
}
