using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>A failing sample of Generate names seed, sample, feature and replica, and its reproduction line works.</summary>
public class SampleGenerationFailureTests
{
    // About 5 % of the draws are negative, so some samples fail and most do not.
    private static readonly RequireNonNegative Checked = new RequireNonNegative().WithValue(Distribution.Uniform(-0.05, 1));

    private static Feature<NoInput, double> Pipeline() => Feature.Constant(0.0) >> Checked;

    private static long FirstFailingSample(ulong seed, long start)
    {
        var pipeline = Pipeline().Build(seed);
        for (long i = start; ; i++)
        {
            try
            {
                pipeline.Sample(i);
            }
            catch (PropertyValueException)
            {
                return i;
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void The_lowest_failing_sample_is_reported_whatever_the_thread_count(int threads)
    {
        const ulong Seed = 11;
        long expected = FirstFailingSample(Seed, 0);
        Assert.InRange(expected, 1, 399);
        for (int attempt = 0; attempt < 5; attempt++)
        {
            var exception = Assert.Throws<SampleGenerationException>(() => Pipeline().Build(Seed).Generate(400, maxDegreeOfParallelism: threads));
            Assert.Equal(expected, exception.SampleIndex);
            Assert.Equal(Seed, exception.Seed);
            Assert.Same(Checked, exception.Feature);
            Assert.Equal(ReplicaPath.Root, exception.Replica);
            Assert.IsType<PropertyValueException>(exception.InnerException);
        }
    }

    [Fact]
    public void Of_given_indices_the_first_failing_one_in_their_order_is_reported_whatever_the_thread_count()
    {
        const ulong Seed = 11;
        long first = FirstFailingSample(Seed, 0);
        long second = FirstFailingSample(Seed, first + 1);
        foreach (int threads in new[] { 1, -1 })
        {
            var exception = Assert.Throws<SampleGenerationException>(() => Pipeline().Build(Seed).Generate([0, second, first + 1, first], threads));
            Assert.Equal(second, exception.SampleIndex);
        }
    }

    [Fact]
    public void The_message_names_seed_sample_and_feature_gives_the_reproduction_line_and_the_cause_once()
    {
        var exception = Assert.Throws<SampleGenerationException>(() => Pipeline().Build(seed: 11).Generate(400));
        var inner = exception.InnerException!;
        Assert.StartsWith($"Sample {exception.SampleIndex} (seed 11) failed in RequireNonNegative: PropertyValueException: RequireNonNegative.Value = -", exception.Message);
        Assert.Contains($"pipeline.Sample({exception.SampleIndex})", exception.Message);
        Assert.Equal($"pipeline.Sample({exception.SampleIndex})", exception.Reproduction);
        Assert.Equal(1, Occurrences(exception.Message, inner.Message));
        Assert.Equal(2, Occurrences(exception.ToString(), inner.Message));
    }

    [Fact]
    public void The_reproduction_line_throws_the_original_exception_again()
    {
        var exception = Assert.Throws<SampleGenerationException>(() => Pipeline().Build(seed: 12).Generate(300, start: 5_000));
        Assert.True(exception.SampleIndex >= 5_000);
        var again = Assert.Throws<PropertyValueException>(() => Pipeline().Build(exception.Seed).Sample(exception.SampleIndex));
        Assert.Equal(exception.InnerException!.Message, again.Message);
        Assert.Equal(FirstFailingSample(12, 5_000), exception.SampleIndex);
    }

    [Fact]
    public void A_failure_inside_a_repeat_names_the_replica()
    {
        var repeated = Feature.Constant(0.0) >> (Checked ^ 3);
        var exception = Assert.Throws<SampleGenerationException>(() => repeated.Build(seed: 13).Generate(400));
        Assert.Same(Checked, exception.Feature);
        Assert.Equal(1, exception.Replica.Depth);
        Assert.InRange(exception.Replica[0], 0, 2);
        Assert.Contains($"in RequireNonNegative, replica ({exception.Replica[0]}):", exception.Message);
        Assert.Throws<PropertyValueException>(() => repeated.Build(seed: 13).Sample(exception.SampleIndex));
    }

    [Fact]
    public void Streams_fail_the_same_way()
    {
        var exception = Assert.Throws<SampleGenerationException>(() => Pipeline().Build(seed: 11).Stream(batchSize: 16).Take(1_000).ToList());
        Assert.Equal(FirstFailingSample(11, 0), exception.SampleIndex);
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
