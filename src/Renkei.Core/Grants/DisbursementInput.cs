using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record DisbursementInput(int MunicipalityId, DateOnly PaidOn, long Amount);
