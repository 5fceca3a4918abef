using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

internal static class OpticsGrid
{
    /// <summary>The FFT grid rows the optics use.</summary>
    public static int Rows(Optics optics) => optics.CheckedLayout().GridHeight;
}
