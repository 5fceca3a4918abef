using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Datasets.Hdf5;

/// <summary>A complex number as HDF5 compound members <c>r</c> and <c>i</c> (h5py's convention for complex types).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ComplexPair
{
    // Lower-case: the member names are the compound's field names in the file.
    public double r;
    public double i;
}
