namespace Learn.Core.Kader.Matching;

/// <summary>The hard rule a pair would break.</summary>
public enum BrokenRule
{
    KaderInactive,
    NotQualified,
    OutsideDistrict,
    GenderWish,
    OverCapacity,
    UnknownKader,
}
