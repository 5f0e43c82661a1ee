using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Renkei.Core.Common;
using Renkei.Web.Localization;

namespace Renkei.Web.Api;

/// <summary>
/// Turns every failure of an API call into RFC 7807 problem details with a Japanese <c>detail</c>;
/// an unexpected error says only that it happened and gives the trace id, never a stack trace.
/// </summary>
internal sealed class RenkeiExceptionHandler(IProblemDetailsService problemDetails, ILogger<RenkeiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at /error; the feature keeps the original path.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        // A request the framework could not bind is bad input wherever it went (a page's form or /culture too).
        if (exception is not BadHttpRequestException && !new[] { "/api/", "/exports/", "/calendar/" }.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false; // pages get the /error page instead
        }
        var problem = exception switch
        {
            // Its detail is its messages joined, put together here in the caller's language (each error is translated by itself).
            ValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Detail = v.Said(ProblemLanguage.CultureOf(context)),
            },
            NotFoundException => Problem(StatusCodes.Status404NotFound, null, exception.Message),
            ForbiddenException => Problem(StatusCodes.Status403Forbidden, null, exception.Message),
            ConflictException => Problem(StatusCodes.Status409Conflict, null, exception.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => Input.BadRequestProblem.From(bad),
            BadHttpRequestException bad => Problem(bad.StatusCode, null, null),
            _ when DatabaseFaults.IsUnavailable(exception) => Problem(StatusCodes.Status503ServiceUnavailable, null, null),
            _ when DatabaseFaults.IsRefusedValue(exception) => Problem(StatusCodes.Status400BadRequest, null,
                "入力された値の中に、保存できない文字または範囲外の値があります。"),
            _ => null,
        };
        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("{Method} {Path}: the database is unavailable ({Error})", context.Request.Method, Hosting.RenkeiLogging.Redact(path), exception.GetBaseException().Message);
            context.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, Hosting.RenkeiLogging.Redact(path));
            problem = Problem(StatusCodes.Status500InternalServerError, null, null);
        }
        else
        {
            ProblemWording.Apply(problem); // so the log line carries the words the caller reads
            logger.LogInformation("{Method} {Path} refused with {Status}: {Detail}", context.Request.Method, Hosting.RenkeiLogging.Redact(path), problem.Status, problem.Detail);
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Without a title or detail, <see cref="ProblemWording"/> gives the status code's Japanese words.</summary>
    private static ProblemDetails Problem(int status, string? title, string? detail) => new() { Status = status, Title = title, Detail = detail };
}
