using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Renkei.Core.Data;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>
/// Output caching of answers that many callers ask for and few writes change (the municipality list, a closed
/// survey's summary). ASP.NET Core's default policy never caches a signed-in request; these policies do, keyed by
/// what the answer depends on — the caller's prefecture, and for <see cref="PerCaller"/> also role and
/// organisation — and by the whole query string. Each entry is tagged with the kinds of rows it was read from; a
/// committed save of such a row drops it on this instance at once (<see cref="OutputCacheEviction"/>); another
/// instance's entry lives at most <see cref="DefaultSeconds"/>. The sign-in and account check still run first on
/// every request (the middleware sits after authorization). A stored answer carries an ETag
/// (<see cref="StampStoredAnswer"/>): a repeat with If-None-Match gets 304.
/// </summary>
public static class ResponseCache
{
    public const int DefaultSeconds = 10;

    public static IServiceCollection AddRenkeiResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Renkei:Cache:Seconds", DefaultSeconds);
        services.AddOutputCache(options =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(seconds);
            options.SizeLimit = 64L * 1024 * 1024;
            options.MaximumBodySize = 4L * 1024 * 1024;
        });
        services.AddSingleton<ISavedChangesListener, OutputCacheEviction>();
        return services;
    }

    /// <summary>The same answer for everyone in the caller's prefecture; dropped when a row of <paramref name="reads"/> is saved.</summary>
    public static RouteHandlerBuilder PerPrefecture(this RouteHandlerBuilder builder, params Type[] reads) =>
        builder.CacheOutput(new CallerScopedPolicy(perCaller: false, reads)).AddEndpointFilter(StampStoredAnswer);

    /// <summary>An answer that depends on the caller's prefecture, role and organisation.</summary>
    public static RouteHandlerBuilder PerCaller(this RouteHandlerBuilder builder, params Type[] reads) =>
        builder.CacheOutput(new CallerScopedPolicy(perCaller: true, reads)).AddEndpointFilter(StampStoredAnswer);

    /// <summary>
    /// An answer about to be stored gets its ETag and a browser rule, before it is written (the cache keeps the
    /// headers it was written with): the browser keeps it for itself only and asks again, getting 304 while unchanged.
    /// </summary>
    private static async ValueTask<object?> StampStoredAnswer(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var result = await next(invocation);
        var http = invocation.HttpContext;
        if (http.Features.Get<IOutputCacheFeature>() is { Context.AllowCacheStorage: true })
        {
            http.Response.Headers.ETag = $"\"{Guid.NewGuid():N}\"";
            http.Response.Headers.CacheControl = "private, no-cache";
        }
        return result;
    }

    /// <summary>Keeps this answer out of the cache (e.g. the summary of a survey still open).</summary>
    public static void DoNotStore(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.AllowCacheStorage = false;
        }
    }

    internal static string TagOf(Type rows) => "rows:" + rows.Name;

    private sealed class CallerScopedPolicy(bool perCaller, Type[] reads) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            // The same actor the endpoint would build: no actor (anonymous, incomplete claims), no cache.
            var actor = http.User.ToActor();
            var attempt = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && actor is not null;
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = attempt;
            context.AllowCacheStorage = attempt;
            context.AllowLocking = true; // one request computes a missing entry, the others wait for it
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["prefecture"] = actor?.PrefectureId.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            context.CacheVaryByRules.VaryByValues["language"] = System.Globalization.CultureInfo.CurrentUICulture.Name; // answers may hold the UI's words
            if (perCaller)
            {
                context.CacheVaryByRules.VaryByValues["role"] = actor?.Role ?? "";
                context.CacheVaryByRules.VaryByValues["organisation"] = actor?.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
            foreach (var rows in reads)
            {
                context.Tags.Add(TagOf(rows));
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }
}
