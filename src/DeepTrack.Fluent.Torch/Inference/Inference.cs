using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>Applies a trained model to images (evaluation mode, no gradients, in batches).</summary>
public static class Inference
{
    /// <summary>The model's output for each image of a stack, flattened per image.</summary>
    /// <param name="model">The model.</param>
    /// <param name="images">Images of one size (a 2-D image is one channel, a 3-D image one channel per plane).</param>
    /// <param name="batchSize">Images per forward pass.</param>
    /// <param name="device">Where to compute (default: the CPU; the model must already be there).</param>
    /// <returns>One array per image, with the output's values in C-order.</returns>
    public static float[][] Predict(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images, int batchSize = 64, Device? device = null)
    {
        var outputs = new float[images?.Count ?? 0][];
        Run(model, images!, batchSize, device, (index, output) => outputs[index] = output.data<float>().ToArray());
        return outputs;
    }

    /// <summary>The model's output for one image, flattened.</summary>
    /// <param name="model">The model.</param>
    /// <param name="image">The image.</param>
    /// <param name="device">Where to compute.</param>
    /// <returns>The output's values.</returns>
    public static float[] Predict(nn.Module<Tensor, Tensor> model, Image<double> image, Device? device = null)
        => Predict(model, [image ?? throw new ArgumentNullException(nameof(image))], 1, device)[0];

    /// <summary>
    /// The image-shaped output of an image-to-image model (U-Net, encoder-decoder) for each image of a stack: a 2-D image
    /// for one output channel, a 3-D image with one plane per channel otherwise.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="images">Images of one size.</param>
    /// <param name="batchSize">Images per forward pass.</param>
    /// <param name="device">Where to compute.</param>
    /// <returns>One output image per input image.</returns>
    public static Image<double>[] PredictImages(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images, int batchSize = 16, Device? device = null)
    {
        var outputs = new Image<double>[images?.Count ?? 0];
        Run(model, images!, batchSize, device, (index, output) =>
        {
            if (output.dim() != 3)
            {
                throw new InvalidOperationException(
                    $"The model's output per image has shape ({string.Join(", ", output.shape)}); an image-shaped output is (C, H, W).");
            }

            int channels = (int)output.shape[0], height = (int)output.shape[1], width = (int)output.shape[2];
            var values = output.to_type(ScalarType.Float64).data<double>().ToArray();
            outputs[index] = channels == 1 ? Image<double>.FromArray(values, height, width) : Image<double>.FromArray(values, height, width, channels);
        });
        return outputs;
    }

    /// <summary>The image-shaped output for one image.</summary>
    /// <param name="model">The model.</param>
    /// <param name="image">The image.</param>
    /// <param name="device">Where to compute.</param>
    /// <returns>The output image.</returns>
    public static Image<double> PredictImage(nn.Module<Tensor, Tensor> model, Image<double> image, Device? device = null)
        => PredictImages(model, [image ?? throw new ArgumentNullException(nameof(image))], 1, device)[0];

    private static void Run(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images, int batchSize, Device? device, Action<int, Tensor> take)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        }

        model.eval();
        using var noGrad = no_grad();
        for (int from = 0; from < images.Count; from += batchSize)
        {
            using var scope = NewDisposeScope();
            int count = Math.Min(batchSize, images.Count - from);
            var first = images[from];
            int length = first.Length;
            var values = new float[count * length];
            for (int i = 0; i < count; i++)
            {
                var image = images[from + i];
                if (image.Height != first.Height || image.Width != first.Width || image.Depth != first.Depth)
                {
                    throw new ArgumentException(
                        $"Image {from + i} is {image.Height}×{image.Width}×{image.Depth}, but image {from} is {first.Height}×{first.Width}×{first.Depth}: a stack needs one size.",
                        nameof(images));
                }

                var pixels = image.AsReadOnlySpan();
                for (int j = 0; j < length; j++)
                {
                    values[i * length + j] = (float)pixels[j];
                }
            }

            var input = tensor(values, [count, first.Depth, first.Height, first.Width], device: device);
            var output = model.forward(input).cpu();
            for (int i = 0; i < count; i++)
            {
                take(from + i, output[i]);
            }
        }
    }
}
