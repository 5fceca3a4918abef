using System;
using System.IO;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.IO;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

// The paper's Fig. 6: five ellipses → fluorescence microscope → background → Poisson noise, and a segmentation
// mask rendered from the same draw.
var ellipse = new Ellipse()
    .WithPosition(Distribution.UniformPosition(10, 54, 10, 54))
    .WithRadius(Distribution.Uniform(0.3, 0.6).Select(r => r.Micrometers()))
    .WithSecondRadius(Distribution.Uniform(0.15, 0.3).Select(r => (Length?)r.Micrometers()))
    .WithRotation(Distribution.Uniform(0, Math.PI).Select(a => a.Radians()))
    .WithIntensity(50);
var optics = new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithOutputRegion(PixelRegion.Square(64));
var sample = ellipse ^ 5;
var image = sample >> optics >> new Background().WithLevel(5) >> new PoissonNoise().WithSnr(20).WithBackground(5);
var mask = sample >> new SegmentationMask().WithOutputRegion(PixelRegion.Square(64)).WithPixelSize(optics.PixelSize);
var pairs = (image & mask).Build(seed: 6).Generate(4);

string output = Path.Combine("output", "figure6");
Directory.CreateDirectory(output);
for (int i = 0; i < pairs.Length; i++)
{
    var (picture, label) = pairs[i];
    PngFile.WriteScaled(Path.Combine(output, $"image{i}.png"), picture);
    PngFile.WriteScaled(Path.Combine(output, $"mask{i}.png"), label);
}

// The same images as one contact sheet (one gray scale for all), and the raw pixels as a TIFF stack.
ContactSheet.WritePng(Path.Combine(output, "sheet.png"), [.. pairs.Select(p => p.Item1)], columns: 4, new OverlayStyle { Zoom = 2 });
TiffFile.Write(Path.Combine(output, "images.tif"), pairs.Select(p => p.Item1));

Console.WriteLine($"{pairs.Length} images and masks written to {Path.GetFullPath(output)}");
