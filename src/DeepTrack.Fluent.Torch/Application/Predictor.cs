using System;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Applies a <see cref="ModelBundle"/> to many images — the frames of a TIFF stack, the files of a folder — with the
/// normalisation the model was trained with, in batches, reading and normalising the images on all cores while the
/// model runs, and reporting progress.
/// </summary>
/// <remarks>
/// Images come from a function of their index (<c>i =&gt; stack[i]</c>, or <c>ImageSource.Load</c> of the IO package),
/// so the package reads no files itself and a long movie is never held in memory twice. Every image must have the
/// manifest's channels; a model with numbers or class outputs also needs the manifest's height and width, while an
/// image-output model (a U-Net, which is fully convolutional) takes any size its architecture allows, the same for all
/// images of one run. Outputs are handed over in image order.
/// </remarks>
public sealed class Predictor
{
    private readonly PredictorOptions options;

    /// <summary>Creates a predictor.</summary>
    /// <param name="bundle">The loaded bundle.</param>
    /// <param name="options">Batch size, threads and device (default: 16 images, all cores, where the model is).</param>
    public Predictor(ModelBundle bundle, PredictorOptions? options = null)
    {
        Bundle = bundle ?? throw new ArgumentNullException(nameof(bundle));
        this.options = options ?? new PredictorOptions();
        if (this.options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.BatchSize, "PredictorOptions.BatchSize must be at least 1.");
        }

