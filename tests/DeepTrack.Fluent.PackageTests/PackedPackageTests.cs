namespace DeepTrack.Fluent.PackageTests;

/// <summary>
/// Packs DeepTrack.Fluent into a local folder feed and builds a fresh consumer that references only the
/// package: proves the generator ships inside it (analyzers/dotnet/cs) and works for a user.
/// </summary>
public sealed class PackedPackageTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("dtf-package-").FullName;

    [Fact]
    public void A_consumer_of_the_packed_package_gets_the_generated_code()
    {
        string version = $"0.0.0-check.{DateTime.UtcNow:yyyyMMddHHmmss}";
        string feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        string packages = Directory.CreateDirectory(Path.Combine(work, "packages")).FullName;
        string root = DotnetCli.RepositoryRoot();

        var pack = DotnetCli.Run(root, packages, "pack", Path.Combine("src", "DeepTrack.Fluent", "DeepTrack.Fluent.csproj"),
            "-c", "Release", "-o", feed, $"-p:PackageVersion={version}");
        Assert.True(pack.ExitCode == 0, pack.Output);

        string package = Path.Combine(feed, $"DeepTrack.Fluent.{version}.nupkg");
        using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
        {
            var entries = archive.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/DeepTrack.Fluent.Generators.dll", entries);
            Assert.Contains("lib/net10.0/DeepTrack.Fluent.dll", entries);
            Assert.Contains("lib/net10.0/DeepTrack.Fluent.xml", entries);
        }

        string consumer = Directory.CreateDirectory(Path.Combine(work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsAsErrors>CS9057</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DeepTrack.Fluent" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
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
            """);

        var run = DotnetCli.Run(consumer, packages, "run", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("ok True True True Ring { Radius = Uniform(1, 2) }", run.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
