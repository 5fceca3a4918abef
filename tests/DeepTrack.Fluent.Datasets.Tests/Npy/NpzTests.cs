using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Tests.Npy;

/// <summary>.npz archives: stored .npy entries under the arrays' names, one fixed time stamp, the same bytes every time.</summary>
public class NpzTests
{
    [Fact]
    public void Entries_are_stored_npy_files_named_after_the_arrays()
    {
        byte[] archive = Archive();
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        Assert.Equal(["index.npy", "image.npy", "truth.npy"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            Assert.Equal(entry.Length, entry.CompressedLength);
            Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.LastWriteTime.DateTime);
        }

        // The first local file header: signature PK\3\4, then version, flags, and method 0 (stored) at offset 8.
        Assert.Equal(0x04034B50u, BinaryPrimitives.ReadUInt32LittleEndian(archive));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(archive.AsSpan(8)));

        // Each entry is exactly the .npy file of its array.
        var stream = new MemoryStream();
        NpyFile.Write<double>(stream, [1, 2, 3, 4], 2, 2);
        using var image = zip.GetEntry("image.npy")!.Open();
        var copy = new MemoryStream();
        image.CopyTo(copy);
        Assert.Equal(stream.ToArray(), copy.ToArray());
    }

    [Fact]
    public void The_same_arrays_give_the_same_bytes_at_another_time()
    {
        byte[] first = Archive();
        System.Threading.Thread.Sleep(1100);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(Archive())));
    }

    [Fact]
    public void Arrays_read_back_by_name()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.File("a.npz"), Archive());
        var arrays = NpzFile.Read(folder.File("a.npz"));
        Assert.Equal([7L, 8L], arrays["index"].ToArray<long>());
        Assert.Equal([1.0, 2, 3, 4], arrays["image"].ToArray<double>());
        Assert.Equal([2L, 2L], arrays["image"].Header.Shape);
        Assert.Equal(["{}", "{\"a\":1}"], arrays["truth"].ToByteStrings().Select(System.Text.Encoding.UTF8.GetString));
    }

    [Fact]
    public void A_name_used_twice_is_refused()
    {
        using var npz = new NpzWriter(new MemoryStream());
        npz.Write<double>("x", [1.0], 1);
        Assert.Contains("already holds an array named 'x'", Assert.Throws<ArgumentException>(() => npz.Write<double>("x", [2.0], 1)).Message, StringComparison.Ordinal);
    }

    private static byte[] Archive()
    {
        var stream = new MemoryStream();
        using (var npz = new NpzWriter(stream, leaveOpen: true))
        {
            npz.Write<long>("index", [7, 8], 2);
            npz.Write<double>("image", [1, 2, 3, 4], 2, 2);
            npz.WriteByteStrings("truth", ["{}"u8.ToArray(), "{\"a\":1}"u8.ToArray()]);
        }

        return stream.ToArray();
    }
}
