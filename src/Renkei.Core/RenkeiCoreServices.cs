using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Renkei.Core.Accounts;
using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Data.Seed;
using Renkei.Core.Organisations;

namespace Renkei.Core;

public static class RenkeiCoreServices
{
    /// <summary>Registers the domain: the database, the seeders and every use-case service.</summary>
    public static IServiceCollection AddRenkeiCore(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<SavedChangesInterceptor>();
        services.AddDbContextFactory<RenkeiDbContext>((sp, options) =>
        {
            ConfigureDatabase(options, connectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SavedChangesInterceptor>());
        });
        // Scoped only for Identity's stores and the data-protection keys; use cases open theirs through UnitOfWork.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<RenkeiDbContext>>().CreateDbContext());
        services.AddSingleton<UnitOfWork>();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<CouncilReferenceData>();
        services.AddScoped<SettlementAreaReferenceData>();
        services.AddScoped<CensusPopulationReferenceData>();
        services.AddScoped<HokkaidoReferenceData>();
        services.AddScoped<HokkaidoDemoSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoSurveySeeder>();
        services.AddScoped<DemoThemeSeeder>();
        services.AddScoped<AdministratorBootstrap>();

        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<MunicipalityContactService>();
        services.AddScoped<MunicipalityStatisticsService>();
        services.AddScoped<PopulationOverviewService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApprovalSettingsService>();
        services.AddScoped<Tenancy.PrefectureSetupService>();
        services.AddScoped<Surveys.NeedsSurveyService>();
        services.AddScoped<Surveys.SurveyResponseService>();
        services.AddScoped<Surveys.SurveyApprovalService>();
        services.AddScoped<Surveys.SurveyProgressService>();
        services.AddScoped<Surveys.SurveySummaryService>();
        services.AddScoped<Surveys.SurveyReminderService>();
        services.AddScoped<Themes.TriageService>();
        services.AddScoped<Themes.ThemeService>();
        services.AddScoped<Dashboard.FiscalYearDashboardService>();
        services.AddScoped<Arrangements.CorrectionService>();
        services.AddScoped<Cases.CaseService>();
        services.AddScoped<Cases.CaseLibrary>();
        services.AddScoped<Cases.CaseAttachmentService>();
        services.AddScoped<Cases.AdoptionService>();
        services.AddScoped<Cases.PublicCaseService>();
        services.AddScoped<Council.CouncilService>();
        services.AddScoped<Council.AnnualCycleService>();
        services.AddScoped<Council.MeetingService>();
        services.AddScoped<Council.AgendaService>();
        services.AddScoped<Council.WrittenMeetingService>();
        services.AddScoped<Council.MaterialService>();
        services.AddScoped<Council.AttendanceService>();
        services.AddScoped<Council.WorkingTeamService>();
        services.AddScoped<Council.ScheduleTemplateService>();
        services.AddScoped<Council.CalendarSubscriptionService>();
        services.AddScoped<Arrangements.ArrangementService>();
        services.AddScoped<Grants.GrantProgramService>();
        services.AddScoped<Grants.CollaborationAreaService>();
        services.AddScoped<Grants.GrantService>();
        services.AddScoped<Grants.EffectReportService>();
        services.AddScoped<Grants.GivingExportService>();
        services.AddScoped<Indicators.IndicatorService>();
        services.AddScoped<Regions.ContactLogService>();
        services.AddScoped<Search.SearchService>();
        services.AddScoped<Notifications.NoticeService>();
        services.AddScoped<Notifications.NoticeMailer>();
        services.AddScoped<Notifications.NotificationRunner>();
        services.AddScoped<Regions.HeardNeedService>();
        services.AddScoped<Regions.SupportTeamService>();
        services.AddScoped<Auditing.AuditTrailService>();
        services.AddScoped<Auditing.SignInAudit>();
        services.AddScoped<DemoIndicatorSeeder>();
        services.AddOptions<Council.MaterialOptions>();
        services.TryAddSingleton<Council.IMaterialStore>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Council.MaterialOptions>>().Value.Folder)
                ? new Council.DatabaseMaterialStore()
                : ActivatorUtilities.CreateInstance<Council.FolderMaterialStore>(sp));
        services.TryAddSingleton<IWordings, JapaneseWordings>();
        services.AddOptions<Notifications.MailOptions>();
        services.TryAddSingleton<Notifications.IMailSender>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Notifications.MailOptions>>().Value.SmtpHost)
                ? ActivatorUtilities.CreateInstance<Notifications.PickupDirectoryMailSender>(sp)
                : ActivatorUtilities.CreateInstance<Notifications.SmtpMailSender>(sp));
        return services;
    }

    /// <summary>Identity on EF Core with the portal's account rules; the web layer adds sign-in on top.</summary>
    public static IdentityBuilder AddRenkeiIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<RenkeiUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 10; // above SignInGate.FailuresPerAddress: one address alone cannot lock an account
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<RenkeiDbContext>()
            .AddErrorDescriber<JapaneseIdentityErrorDescriber>();

    public static void ConfigureDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(DatabasePool.Sized(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
