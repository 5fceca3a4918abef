namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>Floats equal within an absolute tolerance.</summary>
internal sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
{
    public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(float obj) => 0;
}