        if (this.options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.MaxDegreeOfParallelism, "PredictorOptions.MaxDegreeOfParallelism must be −1 (all cores) or at least 1.");
        }

        if (this.options.Device is { } device)
        {
            bundle.Model.to(device);
        }
    }

    /// <summary>The bundle applied.</summary>
    public ModelBundle Bundle { get; }

    /// <summary>The model's output for each image, flattened (C-order).</summary>
    /// <param name="count">The number of images.</param>
    /// <param name="load">Image <c>i</c> (called from several threads at once, each index once).</param>
    /// <param name="progress">Receives the number of images done after each batch.</param>
    /// <returns>One array per image.</returns>
    public float[][] Predict(int count, Func<int, Image<double>> load, IProgress<int>? progress = null)
    {
        var outputs = new float[count][];
        Run(count, load, progress, (index, values, _) => outputs[index] = values);
        return outputs;
    }

    /// <summary>The image-shaped output for each image: 2-D for one output channel, one plane per channel otherwise.</summary>
    /// <param name="count">The number of images.</param>
    /// <param name="load">Image <c>i</c> (called from several threads at once, each index once).</param>
    /// <param name="progress">Receives the number of images done after each batch.</param>
    /// <returns>One output image per input image.</returns>
    public Image<double>[] PredictImages(int count, Func<int, Image<double>> load, IProgress<int>? progress = null)
    {
        var outputs = new Image<double>[count];
        PredictImages(count, load, (index, image) => outputs[index] = image, progress);
        return outputs;
    }

    /// <summary>The image-shaped output for each image, handed to <paramref name="take"/> in image order as soon as its batch is done (for movies too long to hold every output).</summary>
    /// <param name="count">The number of images.</param>
    /// <param name="load">Image <c>i</c> (called from several threads at once, each index once).</param>
    /// <param name="take">Receives each image's index and output, in order, on the calling thread.</param>
    /// <param name="progress">Receives the number of images done after each batch.</param>
    public void PredictImages(int count, Func<int, Image<double>> load, Action<int, Image<double>> take, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(take);
        Run(count, load, progress, (index, values, shape) =>
        {
            if (shape.Length != 3)
            {
                throw new InvalidOperationException(
                    $"The model of '{Bundle.Folder}' makes an output of shape ({string.Join(", ", shape)}) per image; an image-shaped output is (C, H, W): use Predict for {Bundle.Manifest.Output} outputs.");
            }

            var doubles = Array.ConvertAll(values, v => (double)v);
            int channels = (int)shape[0], rows = (int)shape[1], columns = (int)shape[2];
            take(index, channels == 1 ? Image<double>.FromArray(doubles, rows, columns) : Image<double>.FromArray(doubles, rows, columns, channels));
        });
    }

    private void Run(int count, Func<int, Image<double>> load, IProgress<int>? progress, Action<int, float[], long[]> take)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }

        var manifest = Bundle.Manifest;
        var first = load(0) ?? throw new InvalidOperationException("The image loader returned null for image 0.");
        if (first.Depth != manifest.Channels || (!manifest.ImageOutput && (first.Height != manifest.Height || first.Width != manifest.Width)))
        {
            string need = manifest.ImageOutput ? $"{manifest.Channels} channel(s)" : $"{manifest.Height}×{manifest.Width} with {manifest.Channels} channel(s)";
            throw new ArgumentException(
                $"Image 0 is {first.Height}×{first.Width} with {first.Depth} channel(s), but the model of '{Bundle.Folder}' was trained on {manifest.Height}×{manifest.Width} with {manifest.Channels} and takes {need}: crop or resize the images to that.",
                nameof(load));
        }

        int height = first.Height, width = first.Width, length = first.Length;
        var model = Bundle.Model;
        var device = options.Device ?? model.parameters().FirstOrDefault()?.device ?? CPU;
        model.eval();
        using var noGrad = no_grad();
        int batch = options.BatchSize;
        Task<float[]>? next = Task.Run(() => Prepare(0, Math.Min(batch, count), load, first, height, width, length));
        try
        {
            for (int from = 0; from < count; from += batch)
            {
                RunBatch(from, Math.Min(batch, count - from));
            }
        }
        finally
        {
            // A failure leaves no preparation running behind the caller's back.
            next?.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
        }

        void RunBatch(int from, int n)
        {
            float[] values = next!.GetAwaiter().GetResult();
            int after = from + batch;
            next = after < count ? Task.Run(() => Prepare(after, Math.Min(batch, count - after), load, null, height, width, length)) : null;

            using var scope = NewDisposeScope();
            Tensor output;
            try
            {
                output = model.forward(tensor(values, [n, first.Depth, height, width], device: device)).cpu();
            }
            catch (Exception e) when (e is ArgumentException or System.Runtime.InteropServices.ExternalException)
            {
                throw new InvalidOperationException(
                    $"The model of '{Bundle.Folder}' ({manifest.Model}, trained on {manifest.Height}×{manifest.Width}) cannot run on {height}×{width} images: {e.Message}", e);
            }

            long[] shape = [.. output.shape.Skip(1)];
            var all = output.data<float>().ToArray();
            int per = all.Length / n;
            for (int i = 0; i < n; i++)
            {
                take(from + i, all[(i * per)..((i + 1) * per)], shape);
            }

            progress?.Report(from + n);
        }
    }

    /// <summary>Loads and normalises images <paramref name="from"/> … <paramref name="from"/> + <paramref name="n"/> − 1 into one input buffer, in parallel.</summary>
    private float[] Prepare(int from, int n, Func<int, Image<double>> load, Image<double>? first, int height, int width, int length)
    {
        var values = new float[n * length];
        var normalization = Bundle.Manifest.Normalization;
        int depth = Bundle.Manifest.Channels;
        try
        {
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
            {
                int index = from + i;
                var image = (index == 0 ? first : null) ?? load(index) ?? throw new InvalidOperationException($"The image loader returned null for image {index}.");
                if (image.Height != height || image.Width != width || image.Depth != depth)
                {
                    throw new ArgumentException(
                        $"Image {index} is {image.Height}×{image.Width} with {image.Depth} channel(s), but image 0 is {height}×{width} with {depth}: the images of one run share one size.",
                        nameof(load));
                }

                normalization.Apply(image.AsReadOnlySpan(), values.AsSpan(i * length, length));
            });
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }

        return values;
    }

}
