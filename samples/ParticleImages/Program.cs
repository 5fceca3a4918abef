using System;
using System.Linq;
using DeepTrack.Fluent;
using ParticleImages;

// Particles at random positions with random sizes, imaged by a water-immersion microscope, then noise.
var particle = new Particle()
    .WithPosition(Distribution.UniformPosition(8, 56, 8, 56))
    .WithRadius(Distribution.Uniform(1, 3))
    .WithIntensity(p => 2 / p.Radius);
var microscope = new Microscope()
    .WithWavelength(Distribution.Choice(488.Nanometers(), 532.Nanometers(), 633.Nanometers()))
    .WithNumericalAperture(1.2)
    .WithMediumIndex(1.33);
var noise = new ShotNoise().WithLevel(Distribution.Uniform(0.01, 0.1));

var pipeline = ((particle ^ Distribution.UniformInt(1, 6)) >> microscope >> noise).Build(seed: 7);
var images = pipeline.Generate(16);

foreach (var (image, index) in images.Select((image, index) => (image, index)).Take(4))
{
    var positions = image.Get(particle, p => p.Position);
    Console.WriteLine($"image {index}: {positions.Count} particles, total intensity {image.Sum():F1}, first at {positions[0]}");
}

Console.WriteLine($"{images.Length} images of {Particle.Size}×{Particle.Size} pixels");
