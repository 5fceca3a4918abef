namespace DeepTrack.Fluent;

/// <summary>
/// A <see cref="MergeFeature{T}"/> of <see langword="double"/> images, the pixel type of almost every simulation:
/// <c>public sealed partial record Camera : MergeFeature</c>.
/// </summary>
public abstract record MergeFeature : MergeFeature<double>;
