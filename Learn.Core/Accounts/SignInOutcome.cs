namespace Learn.Core.Accounts;

public enum SignInOutcome
{
    Success,
    WrongPhoneOrPin,
    LockedOut,
    Inactive,
}

public sealed record SignInResult(SignInOutcome Outcome, Account? Account, DateTimeOffset? LockedUntil = null);
