using System;
using System.IO;
using NewsletterLinter.Tests;

namespace NewsletterLinter.Cli.Tests
{
    /// <summary>A folder of its own for one test, deleted afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsletter-lint-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        /// <summary>A copy of the sample issues.</summary>
        public static TempFolder WithSamples()
        {
            var folder = new TempFolder();
            foreach (string file in Directory.GetFiles(TestPaths.SampleIssues, "*.md"))
            {
                System.IO.File.Copy(file, folder.File(System.IO.Path.GetFileName(file)));
            }

            return folder;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
