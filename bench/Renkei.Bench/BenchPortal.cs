using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Renkei.Testing;

namespace Renkei.Bench;

/// <summary>
/// The portal plus one bench-only route, <c>/bench/raw-summary/{prefectureId}/{surveyId}</c>: the raw-SQL
/// aggregate behind the same middleware, bearer authentication and JSON writer, so the endpoint comparison is like for like.
/// </summary>
public sealed class BenchPortal : RenkeiWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_ => new RawSummary(NpgsqlDataSource.Create(ConnectionString)));
            services.AddSingleton<IStartupFilter, RawSummaryRoute>();
        });
    }

    private sealed class RawSummaryRoute : IStartupFilter
    {
        /// <summary>After the portal's own middleware (exception handling, authentication, request logging), like its endpoints.</summary>
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/bench/raw-summary", branch => branch.Run(async context =>
            {
                if (context.User.Identity?.IsAuthenticated != true)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }
                var ids = context.Request.Path.Value!.Trim('/').Split('/').Select(int.Parse).ToArray();
                var summary = await context.RequestServices.GetRequiredService<RawSummary>().RunAsync(ids[0], ids[1]);
                await context.Response.WriteAsJsonAsync(summary);
            }));
        };
    }
}
