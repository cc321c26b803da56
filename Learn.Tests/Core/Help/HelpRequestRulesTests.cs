using Learn.Core;
using Learn.Core.Help;

namespace Learn.Tests.Core.Help;

public sealed class HelpRequestRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(3);

    [Fact]
    public void ARequestWithNobodyToRouteToIsOpenToTheWholeVillageAtOnce()
    {
        Assert.Equal(HelpStage.VillageKader, new HelpRequest(1, 1, HelpContext.None, null, Now).Stage);
        Assert.Equal(HelpStage.FirstKader, new HelpRequest(1, 1, HelpContext.None, 7, Now).Stage);
    }

    [Fact]
    public void ARequestIsDueForEscalationOnlyWhileWaitingUnansweredAndPastTheTimeout()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        Assert.False(request.IsDueForEscalation(Now + After - TimeSpan.FromTicks(1), After));
        Assert.True(request.IsDueForEscalation(Now + After, After));

        request.Escalate(HelpStage.Facilitator, Now + After);
        Assert.False(request.IsDueForEscalation(Now + (After * 10), After));
    }

    [Fact]
    public void AHelpersFirstMessageTakesTheRequestAndStopsTheClock()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        request.RecordMessage(1, Now.AddMinutes(1));
        Assert.Null(request.FirstReplyAt);

        request.RecordMessage(8, Now.AddMinutes(2));

        Assert.Equal(HelpStatus.Active, request.Status);
        Assert.Equal(8, request.HelperId);
        Assert.Equal(Now.AddMinutes(2), request.FirstReplyAt);
        Assert.False(request.IsDueForEscalation(Now.AddHours(1), After));
    }

    [Fact]
    public void ALivelyChatMovesTheLastActivityOnceAMinuteNotWithEachMessage()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        request.RecordMessage(1, Now.AddSeconds(20));
        request.RecordMessage(1, Now.AddSeconds(59));
        Assert.Equal(Now, request.LastActivityAt);

        request.RecordMessage(1, Now.Add(HelpRequest.ActivityResolution));
        request.RecordMessage(1, Now.Add(HelpRequest.ActivityResolution).AddSeconds(30));
        Assert.Equal(Now.Add(HelpRequest.ActivityResolution), request.LastActivityAt);
    }

    [Fact]
    public void OnlyTheHelperTransfersOrHandsBackAndAHandBackReopensItToTheVillage()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        request.Take(7, Now);

        Assert.Equal("help.not_helper", Assert.Throws<LearnDomainException>(() => request.HandBack(9, Now)).Code);
        Assert.Equal("help.already_taken", Assert.Throws<LearnDomainException>(() => request.Take(9, Now)).Code);
        Assert.Equal("help.transfer_invalid", Assert.Throws<LearnDomainException>(() => request.Transfer(7, 1, Now)).Code);

        request.HandBack(7, Now.AddMinutes(5));
        Assert.Equal(HelpStatus.Waiting, request.Status);
        Assert.Equal(HelpStage.VillageKader, request.Stage);
        Assert.Null(request.HelperId);
        Assert.Equal(Now.AddMinutes(5), request.RoutedAt);
    }

    [Fact]
    public void AResolvedRequestTakesNoMessagesAndOnlyItsLearnerRatesItOneToFiveStars()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        Assert.Equal("help.not_resolved", Assert.Throws<LearnDomainException>(() => request.Rate(1, 5)).Code);
        request.RecordMessage(7, Now);
        request.Resolve(7, HelpOutcome.MeetInPerson, Now.AddMinutes(9));

        Assert.Equal("help.closed", Assert.Throws<LearnDomainException>(() => request.RecordMessage(1, Now)).Code);
        Assert.Equal("help.not_learner", Assert.Throws<LearnDomainException>(() => request.Rate(7, 5)).Code);
        Assert.Equal("help.rating_invalid", Assert.Throws<LearnDomainException>(() => request.Rate(1, 0)).Code);
        request.Rate(1, 4);
        Assert.Equal(4, request.Rating);
        Assert.Equal(HelpOutcome.MeetInPerson, request.Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public void AnEmptyMessageIsRefused(string? text)
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        Assert.Equal("help.message_empty", Assert.Throws<LearnDomainException>(() => HelpMessage.Write(request, 1, "abc", text, Now, 100)).Code);
    }

    [Fact]
    public void AMessageKeepsItsTextAsTypedAndRefusesBadClientIds()
    {
        var request = new HelpRequest(1, 1, HelpContext.None, 7, Now);
        Assert.Equal("<b>hai</b>", HelpMessage.Write(request, 1, "abc-1", "  <b>hai</b> ", Now, 100).Text);
        Assert.Equal("help.client_id_invalid", Assert.Throws<LearnDomainException>(() => HelpMessage.Write(request, 1, "a b", "x", Now, 100)).Code);
        Assert.Equal("help.message_too_long", Assert.Throws<LearnDomainException>(() => HelpMessage.Write(request, 1, "a", new string('x', 101), Now, 100)).Code);
    }

    [Fact]
    public void ContextThatIsNotAPlainIdIsDroppedRatherThanRefused()
    {
        var cleaned = new HelpContext("kenali", "<script>", new string('q', 101)).Cleaned();
        Assert.Equal(new HelpContext("kenali", null, null), cleaned);
    }
}
