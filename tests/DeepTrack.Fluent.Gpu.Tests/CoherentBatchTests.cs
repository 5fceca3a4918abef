using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>The device's coherent batches of Mie spheres (brightfield, darkfield, holography, iSCAT) against the managed path, image by image, on ILGPU's CPU simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class CoherentBatchTests(SimulatorFixture fixture)
{
    private const int Size = 24;

    /// <summary>The largest difference allowed, relative to the managed image's peak (double precision on both paths).</summary>
    private const double Tolerance = 1e-12;

    private static Feature<IReadOnlyList<SampleObject>, IReadOnlyList<SampleObject>> Spheres()
        => new MieSphere()
            .WithRadius(0.4.Micrometers())
            .WithRefractiveIndex(1.45)
            .WithPosition(Distribution.UniformPosition(2, Size - 2, 2, Size - 2))
            .WithZ(Distribution.Uniform(-4, 4)) ^ 2;

    private static T Setup<T>(T optics, int upscale)
        where T : CoherentOptics
        => (T)optics.WithNA(0.9).WithOutputRegion(PixelRegion.Square(Size)).WithPadding(4).WithUpscale(upscale);

    public static TheoryData<string, int> Contrasts => new()
    {
        { nameof(Brightfield), 1 },
        { nameof(Brightfield), 2 },
        { nameof(Darkfield), 1 },
        { nameof(Darkfield), 2 },
        { nameof(Holography), 1 },
        { nameof(Holography), 2 },
        { nameof(Iscat), 1 },
    };

    private static CoherentOptics Optics(string name, int upscale) => name switch
    {
        nameof(Brightfield) => Setup(new Brightfield(), upscale),
        nameof(Darkfield) => Setup(new Darkfield(), upscale),
        nameof(Holography) => Setup(new Holography(), upscale),
        // A reference drawn per sample: the device must take each image's own.
        _ => Setup(new Iscat().WithReferenceAmplitude(Distribution.Uniform(0.3, 0.7)).WithReferencePhase(40.0.Degrees()), upscale),
    };

    [Theory]
    [MemberData(nameof(Contrasts))]
    public void MieSpheresEqualTheManagedPath(string contrast, int upscale)
    {
        var feature = Spheres() >> Optics(contrast, upscale);
        BatchComparison.AssertSameImages(feature, seed: 9, count: 2, fixture.Device, Tolerance);

        // The spheres must show (a range of at least 5 % of the peak), or the comparison would not see a missing particle or a wrong contrast.
        var image = feature.Build(seed: 9).Sample(7);
        for (int plane = 0; plane < image.Depth; plane++)
        {
            var pixels = image.Plane(plane).ToArray();
            double range = pixels.Max() - pixels.Min(), peak = pixels.Max(Math.Abs);
            Assert.True(range > 0.05 * peak, $"{contrast} plane {plane}: the spheres barely show (range {range:G3}, peak {peak:G3})");
        }
    }

    [Fact]
    public void HolographyBatchesHaveTwoChannels()
    {
        var feature = Spheres() >> Optics(nameof(Holography), 1) >> new GaussianNoise().WithSigma(0.02);
        var pipeline = feature.Build(seed: 4, new SimulationEnvironment().WithGpu(fixture.Device));
        var images = pipeline.GenerateBatch(2);
        var batch = pipeline.GenerateNchwBatch(2);
        Assert.Equal(new long[] { 2, 2, Size, Size }, batch.Shape);
        for (int n = 0; n < 2; n++)
        {
            Assert.Equal(images[n].AsReadOnlySpan().ToArray().Select(v => (float)v), batch.Image(n).ToArray());
        }

        // The noise reaches the imaginary plane too: it differs from the noiseless field by about σ.
        var clean = (Spheres() >> Optics(nameof(Holography), 1)).Build(seed: 4).Generate(1)[0];
        var residual = images[0].Plane(1).ToArray().Zip(clean.Plane(1).ToArray(), (a, b) => a - b).ToArray();
        double rms = Math.Sqrt(residual.Select(r => r * r).Average());
        Assert.InRange(rms, 0.015, 0.025);

        var managed = feature.Build(seed: 4).GenerateNchwBatch(1);
        Assert.Equal(new long[] { 1, 2, Size, Size }, managed.Shape);
    }

    [Fact]
    public void WhatTheDeviceCannotComputeIsRefusedByName()
    {
        var device = new SimulationEnvironment().WithGpu(fixture.Device);
        var voxels = (new Sphere().WithPosition(new PixelPosition(8, 8)) >> Setup(new Darkfield(), 1)).Build(seed: 1, device);
        var refused = Assert.Throws<SampleGenerationException>(() => voxels.GenerateBatch(1));
        Assert.IsType<NotSupportedException>(refused.InnerException);
        Assert.Contains("Darkfield on the GPU images Mie particles only", refused.InnerException!.Message);

        var shaped = (Spheres() >> (Setup(new Holography(), 1) with { Illumination = new IlluminationGradient() })).Build(seed: 1, device);
        refused = Assert.Throws<SampleGenerationException>(() => shaped.GenerateBatch(1));
        Assert.Contains("shaped illumination (IlluminationGradient)", refused.InnerException!.Message);

        var reference = (Spheres() >> Setup(new Iscat().WithReferenceAmplitude(0), 1)).Build(seed: 1, device);
        refused = Assert.Throws<SampleGenerationException>(() => reference.GenerateBatch(1));
        var property = Assert.IsType<PropertyValueException>(refused.InnerException);
        Assert.Contains("ReferenceAmplitude", property.Message);

        var after = (Spheres() >> Setup(new Iscat(), 1) >> new Background().WithLevel(1)).Build(seed: 1, device);
        Assert.Contains("Background", Assert.Throws<NotSupportedException>(() => after.GenerateBatch(1)).Message);
    }
}
