using Learn.Core.Accounts;

namespace Learn.Core.Kader.Matching;

/// <summary>
/// Why a learner has no kader, narrowed step by step: nobody in the district, nobody qualified for
/// the level, nobody of the wished gender, or everyone suitable already full.
/// </summary>
public sealed record UnplacedReason(string Code, int VillageId, int Level, Gender? Gender)
{
    public const string NoKader = "no_kader";
    public const string NoQualified = "no_qualified";
    public const string NoSameGender = "no_same_gender";
    public const string AllFull = "all_full";
}
