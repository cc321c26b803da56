namespace Learn.Web.Help;

/// <summary>
/// The hub connection the current help call came in on (one per call's scope; none for a form post). A message is not
/// pushed back to it: the call's answer already carries the message, so only the sender's other tabs and devices get a copy.
/// </summary>
public sealed class HelpCaller
{
    public string? ConnectionId { get; set; }
}
