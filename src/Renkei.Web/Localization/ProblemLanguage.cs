using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Renkei.Web.Localization;

/// <summary>An API problem in the caller's language (the culture its cookie asks for; Japanese without one).</summary>
public static class ProblemLanguage
{
    /// <summary>
    /// The culture the request asked for. By the time a failure reaches the exception handler the request's culture
    /// is no longer the current one, so it is read from the feature the localization middleware left on the request.
    /// </summary>
    public static CultureInfo CultureOf(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;

    public static void Apply(ProblemDetails problem, HttpContext context)
    {
        var culture = CultureOf(context);
        problem.Title = problem.Title is { } title ? Messages.InLanguage(title, culture) : null;
        var detail = problem.Detail is { } d ? Messages.InLanguage(d, culture) : null;
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
            {
                var messages = validation.Errors[field];
                var translated = messages.Select(m => Messages.InLanguage(m, culture)).ToArray();
                // A detail that quotes the errors (「version: この項目は必須です。」) quotes them translated.
                for (var i = 0; i < messages.Length && detail is not null; i++)
                {
                    detail = detail.Replace(messages[i], translated[i], StringComparison.Ordinal);
                }
                validation.Errors[field] = translated;
            }
        }
        problem.Detail = detail;
    }
}
