namespace Learn.Core.Shop;

public enum RunStatus
{
    Active = 0,
    Succeeded = 1,
    Failed = 2,
    Stopped = 3,
}
