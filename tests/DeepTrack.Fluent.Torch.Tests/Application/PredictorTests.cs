using DeepTrack.Fluent;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>A bundle applied to many images: the saved normalisation, the same result for any batch size and thread count, progress, and clear size errors.</summary>
public sealed class PredictorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "predictor-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_saved_normalisation_is_applied_and_batches_and_threads_do_not_change_the_result()
    {
        manual_seed(4);
        var images = TestSpot.Random(12).Build(6).Generate(11);
        ModelBundle.Save(folder, new Cnn(1, 12, 12, [4], [8], 2, seed: 3), new SampleShape([1, 12, 12], [2], LabelKind.Numbers), InputNormalization.MinMax());
        var bundle = ModelBundle.Load(folder, new Cnn(1, 12, 12, [4], [8], 2));

        // What the model gives for the images normalised by hand.
        var normalised = images.Select(image =>
        {
            var values = new float[image.Length];
            InputNormalization.MinMax().Apply(image.AsReadOnlySpan(), values);
            return Image<double>.FromArray([.. values.Select(v => (double)v)], image.Height, image.Width);
        }).ToArray();
        var expected = Inference.Predict(bundle.Model, normalised);

        var done = new List<int>();
        var predicted = new Predictor(bundle, new PredictorOptions { BatchSize = 4 }).Predict(images.Length, i => images[i], new Recorder(done));
        var single = new Predictor(bundle, new PredictorOptions { BatchSize = 11, MaxDegreeOfParallelism = 1 }).Predict(images.Length, i => images[i]);
        for (int i = 0; i < images.Length; i++)
        {
            Assert.Equal(expected[i], predicted[i], new FloatTolerance(1e-6f));
            Assert.Equal(expected[i], single[i], new FloatTolerance(1e-6f));
        }

        Assert.Equal([4, 8, 11], done);

        // Min-max normalisation makes the camera's gain and offset irrelevant: the raw counts ×40 + 100 give the same outputs.
        var counts = new Predictor(bundle).Predict(images.Length, i => images[i] * 40 + 100);
        Assert.Equal(expected.SelectMany(o => o), counts.SelectMany(o => o), new FloatTolerance(1e-4f));
    }

    [Fact]
    public void Image_outputs_stream_in_order_and_a_fully_convolutional_model_takes_other_sizes()
    {
        manual_seed(5);
        ModelBundle.Save(folder, new UNet(1, [4, 8], 1, seed: 2), new SampleShape([1, 16, 16], [1, 16, 16], LabelKind.Image), InputNormalization.Standard());
        var predictor = new Predictor(ModelBundle.Load(folder, new UNet(1, [4, 8], 1)), new PredictorOptions { BatchSize = 2 });
        var frames = TestSpot.Random(24).Build(1).Generate(5);
        var order = new List<int>();
        var streamed = new Image<double>[5];
        predictor.PredictImages(frames.Length, i => frames[i], (i, output) =>
        {
            order.Add(i);
            streamed[i] = output;
        });
        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.Equal((24, 24, 1), (streamed[3].Height, streamed[3].Width, streamed[3].Depth));
        var all = predictor.PredictImages(frames.Length, i => frames[i]);
        Assert.Equal(all[3].AsReadOnlySpan().ToArray(), streamed[3].AsReadOnlySpan().ToArray());

        var mixed = Assert.Throws<ArgumentException>(() => predictor.PredictImages(3, i => i == 2 ? new Image<double>(16, 16) : frames[i]));
        Assert.Contains("Image 2 is 16×16 with 1 channel(s), but image 0 is 24×24", mixed.Message);
        var planes = Assert.Throws<ArgumentException>(() => predictor.PredictImages(1, _ => new Image<double>(16, 16, 2)));
        Assert.Contains("trained on 16×16 with 1", planes.Message);
    }

    [Fact]
    public void A_model_with_number_outputs_needs_the_training_size()
    {
        ModelBundle.Save(folder, new Cnn(1, 12, 12, [4], [8], 2), new SampleShape([1, 12, 12], [2], LabelKind.Numbers), InputNormalization.None);
        var predictor = new Predictor(ModelBundle.Load(folder, new Cnn(1, 12, 12, [4], [8], 2)));
        var error = Assert.Throws<ArgumentException>(() => predictor.Predict(1, _ => new Image<double>(20, 20)));
        Assert.Contains("Image 0 is 20×20 with 1 channel(s), but the model of", error.Message);
        Assert.Contains("takes 12×12 with 1 channel(s)", error.Message);
        Assert.Contains("use Predict", Assert.Throws<InvalidOperationException>(() => predictor.PredictImages(1, _ => new Image<double>(12, 12))).Message);
    }

    /// <summary>Records progress as it is reported (Progress&lt;T&gt; would post it later).</summary>
    private sealed class Recorder(List<int> done) : IProgress<int>
    {
        public void Report(int value) => done.Add(value);
    }
}
