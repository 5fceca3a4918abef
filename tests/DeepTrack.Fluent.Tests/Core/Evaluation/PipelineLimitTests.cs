using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>Requests that cannot work fail at once with a clear message; very deep pipelines evaluate.</summary>
public class PipelineLimitTests
{
    [Fact]
    public void A_chain_of_20000_features_evaluates_without_overflowing_the_stack()
    {
        Feature<NoInput, double> chain = Feature.Constant(0.0);
        for (int i = 0; i < 20_000; i++)
        {
            chain = chain >> new AddAmount().WithAmount(1);
        }

        var pipeline = chain.Build(seed: 1);
        Assert.Equal(20_000, pipeline.Resolve());
        Assert.Equal([20_000.0, 20_000.0, 20_000.0], pipeline.Generate(3));
        Assert.StartsWith("Value<Double> >> AddAmount >> AddAmount", chain.Name);
        Assert.Equal(20_001, chain.Name.Split(" >> ").Length);
    }

    [Fact]
    public void Generate_of_more_samples_than_an_array_holds_fails_at_once()
    {
        var pipeline = (Feature.Constant(0.0) >> new AddAmount().WithAmount(1)).Build();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.Generate(int.MaxValue));
        Assert.Equal("count", exception.ParamName);
        Assert.StartsWith("Generate(2147483647) asks for more items than one array holds", exception.Message);
        Assert.Contains("Stream()", exception.Message);
        Assert.Equal(0, pipeline.TotalComputations);
    }

    [Fact]
    public void Generate_of_more_images_than_fit_in_memory_fails_after_the_first_sample()
    {
        var pipeline = ((new Dot().WithPosition(new PixelPosition(1, 1)) ^ 1) >> new SumImages()).Build();
        int count = (int)Math.Min(Array.MaxLength, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (16 * 16 * 8) + 1_000);
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.Generate(count));
        Assert.StartsWith($"Generate({count}) would keep about", exception.Message);
        Assert.Contains("(2 KiB each), more than the", exception.Message);
    }

    [Fact]
    public void A_sequence_longer_than_memory_allows_is_a_property_error()
    {
        var frames = (new Dot().WithPosition(new PixelPosition(1, 1)) >> new SumImages()).AsSequence(int.MaxValue);
        var exception = Assert.Throws<PropertyValueException>(() => frames.Build().Resolve());
        Assert.Equal("Length", exception.PropertyName);
        Assert.Equal(int.MaxValue, exception.Value);
        Assert.StartsWith("Sequence", exception.FeatureName);
        Assert.Contains(".Length = 2147483647 is not allowed: 2147483647 frames asks for more items than one array holds", exception.Message);
        Assert.Contains("use fewer frames.", exception.Message);
    }
}
