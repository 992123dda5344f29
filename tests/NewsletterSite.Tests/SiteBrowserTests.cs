using System;
using System.IO;
using System.Linq;
using NewsletterLinter.Tests;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit;

namespace NewsletterSite.Tests
{
    /// <summary>The site of the real archive, read as a visitor does: in Chromium, over a static server.</summary>
    [Trait("Category", "Slow")]
    public sealed class SiteBrowserTests
    {
        [SkippableFact]
        public void A_visitor_goes_from_the_index_to_an_issue_to_a_cited_summary_and_searches()
        {
            string corpus = TestPaths.RequireCorpus();
            using ChromeDriver browser = Chromium.Start();
            string site = SiteBuild.Of(corpus);
            using var server = new StaticServer(site);
            var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(20));

            // The index: every issue, newest first, and the chart drawn at build time.
            browser.Navigate().GoToUrl(server.Address + "index.html");
            var issues = browser.FindElements(By.CssSelector("li.issue > a.issue-title"));
            Assert.Equal(149, issues.Count);
            Assert.StartsWith("[AN #173]", issues[0].Text, StringComparison.Ordinal);
            Assert.True(browser.FindElements(By.CssSelector("svg.chart rect")).Count > 149);
            Screenshot(browser, "site-index.png");

            // The retrospective has no number: it has a page all the same, named from its file.
            IWebElement retrospective = browser.FindElement(By.CssSelector("ul.unnumbered a"));
            Assert.EndsWith("/issues/an-retrospective-one-year/index.html", retrospective.GetAttribute("href"), StringComparison.Ordinal);
            retrospective.Click();
            wait.Until(d => d.Url.Contains("/an-retrospective-one-year/", StringComparison.Ordinal));
            Assert.Equal("Alignment Newsletter One Year Retrospective", browser.FindElement(By.TagName("h1")).Text);
            Assert.Contains(browser.FindElements(By.CssSelector("ul.outline li")), li => li.Text == "Going forward");
            browser.Navigate().Back();

            // An issue whose summary cites another: follow its link from the index.
            browser.FindElement(By.CssSelector("li#an99 > a.issue-title")).Click();
            wait.Until(d => d.Url.EndsWith("/issues/99/index.html", StringComparison.Ordinal));
            Assert.Contains("AN #99", browser.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
            Assert.Contains("AI and Efficiency", browser.FindElement(By.CssSelector("section.summary.highlight h4")).Text, StringComparison.Ordinal);
            Screenshot(browser, "site-issue.png");

            // In the text, the citation's "AN #7" goes to the cited summary, not to the email archive.
            IWebElement inText = browser.FindElements(By.CssSelector("section.summary .body a")).First(a => a.Text == "AN #7");
            Assert.EndsWith("/issues/7/index.html#s2-ai-and-compute", inText.GetAttribute("href"), StringComparison.Ordinal);

            // A citation goes to the cited summary's anchor on its issue's page.
            IWebElement citation = browser.FindElements(By.CssSelector("a.citation")).First();
            string cited = citation.Text;
            citation.Click();
            wait.Until(d => d.Url.Contains("#s", StringComparison.Ordinal) && !d.Url.Contains("/issues/99/", StringComparison.Ordinal));
            string anchor = new Uri(browser.Url).Fragment.TrimStart('#');
            IWebElement target = browser.FindElement(By.Id(anchor));
            Assert.Equal(cited, target.FindElement(By.CssSelector("h4 > a, h4")).Text.Split(" #")[0].Trim());
            Assert.Contains(target.FindElements(By.CssSelector(".cited-by a")), a => a.GetAttribute("href")!.Contains("/issues/99/", StringComparison.Ordinal));

            // A search by a title word, then by a summarizer, each in the address.
            browser.Navigate().GoToUrl(server.Address + "search/index.html?q=efficiency");
            wait.Until(d => d.FindElements(By.CssSelector("li.result")).Count > 0);
            Assert.Contains(browser.FindElements(By.CssSelector("li.result > a")), a => a.Text == "AI and Efficiency");
            Assert.Equal("efficiency", browser.FindElement(By.Id("q")).GetAttribute("value"));

            browser.Navigate().GoToUrl(server.Address + "search/index.html");
            new SelectElement(browser.FindElement(By.Id("summarizer"))).SelectByValue("Flo");
            wait.Until(d => d.Url.Contains("summarizer=Flo", StringComparison.Ordinal));
            var bylines = browser.FindElements(By.CssSelector("li.result .byline"));
            Assert.NotEmpty(bylines);
            Assert.All(bylines, b => Assert.Contains("Flo", b.Text, StringComparison.Ordinal));
            Assert.Matches("^[0-9]+ summar", browser.FindElement(By.Id("count")).Text);
        }

        /// <summary>Saves a screenshot for docs/site.md when <c>NEWSLETTER_SCREENSHOTS</c> names a folder.</summary>
        private static void Screenshot(ChromeDriver browser, string name)
        {
            string? folder = Environment.GetEnvironmentVariable("NEWSLETTER_SCREENSHOTS");
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
                browser.GetScreenshot().SaveAsFile(Path.Combine(folder, name));
            }
        }
    }
}
