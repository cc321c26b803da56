namespace Learn.Core.Facilitator.Impact;

/// <summary>
/// A short business survey of one learner at one wave (0 = baseline, 1.. = follow-ups). The village
/// is kept on the row so the numbers still count, anonymously, after the learner is deleted.
/// </summary>
public sealed class BusinessSurvey
{
    public const int MaxWave = 20;

    private BusinessSurvey()
    {
        Provinces = string.Empty;
    }

    public BusinessSurvey(int learnerId, int villageId, int wave, DateTimeOffset takenAt, int recordedById, SurveyAnswers answers)
    {
        if (wave is < 0 or > MaxWave)
        {
            throw new LearnDomainException("survey.wave_invalid", $"The survey round is 0 (baseline) to {MaxWave}.");
        }

        LearnerId = learnerId;
        VillageId = villageId;
        Wave = wave;
        Provinces = string.Empty;
        Revise(takenAt, recordedById, answers);
    }

    public long Id { get; private set; }

    /// <summary>Null once the learner was deleted: the answers stay as anonymous village figures.</summary>
    public int? LearnerId { get; private set; }

    public int VillageId { get; private set; }

    public int Wave { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public int RecordedById { get; private set; }

    public bool SellsOnline { get; private set; }

    /// <summary>Rupiah per month.</summary>
    public long MonthlyTurnover { get; private set; }

    /// <summary>Whole percent of turnover kept as profit; may be negative.</summary>
    public int MarginPercent { get; private set; }

    /// <summary>Provinces sold to outside the learner's own, comma-separated names from <see cref="IndonesianProvinces"/>.</summary>
    public string Provinces { get; private set; }

    public int PeopleEmployed { get; private set; }

    public IReadOnlyList<string> ProvinceList => Provinces.Length == 0 ? [] : Provinces.Split(',');

    public void Revise(DateTimeOffset takenAt, int recordedById, SurveyAnswers answers)
    {
        answers.Validate();
        TakenAt = takenAt;
        RecordedById = recordedById;
        SellsOnline = answers.SellsOnline;
        MonthlyTurnover = answers.MonthlyTurnover;
        MarginPercent = answers.MarginPercent;
        Provinces = string.Join(',', answers.Provinces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        PeopleEmployed = answers.PeopleEmployed;
    }

    public void Anonymise() => LearnerId = null;
}
