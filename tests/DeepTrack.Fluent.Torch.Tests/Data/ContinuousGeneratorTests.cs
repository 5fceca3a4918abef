using System.Threading;
using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class ContinuousGeneratorTests
{
    private static ContinuousGenerator<NoInput, Image<double>> Create(ContinuousGeneratorOptions options, ulong seed = 21)
    {
        var spot = TestSpot.Random(8);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        return new ContinuousGenerator<NoInput, Image<double>>(spot.Build(seed), encoder, options);
    }

    private static List<long[]> Run(ContinuousGenerator<NoInput, Image<double>> generator, int epochs, List<float[]>? inputs = null)
    {
        var served = new List<long[]>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            using var scope = NewDisposeScope();
            var indices = new List<long>();
            foreach (var batch in generator.Epoch(epoch))
            {
                indices.AddRange(batch.Indices);
                inputs?.Add(batch.Inputs.data<float>().ToArray());
            }

            served.Add([.. indices]);
        }

        return served;
    }

    [Fact]
    public void With_a_fixed_admission_no_sample_is_served_in_more_than_k_epochs_and_the_buffer_stays_within_its_limits()
    {
        var options = new ContinuousGeneratorOptions { MinSize = 64, MaxSize = 128, BatchSize = 16, MaxEpochsPerSample = 3, NewSamplesPerEpoch = 48, ChunkSize = 32 };
        using var generator = Create(options);
        var epochs = Run(generator, 12);

        Assert.Equal(Enumerable.Range(0, 64).Select(i => (long)i), epochs[0].Order());
        Assert.All(epochs, e => Assert.InRange(e.Length, 64, 128));
        Assert.All(epochs, e => Assert.Equal(e.Length, e.Distinct().Count()));
        var uses = epochs.SelectMany(e => e).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(uses, u => Assert.InRange(u.Value, 1, 3));
        Assert.Contains(uses.Values, v => v == 3);
        Assert.Equal(generator.CurrentSamples.Count, generator.TrackedSamples);

        // Retired samples never come back: each index is served in consecutive epochs.
        foreach (long index in uses.Keys)
        {
            var present = Enumerable.Range(0, epochs.Count).Where(e => epochs[e].Contains(index)).ToArray();
            Assert.Equal(present.Length - 1, present[^1] - present[0]);
        }
    }

    [Fact]
    public void Admitting_everything_produced_still_never_serves_a_sample_more_than_k_epochs()
    {
        var options = new ContinuousGeneratorOptions { MinSize = 32, MaxSize = 96, BatchSize = 8, MaxEpochsPerSample = 2, ChunkSize = 16 };
        using var generator = Create(options);
        var epochs = new List<long[]>();
        for (int epoch = 0; epoch < 8; epoch++)
        {
            epochs.AddRange(Run2(generator, epoch));
            Thread.Sleep(20);
        }

        Assert.True(epochs[0].Length >= 32);
        Assert.All(epochs, e => Assert.True(e.Length <= 96));
        Assert.All(epochs.SelectMany(e => e).GroupBy(i => i), g => Assert.InRange(g.Count(), 1, 2));
        Assert.True(generator.Produced >= epochs.SelectMany(e => e).Distinct().Count());

        static IEnumerable<long[]> Run2(ContinuousGenerator<NoInput, Image<double>> g, int epoch)
        {
            using var scope = NewDisposeScope();
            yield return g.Epoch(epoch).SelectMany(b => b.Indices).ToArray();
        }
    }

    [Fact]
    public void With_a_fixed_admission_the_batches_are_a_function_of_the_seed_whatever_the_threads()
    {
        var options = new ContinuousGeneratorOptions { MinSize = 48, MaxSize = 80, BatchSize = 16, MaxEpochsPerSample = 2, NewSamplesPerEpoch = 32, ChunkSize = 24, Seed = 5 };
        var firstInputs = new List<float[]>();
        var secondInputs = new List<float[]>();
        List<long[]> first, second, otherSeed;
        using (var a = Create(options with { MaxDegreeOfParallelism = 1 }))
        {
            first = Run(a, 6, firstInputs);
        }

        using (var b = Create(options with { MaxDegreeOfParallelism = 2 }))
        {
            Thread.Sleep(50);
            second = Run(b, 6, secondInputs);
        }

        using (var c = Create(options with { Seed = 6 }))
        {
            otherSeed = Run(c, 6);
        }

        Assert.Equal(first, second);
        Assert.Equal(firstInputs, secondInputs);
        Assert.NotEqual(first[0], otherSeed[0]);
        Assert.Equal(first[0].Order(), otherSeed[0].Order());
    }

    [Fact]
    public void Disposing_stops_the_producer_and_later_epochs_fail()
    {
        var generator = Create(new ContinuousGeneratorOptions { MinSize = 16, MaxSize = 10_000, BatchSize = 8, ChunkSize = 8 }).Start();
        Assert.Equal(new long[] { 1, 1, 8, 8 }, generator.Shape.InputBatch(1));
        generator.Dispose();
        long produced = generator.Produced;
        Thread.Sleep(100);
        Assert.Equal(produced, generator.Produced);
        Assert.Throws<ObjectDisposedException>(() => generator.Epoch(0).ToList());
        generator.Dispose();
    }

    [Theory]
    [InlineData(64, 128, 3, 48, 5)]
    [InlineData(64, 128, 1, 48, 4)]
    [InlineData(64, 96, 2, 80, 3)]
    [InlineData(32, 200, 4, 16, 7)]
    public void With_a_fixed_admission_a_fresh_generator_may_start_at_a_later_epoch_and_serves_what_an_in_order_run_serves(
        int minSize, int maxSize, int maxEpochs, int newPerEpoch, int startAt)
    {
        var options = new ContinuousGeneratorOptions { MinSize = minSize, MaxSize = maxSize, BatchSize = 16, MaxEpochsPerSample = maxEpochs, NewSamplesPerEpoch = newPerEpoch, ChunkSize = 24 };
        using var inOrder = Create(options);
        var inputs = new List<float[]>();
        var expected = Run(inOrder, startAt + 3, inputs);

        using var later = Create(options);
        Assert.True(later.EpochsAreIndependent);
        var laterInputs = new List<float[]>();
        for (int epoch = startAt; epoch < startAt + 3; epoch++)
        {
            using var scope = NewDisposeScope();
            var indices = new List<long>();
            foreach (var batch in later.Epoch(epoch))
            {
                indices.AddRange(batch.Indices);
                laterInputs.Add(batch.Inputs.data<float>().ToArray());
            }

            Assert.Equal(expected[epoch], indices);
        }

        Assert.Equal(inputs.Skip(inputs.Count - laterInputs.Count), laterInputs);
        Assert.True(later.Produced < inOrder.Produced, $"{later.Produced} samples generated against {inOrder.Produced}: the skipped epochs were not skipped");
    }

    [Fact]
    public void Without_a_fixed_admission_or_once_started_a_later_epoch_cannot_come_first()
    {
        using var timed = Create(new ContinuousGeneratorOptions { MinSize = 16, MaxSize = 32, BatchSize = 8, ChunkSize = 8 });
        Assert.False(timed.EpochsAreIndependent);
        Assert.Contains("NewSamplesPerEpoch", Assert.Throws<InvalidOperationException>(() => timed.Epoch(2).ToList()).Message);

        using var started = Create(new ContinuousGeneratorOptions { MinSize = 16, MaxSize = 32, BatchSize = 8, ChunkSize = 8, NewSamplesPerEpoch = 8 }).Start();
        Assert.Contains("before the generator has started", Assert.Throws<InvalidOperationException>(() => started.Epoch(2).ToList()).Message);
    }

    [Fact]
    public void Epochs_must_come_in_order_and_bad_options_are_named()
    {
        using var generator = Create(new ContinuousGeneratorOptions { MinSize = 16, MaxSize = 32, BatchSize = 8, ChunkSize = 8 });
        var ex = Assert.Throws<InvalidOperationException>(() => generator.Epoch(1).ToList());
        Assert.Contains("next one is 0", ex.Message);

        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Create(new ContinuousGeneratorOptions { MinSize = 100, MaxSize = 50 }));
        Assert.Equal("MaxSize", range.ParamName);
        Assert.Contains("50", range.Message);
    }

    [Fact]
    public void A_model_learns_from_a_continuous_generator()
    {
        manual_seed(9);
        var spot = TestSpot.Random(12);
        var encoder = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        var pipeline = spot.Build(31);
        var validation = SampleSet.Generate(pipeline, encoder, 128, start: 1_000_000);
        using var generator = new ContinuousGenerator<NoInput, Image<double>>(pipeline, encoder,
            new ContinuousGeneratorOptions { MinSize = 256, MaxSize = 1024, BatchSize = 32, MaxEpochsPerSample = 3, NewSamplesPerEpoch = 256 });
        var trainer = new Trainer(new Cnn(1, 12, 12, [8, 16], [32], 2), new TrainerOptions { Epochs = 6, LearningRate = 3e-3 });

        double before = trainer.Evaluate(validation).Loss;
        var history = trainer.Fit(generator, validation);
        Assert.True(history.Epochs[^1].ValidationLoss < before / 3, $"MAE {before:F3} → {history.Epochs[^1].ValidationLoss:F3}");
    }
}
