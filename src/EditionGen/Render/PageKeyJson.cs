using System.Text.Json.Serialization;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// The views a page key serialises, described at compile time: a build that renders a few pages does not spend its
/// first tenths of a second working out by reflection how to write each view. Any other type falls back to reflection.
/// </summary>
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(MetaView))]
[JsonSerializable(typeof(IssueView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(IssueLinkView))]
[JsonSerializable(typeof(YearView))]
[JsonSerializable(typeof(MonthView))]
[JsonSerializable(typeof(NameIndexView))]
[JsonSerializable(typeof(NamePageView))]
[JsonSerializable(typeof(List<YearView>))]
[JsonSerializable(typeof(YearView[]))]
internal sealed partial class PageKeyJson : JsonSerializerContext;
