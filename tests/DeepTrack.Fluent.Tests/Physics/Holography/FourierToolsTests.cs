using System.Numerics;
using System.Text.Json;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>DeepTrack 2.0's Fourier tools and propagation matrix, and the padding and shift of <see cref="Propagate"/>, against DeepTrack 2.0.</summary>
public class FourierToolsTests
{
    private static readonly JsonElement Reference = Load();

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DeepTrack.Fluent.Testing.RepositoryPaths.Reference("ix_holography_fourier_tools.json")));
        return document.RootElement.Clone();
    }

    private static double[] Values(string name) => [.. Reference.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];

    private static Complex[] ComplexValues(string name) => [.. Values(name + "_real").Zip(Values(name + "_imag"), (r, i) => new Complex(r, i))];

    private static Image<double> Field()
    {
        // numpy layout (24, 20, 2) → two planes.
        var values = Values("values");
        var image = new Image<double>(24, 20, 2);
        for (int i = 0; i < 24 * 20; i++)
        {
            image.WritablePlane(0)[i] = values[2 * i];
            image.WritablePlane(1)[i] = values[2 * i + 1];
        }

        return image;
    }

    private static Image<Complex> Matrix()
        => PropagationMatrix.Create(40, 36, 2.Micrometers(), 100.Nanometers(), 633.Nanometers(), 1.33, shiftRows: Length.FromMeters(-0.5e-6), shiftColumns: 0.3.Micrometers());

    private static double Worst(ReadOnlySpan<Complex> actual, ReadOnlySpan<Complex> expected)
    {
        double worst = 0, peak = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            worst = Math.Max(worst, Complex.Abs(actual[i] - expected[i]));
            peak = Math.Max(peak, Complex.Abs(expected[i]));
        }

        return worst / peak;
    }

    [Fact]
    public void Propagation_matrix_with_its_lateral_shift_is_deeptrack_2s()
    {
        Assert.True(Worst(Matrix().AsReadOnlySpan(), ComplexValues("matrix")) < 1e-12);
    }

    [Fact]
    public void Fourier_transform_pads_symmetrically_as_deeptrack_2()
    {
        var spectrum = (Feature.Constant(Field()) >> new FourierTransform().WithPadding(8)).Build().Resolve();
        Assert.Equal((40, 36), (spectrum.Height, spectrum.Width));
        Assert.True(Worst(spectrum.AsReadOnlySpan(), ComplexValues("spectrum")) < 1e-12);
    }

    [Theory]
    [InlineData(3, "power3_field")]
    [InlineData(-2, "power_minus2_field")]
    public void Transformation_by_a_power_of_the_matrix_then_inverse_transform_is_deeptrack_2s(int power, string name)
    {
        var inverse = PropagationMatrix.Create(40, 36, Length.FromMeters(-2e-6), 100.Nanometers(), 633.Nanometers(), 1.33);
        var pipeline = Feature.Constant(Field()) >> new FourierTransform().WithPadding(8)
            >> new FourierTransformTransformation().WithForward(Matrix()).WithInverse(inverse).WithPower(power)
            >> new InverseFourierTransform().WithPadding(8);
        var field = pipeline.Build().Resolve();
        var expected = Values(name);
        double worst = 0;
        for (int i = 0; i < 24 * 20; i++)
        {
            worst = Math.Max(worst, Math.Abs(field.Plane(0)[i] - expected[2 * i]) + Math.Abs(field.Plane(1)[i] - expected[2 * i + 1]));
        }

        Assert.True(worst < 1e-10, $"largest difference {worst:E2}");
    }

    [Fact]
    public void Fourier_transforms_round_trip_and_move_ground_truth_with_the_padding()
    {
        var field = (Feature.Constant(Field()) >> new FourierTransform().WithPadding(5).WithMode(FieldPadding.Nearest) >> new InverseFourierTransform().WithPadding(5)).Build().Resolve();
        Assert.True(field.AsReadOnlySpan().ToArray().Zip(Field().AsReadOnlySpan().ToArray(), (a, b) => Math.Abs(a - b)).Max() < 1e-12);
    }

    [Fact]
    public void Propagate_pads_symmetrically_by_default_and_equals_the_deeptrack_2_tools_with_the_carrier()
    {
        // 16×20 field, padding 8: 32×36 grids (already FFT sizes), so both routes transform the same padded field.
        var random = new RandomStream(3);
        var field = new Image<Complex>(16, 20);
        var pixels = field.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = new Complex(1 + 0.1 * random.NextGaussian(), 0.1 * random.NextGaussian());
        }

        var propagate = new Propagate().WithDistance(1.5.Micrometers()).WithPadding(8).WithPixelSize(100.Nanometers())
            .WithShiftRows(0.2.Micrometers()).WithShiftColumns(Length.FromMeters(-0.4e-6));
        var direct = (Feature.Constant(field) >> propagate).Build().Resolve();
        var matrix = PropagationMatrix.Create(32, 36, 1.5.Micrometers(), 100.Nanometers(), 633.Nanometers(), 1.33, 0.2.Micrometers(), Length.FromMeters(-0.4e-6));
        var tools = (Feature.Constant(field) >> new SplitComplex() >> new FourierTransform().WithPadding(8)
            >> new FourierTransformTransformation().WithForward(matrix) >> new InverseFourierTransform().WithPadding(8) >> new MergeComplex()).Build().Resolve();
        var carrier = Complex.FromPolarCoordinates(1, 2 * Math.PI * 1.33 / 633e-9 * 1.5e-6);
        Assert.True(Worst(direct.AsReadOnlySpan(), [.. tools.AsReadOnlySpan().ToArray().Select(v => v * carrier)]) < 1e-12);

        // The mean padding of earlier versions gives another field near the edges.
        var mean = (Feature.Constant(field) >> propagate.WithMode(FieldPadding.Mean)).Build().Resolve();
        Assert.True(Worst(mean.AsReadOnlySpan(), direct.AsReadOnlySpan()) > 1e-3);
    }

    [Fact]
    public void Lateral_shift_moves_the_field_by_its_distance()
    {
        // A Gaussian spot at (20, 24) moved by (0.5 µm, −0.3 µm) at 100 nm pixels: to (25, 21).
        var field = new Image<Complex>(48, 48);
        for (int row = 0; row < 48; row++)
        {
            for (int column = 0; column < 48; column++)
            {
                field[row, column] = Math.Exp(-((row - 20) * (row - 20) + (column - 24) * (column - 24)) / 50.0);
            }
        }

        var moved = (Feature.Constant(field) >> new Propagate().WithDistance(Length.FromMeters(0)).WithMode(FieldPadding.Zero)
            .WithShiftRows(0.5.Micrometers()).WithShiftColumns(Length.FromMeters(-0.3e-6))).Build().Resolve();
        double total = 0, r = 0, c = 0;
        for (int row = 0; row < 48; row++)
        {
            for (int column = 0; column < 48; column++)
            {
                double w = moved[row, column].Magnitude;
                total += w;
                r += w * row;
                c += w * column;
            }
        }

        Assert.Equal(25, r / total, 3);
        Assert.Equal(21, c / total, 3);
    }

    [Fact]
    public void Transformation_without_its_matrix_or_of_another_size_is_rejected_by_name()
    {
        var spectrum = new Image<Complex>(8, 8);
        var exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(spectrum) >> new FourierTransformTransformation().WithPower(-1)).Build().Resolve());
        Assert.Contains("FourierTransformTransformation.Inverse", exception.Message);
        exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(spectrum) >> new FourierTransformTransformation().WithForward(new Image<Complex>(4, 4))).Build().Resolve());
        Assert.Contains("8×8", exception.Message);
    }

    [Fact]
    public void Propagate_distance_that_is_not_finite_is_named()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (Feature.Constant(new Image<Complex>(8, 8)) >> new Propagate().WithDistance(Length.FromMeters(double.NaN))).Build().Resolve());
        Assert.Contains("Propagate.Distance", exception.Message);
        Assert.DoesNotContain("PixelSize", exception.Message);
        var direct = Assert.Throws<ArgumentOutOfRangeException>(() => AngularSpectrum.TransferFunction(8, 8, 100.Nanometers(), 633.Nanometers(), 1.33, Length.FromMeters(double.NaN), new SimulationEnvironment()));
        Assert.Equal("distance", direct.ParamName);
    }
}
