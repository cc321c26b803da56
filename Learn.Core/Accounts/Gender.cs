namespace Learn.Core.Accounts;

public enum Gender
{
    Unspecified = 0,
    Female = 1,
    Male = 2,
}
