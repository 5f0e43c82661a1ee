using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Renkei.Core.Accounts;
using Renkei.Core;

namespace Renkei.Web.Auth;

/// <summary>
/// ASP.NET Core Identity: a cookie for the browser, bearer tokens for <c>/api/v1</c>.
/// Accounts are created by administrators only; of Identity's API endpoints just login, refresh and
/// the caller's own account are reachable.
/// </summary>
public static class AuthSetup
{
    public const string ApiPolicy = "Api";
    private const string CookieOrBearer = "Renkei.CookieOrBearer";

    private static readonly HashSet<string> OpenIdentityEndpoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "/api/v1/auth/login", "/api/v1/auth/refresh",
    };

    /// <summary>A request carrying "Authorization: Bearer" is an API client; anything else is the browser.</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddRenkeiAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                HasBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.AddRenkeiIdentity()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RenkeiClaimsPrincipalFactory>();
        services.AddSingleton<SignInFailures>();
        services.AddScoped<SignInGate>();
        services.AddScoped<AccountLanguage>();
        services.AddMemoryCache();
        services.AddSingleton<AccountCheck>();
        services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, AccountCheckTransformation>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ChallengeStaleSignIns>();
        services.AddSingleton<ApiSessions>();
        // Keys in PostgreSQL: every instance behind a proxy reads the others' cookies and tokens.
        services.AddDataProtection().PersistKeysToDbContext<Renkei.Core.Data.RenkeiDbContext>().SetApplicationName("Renkei");
        var signInsPerMinute = configuration.GetValue("Renkei:Security:SignInsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            // Sign-in attempts per client address: a script trying passwords (or locking accounts) stops itself.
            options.AddPolicy(TokenEndpoints.SignInRateLimit, http => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                SignInGate.AddressOf(http),
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "操作が多すぎます", Detail = "短い時間にサインインが続けて試されました。1分ほど待ってから、もう一度お試しください。" },
                });
            };
        });

        var securePolicy = Enum.Parse<CookieSecurePolicy>(configuration["Renkei:Security:CookieSecurePolicy"] ?? "Always");
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Renkei.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = securePolicy;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        // A reassigned or locked account loses its cookie within a minute, not the default 30.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Renkei.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
        });

        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser());
        // One policy per area of the portal, named after it, answered by Core (pages: [Authorize(Policy = nameof(PortalArea.Users))]).
        foreach (var area in Enum.GetValues<PortalArea>())
        {
            authorization.AddPolicy(area.ToString(), policy => policy.RequireAssertion(context =>
                context.User.ToActor() is { } actor && PortalAccess.MayOpen(actor, area)));
        }
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        return services;
    }

    /// <summary>
    /// Only login and refresh live under /api/v1/auth; accounts are created by administrators, so register, password reset, 2FA… answer 404
    /// (before authentication, so the answer is the same signed in or not).
    /// </summary>
    public static void UseClosedIdentityEndpoints(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith("/api/v1/auth/", StringComparison.OrdinalIgnoreCase) && !OpenIdentityEndpoints.Contains(path.TrimEnd('/')))
            {
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "見つかりません",
                    detail: "このエンドポイントはありません。アカウントの作成や変更は管理者に依頼してください。").ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    /// <summary>Maps Identity's token endpoints under /api/v1/auth, and the browser's logout.</summary>
    public static void MapRenkeiAuth(this WebApplication app)
    {
        app.MapTokenEndpoints();

        app.MapPost("/logout", async Task<RedirectHttpResult> (SignInManager<RenkeiUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login?signedOut=true");
        }).RequireAuthorization();
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
