using Learn.Core.Kader.Matching;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Kader;

/// <summary>Turns the matcher's reason codes into plain localised sentences.</summary>
public static class KaderText
{
    public static string Language(IStringLocalizer t, string code) => t["Kader.Language." + code];

    public static string Reasons(IStringLocalizer t, IEnumerable<MatchReason> reasons) =>
        string.Join(", ", reasons.Select(r => r.Code switch
        {
            MatchReason.SharedLanguage => t["Kader.Reason.language", Language(t, r.Value)].Value,
            MatchReason.SameGender => t["Kader.Reason.gender", t["Gender." + r.Value]].Value,
            _ => t["Kader.Reason." + r.Code, r.Value].Value,
        }));

    public static string Reasons(IStringLocalizer t, string stored) => Reasons(t, MatchReason.Parse(stored));

    public static string Unplaced(IStringLocalizer t, UnplacedReason reason, string villageName)
    {
        var who = reason.Gender is { } g ? t["Kader.Who." + g].Value : t["Kader.Who.Any"].Value;
        return t["Kader.Unplaced." + reason.Code, who, villageName, reason.Level].Value.Replace("  ", " ", StringComparison.Ordinal);
    }
}
