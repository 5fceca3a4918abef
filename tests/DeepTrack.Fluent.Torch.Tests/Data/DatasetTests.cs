using DeepTrack.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class DatasetTests
{
    private static (TestSpot Spot, Pipeline<NoInput, Image<double>> Pipeline, SampleEncoder<Image<double>> Encoder) Setup(ulong seed = 7)
    {
        var spot = TestSpot.Random();
        var encoder = SampleEncoder.From<Image<double>>(image => image).WithNumberLabels(2, image => TestSpot.Label(spot, image));
        return (spot, spot.Build(seed), encoder);
    }

    [Fact]
    public void A_generated_set_is_identical_on_one_and_on_many_threads_and_matches_the_pipeline_samples()
    {
        var (spot, pipeline, encoder) = Setup();
        var one = SampleSet.Generate(pipeline, encoder, 300, start: 1000, maxDegreeOfParallelism: 1);
        var many = SampleSet.Generate(pipeline, encoder, 300, start: 1000, maxDegreeOfParallelism: 4);

        Assert.Equal(300, one.Count);
        for (int i = 0; i < one.Count; i++)
        {
            Assert.Equal(1000 + i, one[i].Index);
            Assert.Equal(one[i].Input, many[i].Input);
            Assert.Equal(one[i].Label, many[i].Label);
        }

        var direct = pipeline.Sample(1000 + 123);
        Assert.Equal(direct.AsReadOnlySpan().ToArray().Select(v => (float)v), one[123].Input);
        Assert.Equal(TestSpot.Label(spot, direct).Select(v => (float)v), one[123].Label);
        Assert.NotEqual(one[0].Input, one[1].Input);
    }

    [Fact]
    public void Batches_are_NCHW_float32_with_labels_of_the_configured_kind()
    {
        var spot = TestSpot.Random(12);
        var pipeline = spot.Build(3);
        var numbers = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i)), 5);
        var classes = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithClassLabels(3, i => (int)(3 * TestSpot.Label(spot, i)[0])), 5);
        var masks = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithImageLabels(i => i.Map(v => v > 0.5 ? 1 : 0)), 5);
        var maps = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithClassMapLabels(2, i => i.Map(v => v > 0.5 ? 1 : 0)), 5);

        using var scope = NewDisposeScope();
        var a = numbers.Batch(0, 5);
        Assert.Equal(new long[] { 5, 1, 12, 12 }, a.Inputs.shape);
        Assert.Equal(ScalarType.Float32, a.Inputs.dtype);
        Assert.Equal(new long[] { 5, 2 }, a.Labels.shape);
        Assert.Equal(ScalarType.Float32, a.Labels.dtype);

        var b = classes.Batch(1, 4);
        Assert.Equal(new long[] { 4 }, b.Labels.shape);
        Assert.Equal(ScalarType.Int64, b.Labels.dtype);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, b.Indices);

        var c = masks.Batch(0, 2);
        Assert.Equal(new long[] { 2, 1, 12, 12 }, c.Labels.shape);

        var d = maps.Batch(0, 3);
        Assert.Equal(new long[] { 3, 12, 12 }, d.Labels.shape);
        Assert.Equal(ScalarType.Int64, d.Labels.dtype);
        Assert.True(d.Labels.sum().item<long>() > 0);

        var first = numbers[2];
        Assert.Equal(first.Input, a.Inputs[2].flatten().data<float>().ToArray());
    }

    [Fact]
    public void The_loader_visits_every_sample_once_per_epoch_in_an_order_fixed_by_seed_and_epoch()
    {
        var (_, pipeline, encoder) = Setup();
        var set = SampleSet.Generate(pipeline, encoder, 50);
        var loader = new DataLoader(set, batchSize: 8, seed: 11);
        var again = new DataLoader(set, batchSize: 8, seed: 11);
        var other = new DataLoader(set, batchSize: 8, seed: 12);

        long[] Order(DataLoader l, int epoch)
        {
            using var scope = NewDisposeScope();
            return l.Epoch(epoch).SelectMany(b => b.Indices).ToArray();
        }

        var epoch0 = Order(loader, 0);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), epoch0.Order());
        Assert.Equal(epoch0, Order(again, 0));
        Assert.NotEqual(epoch0, Order(loader, 1));
        Assert.NotEqual(epoch0, Order(other, 0));
        Assert.Equal(7, loader.BatchesPerEpoch);
        Assert.Equal(6, new DataLoader(set, 8, dropLast: true).Epoch(0).Count());
    }

    [Fact]
    public void Bad_labels_are_reported_with_the_sample_and_the_value()
    {
        var spot = TestSpot.Random();
        var pipeline = spot.Build(1);
        var wrongCount = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(3, i => TestSpot.Label(spot, i));
        var ex = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, wrongCount, 4, maxDegreeOfParallelism: 1));
        Assert.Contains("sample 0 has 2 values", ex.Message);
        Assert.Contains("configured for 3", ex.Message);

        var badClass = SampleEncoder.From<Image<double>>(i => i).WithClassLabels(2, _ => 5);
        ex = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, badClass, 1));
        Assert.Contains("class label 5", ex.Message);

        var noLabel = SampleEncoder.From<Image<double>>(i => i);
        ex = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, noLabel, 1));
        Assert.Contains("no label", ex.Message);

        var range = Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoader(SampleSet.Generate(pipeline, badClass.WithClassLabels(2, _ => 1), 2), 0));
        Assert.Contains("0", range.Message);
    }
}
