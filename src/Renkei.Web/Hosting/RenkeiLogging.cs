using Serilog;
using Serilog.Events;

namespace Renkei.Web.Hosting;

/// <summary>
/// Serilog: one logger per host, built from the configuration (levels, overrides), writing to the console and a daily
/// rolling file with structured properties. The request log goes through the same logger — not the static start-up
/// one — so it honours the levels and lands in the file with its UserId and TraceId.
/// </summary>
public static class RenkeiLogging
{
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().MinimumLevel.Information().WriteTo.Console().CreateBootstrapLogger();

    public static void AddRenkeiLogging(this WebApplicationBuilder builder)
    {
        var logDirectory = builder.Configuration["Renkei:LogDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.Environment.ContentRootPath, "logs");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "Renkei")
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(logDirectory, "renkei-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                restrictedToMinimumLevel: LogEventLevel.Information,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
        // Each host owns its logger (tests build several in one process); Log.Logger stays the start-up one.
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddSerilog(logger, dispose: true);
    }

    /// <summary>The path as logs may keep it: a calendar address is a secret, so only where it went is kept.</summary>
    public static string Redact(string path) =>
        path.StartsWith("/calendar/", StringComparison.OrdinalIgnoreCase) ? "/calendar/***.ics" : path;

    public static void UseRenkeiRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // A calendar address is a secret: the log keeps where it went, not the key.
            options.GetMessageTemplateProperties = (http, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(Redact(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous");
                context.Set("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
            };
        });
}
