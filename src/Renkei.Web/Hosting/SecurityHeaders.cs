using Microsoft.Net.Http.Headers;

namespace Renkei.Web.Hosting;

/// <summary>
/// Response headers on every answer (pages, API, files): a Content-Security-Policy that Blazor Server and MudBlazor
/// run under without 'unsafe-eval' (scripts from this site only, the import map by a per-request nonce; inline style
/// attributes, which MudBlazor sets, allowed), no framing by other sites, nosniff, a strict referrer, no Server
/// header; and nothing signed-in or from the API kept by a shared cache.
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddFrameOptionsSameOrigin()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().WithNonce();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().Self();
        });

    public static void UseRenkeiSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders(Policy());
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var path = context.Request.Path;
                if (!context.Response.Headers.ContainsKey(HeaderNames.CacheControl)
                    && (context.User.Identity?.IsAuthenticated == true || path.StartsWithSegments("/api") || path.StartsWithSegments("/exports") || path.StartsWithSegments("/calendar")))
                {
                    // Personal data (answers, downloads, /me): never stored by a browser's or a proxy's cache.
                    context.Response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
