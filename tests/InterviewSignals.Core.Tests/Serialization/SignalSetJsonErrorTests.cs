using InterviewSignals.BuiltIn;
using InterviewSignals.Serialization;
using InterviewSignals.Taxonomy;

namespace InterviewSignals.Tests.Serialization;

/// <summary>One test per kind of load error, each asserting the code, the message and the position.</summary>
public class SignalSetJsonErrorTests
{
    private const string Valid = """
        {
          "formatVersion": 1,
          "id": "mini",
          "version": "1.0.0",
          "title": "Mini",
          "intendedUse": "candidate-self-assessment",
          "baseRate": 0.5,
          "categories": [ { "id": "general", "title": "General" } ],
          "documents": [ { "id": "doc", "title": "Doc" } ],
          "facts": [ { "id": "days", "title": "Days", "kind": "number" } ],
          "signals": [
            { "id": "a", "title": "A", "category": "general", "weights": { "present": 1, "absent": -1 },
              "driver": "interviewer", "phase": "during", "texts": { "present": "A yes.", "absent": "A no." },
              "sources": [ { "document": "doc", "quote": "Q." } ] }
          ],
          "rules": [
            { "id": "r", "signal": "a", "when": { "ramp": { "input": { "fact": "days" }, "from": 7, "to": 14 } } }
          ]
        }
        """;

