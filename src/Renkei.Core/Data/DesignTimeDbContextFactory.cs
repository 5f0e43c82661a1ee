using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Renkei.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RenkeiDbContext>
{
    public RenkeiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        RenkeiCoreServices.ConfigureDatabase(options, "Host=localhost;Database=renkei_design");
        return new RenkeiDbContext(options.Options);
    }
}
