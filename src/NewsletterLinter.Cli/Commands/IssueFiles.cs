using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsletterLinter.Cli.Commands
{
    /// <summary>One input file, read as strict UTF-8.</summary>
    internal sealed record IssueFile(string Path, string DisplayPath, string? Text, string? Error);

    /// <summary>Expands the command line's files and folders into issue files and reads them.</summary>
    internal static class IssueFiles
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Files as given, and every <c>*.md</c> and <c>*.txt</c> under folders (bin and obj excluded), in ordinal order.</summary>
        public static List<string> Expand(IEnumerable<string> inputs, out List<string> missing)
        {
            var files = new List<string>();
            missing = new List<string>();
            foreach (string input in inputs)
            {
                if (File.Exists(input))
                {
                    files.Add(input);
                }
                else if (Directory.Exists(input))
                {
                    files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                        .Where(IsIssueFile)
                        .Where(f => !IsBuildOutput(Path.GetRelativePath(input, f)))
                        .OrderBy(f => f, StringComparer.Ordinal));
                }
                else
                {
                    missing.Add(input);
                }
            }

            return files.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>Reads a file; invalid UTF-8 or an unreadable file becomes an error, not an exception.</summary>
        public static IssueFile Read(string path)
        {
            string display = path.Replace('\\', '/');
            try
            {
                byte[] bytes = File.ReadAllBytes(path);
                int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                string text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
                return new IssueFile(path, display, text, null);
            }
            catch (DecoderFallbackException)
            {
                return new IssueFile(path, display, null, "The file is not valid UTF-8.");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new IssueFile(path, display, null, "The file cannot be read: " + exception.Message);
            }
        }

        private static bool IsIssueFile(string path)
        {
            string extension = Path.GetExtension(path);
            return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsBuildOutput(string relative)
        {
            string[] parts = relative.Replace('\\', '/').Split('/');
            return parts.Take(parts.Length - 1).Any(p => p.Equals("bin", StringComparison.OrdinalIgnoreCase) || p.Equals("obj", StringComparison.OrdinalIgnoreCase) || p.StartsWith('.'));
        }
    }
}