    private static InputError Single(string json)
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json, sourceName: "mini.json"));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void The_valid_document_loads()
    {
        var set = SignalSetJson.Parse(Valid);
        Assert.Equal("mini", set.Id);
        Assert.IsType<RampCondition>(set.Rules[0].When);
    }

    [Fact]
    public void A_missing_file_has_its_own_code_and_names_the_full_path_and_where_relative_paths_are_read_from()
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.LoadFile(Path.Combine("no-such-folder", "my-process.json")));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(SignalSetErrorCodes.FileNotFound, error.Code);
        Assert.Equal($"There is no such file: {Path.GetFullPath(Path.Combine("no-such-folder", "my-process.json"))} (a relative path is read from the current directory, {Directory.GetCurrentDirectory()}).", error.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_position_not_as_a_bare_JsonException()
    {
        var e = Single(Valid.Replace("\"title\": \"Mini\",", "\"title\": \"Mini\"", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.MalformedJson, e.Code);
        Assert.Equal((6, 3), (e.Line, e.Column));
        Assert.Equal("mini.json", e.Source);
        Assert.StartsWith("mini.json:6:3: malformed-json:", e.ToString());
    }

    [Theory]
    [InlineData("\"formatVersion\": 2", "Expected \"formatVersion\": 1, found 2.")]
    [InlineData("\"formatVersion\": \"1\"", "Expected \"formatVersion\": 1, found \"1\".")]
    public void An_unknown_format_version_stops_the_load(string replacement, string message)
    {
        var e = Single(Valid.Replace("\"formatVersion\": 1", replacement, StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.UnknownFormatVersion, e.Code);
        Assert.Equal(message, e.Message);
        Assert.Equal((2, 20), (e.Line, e.Column));
    }

    [Fact]
    public void A_duplicate_id_points_at_the_second_declaration()
    {
        var e = Single(Valid.Replace("{ \"id\": \"general\", \"title\": \"General\" }", "{ \"id\": \"general\", \"title\": \"General\" }, { \"id\": \"general\", \"title\": \"Again\" }", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.DuplicateId, e.Code);
        Assert.Equal("$.categories[1].id", e.Path);
        Assert.Equal("The category id 'general' is declared more than once.", e.Message);
        Assert.Equal((8, 68), (e.Line, e.Column));
    }

    [Fact]
    public void A_reference_to_an_unknown_signal_names_it()
    {
        var e = Single(Valid.Replace("\"signal\": \"a\"", "\"signal\": \"b\"", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.UnknownReference, e.Code);
        Assert.Equal("Rule 'r' sets signal 'b', which the set does not declare.", e.Message);
        Assert.Equal((17, 28), (e.Line, e.Column));
    }

    [Fact]
    public void A_reference_to_an_unknown_fact_names_it()
    {
        var e = Single(Valid.Replace("{ \"fact\": \"days\" }", "{ \"fact\": \"weeks\" }", StringComparison.Ordinal));
        Assert.Equal("$.rules[0].when.ramp.input.fact", e.Path);
        Assert.Equal("The condition reads fact 'weeks', which the set does not declare.", e.Message);
        Assert.Equal((17, 72), (e.Line, e.Column));
    }

    [Fact]
    public void A_reference_to_an_unknown_category_names_it()
    {
        var e = Single(Valid.Replace("\"category\": \"general\"", "\"category\": \"genral\"", StringComparison.Ordinal));
        Assert.Equal("Signal 'a' is in category 'genral', which the set does not declare. Did you mean 'general'?", e.Message);
        Assert.Equal("$.signals[0].category", e.Path);
    }

    [Theory]
    [InlineData("\"NaN\"", "NaN")]
    [InlineData("\"Infinity\"", "Infinity")]
    [InlineData("1e6", "1000000")]
    public void NaN_infinite_and_absurd_weights_are_refused(string weight, string shown)
    {
        var e = Single(Valid.Replace("\"present\": 1,", "\"present\": " + weight + ",", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.InvalidWeight, e.Code);
        Assert.Equal("$.signals[0].weights.present", e.Path);
        Assert.Equal($"Signal 'a' has present weight {shown}; a weight must be a finite number between -5 and 5 log-odds points.", e.Message);
        Assert.Equal((12, 79), (e.Line, e.Column));
    }

    [Fact]
    public void A_reversed_ramp_is_refused()
    {
        var e = Single(Valid.Replace("\"from\": 7, \"to\": 14", "\"from\": 14, \"to\": 7", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.ReversedRamp, e.Code);
        Assert.Equal("$.rules[0].when.ramp", e.Path);
        Assert.Equal((17, 51), (e.Line, e.Column));
    }

    [Fact]
    public void A_missing_required_text_is_reported()
    {
        var e = Single(Valid.Replace("\"absent\": \"A no.\"", "\"absent\": \"  \"", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.MissingText, e.Code);
        Assert.Equal("Signal 'a' weighs something when absent, so it needs texts.absent.", e.Message);
        Assert.Equal((13, 93), (e.Line, e.Column));
    }

    [Fact]
    public void An_unknown_property_is_reported_so_typos_do_not_pass_silently()
    {
        var e = Single(Valid.Replace("\"baseRate\": 0.5,", "\"baseRate\": 0.5, \"baserate\": 0.4,", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.UnknownProperty, e.Code);
        Assert.Equal("$.baserate", e.Path);
        Assert.Equal((7, 32), (e.Line, e.Column));
    }

    [Fact]
    public void An_unknown_extends_says_that_no_resolver_was_given_and_how_to_find_the_built_in_sets()
    {
        var e = Single(Valid.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extends\": \"interview-outlook\",", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.UnknownExtends, e.Code);
        Assert.Equal("The set extends 'interview-outlook', which is not among the documents loaded, and no resolver was given to find it (SignalSetJsonOptions.ResolveExtends; BuiltInSignalSets.JsonOptions finds the built-in sets).", e.Message);
        Assert.Equal((2, 34), (e.Line, e.Column));
    }

    [Fact]
    public void An_extends_the_resolver_does_not_find_is_reported_at_the_extends()
    {
        var json = Valid.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extends\": \"nowhere\",", StringComparison.Ordinal);
        var e = Assert.Single(Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json, BuiltInSignalSets.JsonOptions)).Errors);
        Assert.Equal("The set extends 'nowhere', which is neither among the documents loaded nor found by the resolver.", e.Message);
        Assert.Equal(SignalSetErrorCodes.UnknownExtends, e.Code);
    }

    [Fact]
    public void A_cyclic_extends_chain_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var a = Path.Combine(dir.FullName, "a.json");
            var b = Path.Combine(dir.FullName, "b.json");
            File.WriteAllText(a, """{ "formatVersion": 1, "id": "set-a", "version": "1.0.0", "extends": "set-b" }""");
            File.WriteAllText(b, """{ "formatVersion": 1, "id": "set-b", "version": "1.0.0", "extends": "set-a" }""");

            var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.LoadFiles(new[] { a, b }));

            Assert.Contains(ex.Errors, e => e.Code == SignalSetErrorCodes.CyclicExtends && e.Message == "The extends chain is cyclic: set-a -> set-b -> set-a." && e.Line == 1);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_set_that_extends_itself_is_cyclic()
    {
        var e = Single(Valid.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extends\": \"mini\",", StringComparison.Ordinal));
        Assert.Equal(SignalSetErrorCodes.CyclicExtends, e.Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_without_recursion_trouble()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var e = Single(deep);
        Assert.Equal(SignalSetErrorCodes.LimitExceeded, e.Code);
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused()
    {
        var options = new SignalSetJsonOptions { Limits = new SignalSetLimits { MaxDocumentBytes = 100 } };
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(Valid, options));
        Assert.Equal("The document is " + System.Text.Encoding.UTF8.GetByteCount(Valid) + " bytes; the limit is 100.", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Several_problems_come_back_together_in_reading_order()
    {
        var json = Valid
            .Replace("\"baseRate\": 0.5", "\"baseRate\": 2", StringComparison.Ordinal)
            .Replace("\"driver\": \"interviewer\"", "\"driver\": \"boss\"", StringComparison.Ordinal)
            .Replace("\"from\": 7, \"to\": 14", "\"from\": 14, \"to\": 7", StringComparison.Ordinal);
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json));
        Assert.Equal(new[] { 7, 13, 17 }, ex.Errors.Select(e => e.Line!.Value));
        Assert.Equal(new[] { SignalSetErrorCodes.InvalidValue, SignalSetErrorCodes.InvalidValue, SignalSetErrorCodes.ReversedRamp }, ex.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"formatVersion\": 1, \"signals\": 3}")]
    [InlineData("{\"formatVersion\": 1, \"signals\": [3, null, {\"weights\": []}]}")]
    [InlineData("{\"formatVersion\": 1, \"rules\": [{\"when\": {\"all\": 1}}, {\"when\": {\"left\": [], \"op\": \"zz\"}}]}")]
    [InlineData("\u00ff\u00fe")]
    public void Garbage_only_ever_raises_the_documented_error(string json)
    {
        var ex = Assert.Throws<SignalSetException>(() => SignalSetJson.Parse(json));
        Assert.NotEmpty(ex.Errors);
    }

    [Fact]
    public void A_property_given_twice_is_an_error_at_the_second()
    {
        var e = Single(Valid.Replace("\"title\": \"Mini\",", "\"title\": \"Mini\", \"title\": \"Maxi\",", StringComparison.Ordinal));
        Assert.Equal("'title' appears twice in this object; keep one.", e.Message);
        Assert.Equal("$.title", e.Path);
    }
}
