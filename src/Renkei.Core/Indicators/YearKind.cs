using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

public enum YearKind
{
    FiscalYear = 1,
    CalendarYear = 2,
}
