using Renkei.Web.Hosting;
using Serilog;

Log.Logger = RenkeiLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddRenkeiHosting();
    builder.Services.AddRenkeiWeb(builder.Configuration, builder.Environment);

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseRenkeiWeb();
    await app.RunAsync();
    return 0;
}
catch (HostingSetupException e)
{
    // A setup problem the operator can fix: say what to do, without a stack trace.
    Log.Fatal("{Message}", e.Message);
    return 1;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "Renkei stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
