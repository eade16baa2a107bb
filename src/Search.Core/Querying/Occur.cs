namespace Search.Core.Querying;

/// <summary>How a clause of a <see cref="BooleanQuery"/> takes part in matching.</summary>
public enum Occur
{
    /// <summary>The clause must match.</summary>
    Must,

    /// <summary>At least one SHOULD clause must match when there is no MUST clause; otherwise it only adds score.</summary>
    Should,

    /// <summary>The clause must not match.</summary>
    MustNot,
}
