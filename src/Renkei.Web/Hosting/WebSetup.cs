using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using Renkei.Core.Data;
using Renkei.Web.Api;
using Renkei.Web.Api.Input;
using Renkei.Web.Auth;
using Renkei.Web.Components;

namespace Renkei.Web.Hosting;

/// <summary>Everything the web layer adds on top of Core: UI, API, auth, localisation, health.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("ja-JP"), new("en-US")];

    public static IServiceCollection AddRenkeiWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // Japanese text as characters, not &#x…; entities: pages are a third the size and readable in source.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents(options => options.DetailedErrors = false);
        services.AddRenkeiResponseCache(configuration);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
            // No fade-in: a half-transparent message is hard to read (and fails contrast checks while it fades).
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        services.AddTransient<MudLocalizer, Components.Shared.PortalMudLocalizer>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Replace(ServiceDescriptor.Singleton<Core.Common.IWordings, Localization.CatalogueWordings>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRenkeiAuth(configuration);
        services.Configure<Renkei.Core.Notifications.MailOptions>(configuration.GetSection("Renkei:Mail"));
        services.Configure<Renkei.Core.Council.MaterialOptions>(configuration.GetSection("Renkei:Materials"));
        services.Configure<NotificationOptions>(configuration.GetSection("Renkei:Notifications"));
        services.AddHostedService<NotificationJob>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ProblemWording.Apply(context.ProblemDetails);
            Localization.ProblemLanguage.Apply(context.ProblemDetails, context.HttpContext);
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<RenkeiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => Api.Input.ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi("v1", options => options.AddSchemaTransformer(RequiredInOpenApi.Apply));
        services.AddHealthChecks().AddDbContextCheck<RenkeiDbContext>("database");
        services.AddHttpContextAccessor();
        return services;
    }

    public static void UseRenkeiWeb(this WebApplication app)
    {
        // Behind a proxy the client's address (for sign-in throttling and the logs) comes from X-Forwarded-For,
        // trusted only from loopback and the addresses in Renkei:Proxy:KnownProxies.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
        foreach (var proxy in (app.Configuration["Renkei:Proxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
        app.UseForwardedHeaders(forwarded);
        app.UseRenkeiRequestLogging();
        app.UseRenkeiSecurityHeaders();
        // Never the developer exception page: nobody is shown a stack trace, not even in development.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // Refusals (validation, permission, conflict) are answers, not errors: the handler logs them at Information.
            SuppressDiagnosticsCallback = context => context.Exception is Renkei.Core.Common.RenkeiException or BadHttpRequestException,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        // Empty 401/403/404 answers: problem details for the API, a friendly page for people.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Explicit, after the error and status pages, so their re-executed requests are routed again.
        app.UseRouting();
        app.UseRequestLocalization(); // first: the guard's refusals are worded in the caller's language too
        app.UseRequestTextGuard();
        app.UseClosedIdentityEndpoints();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache(); // after authorization: a cached answer is served only to a caller who may have it
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRenkeiAuth();
        app.MapGet("/culture", async (string? culture, string? redirectUri, HttpContext http, AccountLanguage language) =>
        {
            if (SupportedCultures.FirstOrDefault(c => c.Name == culture) is { } chosen)
            {
                await language.ChooseAsync(http, chosen);
            }
            return TypedResults.LocalRedirect(redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') ? redirectUri : "/");
        });

        var api = app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy).AddEndpointFilterFactory(ArgumentSanityFilter.Factory)
            // JSON bodies stay small; uploads and imports set their own limit.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApiJson.MaxBodyBytes));
        api.MapMunicipalityEndpoints();
        api.MapUserEndpoints();
        api.MapApprovalSettingEndpoints();
        api.MapPrefectureEndpoints();
        api.MapSurveyEndpoints();
        api.MapThemeEndpoints();
        api.MapCouncilEndpoints();
        api.MapCalendarSubscriptionEndpoints();
        api.MapArrangementEndpoints();
        api.MapCaseEndpoints();
        api.MapGrantEndpoints();
        api.MapIndicatorEndpoints();
        api.MapRegionEndpoints();
        api.MapAuditEndpoints();
        api.MapSearchEndpoints();
        api.MapNotificationEndpoints();
        api.MapSupportTeamEndpoints();
        app.MapPublicCaseEndpoints();
        app.MapCalendarFeedBySecret();
        // Downloads linked from the pages, with the sign-in cookie; errors answer as problem details like the API.
        var exports = app.MapGroup("/exports").RequireAuthorization().ExcludeFromDescription().AddEndpointFilterFactory(ArgumentSanityFilter.Factory);
        exports.MapGroup("/surveys").MapExportEndpoints();
        exports.MapGroup("/cycles").MapCalendarFeed();
        exports.MapArrangementExport();
        exports.MapGrantExports();
        exports.MapCaseAttachmentDownload();
        exports.MapAuditExport();
        exports.MapGroup("/meetings").MapMeetingDocuments().MapMaterialDownloads();

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithLongPollTimeout(app.Configuration);
    }
}
