using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Fft;

namespace DeepTrack.Fluent.Tests.Physics;

public class PropagationTests
{
    private static readonly Length Pixel = 100.Nanometers();
    private static readonly Length Wavelength = 633.Nanometers();
    private const double Medium = 1.33;

    /// <summary>A random field whose spectrum lies well inside the propagating disc (so propagation is lossless).</summary>
    private static Complex[] BandLimitedField(int size, int seed)
    {
        var random = new RandomStream((ulong)seed);
        var spectrum = new Complex[size * size];
        double kMax = 2 * Math.PI * Medium / Wavelength.Meters;
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                double kx = 2 * Math.PI * (r <= size / 2 ? r : r - size) / (size * Pixel.Meters);
                double ky = 2 * Math.PI * (c <= size / 2 ? c : c - size) / (size * Pixel.Meters);
                if (kx * kx + ky * ky < 0.5 * kMax * kMax)
                {
                    spectrum[r * size + c] = new Complex(random.NextGaussian(), random.NextGaussian());
                }
            }
        }

        new ManagedFftBackend().Inverse(spectrum, size, size);
        return spectrum;
    }

    [Fact]
    public void Propagating_forward_then_back_returns_the_field()
    {
        var original = BandLimitedField(64, 1);
        var field = (Complex[])original.Clone();
        AngularSpectrum.Propagate(field, 64, 64, Pixel, Wavelength, Medium, 5.Micrometers(), new SimulationEnvironment());
        double changed = original.Zip(field).Max(p => (p.First - p.Second).Magnitude);
        AngularSpectrum.Propagate(field, 64, 64, Pixel, Wavelength, Medium, -5.Micrometers(), new SimulationEnvironment());
        double scale = original.Max(v => v.Magnitude);
        Assert.True(changed > 0.1 * scale, "propagation by 5 µm must change the field");
        Assert.All(original.Zip(field), p => Assert.True((p.First - p.Second).Magnitude < 1e-9 * scale));
    }

    [Fact]
    public void A_plane_wave_only_gains_the_phase_k_d()
    {
        var field = Enumerable.Repeat(Complex.One, 32 * 32).ToArray();
        var distance = 2.5.Micrometers();
        AngularSpectrum.Propagate(field, 32, 32, Pixel, Wavelength, Medium, distance, new SimulationEnvironment());
        var expected = Complex.FromPolarCoordinates(1, 2 * Math.PI * Medium / Wavelength.Meters * distance.Meters);
        Assert.All(field, v => Assert.True((v - expected).Magnitude < 1e-12));
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(6.5)]
    public void A_point_source_refocuses_at_its_true_distance(double micrometres)
    {
        // The field of a point source at distance z0 (an analytic spherical wave), recorded on a plane.
        const int size = 128;
        double z0 = micrometres * 1e-6;
        double k = 2 * Math.PI * Medium / Wavelength.Meters;
        var field = new Image<Complex>(size, size);
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                double x = (r - 64) * Pixel.Meters, y = (c - 64) * Pixel.Meters;
                double distance = Math.Sqrt(x * x + y * y + z0 * z0);
                field[r, c] = Complex.FromPolarCoordinates(z0 / distance / distance, k * distance);
            }
        }

        var focus = FocusSearch.FindFocus(field, Pixel, Wavelength, Medium, -10.Micrometers(), 0.Micrometers());
        Assert.InRange(focus.Micrometers, -micrometres - 0.15, -micrometres + 0.15);
    }

    [Fact]
    public void Propagate_feature_keeps_a_uniform_field_uniform_with_padding_and_records_its_distance()
    {
        var propagate = new Propagate().WithDistance(Distribution.Uniform(1e-6, 2e-6).Select(m => m.Meters())).WithPadding(16);
        var pipeline = (Feature.Constant(new Image<Complex>(40, 40) + Complex.One) >> propagate).Build(seed: 1);
        var output = pipeline.Resolve();
        double distance = output.Get(propagate, p => p.Distance).Single().Meters;
        var expected = Complex.FromPolarCoordinates(1, 2 * Math.PI * 1.33 / 633e-9 * distance);
        Assert.InRange(distance, 1e-6, 2e-6);
        Assert.All(output.AsSpan().ToArray(), v => Assert.True((v - expected).Magnitude < 1e-9));
    }

    [Fact]
    public void Split_and_merge_are_inverse_and_rescale_scales_the_scattered_part()
    {
        var field = Image<Complex>.FromArray([new Complex(1.2, 0.3), new Complex(0.9, -0.1)], 1, 2);
        var split = (Feature.Constant(field) >> new SplitComplex()).Build().Resolve();
        Assert.Equal([1.2, 0.9, 0.3, -0.1], split.AsSpan().ToArray());
        var merged = (Feature.Constant(split) >> new MergeComplex()).Build().Resolve();
        Assert.Equal(field.AsSpan().ToArray(), merged.AsSpan().ToArray());
        var rescaled = (Feature.Constant(field) >> new RescaleField().WithFactor(2)).Build().Resolve();
        Assert.Equal(new Complex(1.4, 0.6), rescaled[0, 0]);
        Assert.Equal(new Complex(0.8, -0.2), rescaled[0, 1]);
        var intensity = (Feature.Constant(field) >> new FieldIntensity()).Build().Resolve();
        Assert.Equal(1.2 * 1.2 + 0.3 * 0.3, intensity[0, 0], 12);
    }
}
