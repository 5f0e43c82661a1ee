using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Council;

/// <summary>
/// The year as an iCalendar feed (RFC 5545, written by Ical.Net): dated meetings as timed events in Japan time,
/// written meetings on their answer deadline, planned meetings and milestones as all-day events over their months.
/// The feed's own words are in its reader's language; titles and places as entered.
/// </summary>
public static class AnnualCycleCalendar
{
    private const string Zone = "Asia/Tokyo";

    public static string Write(string prefectureCode, AnnualCycleView cycle, IReadOnlyList<MeetingView> meetings, Wording wording) =>
        Write(prefectureCode, wording.Say($"県・市町村連携 {new FiscalYear(cycle.FiscalYear).ToJapanese()}"), [(cycle, meetings)], wording);

    /// <summary>Several years in one feed (a subscription that rolls over from one fiscal year to the next).</summary>
    public static string Write(string prefectureCode, string name, IReadOnlyList<(AnnualCycleView Cycle, IReadOnlyList<MeetingView> Meetings)> years, Wording wording)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Renkei//Renkei portal//JA" };
        // With its STANDARD block (+09:00, no daylight saving), which RFC 5545 requires of every VTIMEZONE.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, new DateTime(1989, 1, 1), includeHistoricalData: false));
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var (cycle, meetings) in years)
        {
            AddYear(calendar, prefectureCode, cycle, meetings, wording);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static void AddYear(Ical.Net.Calendar calendar, string prefectureCode, AnnualCycleView cycle, IReadOnlyList<MeetingView> meetings, Wording wording)
    {
        foreach (var item in cycle.Items)
        {
            var meeting = item.MeetingId is { } id ? meetings.FirstOrDefault(m => m.Id == id) : null;
            var e = new CalendarEvent
            {
                Uid = meeting is not null ? $"meeting-{meeting.Id}@{prefectureCode}.renkei" : $"milestone-{item.MilestoneId}@{prefectureCode}.renkei",
                Summary = item.Title,
            };
            if (meeting is { IsWritten: false, StartsAt: { } startsAt })
            {
                var local = Wareki.ToJapanTime(startsAt).DateTime;
                e.DtStart = new CalDateTime(local, Zone);
                e.DtEnd = new CalDateTime(local.AddHours(2), Zone);
                e.Location = meeting.Place;
            }
            else if (meeting is { IsWritten: true, AnswerDeadline: { } deadline })
            {
                e.Summary = wording.Format("{0}（書面開催・回答期限）", item.Title);
                e.DtStart = new CalDateTime(deadline);
                e.DtEnd = new CalDateTime(deadline.AddDays(1));
            }
            else
            {
                e.DtStart = new CalDateTime(item.TargetFrom);
                e.DtEnd = new CalDateTime(item.TargetUntil.AddMonths(1));
                e.Description = wording.Say("予定（月のみ）");
            }
            calendar.Events.Add(e);
        }
    }
}
