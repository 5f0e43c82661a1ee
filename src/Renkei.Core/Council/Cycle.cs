using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>One line of the 年間スケジュール template: a milestone, or a meeting of a body, in a range of months.</summary>
public class ScheduleTemplateItem : IAudited
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int SortOrder { get; set; }
    public required string Title { get; set; }

    /// <summary>Set for a meeting (第1回連携推進会議 …); null for a milestone (ニーズ調査 …).</summary>
    public BodyKind? Body { get; set; }

    /// <summary>第n回 for council meetings.</summary>
    public int? Number { get; set; }

    /// <summary>Calendar months, April = 4 … March = 3; a range may run over the new year (11 → 1).</summary>
    public int FromMonth { get; set; }
    public int UntilMonth { get; set; }
    public uint Version { get; set; }
}

public enum MeetingState
{
    /// <summary>予定.</summary>
    Planned = 1,

    /// <summary>次第確定.</summary>
    AgendaFixed = 2,

    /// <summary>開催済.</summary>
    Held = 3,

    /// <summary>議事録確定.</summary>
    MinutesConfirmed = 4,
}

/// <summary>A meeting of a body: planned for target months, then dated (or held in writing, 書面開催).</summary>
public class Meeting : IAudited
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int BodyId { get; set; }
    public CouncilBody Body { get; set; } = null!;
    public int FiscalYear { get; set; }
    public int? Number { get; set; }
    public required string Title { get; set; }

    /// <summary>The months the schedule aims at (first day of the first and of the last month).</summary>
    public DateOnly TargetFrom { get; set; }
    public DateOnly TargetUntil { get; set; }

    public DateTimeOffset? StartsAt { get; set; }
    public string? Place { get; set; }

    /// <summary>書面開催: members answer in writing by <see cref="AnswerDeadline"/>.</summary>
    public bool IsWritten { get; set; }
    public DateOnly? AnswerDeadline { get; set; }

    public MeetingState State { get; set; } = MeetingState.Planned;

    /// <summary>Presenters upload their materials by this day (the secretariat sets it).</summary>
    public DateOnly? MaterialsDeadline { get; set; }

    /// <summary>Why a 連携推進会議 meets before its 幹事会 (the policy puts the 幹事会 first); kept only while that is so.</summary>
    public string? OrderReason { get; set; }
    public uint Version { get; set; }

    /// <summary>The day a meeting counts for (its roster, its decisions): the day it met, a written one's deadline, else today.</summary>
    public static DateOnly DayOf(DateTimeOffset? startsAt, DateOnly? answerDeadline, DateOnly today) =>
        startsAt is { } at ? DateOnly.FromDateTime(Calendar.Wareki.ToJapanTime(at).DateTime) : answerDeadline ?? today;
}

/// <summary>A milestone of the year that is not a meeting (ニーズ調査, 予算計上 …).</summary>
public class CycleMilestone : IAudited
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int FiscalYear { get; set; }
    public required string Title { get; set; }
    public DateOnly TargetFrom { get; set; }
    public DateOnly TargetUntil { get; set; }
    public DateOnly? DoneOn { get; set; }
    public uint Version { get; set; }
}

public static class MeetingStateNames
{
    public static string ToJapanese(this MeetingState state) => state switch
    {
        MeetingState.Planned => "予定",
        MeetingState.AgendaFixed => "次第確定",
        MeetingState.Held => "開催済",
        MeetingState.MinutesConfirmed => "議事録確定",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
