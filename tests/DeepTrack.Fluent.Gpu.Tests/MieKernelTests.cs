using System.Numerics;
using DeepTrack.Fluent.Gpu.Batching;
using DeepTrack.Fluent.Gpu.Kernels;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Gpu.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class MieKernelTests(SimulatorFixture fixture)
{
    [Fact]
    public void FarFieldsEqualTheManagedKernelPixelByPixel()
    {
        const int height = 18, width = 22;
        const double pixel = 100e-9, medium = 1.33, wavelength = 633e-9;
        double k = 2 * Math.PI * medium / wavelength;
        double cosCollection = Math.Cos(Math.Asin(0.9 / medium));
        var particles = new[]
        {
            (Row: 8.3, Column: 10.6, Radius: 0.5e-6, Index: 1.45, OffsetZ: 2e-6, Input: 0.0, Output: double.NaN),
            (Row: 2.0, Column: 15.2, Radius: 0.25e-6, Index: 1.59, OffsetZ: 0.8e-6, Input: 0.3, Output: Math.PI / 4),
        };
        var fields = new List<MieField>();
        var coefficients = new List<(ReadOnlyMemory<Complex>, ReadOnlyMemory<Complex>)>();
        foreach (var p in particles)
        {
            var set = MieCoefficients.Compute(new Complex(p.Index / medium, 0), k * p.Radius);
            coefficients.Add((set.A, set.B));
            fields.Add(new MieField
            {
                Row = p.Row, Column = p.Column, PixelMeters = pixel, OffsetZ = p.OffsetZ, K = k, CosCollection = cosCollection,
                InputPolarization = p.Input, OutputPolarization = double.IsNaN(p.Output) ? 0 : p.Output, HasAnalyser = double.IsNaN(p.Output) ? 0 : 1,
            });
        }

        Complex[] actual;
        lock (fixture.Device.Gate)
        {
            actual = DeviceMie.Fields(fixture.Device.Kernels, fields, coefficients, height, width);
        }

        int cut = 0;
        for (int f = 0; f < particles.Length; f++)
        {
            var p = particles[f];
            var (a, b) = coefficients[f];
            var expected = new Complex[height * width];
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    expected[row * width + column] = MieFieldKernel.ScatteredField(
                        (row - p.Row) * pixel, (column - p.Column) * pixel, p.OffsetZ, k, cosCollection, p.Input, p.Output, a.Span, b.Span);
                }
            }

            double peak = expected.Max(c => c.Magnitude);
            double difference = expected.Select((e, i) => (e - actual[f * height * width + i]).Magnitude).Max();
            cut += expected.Count(c => c == Complex.Zero);
            Assert.True(peak > 0);
            Assert.True(difference <= 1e-9 * peak, $"particle {f}: max difference {difference:G3} of peak {peak:G3}");
        }

        Assert.True(cut > 0, "no pixel lies outside the collection cone: the cut is not tested");
    }
}
