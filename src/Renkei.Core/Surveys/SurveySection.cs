namespace Renkei.Core.Surveys;

/// <summary>The three sections of the 連携課題・ニーズ調査.</summary>
public enum SurveySection
{
    /// <summary>施策の連携.</summary>
    Policy = 1,

    /// <summary>業務の連携.</summary>
    Operations = 2,

    /// <summary>人的交流・情報交換・共有.</summary>
    Exchange = 3,
}
