using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

public sealed record GroupSummary(int Total, int Respondents, IReadOnlyList<SectionSummary> Sections);
