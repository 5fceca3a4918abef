using System.Numerics;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class MieFieldTests
{
    private static readonly Length Wavelength = 633.Nanometers();

    [Fact]
    public void Kernel_reduces_to_the_amplitude_functions_along_and_across_the_polarisation()
    {
        var set = MieCoefficients.Compute(new Complex(1.45 / 1.33, 0), 6.6);
        double k = 2 * Math.PI * 1.33 / Wavelength.Meters;
        double offset = 3e-6, lateral = 1.2e-6;
        double r = Math.Sqrt(offset * offset + lateral * lateral);
        var (s1, s2) = set.AmplitudeFunctions(Math.Acos(offset / r));
        var spherical = Complex.ImaginaryOne * Complex.FromPolarCoordinates(1 / (k * r), k * r);

        var alongRows = MieFieldKernel.ScatteredField(lateral, 0, offset, k, 0, 0, 0, set.A.Span, set.B.Span);
        var alongColumns = MieFieldKernel.ScatteredField(0, lateral, offset, k, 0, 0, 0, set.A.Span, set.B.Span);
        Assert.True((alongRows - spherical * s2).Magnitude < 1e-12 * (spherical * s2).Magnitude);
        Assert.True((alongColumns - spherical * s1).Magnitude < 1e-12 * (spherical * s1).Magnitude);
        Assert.Equal(Complex.Zero, MieFieldKernel.ScatteredField(lateral, 0, offset, k, 0.99, 0, 0, set.A.Span, set.B.Span));
    }

    [Theory]
    [InlineData(1.45, 6.6, 0.0, 0.0)]
    [InlineData(1.6, 40.0, 0.3, double.NaN)]
    public void Tabulated_kernel_matches_the_series_at_every_point(double index, double sizeParameter, double input, double output)
    {
        var set = MieCoefficients.Compute(new Complex(index / 1.33, 0), sizeParameter);
        double k = 2 * Math.PI * 1.33 / Wavelength.Meters, offset = 3e-6, collection = Math.Asin(0.9 / 1.33);
        var geometry = MieGeometry.Create(offset, k, collection, input, output);
        int samples = Math.Max(1024, Math.Max(16 * set.TermCount, (int)Math.Ceiling(16 * geometry.RhoMax / 47e-9)));
        double step = geometry.RhoMax / (samples - 2);
        var cosines = Enumerable.Range(0, samples).Select(i => offset / Math.Sqrt(i * step * i * step + offset * offset)).ToArray();
        var s1 = new Complex[samples];
        var s2 = new Complex[samples];
        set.AmplitudeFunctions(cosines, s1, s2);

        double worst = 0, peak = 0;
        for (int i = -60; i <= 60; i++)
        {
            for (int j = -60; j <= 60; j++)
            {
                double x = i * 47e-9 + 3e-9, y = j * 47e-9 - 7e-9;
                var exact = MieFieldKernel.ScatteredField(x, y, offset, k, Math.Cos(collection), input, output, set.A.Span, set.B.Span);
                var fast = MieFieldKernel.ScatteredFieldTabulated(x, y, geometry, s1, s2, step);
                if (Math.Abs(Math.Sqrt(x * x + y * y) - geometry.RhoMax) < 2 * step)
                {
                    continue;
                }

                worst = Math.Max(worst, (exact - fast).Magnitude);
                peak = Math.Max(peak, exact.Magnitude);
            }
        }

        Assert.True(worst < 1e-4 * peak, $"worst {worst:E2} vs peak {peak:E2}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_focused_sphere_is_centred_on_its_position_for_any_upscale(int upscale)
    {
        var position = new PixelPosition(30.3, 33.7);
        var sphere = new MieSphere().WithRadius(0.3.Micrometers()).WithRefractiveIndex(1.45).WithPosition(position);
        var sample = (sphere >> Feature.Lambda<IReadOnlyList<SampleObject>, SampleObject>(list => list[0])).Build().Resolve();
        int size = 64 * upscale;
        var grid = new OpticalGrid(size, size, 0, 0, upscale, Length.FromMeters(1e-7 / upscale), Wavelength, 0.9, 1.33);
        var field = new Complex[size * size];
        ((IFieldScatterer)sample).AddScatteredField(grid, field);

        // Intensity-weighted centroid of the scattered light within 6 camera pixels of the expected position.
        double sum = 0, rows = 0, columns = 0;
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                double row = (r - (upscale - 1) / 2.0) / upscale, column = (c - (upscale - 1) / 2.0) / upscale;
                if (Math.Abs(row - position.Row) > 6 || Math.Abs(column - position.Column) > 6)
                {
                    continue;
                }

                double weight = Math.Pow(field[r * size + c].Magnitude, 4);
                sum += weight;
                rows += weight * row;
                columns += weight * column;
            }
        }

        Assert.InRange(rows / sum, position.Row - 0.05, position.Row + 0.05);
        Assert.InRange(columns / sum, position.Column - 0.05, position.Column + 0.05);
    }

    [Fact]
    public void Small_sphere_cross_section_matches_rayleigh_scattering()
    {
        var radius = 5.Nanometers();
        var sphere = new MieSphere().WithRadius(radius).WithRefractiveIndex(new Complex(1.6, 0)).WithPosition(new PixelPosition(0, 0));
        var sections = (sphere >> Feature.Lambda<IReadOnlyList<SampleObject>, int>(l => l.Count)).Build().Resolved(sphere).CrossSections(Wavelength, 1.33);
        double k = 2 * Math.PI * 1.33 / Wavelength.Meters;
        var m = new Complex(1.6 / 1.33, 0);
        var polarisability = (m * m - 1) / (m * m + 2);
        double rayleigh = 8 * Math.PI / 3 * Math.Pow(k, 4) * Math.Pow(radius.Meters, 6) * polarisability.Magnitude * polarisability.Magnitude;
        Assert.InRange(sections.Scattering / rayleigh, 0.99, 1.01);
        Assert.Equal(sections.Extinction, sections.Scattering, sections.Scattering * 1e-9);
    }

    [Fact]
    public void Bad_shapes_name_the_feature_property_and_value()
    {
        var negative = new MieSphere().WithRadius(-1.Micrometers()).WithPosition(new PixelPosition(0, 0));
        var error = Assert.Throws<PropertyValueException>(() => negative.Build().Resolve());
        Assert.Equal(("MieSphere", "Radius"), (error.FeatureName, error.PropertyName));

        var layers = new MieStratifiedSphere().WithRadii([1.Micrometers(), 0.5.Micrometers()]).WithPosition(new PixelPosition(0, 0));
        var layered = Assert.Throws<PropertyValueException>(() => layers.Build().Resolve());
        Assert.Equal("MieStratifiedSphere", layered.FeatureName);
        Assert.Contains("non-decreasing", layered.Message);
    }

    [Fact]
    public void A_single_layer_stratified_sphere_scatters_like_the_homogeneous_sphere()
    {
        var homogeneous = new MieSphere().WithRadius(0.4.Micrometers()).WithRefractiveIndex(1.5).WithPosition(new PixelPosition(0, 0));
        var layered = new MieStratifiedSphere().WithRadii([0.4.Micrometers()]).WithRefractiveIndices([new Complex(1.5, 0)]).WithPosition(new PixelPosition(0, 0));
        var a = homogeneous.Build().Resolved(homogeneous).CrossSections(Wavelength, 1.33);
        var b = layered.Build().Resolved(layered).CrossSections(Wavelength, 1.33);
        Assert.Equal(a.Scattering, b.Scattering, a.Scattering * 1e-9);
        Assert.Equal(a.Asymmetry, b.Asymmetry, 1e-9);
    }
}
