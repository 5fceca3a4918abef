using System.Numerics;
using System.Text;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Tests.Npy;

/// <summary>
/// .npy files against bytes built by hand from the format's specification (numpy.lib.format): magic <c>\x93NUMPY</c>,
/// version 1.0, a little-endian header length, the dict literal with keys in sorted order, spaces (NumPy leaves 21 − digits
/// of the first axis for growth, then pads) and '\n' so the data starts at a multiple of 64, then the elements in C order.
/// Three files are also compared with the hex that numpy 1.24's <c>np.save</c> wrote for the same arrays.
/// </summary>
public class NpyFormatTests
{
    // numpy 1.24.2: np.save(f, np.array([1.5, -2.0], dtype='<f4')), then f.getvalue().hex().
    private const string NumpyFloat32 = "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0000c03f000000c0";

    // np.save(f, np.array([[1 + 2j]], dtype='<c16')).
    private const string NumpyComplex = "934e554d5059010076007b276465736372273a20273c633136272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028312c2031292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000f03f0000000000000040";

    // np.save(f, np.array([True, False, True])).
    private const string NumpyBool = "934e554d5059010076007b276465736372273a20277c6231272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028332c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a010001";

    [Fact]
    public void Float64_matrix_is_header_then_little_endian_doubles_in_C_order()
    {
        double[] data = [0, 1, 2, 3, 4, 5];
        byte[] expected = Expected(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
            118,
            [
                0, 0, 0, 0, 0, 0, 0, 0,             // 0.0
                0, 0, 0, 0, 0, 0, 0xF0, 0x3F,       // 1.0 = 0x3FF0000000000000
                0, 0, 0, 0, 0, 0, 0x00, 0x40,       // 2.0
                0, 0, 0, 0, 0, 0, 0x08, 0x40,       // 3.0
                0, 0, 0, 0, 0, 0, 0x10, 0x40,       // 4.0
                0, 0, 0, 0, 0, 0, 0x14, 0x40,       // 5.0
            ]);
        Assert.Equal(expected, Write(s => NpyFile.Write<double>(s, data, 2, 3)));
        Assert.Equal(128 + 48, expected.Length);
    }

    [Fact]
    public void Float32_vector_matches_numpy_byte_for_byte()
    {
        byte[] written = Write(s => NpyFile.Write<float>(s, [1.5f, -2f], 2));
        Assert.Equal(Expected("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", 118, [0, 0, 0xC0, 0x3F, 0, 0, 0, 0xC0]), written);
        Assert.Equal(
            NumpyFloat32,
            Convert.ToHexStringLower(written));
    }

    [Fact]
    public void UInt8_is_one_byte_per_element_without_byte_order()
    {
        Assert.Equal(
            Expected("{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }", 118, [0, 255, 7]),
            Write(s => NpyFile.Write<byte>(s, [0, 255, 7], 3)));
    }

    [Fact]
    public void Complex128_is_real_then_imaginary_and_matches_numpy()
    {
        byte[] written = Write(s => NpyFile.Write<Complex>(s, [new Complex(1, 2)], 1, 1));
        Assert.Equal(
            Expected("{'descr': '<c16', 'fortran_order': False, 'shape': (1, 1), }", 118, [0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40]),
            written);
        Assert.Equal(
            NumpyComplex,
            Convert.ToHexStringLower(written));
    }

    [Fact]
    public void Bool_is_one_byte_zero_or_one_and_matches_numpy()
    {
        byte[] written = Write(s => NpyFile.Write<bool>(s, [true, false, true], 3));
        Assert.Equal(Expected("{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }", 118, [1, 0, 1]), written);
        Assert.Equal(NumpyBool, Convert.ToHexStringLower(written));
    }

    [Fact]
    public void Int64_three_dimensional_and_scalar_and_empty_shapes()
    {
        Assert.Equal(
            Expected("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1, 2), }", 118, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 2, 0, 0, 0, 0, 0, 0, 0]),
            Write(s => NpyFile.Write<long>(s, [-1, 2], 1, 1, 2)));

