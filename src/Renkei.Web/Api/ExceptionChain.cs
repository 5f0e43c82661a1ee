namespace Renkei.Web.Api;

/// <summary>An exception and the ones it wraps, outermost first (EF Core and the framework wrap what went wrong).</summary>
internal static class ExceptionChain
{
    public static IEnumerable<Exception> SelfAndInner(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
