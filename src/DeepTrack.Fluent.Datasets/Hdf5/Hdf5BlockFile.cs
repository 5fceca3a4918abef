using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using DeepTrack.Fluent.Datasets.Export;
using PureHDF;

namespace DeepTrack.Fluent.Datasets.Hdf5;

/// <summary>
/// One block as an HDF5 file through PureHDF: datasets <c>index</c> (int64), one per array (samples first), and
/// <c>truth</c> (variable-length strings, one JSON per sample); root attributes <c>pipeline</c>, <c>seed</c>,
/// <c>first</c>, <c>count</c>. Complex pixels are a compound of two doubles named <c>r</c> and <c>i</c>, which h5py
/// reads as complex128.
/// </summary>
internal static class Hdf5BlockFile
{
    public static void Write(BlockData data, string path)
    {
        var file = new H5File
        {
            Attributes = new()
            {
                ["pipeline"] = data.Plan.Pipeline,
                ["seed"] = data.Plan.Seed,
                ["first"] = data.Block.First,
                ["count"] = (long)data.Block.Count,
            },
        };
        file["index"] = data.Indices();
        for (int a = 0; a < data.Arrays.Length; a++)
        {
            var array = data.Plan.Arrays[a];
            ulong[] dims = [(ulong)data.Block.Count, .. array.Shape.Select(d => (ulong)d)];
            file[array.Name] = new H5Dataset(Typed(array.DType, data.Arrays[a]), fileDims: dims);
        }

        file["truth"] = data.Truths.Select(t => Encoding.UTF8.GetString(t)).ToArray();
        file.Write(path);
    }

    private static object Typed(string dtype, byte[] bytes) => dtype switch
    {
        "<f8" => MemoryMarshal.Cast<byte, double>(bytes).ToArray(),
        "<f4" => MemoryMarshal.Cast<byte, float>(bytes).ToArray(),
        "<c16" => MemoryMarshal.Cast<byte, ComplexPair>(bytes).ToArray(),
        "|u1" => bytes,
        "|i1" => MemoryMarshal.Cast<byte, sbyte>(bytes).ToArray(),
        "<u2" => MemoryMarshal.Cast<byte, ushort>(bytes).ToArray(),
        "<i2" => MemoryMarshal.Cast<byte, short>(bytes).ToArray(),
        "<u4" => MemoryMarshal.Cast<byte, uint>(bytes).ToArray(),
        "<i4" => MemoryMarshal.Cast<byte, int>(bytes).ToArray(),
        "<u8" => MemoryMarshal.Cast<byte, ulong>(bytes).ToArray(),
        "<i8" => MemoryMarshal.Cast<byte, long>(bytes).ToArray(),
        _ => throw new NotSupportedException($"Arrays of {dtype} cannot be written to HDF5 here; choose npz, npy or tar, or another pixel type."),
    };
}
