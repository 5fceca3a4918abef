using System.Numerics;
using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Cameras;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Tests.Robustness;

/// <summary>
/// Valid draws that leave nothing to image: no objects in the sample, an all-zero or flat image, the smallest windows.
/// Every feature gives a defined result for them instead of aborting the sample.
/// </summary>
public class DegenerateInputTests
{
    private static readonly PixelRegion Region = PixelRegion.Square(16);

    private static Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> NoObjects => new PointParticle() ^ 0;

    private static Image<double> Flat(double value, int size = 16)
    {
        var image = new Image<double>(size, size);
        image.AsWritableSpan().Fill(value);
        return image;
    }

    private static void AllEqual(Image<double> image, double expected, int precision = 12)
        => Assert.All(image.AsReadOnlySpan().ToArray(), v => Assert.Equal(expected, v, precision));

    public static TheoryData<string> SampleFeatures => ["Fluorescence", "Brightfield", "Darkfield", "Holography", "Iscat", "SegmentationMask", "DiskMask", "SpotMask", "DensityMap", "Mie brightfield"];

    [Theory]
    [MemberData(nameof(SampleFeatures))]
    public void A_sample_without_objects_images_as_nothing(string feature)
    {
        T Coherent<T>(T optics)
            where T : CoherentOptics
            => (T)optics.WithOutputRegion(Region).WithPadding(4);
        Image<double> Run(Feature<IReadOnlyList<SampleObject>, Image<double>> f) => (NoObjects >> f).Build(seed: 1).Resolve();
        switch (feature)
        {
            case "Fluorescence": AllEqual(Run(new Fluorescence().WithOutputRegion(Region).WithPadding(4)), 0); break;
            case "Brightfield": AllEqual(Run(Coherent(new Brightfield())), 1); break;
            case "Darkfield": AllEqual(Run(Coherent(new Darkfield())), 0); break;
            case "Iscat": AllEqual(Run(Coherent(new Iscat()).WithReferenceAmplitude(0.4)), 0.16); break;
            case "Holography":
                var field = Run(Coherent(new Holography()));
                Assert.All(field.Plane(0).ToArray(), v => Assert.Equal(1, v, 12));
                Assert.All(field.Plane(1).ToArray(), v => Assert.Equal(0, v, 12));
                break;
            case "SegmentationMask": AllEqual(Run(new SegmentationMask().WithOutputRegion(Region)), 0); break;
            case "DiskMask": AllEqual(Run(new DiskMask().WithOutputRegion(Region)), 0); break;
            case "SpotMask": AllEqual(Run(new SpotMask().WithOutputRegion(Region)), 0); break;
            case "DensityMap": AllEqual(Run(new DensityMap().WithOutputRegion(Region)), 0); break;
            case "Mie brightfield": AllEqual(((new MieSphere() ^ 0) >> Coherent(new Brightfield())).Build().Resolve(), 1); break;
        }
    }

    public static TheoryData<string, double> FlatImageFeatures => new()
    {
        { "NormalizeMinMax", 0 }, { "NormalizeStandard", 0 }, { "NormalizeQuantile", 0 }, { "GaussianBlur", 3 }, { "AverageBlur", 3 },
        { "MedianBlur", 3 }, { "MaxPool", 3 }, { "MinPool", 3 }, { "MedianPool", 3 }, { "AveragePool", 3 }, { "Clip", 2 },
        { "PoissonNoise at its background", 3 }, { "Affine", 3 }, { "ElasticTransformation", 3 }, { "FlipLeftRight", 3 }, { "Pad", 3 },
        { "Crop to one pixel", 3 }, { "CropToMultiplesOf", 3 }, { "Camera in the dark", 100 },
    };

    [Theory]
    [MemberData(nameof(FlatImageFeatures))]
    public void A_flat_image_gives_a_flat_result(string feature, double expected)
    {
        Feature<Image<double>, Image<double>> f = feature switch
        {
            "NormalizeMinMax" => new NormalizeMinMax<double>(),
            "NormalizeStandard" => new NormalizeStandard<double>(),
            "NormalizeQuantile" => new NormalizeQuantile<double>(),
            "GaussianBlur" => new GaussianBlur<double>().WithSigma(2),
            "AverageBlur" => new AverageBlur<double>(),
            "MedianBlur" => new MedianBlur<double>(),
            "MaxPool" => new MaxPool<double>(),
            "MinPool" => new MinPool<double>(),
            "MedianPool" => new MedianPool<double>(),
            "AveragePool" => new AveragePool<double>(),
            "Clip" => new Clip<double>().WithMinimum(0).WithMaximum(2),
            "PoissonNoise at its background" => new PoissonNoise().WithBackground(3).WithSnr(1e6),
            "Affine" => new Affine<double>().WithRotation(0.3).WithMode(BorderMode.Nearest),
            "ElasticTransformation" => new ElasticTransformation<double>().WithMode(BorderMode.Nearest),
            "FlipLeftRight" => new FlipLeftRight<double>(),
            "Pad" => new Pad<double>().WithTop(2).WithLeft(1).WithMode(BorderMode.Nearest),
            "Crop to one pixel" => new Crop<double>().WithTop(15).WithLeft(15).WithHeight(1).WithWidth(1),
            "CropToMultiplesOf" => new CropToMultiplesOf<double>().WithMultiple(16),
            "Camera in the dark" => new Camera().WithReadNoise(0).WithBaseline(100),
            _ => throw new ArgumentException(feature),
        };
        var image = (Feature.Constant(Flat(feature == "Camera in the dark" ? 0 : 3)) >> f).Build(seed: 2).Resolve();
        AllEqual(image, expected, feature.StartsWith("PoissonNoise", StringComparison.Ordinal) ? 2 : 12);
    }

    [Fact]
    public void Reductions_of_a_flat_image_are_its_value_and_no_spread()
    {
        var flat = Feature.Constant(Flat(3));
        Assert.Equal(3, (flat >> new Reduce<double>().WithFunction(Reduction.Mean)).Build().Resolve(), 12);
        Assert.Equal(0, (flat >> new Reduce<double>().WithFunction(Reduction.StandardDeviation)).Build().Resolve(), 12);
        Assert.Equal(3, (flat >> new Quantile<double>().WithProbability(0.9)).Build().Resolve(), 12);
    }

    [Fact]
    public void Fields_without_any_scatterer_pass_the_holography_tools_unchanged()
    {
        var plane = new Image<Complex>(16, 16);
        plane.AsWritableSpan().Fill(Complex.One);
        var propagated = (Feature.Constant(plane) >> new Propagate().WithDistance(2.Micrometers()).WithPadding(4)).Build().Resolve();
        Assert.All(propagated.AsReadOnlySpan().ToArray(), v => Assert.Equal(1, v.Magnitude, 9));
        var intensity = (Feature.Constant(plane) >> new RescaleField().WithFactor(3) >> new FieldIntensity()).Build().Resolve();
        AllEqual(intensity, 1);
    }

    [Fact]
    public void An_empty_zernike_series_is_the_ideal_pupil()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(8, 8));
        var optics = new Fluorescence().WithOutputRegion(Region).WithPadding(4);
        var plain = (particle >> optics).Build().Resolve();
        var series = (particle >> optics.WithPupil(new ZernikeSeries())).Build().Resolve();
        Assert.True(plain.AsReadOnlySpan().SequenceEqual(series.AsReadOnlySpan()));
    }
}
