using System.Numerics;
using System.Threading;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Tests.Physics.Fft;

/// <summary>Delegates to the managed backend and counts the transforms (to check what the optics transform).</summary>
internal sealed class CountingBackend : IFftBackend
{
    private readonly ManagedFftBackend managed = new();
    private int forward;
    private int inverse;

    public int ForwardCount => forward;

    public int InverseCount => inverse;

    public string Name => "counting";

    public void Forward(Span<Complex> data, int height, int width)
    {
        Interlocked.Increment(ref forward);
        managed.Forward(data, height, width);
    }

    public void Inverse(Span<Complex> data, int height, int width)
    {
        Interlocked.Increment(ref inverse);
        managed.Inverse(data, height, width);
    }
}
