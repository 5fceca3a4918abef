using DeepTrack.Fluent;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>Bad data, mismatched models and broken checkpoints give errors that name the culprit.</summary>
public sealed class TrainingErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dtf-errors-").FullName;

    private static (TestSpot Spot, Pipeline<NoInput, Image<double>> Pipeline) Spots(int size = 12, ulong seed = 5)
    {
        var spot = TestSpot.Random(size);
        return (spot, spot.Build(seed));
    }

    private static SampleEncoder<Image<double>> Positions(TestSpot spot)
        => SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i => TestSpot.Label(spot, i));

    [Fact]
    public void NaN_in_a_validation_image_names_the_first_such_sample_its_pipeline_seed_and_the_pixel()
    {
        var spot = TestSpot.Random(12).WithPosition(Distribution.From(r =>
        {
            double row = r.NextDouble(3, 9), column = r.NextDouble(3, 9);
            return row > 8 ? new PixelPosition(double.NaN, column) : new PixelPosition(row, column);
        }));
        var pipeline = spot.Build(7);
        long first = Enumerable.Range(1000, 200).First(i => double.IsNaN(pipeline.Sample(i)[0, 0]));

        var ex = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, Positions(spot), 200, start: 1000));
        Assert.Contains($"Sample {first} of the pipeline with seed 7 has NaN in its input image at channel 0, row 0, column 0", ex.Message);
        Assert.Contains($"pipeline.Sample({first})", ex.Message);
    }

    [Fact]
    public void NaN_in_a_label_is_blamed_on_the_label_and_infinity_in_float32_on_the_input()
    {
        var (spot, pipeline) = Spots();
        var badLabels = SampleEncoder.From<Image<double>>(i => i).WithNumberLabels(2, i =>
        {
            var label = TestSpot.Label(spot, i);
            return label[1] > 0.6 ? [label[0], double.NaN] : label;
        });
        long first = Enumerable.Range(0, 64).First(i => TestSpot.Label(spot, pipeline.Sample(i))[1] > 0.6);
        var label = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, badLabels, 64));
        Assert.Contains($"Sample {first} of the pipeline with seed 5 has NaN in its label at value 1", label.Message);

        var huge = SampleEncoder.From<Image<double>>(i => i.Map(v => v * 1e39)).WithNumberLabels(2, i => TestSpot.Label(spot, i));
        var input = Assert.Throws<InvalidOperationException>(() => SampleSet.Generate(pipeline, huge, 8));
        Assert.Contains("Sample 0 of the pipeline with seed 5 has +∞", input.Message);
        Assert.Contains("in its input image at channel 0, row", input.Message);
        Assert.Contains("float32", input.Message);
    }

    [Fact]
    public void A_set_of_samples_with_NaN_cannot_be_built_or_batched()
    {
        var shape = new SampleShape([1, 2, 2], [2], LabelKind.Numbers);
        var ex = Assert.Throws<InvalidOperationException>(() => new SampleSet(
            [new EncodedSample(40, [1, 2, 3, 4], [0, 1]), new EncodedSample(41, [1, 2, 3, 4], [0, float.NaN])], shape));
        Assert.Equal("Sample 41 has NaN in its label at value 1: a network cannot learn from it.", ex.Message);

        var batch = Assert.Throws<InvalidOperationException>(() => Batch.Create([new EncodedSample(9, [1, 2, float.NegativeInfinity, 4], [0, 1])], shape));
        Assert.StartsWith("Sample 9 has −∞", batch.Message);
        Assert.Contains("in its input image at channel 0, row 1, column 0", batch.Message);
    }

    [Fact]
    public void A_model_whose_outputs_become_NaN_is_named_in_the_validation_error()
    {
        var (spot, pipeline) = Spots();
        var validation = SampleSet.Generate(pipeline, Positions(spot), 20, start: 1_000_000);
        var model = new Mlp(144, [8], 2);
        using (no_grad())
        {
            model.parameters().First().fill_(float.NaN);
        }

        var ex = Assert.Throws<InvalidOperationException>(() => new Trainer(model, new TrainerOptions()).Evaluate(validation, epoch: 3));
        Assert.Contains("The validation loss (MAE) is NaN at epoch 3 on samples 1000000, 1000001", ex.Message);
        Assert.Contains("inputs and labels are finite, so the model Mlp produced non-finite outputs", ex.Message);
    }

    [Fact]
    public void A_diverging_training_names_the_step_the_samples_and_the_learning_rate()
    {
        var (spot, pipeline) = Spots();
        var training = SampleSet.Generate(pipeline, Positions(spot), 64);
        var trainer = new Trainer(new Mlp(144, [8], 2), new TrainerOptions { Optimizer = OptimizerKind.Sgd, LearningRate = 1e30, Loss = Loss.MeanSquaredError });

        var ex = Assert.Throws<InvalidOperationException>(() => trainer.Fit(new DataLoader(training, 8, shuffle: false)));
        Assert.Matches(@"The training loss \(MSE\) became (NaN|Infinity) at epoch 0, step [1-7], on samples \d+, ", ex.Message);
        Assert.Contains("Their inputs and labels are finite, so the model Mlp produced", ex.Message);
        Assert.Contains("its weights diverged", ex.Message);
        Assert.Contains("A lower learning rate than 1E+30 may help", ex.Message);
    }

    [Fact]
    public void A_cnn_fed_images_of_another_size_names_both_shapes()
    {
        var (spot, pipeline) = Spots(12);
        var training = SampleSet.Generate(pipeline, Positions(spot), 32);
        var model = new Cnn(1, 16, 16, [4, 8], [8], 2);

        var fit = Assert.Throws<ArgumentException>(() => new Trainer(model, new TrainerOptions()).Fit(new DataLoader(training, 16)));
        Assert.Contains("Cnn was built for batches of shape (N, 1, 16, 16) (samples, channels, height, width), but got (16, 1, 12, 12)", fit.Message);
        var predict = Assert.Throws<ArgumentException>(() => Inference.Predict(model, pipeline.Sample(0)));
        Assert.Contains("got (1, 1, 12, 12)", predict.Message);
    }

    [Fact]
    public void A_model_with_the_wrong_number_of_outputs_names_its_output_and_the_labels()
    {
        var (spot, pipeline) = Spots(12);
        var training = SampleSet.Generate(pipeline, Positions(spot), 32);
        var three = new Trainer(new Cnn(1, 12, 12, [4], [8], 3), new TrainerOptions());
        var ex = Assert.Throws<InvalidOperationException>(() => three.Fit(new DataLoader(training, 16)));
        Assert.Equal(
            "The model Cnn outputs (16, 3) for a batch of 16 (epoch 0, step 0), but the loss MAE needs an output of the labels' shape (16, 2): " +
            "build the model with as many outputs as each label has values (or classes).", ex.Message);

        var classes = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithClassLabels(2, i => TestSpot.Label(spot, i)[0] < 0.5 ? 0 : 1), 16);
        var segmenter = new Trainer(new UNet(1, [4, 8], 2), new TrainerOptions { Loss = Loss.CrossEntropy });
        var logits = Assert.Throws<InvalidOperationException>(() => segmenter.Evaluate(classes));
        Assert.Contains("The model UNet outputs (16, 2, 12, 12) for a batch of 16 (validation at epoch 0)", logits.Message);
        Assert.Contains("needs class logits of shape (N, classes) for labels of shape (16)", logits.Message);
    }

    [Fact]
    public void Class_labels_beyond_the_models_outputs_are_named_with_the_loss_and_the_shapes()
    {
        var (spot, pipeline) = Spots(12);
        var three = SampleSet.Generate(pipeline, SampleEncoder.From<Image<double>>(i => i).WithClassLabels(3, i => Math.Min(2, (int)(6 * TestSpot.Label(spot, i)[0] - 1.5))), 64);
        var trainer = new Trainer(new Mlp(144, [8], 2), new TrainerOptions { Loss = Loss.CrossEntropy, ValidationBatchSize = 64 });
        var ex = Assert.Throws<InvalidOperationException>(() => trainer.Evaluate(three));
        Assert.StartsWith("The loss cross-entropy failed on outputs of shape (64, 2) and labels of shape (64) (validation at epoch 0, samples 0, 1,", ex.Message);
        Assert.Contains("out of bounds", ex.Message);
    }

    [Fact]
    public void A_model_of_ones_own_that_libtorch_rejects_is_named_with_the_input_shape_and_libtorchs_reason()
    {
        var (spot, pipeline) = Spots(12);
        var training = SampleSet.Generate(pipeline, Positions(spot), 16);
        var model = nn.Sequential(("flatten", nn.Flatten()), ("linear", nn.Linear(100, 2)));
        var ex = Assert.Throws<InvalidOperationException>(() => new Trainer(model, new TrainerOptions()).Fit(new DataLoader(training, 16, shuffle: false)));
        Assert.StartsWith("The model Sequential failed on a batch of inputs of shape (16, 1, 12, 12) (epoch 0, step 0, samples 0, 1, 2,", ex.Message);
        Assert.Contains("mat1 and mat2 shapes cannot be multiplied (16x144 and 100x2)", ex.Message);
        Assert.IsType<System.Runtime.InteropServices.ExternalException>(ex.InnerException);
    }

    [Fact]
    public void A_checkpoint_round_trips_and_a_missing_truncated_corrupt_or_foreign_file_is_named_with_the_reason()
    {
        string path = Path.Combine(folder, "model.bin");
        var saved = new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 1);
        Checkpoint.Save(saved, path);
        Assert.Equal([path], Directory.GetFiles(folder));
        var loaded = new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 2);
        Checkpoint.Load(loaded, path);
        Assert.Equal(Weights(saved), Weights(loaded));

        var missing = Assert.Throws<FileNotFoundException>(() => Checkpoint.Load(loaded, Path.Combine(folder, "none.bin")));
        Assert.Contains("none.bin", missing.Message);

        byte[] bytes = File.ReadAllBytes(path);
        var fresh = new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 3);
        var before = Weights(fresh);
        Assert.Contains("the file is truncated", Fails(fresh, "truncated.bin", bytes[..^10]));
        Assert.Contains("in the middle of an entry's header: the file is truncated", Fails(fresh, "header.bin", bytes[..20]));
        Assert.Contains("the file is empty", Fails(fresh, "empty.bin", []));
        Assert.Contains("bytes after its last entry", Fails(fresh, "longer.bin", [.. bytes, 1, 2, 3]));
        Assert.Contains("it holds", Fails(fresh, "random.bin", [.. Enumerable.Range(0, 500).Select(i => (byte)(i * 37 % 251))]));
        Assert.Equal(before, Weights(fresh));

        var wider = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new Cnn(1, 16, 16, [8, 8], [16], 2), path));
        Assert.Contains($"The checkpoint '{path}' cannot be loaded into Cnn: 'features.block0.conv0.weight' has shape (4, 1, 3, 3) in the file, but (8, 1, 3, 3) in the model", wider.Message);
        var deeper = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new Mlp(10, [4, 4], 2), path));
        Assert.Contains("it holds 8 entries, but the model has 6: it was saved from another architecture", deeper.Message);
    }

    private string Fails(nn.Module model, string name, byte[] bytes)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(model, path));
        Assert.StartsWith($"The checkpoint '{path}' cannot be loaded into Cnn: ", ex.Message);
        return ex.Message;
    }

    private static float[][] Weights(nn.Module model) => model.parameters().Select(p => p.data<float>().ToArray()).ToArray();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
