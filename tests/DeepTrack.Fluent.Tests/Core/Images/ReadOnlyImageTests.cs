using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>Images returned by features, or given to a pipeline, cannot be written: memoised images stay intact.</summary>
public class ReadOnlyImageTests
{
    private static readonly Dot Source = new Dot().WithPosition(new PixelPosition(3, 4)).WithIntensity(5);

    private static Feature<IReadOnlyList<Image<double>>, Image<double>> Rendered() => Source >> new SumImages();

    [Theory]
    [InlineData(InputWrite.Span)]
    [InlineData(InputWrite.Indexer)]
    [InlineData(InputWrite.Plane)]
    public void A_feature_that_writes_into_its_input_is_stopped_with_its_name(InputWrite how)
    {
        var rendered = Rendered();
        var pipeline = (rendered >> new WriteIntoInput().WithHow(how)).Build(seed: 1);
        var exception = Assert.Throws<ReadOnlyImageException>(() => pipeline.Resolve());
        Assert.Equal("WriteIntoInput", exception.FeatureName);
        Assert.StartsWith("WriteIntoInput wrote into Image<Double>[16×16], which is read-only", exception.Message);
        Assert.Contains("Clone()", exception.Message);
        Assert.Contains("CreateLike()", exception.Message);
        Assert.IsType<ReadOnlyImageException>(exception.InnerException);

        // The memoised upstream image is intact: the same pipeline without the faulty feature sees the original pixel.
        var clean = Rendered().Build(seed: 1).Resolve();
        Assert.Equal(0, clean[0, 0]);
    }

    [Fact]
    public void The_same_write_in_parallel_generation_names_the_feature_and_the_sample()
    {
        var pipeline = (Rendered() >> new WriteIntoInput()).Build(seed: 2);
        var exception = Assert.Throws<SampleGenerationException>(() => pipeline.Generate(50));
        Assert.Equal(0, exception.SampleIndex);
        var write = Assert.IsType<ReadOnlyImageException>(exception.InnerException);
        Assert.Equal("WriteIntoInput", write.FeatureName);
    }

    [Fact]
    public void Memoised_images_cannot_be_modified_downstream_or_by_the_caller()
    {
        var rendered = Rendered();
        var pipeline = (rendered >> new AddToCopy()).Build(seed: 3);
        var output = pipeline.Resolve();
        Assert.True(output.IsReadOnly);
        Assert.Equal(1, output[0, 0]);
        Assert.Throws<ReadOnlyImageException>(() => output.AsWritableSpan());
        Assert.Throws<ReadOnlyImageException>(() => output[0, 0] = 7);
        Assert.Throws<ReadOnlyImageException>(() => output.WritablePlane(0));
        Assert.Same(output, pipeline.Resolve());
        Assert.Equal(1, output[0, 0]);

        var copy = output.Clone();
        copy[0, 0] = 7;
        Assert.False(copy.IsReadOnly);
        Assert.Equal(1, output[0, 0]);
        Assert.False(output.CreateLike().IsReadOnly);
    }

    [Fact]
    public void Images_inside_lists_and_tuples_are_read_only_too()
    {
        var dots = (Source ^ 3).Build(seed: 4).Resolve();
        Assert.Equal(3, dots.Count);
        Assert.All(dots, image => Assert.True(image.IsReadOnly));

        var (first, second) = (Rendered() & (Rendered() >> new AddToCopy())).Build(seed: 4).Resolve();
        Assert.True(first.IsReadOnly);
        Assert.True(second.IsReadOnly);
    }

    [Fact]
    public void An_image_given_to_a_pipeline_becomes_read_only_with_every_view_of_its_pixels()
    {
        var image = new Image<double>(16, 16);
        image[2, 2] = 3;
        var view = image.WithTruth(GroundTruth.Empty);
        Assert.False(view.IsReadOnly);

        var pipeline = new AddToCopy().Build(image, seed: 5);
        var output = pipeline.Resolve();
        Assert.True(image.IsReadOnly);
        Assert.True(view.IsReadOnly);
        Assert.Throws<ReadOnlyImageException>(() => view[2, 2] = 0);
        Assert.Equal(1, output[0, 0]);
        Assert.Equal(3, output[2, 2]);

        var later = output.WithTruth(GroundTruth.Empty);
        Assert.True(later.IsReadOnly);
    }

    [Fact]
    public void From_array_copies_so_the_caller_cannot_change_the_image_afterwards()
    {
        double[] pixels = [1, 2, 3, 4];
        var image = Image<double>.FromArray(pixels, 2, 2);
        pixels[0] = 100;
        Assert.Equal(1, image[0, 0]);
        Assert.False(image.IsReadOnly);
        image[0, 0] = 5;
        Assert.Equal(100, pixels[0]);
    }

    [Fact]
    public void The_message_outside_a_feature_says_what_to_do()
    {
        var output = Rendered().Build().Resolve();
        var exception = Assert.Throws<ReadOnlyImageException>(() => output.AsWritableSpan());
        Assert.Null(exception.FeatureName);
        Assert.StartsWith("Image<Double>[16×16] is read-only", exception.Message);
        Assert.Contains("image.Clone()", exception.Message);
    }

    [Fact]
    public void Parallel_generation_of_a_pipeline_with_memoised_images_stays_bit_identical()
    {
        // A constant image (memoised once per worker and shared by all its samples) under per-sample noise.
        var noisy = Rendered() >> new AddToCopy() >> new GaussianNoise().WithSigma(Distribution.Uniform(0.5, 2));
        var pipeline = noisy.Build(seed: 6);
        var parallel = pipeline.Generate(300);
        var sequential = pipeline.Generate(300, maxDegreeOfParallelism: 1);
        var fresh = noisy.Build(seed: 6);
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i].AsSpan().ToArray(), parallel[i].AsSpan().ToArray());
        }

        Assert.Equal(fresh.Sample(123).AsSpan().ToArray(), parallel[123].AsSpan().ToArray());
    }
}
