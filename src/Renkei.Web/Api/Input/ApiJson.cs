using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Renkei.Web.Api.Input;

/// <summary>
/// How API bodies are read: enum values by name only (a number such as 0 or 42 is refused), and one rule for
/// what a body must contain — a constructor parameter that is neither nullable nor has a default value — which
/// <see cref="RequiredInOpenApi"/> also writes into the OpenAPI document, so client, document and server agree.
/// Characters are checked by <see cref="RequestTextGuard"/> and values by <see cref="ArgumentSanityFilter"/>.
/// </summary>
public static class ApiJson
{
    /// <summary>The largest JSON body accepted (413 above it).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MarkRequired } };
    }

    /// <summary>Missing → 400 naming the field, instead of 0, 0001-01-01 or the first enum value.</summary>
    private static void MarkRequired(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace?.StartsWith("Renkei.", StringComparison.Ordinal) != true)
        {
            return;
        }
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
