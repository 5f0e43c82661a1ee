using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Renkei.Web.Api.Input;

/// <summary>
/// The document lists a property as required only when the server requires it (<see cref="ApiJson"/>): a nullable
/// property may be left out.
/// </summary>
internal static class RequiredInOpenApi
{
    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var name in required.ToList())
            {
                if (properties.TryGetValue(name, out var property) && IsNullable(property))
                {
                    required.Remove(name);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static bool IsNullable(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        || (schema.OneOf?.Any(s => s.Type is { } t && t.HasFlag(JsonSchemaType.Null)) ?? false);
}
