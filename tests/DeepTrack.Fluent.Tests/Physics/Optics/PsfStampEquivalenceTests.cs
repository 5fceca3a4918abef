using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>
/// The one-pass stamp (<see cref="PsfStamp"/>) adds the same light as the stamp it replaced
/// (<see cref="ScalarPsfStamp"/>) to within 1e-12 of the image's peak (the four taps are now summed before they are
/// added, so the last bits may differ): bilinear splats anywhere on the padded grid (wrapping at every edge), planes out
/// of focus, upscaled grids, and arbitrary entries (repeated and scattered pixels) that do not form splats.
/// </summary>
public class PsfStampEquivalenceTests
{
    [Theory]
    [InlineData(64, 10, 1, 0, 1)]
    [InlineData(128, 10, 1, 0, 10)]
    [InlineData(100, 0, 1, 3, 7)]
    [InlineData(37, 5, 2, -2, 5)]
    [InlineData(50, 20, 1, 0, 100)]
    [InlineData(33, 3, 1, 0, 4)]
    [InlineData(1, 4, 1, 0, 2)]
    [InlineData(1, 0, 1, 0, 3)]
    [InlineData(2, 0, 1, 0, 3)]
    [InlineData(3, 0, 1, 0, 3)]
    public void BilinearSplatsMatchTheFourPassStamp(int size, int padding, int upscale, int z, int particles)
    {
        var (psf, layout) = Plane(size, padding, upscale, z);
        var random = new Random(size * 1000 + particles);
        for (int trial = 0; trial < 20; trial++)
        {
            var entries = new List<(int Index, double Value)>();
            for (int p = 0; p < particles; p++)
            {
                // As VolumeRenderer splats a point: the corner anywhere from one pixel outside the padded grid.
                double cornerRow = -1 + (layout.PaddedHeight + 1) * random.NextDouble();
                double cornerColumn = -1 + (layout.PaddedWidth + 1) * random.NextDouble();
                int row0 = (int)Math.Floor(cornerRow), column0 = (int)Math.Floor(cornerColumn);
                double fr = cornerRow - row0, fc = cornerColumn - column0, value = 1 + 99 * random.NextDouble();
                foreach (var (dr, dc, weight) in new[] { (0, 0, (1 - fr) * (1 - fc)), (0, 1, (1 - fr) * fc), (1, 0, fr * (1 - fc)), (1, 1, fr * fc) })
                {
                    int row = row0 + dr, column = column0 + dc;
                    if (weight != 0 && row >= 0 && row < layout.PaddedHeight && column >= 0 && column < layout.PaddedWidth)
                    {
                        entries.Add((row * layout.GridWidth + column, value * weight));
                    }
                }
            }

            AssertSame(psf, layout, entries);
        }
    }

    [Fact]
    public void EntriesThatAreNotSplatsMatchTheFourPassStamp()
    {
        var (psf, layout) = Plane(48, 6, 1, 1);
        var random = new Random(5);
        int length = layout.GridHeight * layout.GridWidth;
        for (int trial = 0; trial < 50; trial++)
        {
            var entries = new List<(int Index, double Value)>();
            int count = random.Next(1, 40);
            for (int k = 0; k < count; k++)
            {
                // Scattered pixels, runs along a row, and the same pixel twice in a row.
                int index = random.Next(3) switch
                {
                    0 => random.Next(length),
                    1 when entries.Count > 0 => (entries[^1].Index + 1) % length,
                    _ when entries.Count > 0 => entries[^1].Index,
                    _ => random.Next(length),
                };
                entries.Add((index, random.NextDouble() - 0.3));
            }

            AssertSame(psf, layout, entries);
        }
    }

