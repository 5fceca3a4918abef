using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

/// <summary>
/// Conformance with DeepTrack 2.0's <c>extras/radialcenter.py</c> (commit fdeb3e8, numpy 1.24,
/// scipy 1.10), whose outputs are stored under Reference/.
/// </summary>
public class ReferenceTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("centered")]
    [InlineData("offset")]
    public void RadialCenterMatchesDeepTrack2(string caseName)
    {
        (double[] image, int height, int width) = LoadImage($"vi_radialcenter_gauss51_{caseName}_image.json");
        (double referenceX, double referenceY) = LoadResult($"vi_radialcenter_gauss51_{caseName}_result.json");

        SubpixelLocation location = RadialCenter.Locate(image, height, width);

        Assert.InRange(location.X, referenceX - Tolerance, referenceX + Tolerance);
        Assert.InRange(location.Y, referenceY - Tolerance, referenceY + Tolerance);
    }

    [Fact]
    public void ReferenceResultUsesColumnRowOrder()
    {
        using JsonDocument document = Open("vi_radialcenter_gauss51_offset_result.json");
        JsonElement parameters = document.RootElement.GetProperty("params");
        (double referenceX, double referenceY) = LoadResult("vi_radialcenter_gauss51_offset_result.json");

        Assert.Equal(27.3, parameters.GetProperty("true_x").GetDouble());
        Assert.Equal(22.8, parameters.GetProperty("true_y").GetDouble());
        Assert.InRange(referenceX, 27.3 - 1e-6, 27.3 + 1e-6);
        Assert.InRange(referenceY, 22.8 - 1e-6, 22.8 + 1e-6);
    }

    private static (double[] Image, int Height, int Width) LoadImage(string fileName)
    {
        using JsonDocument document = Open(fileName);
        JsonElement root = document.RootElement;
        int[] shape = root.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        double[] values = root.GetProperty("values").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2, shape.Length);
        Assert.Equal(shape[0] * shape[1], values.Length);
        return (values, shape[0], shape[1]);
    }

    private static (double X, double Y) LoadResult(string fileName)
    {
        using JsonDocument document = Open(fileName);
        double[] values = document.RootElement.GetProperty("values").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2, values.Length);
        return (values[0], values[1]);
    }

    private static JsonDocument Open(string fileName)
    {
        string path = DeepTrack.Fluent.Testing.RepositoryPaths.Reference(fileName);
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
