using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AreaMemberInput(int MunicipalityId, DateOnly? JoinedOn);
