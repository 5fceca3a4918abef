namespace DeepTrack.Fluent.PackageTests;

/// <summary>
/// Builds fresh consumers that reference only the packed DeepTrack.Fluent package: proves the generator,
/// the analyzers and the code fixes ship inside it (analyzers/dotnet/cs) and work for a user.
/// </summary>
[Collection("Packing")]
public sealed class PackedPackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void The_package_holds_the_library_the_generator_the_analyzers_and_the_code_fixes()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        using var archive = System.IO.Compression.ZipFile.OpenRead(package.PackageFile);
        var entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/DeepTrack.Fluent.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/DeepTrack.Fluent.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/DeepTrack.Fluent.CodeFixes.dll", entries);
        Assert.Contains("lib/net10.0/DeepTrack.Fluent.dll", entries);
        Assert.Contains("lib/net10.0/DeepTrack.Fluent.xml", entries);
    }

    [Fact]
    public void A_consumer_of_the_packed_package_gets_the_generated_code()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        string consumer = package.CreateConsumer("consumer", """
            using System;
            using DeepTrack.Fluent;

            var ring = new Ring().WithRadius(Distribution.Uniform(1, 2));
            var pipeline = (Feature.Constant(10.0) >> ring).Build(seed: 1);
            double first = pipeline.Resolve();
            double again = pipeline.Resolve();
            double next = pipeline.Update().Resolve();
            Console.WriteLine($"ok {first > 10 && first < 20} {first == again} {first != next} {ring}");

            [Feature]
            public sealed partial record Ring : Feature<double, double>
            {
                public partial double Radius { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Radius;
            }
            """, treatWarningsAsErrors: true);

        var run = DotnetCli.Run(consumer, package.Packages, "run", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("ok True True True Ring { Radius = Uniform(1, 2) }", run.Output);
    }

    [Fact]
    public void A_consumer_with_implicit_usings_needs_no_using_line_and_no_double_type_argument_and_can_opt_out()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        const string Program = """
            var particle = new Sphere().WithRadius(0.3.Micrometers()).WithPosition(new PixelPosition(16, 16));
            var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(32)).WithPadding(8);
            var image = (particle >> optics >> new PoissonNoise().WithSnr(10) >> new NormalizeMinMax() >> new FlipUpDown()).Build(seed: 1).Resolve();
            var mask = (particle >> new DiskMask().WithOutputRegion(PixelRegion.Square(32))).Build(seed: 1).Resolve();
            var single = new FlipUpDown<float>().Apply(Image<float>.FromArray([1f, 2f], 2, 1));
            Console.WriteLine($"implicit {image.Height}x{image.Width} {mask[16, 16]} {image.AsReadOnlySpan().ToArray().Max()} {single[0, 0]}");
            """;
        string consumer = package.CreateConsumer("implicit-usings", Program, treatWarningsAsErrors: true, "<ImplicitUsings>enable</ImplicitUsings>");
        var run = DotnetCli.Run(consumer, package.Packages, "run", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("implicit 32x32 1 1 2", run.Output);

        string optedOut = package.CreateConsumer("no-implicit-usings", Program, treatWarningsAsErrors: true, "<ImplicitUsings>enable</ImplicitUsings><DeepTrackFluentImplicitUsings>false</DeepTrackFluentImplicitUsings>");
        var build = DotnetCli.Run(optedOut, package.Packages, "build", "-c", "Release");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS0246: The type or namespace name 'Sphere' could not be found", build.Output);

        string withoutAliases = package.CreateConsumer("no-double-aliases", Program, treatWarningsAsErrors: true, "<ImplicitUsings>enable</ImplicitUsings><DeepTrackFluentDoubleAliases>false</DeepTrackFluentDoubleAliases>");
        var generic = DotnetCli.Run(withoutAliases, package.Packages, "build", "-c", "Release");
        Assert.NotEqual(0, generic.ExitCode);
        Assert.Contains("error CS0305: Using the generic type 'NormalizeMinMax<T>' requires 1 type arguments", generic.Output);
    }

    [Fact]
    public void A_consumer_with_wrong_wiring_sees_the_DTF_diagnostics_in_its_build()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        string consumer = package.CreateConsumer("wrong-wiring", """
            using System;
            using DeepTrack.Fluent;

            var laser = new Laser()
                .WithPower(1)
                .WithPower(2)
                .WithWavelength(633)
                .WithTransmission(1.5)
                .WithPower(l => l.Power * 2);
            var spot = new Spot().WithIntensity(() => Random.Shared.NextDouble());
            var pipeline = ((spot ^ 3) >> new Camera()).Build(seed: 1);
            Console.WriteLine($"{laser} {pipeline}");

            [Feature]
            public sealed partial record Laser : Feature<double, double>
            {
                [Positive] public partial double Power { get; init; } = 1;
                [Wavelength] public partial double Wavelength { get; init; } = 633e-9;
                [Probability] public partial double Transmission { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Power * Transmission;
            }

            [Feature]
            public sealed partial record Spot : AppendFeature<double>
            {
                public partial double Intensity { get; init; } = 1;
                protected override double Create(FeatureContext context) => Intensity;
            }

            [Feature]
            public sealed partial record Camera : Feature<System.Collections.Generic.IReadOnlyList<double>, double>
            {
                public partial double Gain { get; init; }
                protected override double Compute(System.Collections.Generic.IReadOnlyList<double> input, FeatureContext context) => Gain * input.Count;
            }

            [Feature]
            public sealed record Unfinished : Feature<double, double>
            {
                protected override double Compute(double input, FeatureContext context) => input;
            }
            """, treatWarningsAsErrors: false);

        var build = DotnetCli.Run(consumer, package.Packages, "build", "-c", "Release");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error DTF0001: Feature 'Unfinished' is not generated because 'Unfinished' must be partial", build.Output);
        Assert.Contains("error DTF0008: Property 'Power' of feature 'Laser' depends on itself (Power → Power)", build.Output);
        Assert.Contains("warning DTF0009: Feature 'Camera' goes into a pipeline but its required property 'Gain' is never given a value", build.Output);
        Assert.Contains("warning DTF0010: Property 'Power' of feature 'Laser' is set again later in this chain, so this value (1) is never used", build.Output);
        Assert.Contains("error DTF0012: Value 1.5 for property 'Transmission' of feature 'Laser' must lie in [0, 1] ([Probability])", build.Output);
        Assert.Contains("warning DTF0013: Value 633 for property 'Wavelength' of feature 'Laser' looks like nanometres", build.Output);
        Assert.Contains("warning DTF0014: Random.Shared in the sampler given to WithIntensity is not seeded by the pipeline", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
    }

    [Fact]
    public void Every_unusual_but_valid_declaration_compiles_through_the_package_with_warnings_as_errors()
    {
        Assert.True(package.PackResult.ExitCode == 0, package.PackResult.Output);
        string consumer = package.CreateConsumer("corpus", DeepTrack.Fluent.Analyzers.Tests.DeclarationCorpus.AllValid("Console.WriteLine(\"corpus ok\");\n#pragma warning disable CS8981 // the corpus declares lower-case type names on purpose\n"), treatWarningsAsErrors: true);

        var run = DotnetCli.Run(consumer, package.Packages, "run", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("corpus ok", run.Output);
        Assert.DoesNotContain("AD0001", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);
        Assert.DoesNotContain(".g.cs", run.Output);
    }

    [Fact]
    public void A_project_reference_without_the_generator_fails_with_a_message_that_names_the_fix()
    {
        // Inside the repository (under this project's obj folder) so that the repository's build files apply,
        // as they do to the samples; the library is referenced as a project, the generator is left out.
        string root = DeepTrack.Fluent.Testing.RepositoryPaths.Root;
        string consumer = Directory.CreateDirectory(Path.Combine(root, "tests", "DeepTrack.Fluent.PackageTests", "obj", "no-generator")).FullName;
        File.WriteAllText(Path.Combine(consumer, "NoGenerator.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(root, "src", "DeepTrack.Fluent", "DeepTrack.Fluent.csproj")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using DeepTrack.Fluent;

            System.Console.WriteLine(new Ring());

            [Feature]
            public sealed partial record Ring : Feature<double, double>
            {
                public partial double Radius { get; init; } = 1;
                protected override double Compute(double input, FeatureContext context) => input * Radius;
            }
            """);

        var build = DotnetCli.Run(consumer, null, "build", "NoGenerator.csproj", "-c", "Debug");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error DTF0901: The DeepTrack.Fluent feature generator is not referenced", build.Output);
        Assert.Contains("OutputItemType=\"Analyzer\"", build.Output);
        Assert.DoesNotContain("error CS9248", build.Output);
    }
}
