using System.Collections;
using System.Reflection;
using System.Text.Json;
using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Web.Api.Input;

/// <summary>
/// After binding, before the handler: every enum argument (query or body) must be a defined value — the query
/// binder takes "99" for an enum — every date lies in <see cref="SaneDates"/>, and no list holds a null element.
/// Walks the request records of this portal; refusals name the field as the client wrote it.
/// </summary>
public static class ArgumentSanityFilter
{
    private const int MaxDepth = 6;

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var parameters = factory.MethodInfo.GetParameters();
        var names = parameters.Select(p => p.Name ?? "").ToArray();
        // Decided once per endpoint: services, the principal and the token are never walked.
        var walked = parameters.Select(p => IsWalked(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)).ToArray();
        if (!walked.Any(w => w))
        {
            return next;
        }
        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < invocation.Arguments.Count && i < names.Length; i++)
            {
                var argument = invocation.Arguments[i];
                if (walked[i] && argument is not null && IsWalked(argument.GetType()))
                {
                    Walk(argument, IsRequestRecord(argument.GetType()) ? "" : names[i], errors, 0);
                }
            }
            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }
            return await next(invocation);
        };
    }

    private static void Walk(object value, string path, Dictionary<string, string[]> errors, int depth)
    {
        var type = value.GetType();
        switch (value)
        {
            case Enum e when !Enum.IsDefined(type, e):
                errors[Name(path)] = ["指定できない値です。"];
                return;
            case DateOnly d when !SaneDates.Contains(d):
                errors[Name(path)] = [SaneDates.Message];
                return;
            case DateTimeOffset t when !SaneDates.Contains(t):
                errors[Name(path)] = [SaneDates.Message];
                return;
            case string or Enum or DateOnly or DateTimeOffset:
                return;
        }
        if (depth >= MaxDepth)
        {
            return;
        }
        if (value is IEnumerable list)
        {
            var i = 0;
            foreach (var element in list)
            {
                if (element is null)
                {
                    errors[$"{Name(path)}[{i}]"] = ["空の要素は指定できません。"];
                }
                else if (IsWalked(element.GetType()))
                {
                    Walk(element, $"{path}[{i}]", errors, depth + 1);
                }
                i++;
            }
            return;
        }
        if (!IsRequestRecord(type))
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(value) is { } child && IsWalked(child.GetType()))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                Walk(child, path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
            }
        }
    }

    private static string Name(string path) => path.Length == 0 ? "body" : path;

    private static bool IsWalked(Type type) =>
        type.IsEnum || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || IsRequestRecord(type)
        || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && (type.IsArray || type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true));

    /// <summary>A request record of this portal (records have a compiler-made clone method; services do not).</summary>
    private static bool IsRequestRecord(Type type) =>
        type.Namespace?.StartsWith("Renkei.", StringComparison.Ordinal) == true && type.IsClass && type.GetMethod("<Clone>$") is not null;
}
