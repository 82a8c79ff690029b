using System.Text;

namespace InterviewSignals.Cues;

/// <summary>
/// The normal form of words, shared by the cue syntax and the tokenizer so that a cue's word and a text's word meet:
/// lower case, accents folded onto their base letter, apostrophes dropped.
/// </summary>
internal static class WordForm
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Folds the accented Latin letters Spanish and English text use onto their base letter.</summary>
    public static char Fold(char c) => c < 128 ? c : c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ when System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => '\0',
        _ => c,
    };

    /// <summary>The normal form of a word as a pattern writes it: the same folding as the text.</summary>
    public static string Normalize(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            if (IsApostrophe(ch))
            {
                continue;
            }

            var f = Fold(char.ToLowerInvariant(ch));
            if (f != '\0')
            {
                sb.Append(f);
            }
        }

        return sb.ToString();
    }
}
