namespace DeepTrack.Fluent;

/// <summary>Marks features that evaluate their child with one feature replaced by another.</summary>
internal interface IBinding
{
    /// <summary>The feature replaced.</summary>
    Feature Target { get; }

    /// <summary>The replacement, which keeps the target's random streams.</summary>
    Feature Replacement { get; }
}
