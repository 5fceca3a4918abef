namespace DeepTrack.Fluent;

/// <summary>The input of features that start a pipeline (they take nothing).</summary>
public readonly record struct NoInput
{
    /// <summary>The only value.</summary>
    public static NoInput Value => default;
}
