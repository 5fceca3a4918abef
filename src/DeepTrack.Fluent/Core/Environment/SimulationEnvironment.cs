using System;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent;

/// <summary>
/// What a pipeline computes with, besides its features: the FFT backend of the optics and one byte-budgeted cache
/// of the values they reuse (pupils, PSFs, transfer functions, Mie tables). Chosen when the pipeline is built,
/// <c>feature.Build(seed, environment)</c>, and reachable from <see cref="FeatureContext.Environment"/>.
/// </summary>
/// <remarks>
/// <para>Nothing is chosen behind the caller's back: without an environment, <c>Build</c> creates a new default one
/// (the managed FFT, <see cref="DefaultCacheBudgetBytes"/>), so two pipelines share a cache only when they are
/// built with the same environment. Satellite packages add their backends as extensions, e.g.
/// <c>new SimulationEnvironment().WithTorchFft()</c> in DeepTrack.Fluent.Torch.</para>
/// <para>The environment never changes the images: every backend computes the same transforms (to rounding), and
/// cached values are exactly what would be computed again. It is thread-safe and may be shared by pipelines used
/// on several threads.</para>
/// </remarks>
public sealed class SimulationEnvironment
{
    /// <summary>The cache budget of a default environment: 256 MiB.</summary>
    public const long DefaultCacheBudgetBytes = 256L << 20;

    /// <summary>Creates an environment with the managed FFT backend and a cache of <see cref="DefaultCacheBudgetBytes"/>.</summary>
    public SimulationEnvironment()
        : this(new ManagedFftBackend(), DefaultCacheBudgetBytes)
    {
    }

    /// <summary>Creates an environment.</summary>
    /// <param name="fft">The FFT backend of every transform.</param>
    /// <param name="cacheBudgetBytes">The most bytes the cache keeps (≥ 0; 0 keeps nothing).</param>
    public SimulationEnvironment(IFftBackend fft, long cacheBudgetBytes = DefaultCacheBudgetBytes)
        : this(fft, cacheBudgetBytes, null)
    {
    }

    /// <summary>Creates an environment with an accelerator attached.</summary>
    /// <param name="fft">The FFT backend of every transform.</param>
    /// <param name="cacheBudgetBytes">The most bytes the cache keeps (≥ 0; 0 keeps nothing).</param>
    /// <param name="device">The accelerator of the batch methods of a satellite package (null: none).</param>
    public SimulationEnvironment(IFftBackend fft, long cacheBudgetBytes, IDeviceBackend? device)
    {
        Fft = fft ?? throw new ArgumentNullException(nameof(fft));
        Cache = new SimulationCache(cacheBudgetBytes);
        Device = device;
    }

    /// <summary>The FFT backend of every transform.</summary>
    public IFftBackend Fft { get; }

    /// <summary>The cache shared by every pipeline built with this environment.</summary>
    public SimulationCache Cache { get; }

    /// <summary>The accelerator attached by a satellite package (e.g. <c>WithGpu</c> of DeepTrack.Fluent.Gpu), or null.</summary>
    public IDeviceBackend? Device { get; }

    /// <summary>A new environment with another FFT backend, the same budget and an empty cache.</summary>
    /// <param name="fft">The backend.</param>
    /// <returns>The new environment.</returns>
    public SimulationEnvironment WithFft(IFftBackend fft) => new(fft, Cache.BudgetBytes, Device);

    /// <summary>A new environment with the same FFT backend and an empty cache of another budget.</summary>
    /// <param name="budgetBytes">The most bytes the cache keeps (≥ 0).</param>
    /// <returns>The new environment.</returns>
    public SimulationEnvironment WithCacheBudget(long budgetBytes) => new(Fft, budgetBytes, Device);

    /// <summary>A new environment with an accelerator attached (null: none), the same FFT backend and budget and an empty cache.</summary>
    /// <param name="device">The accelerator.</param>
    /// <returns>The new environment.</returns>
    public SimulationEnvironment WithDevice(IDeviceBackend? device) => new(Fft, Cache.BudgetBytes, device);

    /// <inheritdoc />
    public override string ToString()
        => $"SimulationEnvironment(FFT: {Fft.Name}, cache budget: {Cache.BudgetBytes / (1024.0 * 1024):0.#} MiB{(Device is null ? string.Empty : $", device: {Device.Name}")})";
}
