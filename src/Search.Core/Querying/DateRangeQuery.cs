namespace Search.Core.Querying;

/// <summary>Documents published between two dates, both inclusive; an open end is null.</summary>
/// <param name="From">First day, or null for no lower bound.</param>
/// <param name="To">Last day, or null for no upper bound.</param>
public sealed record DateRangeQuery(DateOnly? From, DateOnly? To) : Query;
