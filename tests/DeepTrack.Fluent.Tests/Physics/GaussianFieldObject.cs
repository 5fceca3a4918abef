using System.Numerics;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>An analytic field scatterer: adds Amplitude·exp(−r²/2σ²) (r in camera pixels) around its position.</summary>
internal sealed record GaussianFieldObject : SampleObject, IFieldScatterer
{
    public Complex Amplitude { get; init; } = 0.1;

    public double Sigma { get; init; } = 6;

    public void AddScatteredField(OpticalGrid grid, Span<Complex> field)
    {
        var (row0, column0) = grid.ToGrid(Position);
        double sigma = Sigma * grid.Upscale;
        for (int row = 0; row < grid.Height; row++)
        {
            for (int column = 0; column < grid.Width; column++)
            {
                double r2 = (row - row0) * (row - row0) + (column - column0) * (column - column0);
                field[row * grid.Width + column] += Amplitude * Math.Exp(-r2 / (2 * sigma * sigma));
            }
        }
    }
}

/// <summary>A scatterer feature that appends a <see cref="GaussianFieldObject"/>.</summary>
[Feature]
internal sealed partial record GaussianField : Scatterer
{
    public partial double Amplitude { get; init; } = 0.1;

    protected override SampleObject Create(FeatureContext context) => new GaussianFieldObject { Position = Position, Z = Z, Amplitude = Amplitude };
}
