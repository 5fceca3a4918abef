using System.Numerics;
using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The focal pupils of a batch: per slot the pupil on the grid and flags for the band's rows and columns; per image its slot.</summary>
/// <typeparam name="T">The precision.</typeparam>
internal struct PupilViews<T>
    where T : unmanaged, INumber<T>
{
    public ArrayView<DeviceComplex<T>> Focal;
    public ArrayView<int> BandRows;
    public ArrayView<int> BandColumns;
    public ArrayView<int> Slots;
}