        // A scalar has the shape () and no growth room; an empty array has a zero dimension and no data.
        Assert.Equal(
            Expected("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", 118, [0, 0, 0, 0, 0, 0, 0x08, 0x40]),
            Write(s => NpyFile.Write<double>(s, [3.0])));
        Assert.Equal(
            Expected("{'descr': '<f4', 'fortran_order': False, 'shape': (0,), }", 118, []),
            Write(s => NpyFile.Write<float>(s, ReadOnlySpan<float>.Empty, 0)));
    }

    [Fact]
    public void Byte_strings_are_padded_with_zeros_to_the_longest()
    {
        Assert.Equal(
            Expected("{'descr': '|S3', 'fortran_order': False, 'shape': (2,), }", 118, [(byte)'a', (byte)'b', 0, (byte)'x', (byte)'y', (byte)'z']),
            Write(s => NpyFile.WriteByteStrings(s, [[(byte)'a', (byte)'b'], [(byte)'x', (byte)'y', (byte)'z']])));
    }

    [Fact]
    public void Long_header_grows_by_whole_64_byte_lines_as_numpy_writes_it()
    {
        // numpy.save(np.zeros((1,) * 30)) writes a header of 182 bytes: 10 + 182 = 192 = 3 × 64.
        var header = new NpyHeader(NpyDType.Float64, [.. Enumerable.Repeat(1L, 30)]);
        byte[] bytes = header.ToBytes();
        Assert.Equal(192, bytes.Length);
        Assert.Equal(182, bytes[8] | (bytes[9] << 8));
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(header, NpyHeader.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void Every_type_reads_back_with_its_shape_and_values()
    {
        AssertRoundTrip<double>([1.25, -3e300, double.NaN], NpyDType.Float64);
        AssertRoundTrip<float>([1.25f, float.Epsilon], NpyDType.Float32);
        AssertRoundTrip<byte>([1, 200], NpyDType.UInt8);
        AssertRoundTrip<Complex>([new Complex(-1, 0.5)], NpyDType.Complex128);
        AssertRoundTrip<bool>([false, true], NpyDType.Bool);
        AssertRoundTrip<long>([long.MinValue, long.MaxValue], NpyDType.Int64);
        AssertRoundTrip<int>([-7], NpyDType.Int32);
        AssertRoundTrip<ushort>([65535], NpyDType.UInt16);
        AssertRoundTrip<Half>([(Half)0.5], NpyDType.Float16);
    }

    [Fact]
    public void Headers_written_by_other_writers_are_read_in_any_key_order_and_spacing()
    {
        var header = NpyHeader.Parse("{'shape': (4, 5), 'fortran_order': True,'descr':'<f8'}   \n");
        Assert.Equal(new NpyHeader(NpyDType.Float64, [4, 5], FortranOrder: true), header);
        Assert.Equal([3L], NpyHeader.Parse("{\"descr\": \"|u1\", \"fortran_order\": False, \"shape\": (3L,)}").Shape);
    }

    [Theory]
    [InlineData("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", "'>f8'")]
    [InlineData("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,), }", "'descr'")]
    [InlineData("{'descr': '<f8', 'shape': (2,), }", "'fortran_order'")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (-2,), }", "non-negative integer")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2,) ", "'}'")]
    public void Malformed_headers_are_refused_with_what_is_wrong(string text, string named)
    {
        var error = Assert.Throws<FormatException>(() => NpyHeader.Parse(text));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_not_npy_or_end_early_are_refused()
    {
        Assert.Contains("\\x93NUMPY", Assert.Throws<FormatException>(() => NpyFile.Read(new MemoryStream(Encoding.ASCII.GetBytes("PK\x03\x04 not numpy")))).Message, StringComparison.Ordinal);
        byte[] full = Write(s => NpyFile.Write<double>(s, [1, 2], 2));
        Assert.Contains("16 bytes of data", Assert.Throws<FormatException>(() => NpyFile.Read(new MemoryStream(full[..^3]))).Message, StringComparison.Ordinal);
        Assert.Contains("not <f4", Assert.Throws<InvalidOperationException>(() => NpyFile.Read(new MemoryStream(full)).ToArray<float>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_does_not_fill_the_shape_is_refused()
        => Assert.Contains("do not fill shape (2, 2)", Assert.Throws<ArgumentException>(() => NpyFile.Write<double>(new MemoryStream(), [1, 2, 3], 2, 2)).Message, StringComparison.Ordinal);

    private static void AssertRoundTrip<T>(T[] values, NpyDType dtype)
        where T : unmanaged
    {
        var array = NpyFile.Read(new MemoryStream(Write(s => NpyFile.Write<T>(s, values, 1, values.Length))));
        Assert.Equal(dtype, array.Header.DType);
        Assert.Equal([1L, values.Length], array.Header.Shape);
        Assert.Equal(values, array.ToArray<T>());
    }

    /// <summary>Magic, version 1.0, the header length (two bytes, little-endian), the dict, spaces up to the length, '\n', the data.</summary>
    private static byte[] Expected(string dict, int headerLength, byte[] data)
    {
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)(headerLength & 0xFF), (byte)(headerLength >> 8) };
        bytes.AddRange(Encoding.ASCII.GetBytes(dict));
        bytes.AddRange(Enumerable.Repeat((byte)' ', headerLength - dict.Length - 1));
        bytes.Add((byte)'\n');
        Assert.Equal(0, bytes.Count % 64);
        bytes.AddRange(data);
        return [.. bytes];
    }

    private static byte[] Write(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
