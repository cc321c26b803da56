namespace Learn.Core.Tutoring.Matching;

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
