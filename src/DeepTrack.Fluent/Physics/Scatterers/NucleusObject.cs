using System;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Physics;

/// <summary>What <see cref="Nucleus"/> appends: a deformed, textured elliptical disk, one pixel thick.</summary>
public sealed record NucleusObject : VolumeObject
{
    /// <summary>The semi-axis along the first axis (columns at zero rotation).</summary>
    public required Length Radius { get; init; }

    /// <summary>The semi-axis along the second axis (rows at zero rotation).</summary>
    public required Length SecondRadius { get; init; }

    /// <summary>The rotation of the first axis, counter-clockwise as displayed (rows downwards).</summary>
    public Angle Rotation { get; init; }

    /// <summary>The largest relative change of the radius by the outline's modes, in [0, 1).</summary>
    public double Deformation { get; init; }

    /// <summary>The number of outline modes (orders 2 to <see cref="Modes"/> + 1).</summary>
    public int Modes { get; init; } = 1;

    /// <summary>The strength of the brightness texture (≥ 0).</summary>
    public double Texture { get; init; }

    /// <summary>The texture's grain in camera pixels (&gt; 0).</summary>
    public double TextureScale { get; init; } = 1;

    /// <summary>The key of the random stream that draws the outline's modes and the texture.</summary>
    public ulong Key { get; init; }

    /// <inheritdoc />
    public override Length BoundingRadius => Length.FromMeters((1 + Deformation) * Math.Max(Radius.Meters, SecondRadius.Meters));

    /// <inheritdoc />
    internal override (double Voxels, string Property, object Value)? Extent(VoxelGrid grid)
    {
        bool first = Radius >= SecondRadius;
        double across = 2 * Math.Ceiling((1 + Deformation) * (first ? Radius : SecondRadius) / grid.VoxelSize);
        return (across * across, first ? nameof(Radius) : nameof(SecondRadius), first ? Radius : SecondRadius);
    }

    /// <summary>
    /// Voxels whose centre lies strictly inside the deformed outline (see <see cref="Nucleus"/>), on a grid from −⌈(1 + D)r⌉
    /// to ⌈(1 + D)r⌉ − 1 voxels (r the larger semi-axis in lateral voxels), each holding the axial upscale times the
    /// texture, which averages 1 over the inside voxels. A voxel at column offset x and row offset y has ellipse
    /// coordinates u = x·cos α − y·sin α and v = x·sin α + y·cos α (α = <see cref="Rotation"/>), as for
    /// <see cref="EllipseObject"/>.
    /// </summary>
    /// <param name="grid">The simulation grid.</param>
    /// <returns>The occupancy.</returns>
    public override Voxels Voxelise(VoxelGrid grid)
    {
        var random = new RandomStream(Key);
        var amplitudes = new double[Modes];
        var phases = new double[Modes];
        for (int k = 0; k < Modes; k++)
        {
            amplitudes[k] = Deformation * random.NextDouble(-1, 1) / Modes;
            phases[k] = random.NextDouble(0, 2 * Math.PI);
        }

        double a = Radius / grid.VoxelSize, b = SecondRadius / grid.VoxelSize;
        int half = checked((int)Math.Ceiling((1 + Deformation) * Math.Max(a, b)));
        int size = 2 * half;
        var inside = new bool[size * size];
        double cos = Math.Cos(Rotation.Radians), sin = Math.Sin(Rotation.Radians);
        for (int row = 0; row < size; row++)
        {
            double y = row - half;
            for (int column = 0; column < size; column++)
            {
                double x = column - half;
                double u = (x * cos - y * sin) / a, v = (x * sin + y * cos) / b;
                double rho = Math.Sqrt(u * u + v * v), theta = Math.Atan2(v, u), outline = 1;
                for (int k = 0; k < Modes; k++)
                {
                    outline += amplitudes[k] * Math.Cos((k + 2) * theta + phases[k]);
                }

                inside[row * size + column] = rho < outline;
            }
        }

        var weights = Weights(size, grid.Upscale, random, inside);
        var voxels = new Voxels(size, size, 1);
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column < size; column++)
            {
                int i = row * size + column;
                if (inside[i])
                {
                    voxels[row, column, 0] = grid.AxialUpscale * weights[i];
                }
            }
        }

        return voxels;
    }

    /// <summary>The texture: max(0, 1 + Texture·g) on the inside voxels, scaled to average 1 there; all 1 when Texture is 0.</summary>
    private double[] Weights(int size, int upscale, RandomStream random, bool[] inside)
    {
        var weights = new double[size * size];
        if (Texture == 0)
        {
            Array.Fill(weights, 1.0);
            return weights;
        }

        var noise = new Image<double>(size, size);
        var pixels = noise.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextGaussian();
        }

        var smooth = SeparableFilter.Apply(noise, GaussianKernel.Create(TextureScale * upscale, 4), BorderMode.Reflect, 0.0).AsReadOnlySpan();
        double mean = 0, square = 0;
        foreach (double value in smooth)
        {
            mean += value / smooth.Length;
            square += value * value / smooth.Length;
        }

        double scale = 1 / Math.Sqrt(Math.Max(square - mean * mean, 1e-300)), total = 0;
        int count = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Max(0, 1 + Texture * (smooth[i] - mean) * scale);
            if (inside[i])
            {
                total += weights[i];
                count++;
            }
        }

        double normalisation = total > 0 ? count / total : 1;
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = total > 0 ? weights[i] * normalisation : 1;
        }

        return weights;
    }
}
