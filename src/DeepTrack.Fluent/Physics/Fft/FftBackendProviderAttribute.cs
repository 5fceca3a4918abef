using System;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// Declares, on an assembly, an <see cref="IFftBackend"/> that <see cref="FftBackend.Current"/> may pick up
/// automatically: a satellite package (for example one built on libtorch) marks its assembly with this
/// attribute, and referencing the package is enough to use it.
/// </summary>
/// <remarks>The backend type needs a public parameterless constructor. The highest <see cref="Priority"/> wins.</remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FftBackendProviderAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="backendType">A type implementing <see cref="IFftBackend"/> with a public parameterless constructor.</param>
    /// <param name="priority">Higher wins; the managed default has priority 0.</param>
    public FftBackendProviderAttribute(Type backendType, int priority)
    {
        BackendType = backendType;
        Priority = priority;
    }

    /// <summary>The backend type.</summary>
    public Type BackendType { get; }

    /// <summary>Higher wins; the managed default has priority 0.</summary>
    public int Priority { get; }
}
