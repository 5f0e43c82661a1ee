using System.Globalization;
using Microsoft.Extensions.Localization;
using Renkei.Core.Calendar;
using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

/// <summary>How the pages say when a meeting takes place: date and place, a written one's deadline, or not yet set.</summary>
public static class MeetingText
{
    public static string When(MeetingView meeting, IStringLocalizer<SharedResource> l) => meeting switch
    {
        { IsWritten: true, AnswerDeadline: { } deadline } => string.Format(l["Cycle.WrittenBy"], Wareki.FormatDate(deadline, CultureInfo.CurrentUICulture)),
        { StartsAt: { } at } => $"{Wareki.FormatDateTime(at)}　{meeting.Place}",
        _ => l["Cycle.NoDate"],
    };
}
