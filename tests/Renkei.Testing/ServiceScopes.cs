using Microsoft.Extensions.DependencyInjection;

namespace Renkei.Testing;

/// <summary>Resolves scoped services in tests without repeating the scope boilerplate.</summary>
public static class ServiceScopes
{
    public static T Get<T>(this AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
