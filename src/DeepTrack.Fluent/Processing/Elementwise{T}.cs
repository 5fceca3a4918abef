using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// Applies an <see cref="ElementwiseFunction"/> to every pixel, e.g. <c>image &gt;&gt; new Elementwise&lt;double&gt;().WithFunction(ElementwiseFunction.Log)</c>.
/// Values outside a function's domain give NaN, as in IEEE arithmetic.
/// </summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record Elementwise<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The function.</summary>
    public partial ElementwiseFunction Function { get; init; }

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        var output = input.CreateLike();
        ReadOnlySpan<T> x = input.AsReadOnlySpan();
        Span<T> y = output.AsWritableSpan();
        switch (Function)
        {
            case ElementwiseFunction.Sin: TensorPrimitives.Sin(x, y); break;
            case ElementwiseFunction.Cos: TensorPrimitives.Cos(x, y); break;
            case ElementwiseFunction.Tan: TensorPrimitives.Tan(x, y); break;
            case ElementwiseFunction.Asin: TensorPrimitives.Asin(x, y); break;
            case ElementwiseFunction.Acos: TensorPrimitives.Acos(x, y); break;
            case ElementwiseFunction.Atan: TensorPrimitives.Atan(x, y); break;
            case ElementwiseFunction.Sinh: TensorPrimitives.Sinh(x, y); break;
            case ElementwiseFunction.Cosh: TensorPrimitives.Cosh(x, y); break;
            case ElementwiseFunction.Tanh: TensorPrimitives.Tanh(x, y); break;
            case ElementwiseFunction.Asinh: TensorPrimitives.Asinh(x, y); break;
            case ElementwiseFunction.Acosh: TensorPrimitives.Acosh(x, y); break;
            case ElementwiseFunction.Atanh: TensorPrimitives.Atanh(x, y); break;
            case ElementwiseFunction.Round: TensorPrimitives.Round(x, MidpointRounding.ToEven, y); break;
            case ElementwiseFunction.Floor: TensorPrimitives.Floor(x, y); break;
            case ElementwiseFunction.Ceiling: TensorPrimitives.Ceiling(x, y); break;
            case ElementwiseFunction.Exp: TensorPrimitives.Exp(x, y); break;
            case ElementwiseFunction.Log: TensorPrimitives.Log(x, y); break;
            case ElementwiseFunction.Log10: TensorPrimitives.Log10(x, y); break;
            case ElementwiseFunction.Log2: TensorPrimitives.Log2(x, y); break;
            case ElementwiseFunction.Sqrt: TensorPrimitives.Sqrt(x, y); break;
            case ElementwiseFunction.Square: TensorPrimitives.Multiply(x, x, y); break;
            case ElementwiseFunction.Abs: TensorPrimitives.Abs(x, y); break;
            case ElementwiseFunction.Sign:
                for (int i = 0; i < x.Length; i++)
                {
                    y[i] = x[i] > T.Zero ? T.One : x[i] < T.Zero ? -T.One : x[i];
                }

                break;
        }

        return output;
    }
}
