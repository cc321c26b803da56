namespace Learn.Core.Kader;

/// <summary>What a learner asks of their kader: the same gender (a hard rule) and a language (a preference).</summary>
public sealed class KaderWish
{
    private KaderWish()
    {
    }

    public KaderWish(int learnerId, bool sameGender, string? language)
    {
        LearnerId = learnerId;
        Change(sameGender, language);
    }

    public int LearnerId { get; private set; }

    public bool SameGender { get; private set; }

    public string? Language { get; private set; }

    public void Change(bool sameGender, string? language)
    {
        language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        if (language is not null && !KaderLanguages.IsKnown(language))
        {
            throw new LearnDomainException("kader.languages_invalid", "Choose a known language.");
        }

        SameGender = sameGender;
        Language = language;
    }
}
