using System.Formats.Tar;
using DeepTrack.Fluent.Datasets.Tar;

namespace DeepTrack.Fluent.Datasets.Tests.Tar;

/// <summary>WebDataset shards: ustar members grouped by key, fixed owner, mode and time, the same bytes every time.</summary>
public class WebDatasetTests
{
    [Fact]
    public void Members_are_ustar_files_of_each_sample_in_order_with_fixed_metadata()
    {
        using var reader = new TarReader(new MemoryStream(Shard()));
        var entries = new List<(string Name, byte[] Content)>();
        while (reader.GetNextEntry() is { } entry)
        {
            Assert.Equal(TarEntryFormat.Ustar, entry.Format);
            Assert.Equal(TarEntryType.RegularFile, entry.EntryType);
            Assert.Equal(new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero), entry.ModificationTime);
            Assert.Equal((UnixFileMode)0b110_100_100, entry.Mode);
            Assert.Equal(0, entry.Uid);
            Assert.Equal(0, entry.Gid);
            Assert.Equal(string.Empty, ((PosixTarEntry)entry).UserName);
            var content = new MemoryStream();
            entry.DataStream?.CopyTo(content);
            entries.Add((entry.Name, content.ToArray()));
        }

        Assert.Equal(["000000001.image.npy", "000000001.json", "000000002.image.npy", "000000002.json"], entries.Select(e => e.Name));
        Assert.Equal("{\"i\":2}", System.Text.Encoding.UTF8.GetString(entries[3].Content));
    }

    [Fact]
    public void The_same_samples_give_the_same_bytes_at_another_time()
    {
        byte[] first = Shard();
        System.Threading.Thread.Sleep(1100);
        Assert.Equal(first, Shard());
        Assert.Equal(0, first.Length % 512);
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("a/b")]
    public void Keys_with_a_dot_or_slash_are_refused(string key)
    {
        using var writer = new WebDatasetWriter(new MemoryStream());
        Assert.Throws<ArgumentException>(() => writer.WriteSample(key, [("json", "{}"u8.ToArray())]));
    }

    private static byte[] Shard()
    {
        var stream = new MemoryStream();
        using (var writer = new WebDatasetWriter(stream, leaveOpen: true))
        {
            writer.WriteSample("000000001", [("image.npy", new byte[] { 1, 2, 3 }), ("json", "{\"i\":1}"u8.ToArray())]);
            writer.WriteSample("000000002", [("image.npy", new byte[] { 4, 5, 6 }), ("json", "{\"i\":2}"u8.ToArray())]);
        }

        return stream.ToArray();
    }
}
