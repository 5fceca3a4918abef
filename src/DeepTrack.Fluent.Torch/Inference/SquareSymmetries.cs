using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Test-time augmentation for position regression on square images: the model sees each image in the 8 orientations of
/// the square (the identity, three rotations by 90°, four reflections), each prediction is mapped back to the original
/// image's frame, and the 8 are averaged. An error of the model that does not turn with the image (a bias, or a mistake
/// that depends on the orientation of the pattern) partly cancels; the model itself is unchanged.
/// </summary>
public static class SquareSymmetries
{
    /// <summary>
    /// The model's positions averaged over the 8 symmetries of the square. The model must output pairs (x, y) (column,
    /// then row) measured from the image's centre, in any units common to both axes, e.g. (column − (W − 1) / 2) / s and
    /// (row − (H − 1) / 2) / s: then a mirrored image's position is the negated one, and a transposed image's the
    /// swapped one.
    /// </summary>
    /// <param name="model">The model (put in evaluation mode; no gradients are recorded).</param>
    /// <param name="inputs">A batch (N, C, H, W) of square images, H = W.</param>
    /// <returns>The averaged outputs, the shape of the model's: (N, 2k) for k positions per image.</returns>
    /// <exception cref="ArgumentException">The images are not square, or the output is not (N, 2k).</exception>
    public static Tensor AveragePositions(nn.Module<Tensor, Tensor> model, Tensor inputs) => AveragePositions(model, inputs, invariants: 0);

    /// <summary>
    /// The model's positions and its <paramref name="invariants"/> last outputs averaged over the 8 symmetries of the
    /// square: the outputs are k pairs (x, y) measured from the image's centre, as for
    /// <see cref="AveragePositions(nn.Module{Tensor, Tensor}, Tensor)"/>, followed by values that stay the same when the
    /// image is mirrored or transposed (a particle's depth, radius or refractive index), which are averaged as they are.
    /// </summary>
    /// <param name="model">The model (put in evaluation mode; no gradients are recorded).</param>
    /// <param name="inputs">A batch (N, C, H, W) of square images, H = W.</param>
    /// <param name="invariants">How many of the last outputs do not turn with the image (0 or more).</param>
    /// <returns>The averaged outputs, the shape of the model's: (N, 2k + <paramref name="invariants"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="invariants"/> is negative.</exception>
    /// <exception cref="ArgumentException">The images are not square, or the output is not (N, 2k + <paramref name="invariants"/>).</exception>
    public static Tensor AveragePositions(nn.Module<Tensor, Tensor> model, Tensor inputs, int invariants)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(invariants);
        if (inputs.dim() != 4 || inputs.shape[2] != inputs.shape[3])
        {
            throw new ArgumentException(
                $"The 8 symmetries of the square need a batch (N, C, H, W) of square images; the inputs have shape ({string.Join(", ", inputs.shape)}).",
                nameof(inputs));
        }

        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        Tensor? sum = null;
        for (int k = 0; k < 8; k++)
        {
            bool transpose = (k & 4) != 0, mirrorX = (k & 1) != 0, mirrorY = (k & 2) != 0;
            var view = transpose ? inputs.transpose(2, 3) : inputs;
            if (mirrorX)
            {
                view = view.flip(3);
            }

            if (mirrorY)
            {
                view = view.flip(2);
            }

            var output = model.forward(view.contiguous());
            if (output.dim() != 2 || output.shape[1] < invariants || (output.shape[1] - invariants) % 2 != 0)
            {
                throw new ArgumentException(
                    invariants == 0
                        ? $"The model must output (x, y) pairs, (N, 2k); its output has shape ({string.Join(", ", output.shape)})."
                        : $"The model must output (x, y) pairs followed by {invariants} invariant values, (N, 2k + {invariants}); its output has shape ({string.Join(", ", output.shape)}).",
                    nameof(model));
            }

            // Undo the mirrors (negate), then the transpose (swap x and y of every pair); the invariant values stay.
            long positions = output.shape[1] - invariants;
            var pairs = output[TensorIndex.Colon, TensorIndex.Slice(0, positions)].reshape(output.shape[0], -1, 2);
            var x = pairs[TensorIndex.Colon, TensorIndex.Colon, 0];
            var y = pairs[TensorIndex.Colon, TensorIndex.Colon, 1];
            x = mirrorX ? -x : x;
            y = mirrorY ? -y : y;
            var turned = (transpose ? stack([y, x], 2) : stack([x, y], 2)).reshape(output.shape[0], positions);
            var back = cat([turned, output[TensorIndex.Colon, TensorIndex.Slice(positions, null)]], 1);
            sum = sum is null ? back : sum + back;
        }

        return (sum! / 8).MoveToOuterDisposeScope();
    }
}
