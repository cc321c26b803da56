namespace Learn.Core.Help;

/// <summary>A helper opened WhatsApp to remind a learner (who, whom, when), so others see they were already reminded.</summary>
public sealed class HelpNudge
{
    private HelpNudge()
    {
    }

    public HelpNudge(int learnerId, int byId, DateTimeOffset at)
    {
        LearnerId = learnerId;
        ById = byId;
        At = at;
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    public int ById { get; private set; }

    public DateTimeOffset At { get; private set; }
}