    /// <summary>
    /// Planes of 20–150 splats, which the FFT path imaged before the stamp became cheaper, get the same image from
    /// the stamp as from the FFT convolution with the plane's OTF, to within 1e-12 of the peak.
    /// </summary>
    [Theory]
    [InlineData(64, 10, 25)]
    [InlineData(128, 10, 100)]
    [InlineData(40, 5, 150)]
    public void StampEqualsTheFftConvolution(int size, int padding, int particles)
    {
        var optics = new Fluorescence().WithNA(0.7).WithWavelength(660.Nanometers()).WithPadding(padding).WithOutputRegion(PixelRegion.Square(size));
        var layout = optics.CheckedLayout();
        var key = optics.KeyOf(layout, PupilFunction.Ideal);
        var environment = new SimulationEnvironment();
        var psf = OpticsCache.PsfOf(environment, key, 0);
        var random = new Random(particles);
        int length = layout.GridHeight * layout.GridWidth;
        var entries = new List<(int Index, double Value)>();
        for (int p = 0; p < particles; p++)
        {
            int row = random.Next(layout.PaddedHeight - 1), column = random.Next(layout.PaddedWidth - 1);
            double fr = random.NextDouble(), fc = random.NextDouble(), value = 1 + 99 * random.NextDouble();
            entries.Add((row * layout.GridWidth + column, value * (1 - fr) * (1 - fc)));
            entries.Add((row * layout.GridWidth + column + 1, value * (1 - fr) * fc));
            entries.Add(((row + 1) * layout.GridWidth + column, value * fr * (1 - fc)));
            entries.Add(((row + 1) * layout.GridWidth + column + 1, value * fr * fc));
        }

        var stamped = new double[layout.OutputHeight * layout.OutputWidth];
        PsfStamp.Add(psf, layout, entries, stamped);

        var grid = new System.Numerics.Complex[length];
        foreach (var (index, value) in entries)
        {
            grid[index] += value;
        }

        environment.Fft.Forward(grid, layout.GridHeight, layout.GridWidth);
        var otf = OpticsCache.OtfOf(environment, key, 0);
        for (int i = 0; i < length; i++)
        {
            grid[i] *= otf[i];
        }

        environment.Fft.Inverse(grid, layout.GridHeight, layout.GridWidth);
        double peak = stamped.Max(), worst = 0;
        for (int row = 0; row < layout.OutputHeight; row++)
        {
            for (int column = 0; column < layout.OutputWidth; column++)
            {
                double convolved = grid[(row + layout.CropRow) * layout.GridWidth + column + layout.CropColumn].Real;
                worst = Math.Max(worst, Math.Abs(convolved - stamped[row * layout.OutputWidth + column]));
            }
        }

        Assert.True(peak > 0, "the splats must put light on the output");
        Assert.True(worst <= 1e-12 * peak, $"largest difference {worst:E3} for a peak of {peak:E3}");
    }

    private static void AssertSame(PsfPlane psf, SimulationLayout layout, List<(int Index, double Value)> entries)
    {
        var expected = new double[layout.OutputHeight * layout.OutputWidth];
        var actual = new double[expected.Length];
        var rowByRow = new double[expected.Length];
        ScalarPsfStamp.Stamp(psf, layout, entries, expected);
        RowByRowPsfStamp.Stamp(psf, layout, entries, rowByRow);
        PsfStamp.Add(psf, layout, entries, actual);
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits(rowByRow[i]) == BitConverter.DoubleToInt64Bits(actual[i]),
                $"pixel {i / layout.OutputWidth}, {i % layout.OutputWidth} of {layout.OutputHeight}×{layout.OutputWidth}: row by row {rowByRow[i]:R}, in pairs of rows {actual[i]:R}");
        }

        double peak = expected.Max(Math.Abs);
        double worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(peak > 0, "the entries must put light on the output");
        Assert.True(worst <= 1e-12 * peak, $"largest difference {worst:E3} for a peak of {peak:E3} ({entries.Count} entries)");
    }

    private static (PsfPlane Psf, SimulationLayout Layout) Plane(int size, int padding, int upscale, int z)
    {
        var optics = new Fluorescence()
            .WithNA(0.7)
            .WithWavelength(660.Nanometers())
            .WithPadding(padding)
            .WithUpscale(upscale)
            .WithOutputRegion(PixelRegion.Square(size));
        var layout = optics.CheckedLayout();
        var key = optics.KeyOf(layout, PupilFunction.Ideal);
        return (OpticsCache.PsfOf(new SimulationEnvironment(), key, z), layout);
    }
}
