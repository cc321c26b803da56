namespace Learn.Core.Accounts;

public enum Role
{
    Learner = 0,
    Kader = 1,
    Facilitator = 2,
    Admin = 3,
}
