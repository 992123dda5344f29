using System;
using System.IO;
using NewsletterLinter.CodeAnalysis.Analyzers;
using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>
    /// Builds a real project with <c>dotnet build</c> and the analyzers, to show which severity settings
    /// reach diagnostics located in additional files (docs/configuration.md lists exactly these).
    /// </summary>
    [Trait("Category", "Slow")]
    public class BuildSeverityTests
    {
        private const string Issue = "NEWS\n\n[T](u) *(A)*: See (AN #12).\n";
        private const string Line = "issues/AN-042.md(3,20): ";

        [Theory]
        [InlineData("globalconfig-error", "", true, "error AN1001")]
        [InlineData("globalconfig-none", "", false, null)]
        [InlineData("warnings-as-errors", "-p:WarningsAsErrors=AN1001", true, "error AN1001")]
        [InlineData("treat-warnings-as-errors", "-p:TreatWarningsAsErrors=true", true, "error AN1001")]
        [InlineData("no-warn", "-p:NoWarn=AN1001", false, null)]
        [InlineData("editorconfig-section", "", false, "warning AN1001")]
        [InlineData("default", "", false, "warning AN1001")]
        public void Severity_settings_in_a_real_build(string setting, string arguments, bool fails, string? expectedLine)
        {
            string folder = DotnetCli.TemporaryFolder("newsletter-build");
            try
            {
                WriteProject(folder);
                if (setting == "globalconfig-error")
                {
                    File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.AN1001.severity = error\n");
                }
                else if (setting == "globalconfig-none")
                {
                    File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.AN1001.severity = none\n");
                }
                else if (setting == "editorconfig-section")
                {
                    File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.md]\ndotnet_diagnostic.AN1001.severity = error\n");
                }

                DotnetCli.Result result = DotnetCli.Run(folder, "build -nologo " + arguments);

                Assert.True(fails == (result.ExitCode != 0), $"exit code {result.ExitCode}:\n{result.Output}");
                if (expectedLine is null)
                {
                    Assert.DoesNotContain("AN1001", result.Output);
                }
                else
                {
                    Assert.Contains(Line + expectedLine + ": Reference to AN #12", result.Output.Replace('\\', '/'));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static void WriteProject(string folder)
        {
            string analyzers = Path.GetDirectoryName(typeof(NewsletterIssueAnalyzer).Assembly.Location)!;
            string project = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <EnableDefaultCompileItems>true</EnableDefaultCompileItems>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{analyzers}/NewsletterLinter.CodeAnalysis.dll" />
                    <Analyzer Include="{analyzers}/NewsletterLinter.Parsing.dll" />
                    <Analyzer Include="{analyzers}/Markdig.dll" />
                    <AdditionalFiles Include="issues/*.md" />
                  </ItemGroup>
                </Project>
                """;
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), project);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "internal static class Program { }\n");
            Directory.CreateDirectory(Path.Combine(folder, "issues"));
            File.WriteAllText(Path.Combine(folder, "issues", "AN-042.md"), Issue);
        }
    }
}
