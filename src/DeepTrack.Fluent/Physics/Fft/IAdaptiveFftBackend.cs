namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// A discovered backend whose priority depends on the machine, for example one that is faster than the managed
/// default only when a GPU is present. Its <see cref="Priority"/> replaces the one its
/// <see cref="FftBackendProviderAttribute"/> declares.
/// </summary>
public interface IAdaptiveFftBackend : IFftBackend
{
    /// <summary>The priority on this machine; the managed default has 0, higher wins.</summary>
    int Priority { get; }
}
