using ILGPU;

namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>The focal pupils of a batch: per slot the pupil on the grid and flags for the band's rows and columns; per image its slot.</summary>
internal struct PupilViews
{
    public ArrayView<Complex2> Focal;
    public ArrayView<int> BandRows;
    public ArrayView<int> BandColumns;
    public ArrayView<int> Slots;
}
