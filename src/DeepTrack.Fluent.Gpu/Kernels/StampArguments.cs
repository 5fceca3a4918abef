using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The arguments of <see cref="StampKernel.Gather{T}"/>.</summary>
/// <typeparam name="T">The precision.</typeparam>
internal struct StampArguments<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>The simulated output of every image (image-major).</summary>
    public ArrayView<T> Output;

    /// <summary>Entries of image b are Offsets[b] … Offsets[b + 1] − 1.</summary>
    public ArrayView<int> Offsets;

    /// <summary>Each entry's grid row.</summary>
    public ArrayView<int> SourceRows;

    /// <summary>Each entry's PSF column at output column 0: (CropColumn − grid column) mod GridWidth.</summary>
    public ArrayView<int> StartColumns;

    /// <summary>Each entry's emission.</summary>
    public ArrayView<T> Values;

    /// <summary>Each entry's plane in <see cref="Psfs"/>.</summary>
    public ArrayView<int> Slots;

    /// <summary>The PSF planes of the batch, GridHeight × GridWidth each.</summary>
    public ArrayView<T> Psfs;

    public int OutputHeight;
    public int OutputWidth;
    public int GridHeight;
    public int GridWidth;
    public int CropRow;
}
