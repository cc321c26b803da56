namespace Learn.Web.Help;

/// <summary>
/// The hub connection a message was sent on (set by <see cref="HelpHub.Send"/>, one per call's scope; none for a form post). The
/// message is not pushed back to it: the call's answer already carries it, so only the sender's other tabs and devices get a copy.
/// </summary>
public sealed class HelpCaller
{
    public string? ConnectionId { get; set; }
}
