using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Notifications;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>How a reminder went: organisations reminded, addresses mailed, and who could not be reached (no address known).</summary>
public sealed record ReminderResult(int Organisations, int Recipients, IReadOnlyList<string> WithoutAddress);
