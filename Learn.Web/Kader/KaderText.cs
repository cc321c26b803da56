using Learn.Core.Kader.Matching;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Kader;

/// <summary>Turns the matcher's reason codes into plain localised sentences.</summary>
public static class KaderText
{
    public static string Language(IStringLocalizer t, string code) => t["Tutor.Language." + code];

    public static string Reasons(IStringLocalizer t, IEnumerable<MatchReason> reasons) =>
        string.Join(", ", reasons.Select(r => r.Code switch
        {
            MatchReason.SharedLanguage => t["Tutor.Reason.language", Language(t, r.Value)].Value,
            MatchReason.SameGender => t["Tutor.Reason.gender", t["Gender." + r.Value]].Value,
            _ => t["Tutor.Reason." + r.Code, r.Value].Value,
        }));

    public static string Reasons(IStringLocalizer t, string stored) => Reasons(t, MatchReason.Parse(stored));

    public static string Unplaced(IStringLocalizer t, UnplacedReason reason, string villageName)
    {
        var who = reason.Gender is { } g ? t["Tutor.Who." + g].Value : t["Tutor.Who.Any"].Value;
        return t["Tutor.Unplaced." + reason.Code, who, villageName, reason.Level].Value.Replace("  ", " ", StringComparison.Ordinal);
    }
}
