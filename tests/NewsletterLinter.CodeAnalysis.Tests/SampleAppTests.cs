using NewsletterLinter.Tests;

namespace NewsletterLinter.CodeAnalysis.Tests
{
    /// <summary>The README's main command: the digest app built on the generated types of samples/issues.</summary>
    [Trait("Category", "Slow")]
    public class SampleAppTests
    {
        [Fact]
        public void The_digest_app_prints_the_sample_issues()
        {
            DotnetCli.Result result = DotnetCli.RunInRepository("run --project samples/NewsletterDigest");

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("AN #99: AI and Efficiency", result.Output);
            Assert.Contains("Flo's opinion: Even though access to compute has surely helped", result.Output);
            Assert.Contains("WHO SUMMARIZED WHAT", result.Output);
            Assert.Contains("AN #137: cited 3 times (in this build: 9 summaries)", result.Output);
        }

        [Fact]
        public void The_digest_app_prints_one_issue()
        {
            DotnetCli.Result result = DotnetCli.RunInRepository("run --project samples/NewsletterDigest -- --issue 137");

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("- TECHNICAL AI ALIGNMENT", result.Output);
            Assert.Contains("Scaling Laws for Transfer (Danny Hernandez et al) (summarized by Asya)", result.Output);
        }
    }
}
