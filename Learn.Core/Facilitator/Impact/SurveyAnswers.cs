namespace Learn.Core.Facilitator.Impact;

/// <summary>What a learner answered in a business survey.</summary>
public sealed record SurveyAnswers(bool SellsOnline, long MonthlyTurnover, int MarginPercent, IReadOnlyList<string> Provinces, int PeopleEmployed)
{
    public void Validate()
    {
        if (MonthlyTurnover is < 0 or > 10_000_000_000)
        {
            throw new LearnDomainException("survey.turnover_invalid", "Monthly turnover is a rupiah amount from 0 to 10 billion.");
        }

        if (MarginPercent is < -100 or > 100)
        {
            throw new LearnDomainException("survey.margin_invalid", "Margin is a percentage from -100 to 100.");
        }

        if (PeopleEmployed is < 0 or > 10_000)
        {
            throw new LearnDomainException("survey.employed_invalid", "People employed is a number from 0 to 10,000.");
        }

        if (Provinces.FirstOrDefault(p => !IndonesianProvinces.All.Contains(p)) is { } unknown)
        {
            throw new LearnDomainException("survey.province_unknown", $"'{unknown}' is not an Indonesian province.");
        }
    }
}
