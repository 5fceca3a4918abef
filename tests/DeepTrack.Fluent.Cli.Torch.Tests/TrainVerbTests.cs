using System.Globalization;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Torch;

namespace DeepTrack.Fluent.Cli.Torch.Tests;

/// <summary><c>train</c> and <c>apply</c> through <see cref="DeepTrackApp.Run(string[], Action{DeepTrackAppBuilder}, TextWriter, TextWriter)"/>.</summary>
public sealed class TrainVerbTests : IDisposable
{
    private static readonly Glow Glow = new Glow().WithBrightness(Distribution.Uniform(0.5, 2));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dtf-train-" + Guid.NewGuid().ToString("N"));

    public TrainVerbTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Train_saves_a_bundle_and_history_and_apply_predicts_the_drawn_brightness_with_the_saved_normalisation()
    {
        var (code, output, error) = Run("train", "--epochs", "8", "-o", Path.Combine(folder, "run"));
        Assert.True(code == 0, output + error);
        Assert.Equal(InputNormalization.Fixed(0, 4), ModelBundle.ReadManifest(Path.Combine(folder, "run")).Normalization);
        var history = File.ReadAllLines(Path.Combine(folder, "run", "history.csv"));
        Assert.Equal(9, history.Length);
        double first = Validation(history[1]), last = Validation(history[^1]);
        Assert.True(last < first / 3, $"validation MSE {first} → {last}");
        Assert.Contains("apply -p glow --model", output, StringComparison.Ordinal);

        // Eight images the model never saw, as a TIFF stack; the predictions follow their true brightness.
        var images = Glow.Build(seed: 11).Generate(8, start: 5_000_000);
        string stack = Path.Combine(folder, "images.tif");
        TiffFile.Write(stack, images);
        string csv = Path.Combine(folder, "predictions.csv");
        // Inputs divided by 4 in training: unless apply divides too, the predictions are about four times too large.
        (code, output, error) = Run("apply", "--model", Path.Combine(folder, "run"), "--input", stack, "-o", csv, "--batch-size", "3");
        Assert.True(code == 0, output + error);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("file,page,output0", rows[0]);
        Assert.Equal(9, rows.Length);
        for (int i = 0; i < 8; i++)
        {
            var cells = rows[i + 1].Split(',');
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), cells[1]);
            double truth = images[i].Get(Glow, g => g.Brightness).Single();
            Assert.Equal(truth, double.Parse(cells[2], CultureInfo.InvariantCulture), 0.25);
        }

        // The same pipeline registered with another normalisation cannot apply this bundle.
        (code, _, error) = Run(InputNormalization.None, "apply", "--model", Path.Combine(folder, "run"), "--input", stack, "-o", csv);
        Assert.Equal(1, code);
        Assert.Contains("trained on inputs normalised Fixed(offset 0, scale 4), but None is expected now", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_options_and_bad_requests_get_clear_messages()
    {
        var (code, output, _) = Run("train", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--learning-rate <rate>", output, StringComparison.Ordinal);

        (code, _, var error) = Run("train", "-p", "plain");
        Assert.Equal(2, code);
        Assert.Contains("Pipeline 'plain' has no model to train; pipelines with one: glow.", error, StringComparison.Ordinal);

        (code, _, error) = Run("apply", "-p", "glow", "--model", Path.Combine(folder, "none"), "--input", folder);
        Assert.Equal(2, code);
        Assert.Contains("No model bundle at", error, StringComparison.Ordinal);
        Assert.Contains("run train first", error, StringComparison.Ordinal);

        (code, _, error) = Run("train", "-p", "glow", "--epochs", "0");
        Assert.Equal(2, code);
        Assert.Contains("--epochs must be ≥ 1 (got 0).", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_training_needs_its_pipeline_registered_first()
    {
        var error = new StringWriter();
        Assert.Equal(1, DeepTrackApp.Run(["list"], app => app.Training("missing", Setup()), TextWriter.Null, error));
        Assert.Contains("Register pipeline 'missing' before its training", error.ToString(), StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Run(params string[] args) => Run(InputNormalization.Fixed(0, 4), args);

    private (int Code, string Output, string Error) Run(InputNormalization normalization, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = DeepTrackApp.Run(
            args.Contains("-p") ? args : [.. args, "-p", "glow"],
            app => app
                .Pipeline("glow", Glow.Build(seed: 3))
                .Pipeline("plain", Glow.Build(seed: 4))
                .Training("glow", Setup(normalization)),
            output,
            error);
        return (code, output.ToString(), error.ToString());
    }

    private static TrainingSetup<Image<double>> Setup(InputNormalization? normalization = null) => new()
    {
        Model = () => new Mlp(64, [16], 1),
        Encoder = SampleEncoder.From<Image<double>>(image => image).WithInputNormalization(normalization ?? InputNormalization.None).WithNumberLabels(1, image => [image.Get(Glow, g => g.Brightness).Single()]),
        Options = new TrainerOptions { Loss = Loss.MeanSquaredError, LearningRate = 1e-2 },
        TrainingSamples = 512,
        ValidationSamples = 128,
        BatchSize = 32,
    };

    private static double Validation(string row) => double.Parse(row.Split(',')[3], CultureInfo.InvariantCulture);
}
