using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace WebcareHub.Webcare;

/// <summary>A piece of personal data in a text: its kind (iban, phone, …) and where it is.</summary>
public sealed record PiiMatch(string Kind, int Start, int Length);

/// <summary>
/// Finds personal data in a public text: IBANs (mod-97 checked), Dutch and Belgian phone numbers, e-mail
/// addresses, invoice and customer numbers, street addresses, citizen service numbers (11-check) and dates
/// presented as a birth date. Look-alikes (amounts, plain dates, numbers failing their check) are left alone.
/// </summary>
public static partial class PiiFinder
{
    public const string Phone = "phone";

    /// <summary>
    /// The phone numbers in a text, in order, with styled digits as plain ones ("0️⃣6️⃣…" as "06…"): a call-back's
    /// words, a waiting customer's details.
    /// </summary>
    public static IEnumerable<string> PhonesIn(string text)
    {
        var plain = PlainDigits.Of(text)?.Text ?? text;
        return FindIn(plain, false).Where(m => m.Kind == Phone).Select(m => plain.Substring(m.Start, m.Length));
    }

    public static readonly string[] Kinds = ["iban", Phone, "email", "invoiceNumber", "customerNumber", "address", "bsn", "birthDate"];

    /// <param name="agencyAccountsToo">True also finds an account said to be the agency's: a public reply names no
    /// account at all (<see cref="ReplyGuard"/>), while a customer who warns others about the agency's account posts
    /// no personal data.</param>
    public static IReadOnlyList<PiiMatch> Find(string text, bool agencyAccountsToo = false) =>
        PlainDigits.Of(text) is { } plain
            ? [.. FindIn(plain.Text, agencyAccountsToo).Select(plain.Written)]
            : FindIn(text, agencyAccountsToo);

    /// <summary>Finds personal data in a text whose digits are plain (see <see cref="PlainDigits"/>).</summary>
    private static IReadOnlyList<PiiMatch> FindIn(string text, bool agencyAccountsToo)
    {
        var found = new List<PiiMatch>();
        void AddAt(string kind, int index, int length)
        {
            // A company's own numbers ("KvK-nummer 30123456", "ondernemingsnummer 0123.456.789") and a post-office box
            // ("Postbus 1234, 8000 AA Zwolle") are no one's personal data.
            var before = text[Math.Max(0, index - 30)..index];
            if (kind is not ("email" or "iban" or "birthDate") && CompanyNumberBefore().IsMatch(before)) return;
            if (kind == "address" && (PostBoxBefore().IsMatch(before) || CompanyFormBefore().IsMatch(before))) return;
            // A court's case number ("kantonrechter … zaaknummer 10456789", "rolnummer 23-1123") names a case, not a
            // customer; an agency's own mailbox ("klantenservice@incasso…") or line ("het nummer van IncassoNed (085 …)") no person.
            if (kind == "customerNumber" && (CourtCaseBefore().IsMatch(text.AsSpan(Math.Max(0, index - 90), Math.Min(index, 90)))
                || CourtCaseAfter().IsMatch(text.AsSpan(index + length)))) return;
            // The agency's own account, told to warn others ("IncassoNed heeft maar één rekeningnummer, NL12 …") or paid to.
            if (kind == "iban" && !agencyAccountsToo && CompanyAccountBefore().IsMatch(text.AsSpan(Math.Max(0, index - 60), Math.Min(index, 60)))) return;
            // A famous person's birthday ("27-04-1967 … de geboortedatum van de koning") is no one's personal data here.
            if (kind == "birthDate" && FamousBirthdayAfter().IsMatch(text.AsSpan(index + length, Math.Min(60, text.Length - index - length)))
                && !OwnBirthBefore().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(index, 40)))) return;
            if (kind == "email" && RoleMailbox().IsMatch(text.AsSpan(index, length))) return;
            if (kind == Phone && (CompanyLineBefore().IsMatch(before) || CompanyLineAfter().IsMatch(text.AsSpan(index + length)))
                && !IsMobile(text.Substring(index, length))) return;
            var overlapping = found.Where(f => index < f.Start + f.Length && f.Start < index + length).ToList();
            // A longer reading of the same kind wins ("Markt 4" inside "Oude Markt 4 bus 2, 3000 Leuven").
            if (overlapping.Any(f => f.Kind != kind || f.Start < index || f.Start + f.Length > index + length)) return;
            found.RemoveAll(overlapping.Contains);
            found.Add(new PiiMatch(kind, index, length));
        }
        void Add(string kind, Match m, Group? g = null)
        {
            var group = g ?? m.Groups[0];
            AddAt(kind, group.Index, group.Length);
        }
        foreach (Match m in Email().Matches(text)) Add("email", m);
        foreach (Match m in DisguisedEmail().Matches(text)) Add("email", m);
        foreach (Match m in SpelledOutEmail().Matches(text)) Add("email", m);
        foreach (Match m in SpacedEmail().Matches(text)) Add("email", m);
        foreach (Match m in LetterSpacedEmail().Matches(text))
            if (Email().Match(m.Value.Replace(" ", "", StringComparison.Ordinal)) is { Success: true } joined && RealTopLevelDomain().IsMatch(joined.Value)) Add("email", m);
        var ibanShaped = new List<Match>();
        foreach (Match m in Iban().Matches(text))
        {
            // An account kept out as the agency's still holds its digits: they are no phone number or BSN.
            if (ValidIbanPrefix(m.Value) is { } length)
            {
                AddAt("iban", m.Index, length);
                ibanShaped.Add(m);
            }
            // Shorter than any IBAN, it is no account at all ("BEL ME NU 0612873349": "NU06 1287 3349").
            else if (m.Value.Count(char.IsLetterOrDigit) >= 15) ibanShaped.Add(m);
        }
        foreach (Match m in LooselyGroupedIban().Matches(text))
            if (IsIban(m.Value)) Add("iban", m);
        foreach (var (start, length) in SeparatedIbans(text)) AddAt("iban", start, length);
        foreach (var (start, length) in IbansInLabelledParts(text)) AddAt("iban", start, length);
        // "NL31 SNSB en dan 5423511615": an account told in two parts.
        foreach (Match m in SplitIban().Matches(text))
            if (IsIban(m.Groups["head"].Value + m.Groups["account"].Value))
                Add("iban", m);
        // "NL, dan 18, dan RABO, dan 0147 852 369": an account told part by part.
        foreach (Match m in IbanInParts().Matches(text))
            if (IsIban((m.Groups["country"].Value + m.Groups["check"].Value + m.Groups["bank"].Value).ToUpperInvariant() + new string([.. m.Groups["account"].Value.Where(char.IsDigit)])))
                Add("iban", m);
        // "BE drie twee, 1202 6803 0402": a Belgian account (all digits after its country code) partly in words.
        foreach (var (start, length, digits) in SpokenDigits.Runs(text))
        {
            var before = Math.Max(0, start - 6);
            if (BelgianCodeBefore().Match(text[before..start]) is { Success: true } country && IsIban("BE" + digits))
                AddAt("iban", before + country.Index, start + length - before - country.Index);
        }
        // A Belgian national number (rijksregisternummer) is the Belgian citizen number: after its name, or in its own
        // dotted shape "85.07.30-033.28"; its check decides.
        foreach (Match m in NationalNumber().Matches(text))
            if (IsBelgianNationalNumber(m.Groups["n"].Value)) Add("bsn", m, m.Groups["n"]);
        foreach (Match m in BirthDate().Matches(text)) Add("birthDate", m, m.Groups["date"]);
        // "hij is van 9 juni 2008" says when someone was born; "de brief? hij is van 3 november 2026" does not.
        foreach (Match m in SomeoneIsOf().Matches(text))
            if (IsBirthYear(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture))) Add("birthDate", m, m.Groups["date"]);
        // A full date from a birth year: with a birth word anywhere in the post ("mijn geboortedatum … zelfde datum
        // 08-08-1990"), or from the last century, which no letter or payment carries.
        bool? birthWord = null;
        foreach (Match m in DateWithYear().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is >= FirstBirthYear and <= 1999 || IsBirthYear(year) && (birthWord ??= BirthWord().IsMatch(text))) Add("birthDate", m);
        }
        // A BSN inside a longer number, with BSN named near it ("kenmerk 008383433382024 … daar is mijn BSN"): a label
        // that calls the number a reference does not make the citizen number in it any less personal.
        foreach (var (start, length) in HiddenBsns(text)) AddAt("bsn", start, length);
        // A labelled reference ("n"), unless it is no reference at all or a phone number written after the label.
        void AddReference(string kind, Match m)
        {
            if (IsReference(m.Groups["n"].Value) && !IsDomesticPhone(m.Groups["n"].Value)) Add(kind, m, m.Groups["n"]);
        }
        foreach (Match m in Invoice().Matches(text)) AddReference("invoiceNumber", m);
        foreach (Match m in Customer().Matches(text)) AddReference("customerNumber", m);
        foreach (Match m in StructuredReference().Matches(text)) Add("customerNumber", m);
        foreach (Match m in PaymentNoteOrKn().Matches(text)) AddReference("customerNumber", m);
        // A chat transcript: "Wat is uw klantnummer?" and on the next line "[14:05] Ik: 6620419".
        foreach (Match m in AnswerInTranscript().Matches(text))
            AddReference(char.ToLowerInvariant(m.Groups["label"].Value[0]) is 'f' or 'i' ? "invoiceNumber" : "customerNumber", m);
        foreach (Match m in NumberWithTheAgency().Matches(text)) AddReference("customerNumber", m);
        foreach (Match m in QuotedPaymentReference().Matches(text))
            if (IsReference(m.Groups["n"].Value)) Add("customerNumber", m, m.Groups["n"]);
        foreach (Match m in LabelAfterNumber().Matches(text))
            AddReference(InvoiceWord().IsMatch(m.Groups["label"].Value) || m.Groups["label"].Value.StartsWith("fact", StringComparison.OrdinalIgnoreCase) ? "invoiceNumber" : "customerNumber", m);
        foreach (var (start, length, digits) in SpokenDigits.Runs(text))
            if (SpokenKind(text[Math.Max(0, start - 80)..start], digits) is { } kind) AddAt(kind, start, length);
        // An account number that fails its check is no IBAN, and its digits are no phone number or BSN either.
        bool InIban(Match m) => ibanShaped.Any(i => m.Index < i.Index + i.Length && i.Index < m.Index + m.Length);
        // "nr. 2024 / 11 / 0932", "nummer 4410/2024/778": a bare number label is an invoice's after an invoice
        // word earlier in the sentence, else a file's.
        foreach (Match m in BareNumberLabel().Matches(text))
        {
            var code = m.Groups["n"].Value;
            if (!IsReference(code) || IsDomesticPhone(code) || InIban(m) || !code.Any(c => c is '/' or '-' or '–' or '.' or ' ') && code.Count(char.IsDigit) < 6) continue;
            // A label that opens its sentence ("…de factuur van Eneco? Nr 3018442917") belongs to the sentence before.
            var before = text[Math.Max(0, m.Index - 80)..m.Index];
            var end = before.LastIndexOfAny(['.', '!', '?']);
            var sentence = before[(end + 1)..];
            if (sentence.Trim().Length == 0 && end > 0) sentence = before[(before.LastIndexOfAny(['.', '!', '?'], end - 1) + 1)..end];
            Add(InvoiceWord().IsMatch(sentence) ? "invoiceNumber" : "customerNumber", m, m.Groups["n"]);
        }
        foreach (Match m in Bsn().Matches(text))
            if (IsBsn(m.Value) && !LooksLikeMoney(text, m.Index) && !InIban(m)) Add("bsn", m);
        foreach (Match m in LabelledBsn().Matches(text))
            if (IsBsn(m.Groups["n"].Value)) Add("bsn", m, m.Groups["n"]);
        // "mijn BSN in twee delen: eerste deel 1664, tweede deel 92036": nine digits in parts after the label.
        foreach (Match m in BsnInParts().Matches(text))
            if (IsBsn(m.Groups["a"].Value + m.Groups["b"].Value + m.Groups["c"].Value)) Add("bsn", m, m.Groups["parts"]);
        foreach (Match m in LabelledPhone().Matches(text))
            if (new string([.. m.Groups["n"].Value.Where(char.IsDigit)]) is { Length: >= 9 and <= 12 } digits && !ServiceNumber().IsMatch(digits))
                Add(Phone, m, m.Groups["n"]);
        // "O6-12345678", "06-12O45678": a letter O among digits is a zero (the same length, so places stay).
        var digitized = LetterO().Replace(text, "0");
        foreach (Match m in NationalPhone().Matches(digitized))
            if (IsPhone(m.Value) && !LooksLikeMoney(text, m.Index) && !InIban(m)) Add(Phone, m);
        foreach (Match m in OtherCountryPhone().Matches(text))
            if (m.Value.Count(char.IsDigit) is >= 9 and <= 15 && !LooksLikeMoney(text, m.Index)) Add(Phone, m);
        foreach (Match m in SpacedDigitsPhone().Matches(text)) Add(Phone, m);
        foreach (Match m in SplitMobile().Matches(text)) Add(Phone, m);
        foreach (Match m in MobileWithADottedGap().Matches(text))
            if (m.Value.Count(char.IsDigit) == 10) Add(Phone, m);
        foreach (Match m in BracketedPrefixPhone().Matches(text))
            if (m.Groups["national"].Value.Count(char.IsDigit) == 9) Add(Phone, m);
        foreach (Match m in Street().Matches(text)) Add("address", m);
        foreach (Match m in PostcodeTown().Matches(text)) Add("address", m);
        foreach (Match m in NumberPostcodeTown().Matches(text)) Add("address", m);
        foreach (Match m in PostcodeHouseNumber().Matches(text)) Add("address", m);
        foreach (Match m in PostcodeThenNumber().Matches(text)) Add("address", m, m.Groups["a"]);
        foreach (Match m in LabelledAddress().Matches(text)) Add("address", m, m.Groups["a"]);
        foreach (Match m in StreetWithNumberInWords().Matches(text)) Add("address", m);
        foreach (Match m in SpacedPostcodeTown().Matches(text)) Add("address", m);
        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>
    /// Digit runs of nine to twenty digits with "BSN" (or its other names) within 150 characters, of which nine digits
    /// in a row pass the 11-check: the whole run, as that is what a reader would copy. A Dutch phone number and an
    /// amount are no hiding place.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> HiddenBsns(string text)
    {
        foreach (Match run in DigitRun().Matches(text))
        {
            var near = text.AsSpan(Math.Max(0, run.Index - 150), Math.Min(run.Index, 150) + Math.Min(text.Length - run.Index, run.Length + 150));
            if (!BsnWord().IsMatch(near) || IsDomesticPhone(run.Value) || LooksLikeMoney(text, run.Index)) continue;
            // A number its label calls a customer's, an invoice's or a phone's stays that ("klantnummer 4839201758").
            if (OwnLabelBefore().IsMatch(text.AsSpan(Math.Max(0, run.Index - 30), Math.Min(run.Index, 30)))) continue;
            for (var i = 0; i + 9 <= run.Length; i++)
                if (IsBsn(run.Value.Substring(i, 9)))
                {
                    yield return (run.Index, run.Length);
                    break;
                }
        }
    }

    [GeneratedRegex(@"(?<![\w€.,+])\d{9,20}(?![\w]|[.,]\d)")]
    private static partial Regex DigitRun();

    /// <summary>A label right before a number that says whose number it is, other than a reference's ("kenmerk", "ref").</summary>
    [GeneratedRegex(@"\b(?:klant(?:en)?[\s\-]?(?:nummer|nr)|factuur(?:nummer|nr)?|invoice|nota|dossier(?:nummer|nr)?|polis(?:nummer|nr)?|contract(?:nummer|nr)?|telefoon(?:nummer)?|tel|mobiel|bel\s+(?:me|mij)(?:\s+op)?|phone|customer\s*(?:number|no))\b[^\d\n]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLabelBefore();

    /// <summary>
    /// IBANs written with odd spacing or in lower case: "nl57asnb 67 69 88 01 05", "N L 3 4 A B N A 3 0 1 4 …". The
    /// separators are dropped and the longest prefix that passes the mod-97 check is the account.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> SeparatedIbans(string text)
    {
        foreach (Match m in SeparatedIbanShape().Matches(text))
        {
            var positions = new List<int>();
            for (var i = 0; i < m.Length; i++)
                if (char.IsLetterOrDigit(m.Value[i])) positions.Add(m.Index + i);
            var compact = new string([.. positions.Select(p => text[p])]).ToUpperInvariant();
            var length = AccountLength(compact[..2]);
            if (length == 0 || compact.Length < length || !IsAccountOfItsCountry(compact[..length])) continue;
            yield return (positions[0], positions[length - 1] - positions[0] + 1);
        }
    }

    /// <summary>
    /// An account told in labelled parts: "eerste stuk BE58 8012, tweede stuk 9930 5479", "eerste deel NL08SNSB, tweede
    /// deel 8916358742", "landcode NL, controle 45, bank BUNQ, nummer 2045 678912". From a country code and check digits,
    /// the parts are read across punctuation and the words that name them, up to the country's length; the account
    /// counts only when it has its country's shape and passes mod-97.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> IbansInLabelledParts(string text)
    {
        foreach (Match head in AccountHead().Matches(text))
        {
            var length = AccountLength(head.Groups["country"].Value.ToUpperInvariant());
            var compact = "";
            var end = head.Index;
            foreach (Match token in PartToken().Matches(text, head.Index))
            {
                if (token.Index - end > 40 || token.Value is "." or "!" or "?" or "\n") break;
                if (PartWords.Contains(token.Value)) continue;
                // "NL61 BUNQ 2031 4105 nul zes": the last digits in words, where the account has its digits.
                compact += compact.Length >= 8 && SpokenDigits.Value(token.Value) is { } spoken
                    ? spoken.ToString(CultureInfo.InvariantCulture)
                    : token.Value.ToUpperInvariant();
                end = token.Index + token.Length;
                if (compact.Length >= length) break;
            }
            if (compact.Length == length && IsAccountOfItsCountry(compact)) yield return (head.Index, end - head.Index);
        }
    }

    /// <summary>
    /// Only the shapes of Dutch, Belgian and German accounts, at their own length, count as an account read from pieces: a
    /// chance hit of the check on ordinary words and numbers stays out.
    /// </summary>
    private static int AccountLength(string country) => country switch { "NL" => 18, "BE" => 16, "DE" => 22, _ => 0 };

    private static bool IsAccountOfItsCountry(string compact) => AccountShape().IsMatch(compact) && IsIban(compact);

    /// <summary>The words that name the parts of an account told in pieces, and those between them.</summary>
    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "eerste", "tweede", "derde", "vierde", "laatste", "first", "second", "third", "fourth", "last", "stuk", "stukje", "deel",
        "deeltje", "gedeelte", "part", "helft", "half", "rest", "en", "and", "dan", "daarna", "then", "is",
        // The names of an account's fields: "landcode NL, controle 45, bank BUNQ, nummer 2045 678912".
        "controle", "controlegetal", "controlecijfer", "controlecijfers", "check", "digits", "cijfers", "bank", "bankcode",
        "nummer", "rekeningnummer", "rekening", "number", "account",
        // The words around digits told last: "… 3658 902 en dan eindigt ie op vijf vijf een", "ending in".
        "eindigt", "eindigend", "ie", "hij", "het", "op", "met", "nog", "ends", "ending", "with", "in",
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<country>NL|BE|DE)(?=\s?\d{2}|[,:;]?\s+(?:controle(?:getal|cijfers?)?|check(?:\s?digits)?|cijfers)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AccountHead();

    [GeneratedRegex(@"[\p{L}\d]+|[.!?\n](?!\d)")]
    private static partial Regex PartToken();

    /// <summary>
    /// What a number written out in words is, from the words just before it: a phone number after a word of calling (or
    /// ten digits from 0, as Dutch numbers are), an invoice or a file number after its label; otherwise nothing
    /// ("een twee drie vier, hup").
    /// </summary>
    private static string? SpokenKind(string before, string digits)
    {
        // Nine digits that pass the 11-check after "BSN" in the last few sentences are one; the other kinds need their label in this sentence.
        if (BsnWord().IsMatch(before) && IsBsn(digits)) return "bsn";
        var sentence = before[(before.LastIndexOfAny(['.', '!', '?']) + 1)..];
        if (PhoneWord().IsMatch(sentence) && digits.Length is >= 9 and <= 12 || digits.Length == 10 && digits[0] == '0' && digits[1] != '0')
            return Phone;
        if (digits.Length < 4) return null;
        if (InvoiceWord().IsMatch(sentence) || sentence.Contains("factuurn", StringComparison.OrdinalIgnoreCase)) return "invoiceNumber";
        return FileWord().IsMatch(sentence) ? "customerNumber" : null;
    }

    /// <summary>
    /// The length of the IBAN at the start of an IBAN-shaped match, dropping groups at its end that are words
    /// ("BE18 9045 8734 8465 voor": the groups are case-insensitive, so "voor" came along), or null.
    /// </summary>
    private static int? ValidIbanPrefix(string candidate)
    {
        for (var end = candidate.Length; end >= 15; end--)
        {
            if (end < candidate.Length && char.IsLetterOrDigit(candidate[end])) continue;
            var prefix = candidate[..end].TrimEnd(' ', '-', '.');
            if (IsIban(prefix)) return prefix.Length;
        }
        return null;
    }

    public static bool IsIban(string candidate)
    {
        var iban = new string([.. candidate.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        if (iban.Length < 15 || iban.Length > 34) return false;
        if (iban.StartsWith("NL", StringComparison.Ordinal) && iban.Length != 18) return false;
        if (iban.StartsWith("BE", StringComparison.Ordinal) && iban.Length != 16) return false;
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    /// <summary>The Dutch 11-check: 9a + 8b + … + 2h − i is a multiple of 11 (and not all zeros).</summary>
    public static bool IsBsn(string candidate)
    {
        var digits = candidate.Where(char.IsDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 9 || digits.All(d => d == 0)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * digits[i];
        sum -= digits[8];
        return sum % 11 == 0;
    }

    /// <summary>
    /// The Belgian national number: birth date (month 0–12, or +20/+40 for a bis number), a serial and two check digits,
    /// 97 minus the first nine digits modulo 97 (with a 2 in front for those born from 2000).
    /// </summary>
    public static bool IsBelgianNationalNumber(string candidate)
    {
        var digits = new string([.. candidate.Where(char.IsDigit)]);
        if (digits.Length != 11) return false;
        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture) % 20;
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        if (month > 12 || day > 31) return false;
        var first = long.Parse(digits[..9], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], CultureInfo.InvariantCulture);
        return 97 - first % 97 == check || 97 - (2_000_000_000 + first) % 97 == check;
    }

    private const int FirstBirthYear = 1920;

    /// <summary>A year someone writing to us may have been born in (up to fourteen years before this product).</summary>
    private static bool IsBirthYear(int year) => year is >= FirstBirthYear and <= 2012;

    /// <summary>
    /// A file, customer or invoice reference after its label: at least four digits, and not a year, a date or a time
    /// ("factuur 2024", "kenmerk van 12-03-2026").
    /// </summary>
    private static bool IsReference(string code)
    {
        var digits = code.Count(char.IsDigit);
        if (digits < 4) return false;
        if (digits == 4 && YearOnly().IsMatch(code)) return false;
        if (YearRange().IsMatch(code)) return false; // "aanslag 2025/2026": a tax year, no reference
        // A company's free or paid service line ("gratis nummer: 0800-0226") and a VAT id ("NL004512398B01") name no one.
        if (ServiceLine().IsMatch(code) || VatId().IsMatch(code)) return false;
        return CalendarDate().Match(code) is not { Success: true } date || !IsCalendarDay(date);
    }

    /// <summary>"12-03-2026" is a day; "88/11/2024" has the shape of one but is a reference.</summary>
    private static bool IsCalendarDay(Match date)
    {
        var parts = date.Value.Split('-', '/', '.', '–');
        var (day, month) = parts[0].Length == 4 ? (int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture))
            : (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        return day is >= 1 and <= 31 && month is >= 1 and <= 12;
    }

    /// <summary>A Dutch mobile number, with or without the country code ("06 …", "+31 6 …", "0031 6 …").</summary>
    private static bool IsMobile(string candidate)
    {
        var digits = new string([.. candidate.Where(char.IsDigit)]);
        return digits.StartsWith("06", StringComparison.Ordinal) || digits.StartsWith("316", StringComparison.Ordinal) || digits.StartsWith("00316", StringComparison.Ordinal);
    }

    private static bool IsPhone(string candidate)
    {
        if (PlainDate().IsMatch(candidate.Trim())) return false;
        var digits = new string([.. candidate.Where(char.IsDigit)]);
        // Companies' service numbers (0800, 090x, 088) are public, not personal.
        if (ServiceNumber().IsMatch(digits)) return false;
        if (candidate.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var national = digits.StartsWith("00", StringComparison.Ordinal) ? digits[4..] : digits[2..];
            if (national.StartsWith('0')) national = national[1..];
            return digits.Contains("31", StringComparison.Ordinal) ? national.Length == 9 : national.Length is 8 or 9;
        }
        // Domestic: Dutch numbers have 10 digits, Belgian 9 (landline) or 10 (mobile 04..), British mobiles 11 (07..).
        return digits.Length is 9 or 10 && digits[0] == '0' && digits[1] != '0' || digits.Length == 11 && digits.StartsWith("07", StringComparison.Ordinal);
    }

    /// <summary>
    /// A phone number, a company's service number included, in a reference's place ("dossier? Bel me: 020-6241 882",
    /// "het algemene nummer 088 123 4567"): it is never read as a file or invoice number.
    /// </summary>
    private static bool IsDomesticPhone(string code)
    {
        var digits = new string([.. code.Where(char.IsDigit)]);
        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0'
               || digits.StartsWith("0031", StringComparison.Ordinal) && digits.Length == 13
               || digits.StartsWith("0032", StringComparison.Ordinal) && digits.Length is 12 or 13;
    }

    private static bool LooksLikeMoney(string text, int index)
    {
        var before = text[Math.Max(0, index - 6)..index];
        return before.Contains('€') || before.Contains("EUR", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An address written to dodge harvesters: "karin(at)ziggo(dot)nl", "m.vos[at]kpnmail.nl", "jan@@live.nl",
    /// "p_smit(apenstaartje)hotmail.com", "l.kok ( at ) ziggo.nl",
    /// "tom AT outlook DOT com". A bare " at " is not enough: "chat at 113.nl" is a website; a spaced "@" is
    /// <see cref="SpacedEmail"/>'s, which wants a real domain ("sorry @ iedereen. ik" is none).
    /// </summary>
    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+\s?(?:[(\[{]\s?(?i:at|apenstaartje|apestaartje|at-teken|@)\s?[)\]}]|@@|(?<=\s)(?:AT|apenstaartje|apestaartje|at-teken)(?=\s))\s?[A-Za-z0-9\-]+(?:\s?(?:\.|[(\[{]\s?(?i:dot|punt|\.)\s?[)\]}]|\s(?:dot|punt|DOT|PUNT)\s)\s?[A-Za-z0-9\-]+)*?\s?(?:\.|[(\[{]\s?(?i:dot|punt|\.)\s?[)\]}]|\s(?:dot|punt|DOT|PUNT)\s)\s?[A-Za-z]{2,6}\b")]
    private static partial Regex DisguisedEmail();

    /// <summary>
    /// Both signs written as words and a real top-level domain: "sanne.devries88 at gmail punt com", also with extra
    /// spaces ("r.vis  at  planet dot nl") ("chat at 113.nl"
    /// keeps its dot; "we zijn at home punt uit" ends in no domain).
    /// </summary>
    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]*[A-Za-z][A-Za-z0-9._%+\-]*[ \t]{1,3}(?:at|AT)[ \t]{1,3}[A-Za-z0-9\-]+(?:[ \t]{1,3}(?:dot|punt|DOT|PUNT)[ \t]{1,3}[A-Za-z0-9\-]+)*?[ \t]{1,3}(?:dot|punt|DOT|PUNT)[ \t]{1,3}" + TopLevelDomain + @"\b")]
    private static partial Regex SpelledOutEmail();

    /// <summary>An address typed with spaces around its @ or dots ("s.jansen@ outlook . com", "k.dijkstra @ ziggo . nl",
    /// "fam.osei@gmail .com"), ending in a real domain.</summary>
    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+(?:\s@\s?|@\s|@(?=[A-Za-z0-9\-]+ \.(?-i:nl|com|net|org|be|eu|info|io)\b))[A-Za-z0-9\-]+(?:(?:\s?\.\s?|\s(?i:dot|punt)\s)[A-Za-z0-9\-]+)*?(?:\s?\.\s?|\s(?i:dot|punt)\s(?=(?i:nl|com|net|org|eu|info|io)\b))" + TopLevelDomain + @"\b")]
    private static partial Regex SpacedEmail();

    /// <summary>The top-level domains a disguised address must end in to count ("we zijn at home punt uit" ends in none).</summary>
    private const string TopLevelDomain = "(?i:nl|com|be|net|org|eu|de|info|fr|uk|io|me)";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    /// <summary>An address typed letter by letter to dodge spam ("m a r i e k e . d e j o n g @ h o t m a i l . c o m"); read without its spaces.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Za-z0-9._%+\-] ){2,}@(?: [A-Za-z0-9.\-]){4,}(?![A-Za-z0-9])")]
    private static partial Regex LetterSpacedEmail();

    [GeneratedRegex(@"\." + TopLevelDomain + "$")]
    private static partial Regex RealTopLevelDomain();

    [GeneratedRegex(@"\b(?:(?-i:[A-Z]{2}) ?|[A-Za-z]{2})\d{2}(?:(?:[ \-.]|\r?\n)?[A-Z0-9]{4}){2,7}(?-i:[ \-.]?[A-Z0-9]{1,3})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    /// <summary>A Dutch or Belgian IBAN in groups of any size ("NL 05 ABNA 72 8600 4829"); the mod-97 check decides.</summary>
    [GeneratedRegex(@"\b(?:NL ?\d{2}(?:[ \-.]?[A-Za-z0-9]){14}|BE ?\d{2}(?:[ \-.]?\d){12})(?![A-Za-z0-9])")]
    private static partial Regex LooselyGroupedIban();

    [GeneratedRegex(@"(?:(?<![\w€.,])(?:\+|00)3[12](?:\s{0,2}[.\-/–‑_—−]\s{0,2}|\s{1,2})?(?:\(0\)(?:\s{0,2}[.\-/–‑_—−]\s{0,2}|\s{1,2})?)?\d(?:(?:\s{0,2}[.\-/–‑_—−]\s{0,2}|\s{1,2})?\d){6,9}|(?<![\w€,+/\-])(?<![\d€,]\.)0\d(?:(?:\s{0,2}[.\-/–‑_—−:]\s{0,2}|\s{1,2})?\d){7,8}|(?<![\w€.,])\(0\d{1,3}\)[\s\-]?\d(?:[\s.\-/]?\d){4,7}|(?<![\w€.,+/\-])07\d{3}\s?\d{6})(?!\d|[.,\-]\d|/(?!0)\d)")]
    private static partial Regex NationalPhone();

    [GeneratedRegex(@"(?<=\d[\s.\-]?)[Oo](?=[\s.\-]?\d)|(?<![\w])[Oo](?=6[\s.\-]?\d)")]
    private static partial Regex LetterO();

    /// <summary>A postcode and house number without a street: "1011 AB 24", "postcode 3512 jk 7", "2612ab 40",
    /// "3521 BK huisnr 17".</summary>
    [GeneratedRegex(@"\b(?<a>[1-9]\d{3}\s?(?!SA|SD|SS|EN|OF|OP|IN|TM)[A-Z]{2}\s+(?:(?:huisnummer|huisnr|nr)\.?\s*:?\s*)?\d{1,3}(?:\s?[a-zA-Z]\b)?|(?<=\bpostcode\s?:?\s?)[1-9]\d{3}\s?[a-z]{2}\s+(?:(?:huisnummer|huisnr|nr)\.?\s*:?\s*)?\d{1,4}(?:\s?[a-zA-Z]\b)?|(?<=\b(?:adres|woonadres|postadres|woon|woont|wonen|op|naar|bij)\s)[1-9]\d{3}(?!sa|sd|ss|en|of|op|in|tm|km|kg|cm|mm|ml|gb|mb|kb|pm|am|st|nd|rd|th|xl|hz|kw|mg|ms|pk|gr|hp|dm|jr|lb|ti|rc)[a-z]{2}\s+\d{1,3}(?:\s?[a-zA-Z]\b)?)\b(?!\s*(?:euro|eur|%|procent|percent|keer|x\b|dagen|weken|maanden|jaar|uur|minuten))")]
    private static partial Regex PostcodeThenNumber();

    /// <summary>Nine digits named as a citizen service number, in any grouping, up to a sentence after the name: "bsn 8226 67393",
    /// "BSN: 5993 150 15", "ze vragen mijn BSN?! en ik heb het ingevuld ook nog, 6163 780 51" (the 11-check decides).</summary>
    [GeneratedRegex(@"\b(?:" + BsnName + @")\b[^\d\n]{0,60}?(?<n>\d(?:\s{0,2}[.\-]?\s{0,2}\d){8})(?!\d|[.,\-]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledBsn();

    [GeneratedRegex(@"\b(?:rijksregister(?:nummer|nr)?|rijksregister\s?nr|nationaal\s+(?:register)?nummer|national\s+(?:register\s+)?number|insz(?:[\s\-]?nummer)?|num[ée]ro\s+national)\b[^\d\n]{0,40}?(?<n>\d{2}[.\s\-]?\d{2}[.\s\-]?\d{2}[\s.\-]?\d{3}[\s.\-]?\d{2})(?![\d]|[.,]\d)|(?<![\w.])(?<n>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})(?!\w|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NationalNumber();

    /// <summary>Digits named as a phone number, however written: "tel: 31612345678", "gsm 475123456".</summary>
    [GeneratedRegex(@"\b(?:tel(?:efoon)?(?:nummer|nr)?|gsm(?:nummer|nr)?|mobiel(?:e nummer|nummer)?|mob|mobile|phone(?: number)?|whatsapp|(?:bel|app|sms|whatsapp) (?:me|mij|ons)(?:\s+(?:gerust|even|ff|aub|svp|graag|maar|terug|asap|nu|snel|vanavond|morgen))*(?: op| on| via)?|call (?:me|us)(?:\s+(?:back|please|asap|now|tonight|tomorrow))*(?: on| at)?)\.?\s*[:#]?\s*(?<n>\+?\d(?:[\s.\-/]?\d){8,13})(?!\d|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledPhone();

    [GeneratedRegex(@"\b(?:kvk|k\.v\.k\.?|btw|vat|rsin|kbo|vestigings|ondernemings)(?:[\s\-]?(?:nummer|nr|number|no|id))?\.?\s*[:#]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyNumberBefore();

    /// <summary>A mobile number told in parts: "06 en dan 47281936", "nul zes 38274619", "06 en daarna 3847 en dan 2910",
    /// "06 en dan 29 38 47 10", "06 en dan 1 9 8 8 4 5 2 0", "mijn 06-nummer is 12345678".</summary>
    [GeneratedRegex(@"(?<![\w€.,+])(?:0[67]|nul\s+(?:zes|zeven))(?:[\s\-]?(?:nummer|nr)\.?(?:\s+(?:is|=))?\s*:?|(?:\s*,?\s+(?:en\s+)?(?:dan|daarna))?)\s+(?:\d(?<s>[\s.\-]?)\d(?:\k<s>\d){6}|\d{2}(?<p>[\s.\-])\d{2}\k<p>\d{2}\k<p>\d{2}|\d{4}(?:\s*,?\s+(?:en\s+)?(?:dan|daarna))?\s+\d{4})(?![\d.,]\d|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SplitMobile();

    /// <summary>A mobile number with two or three dots once between its groups: "06 71 28.. 83 50" (a dotted list of
    /// times or weeks, "08.. 09.. 10.. 11.. 12 uur", has more than one such gap).</summary>
    [GeneratedRegex(@"(?<![\w€.,+/\-])0[67](?:[\s\-]?\d){1,7}\s?(?:\.{2,3}|…)\s?\d(?:[\s\-]?\d){0,7}(?!\d|\s?(?:\.{2,3}|…|[.,])\s?\d)")]
    private static partial Regex MobileWithADottedGap();

    [GeneratedRegex(@"\b(?:postbus|antwoordnummer|p\.?\s?o\.?\s?box)(?:\s*\d+\s*,?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PostBoxBefore();

    [GeneratedRegex(@"^\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}$")]
    private static partial Regex PlainDate();

    [GeneratedRegex(@"(?<![\w€.,])(?:\d{9}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{4}[ .\-]\d{2}[ .\-]\d{3}|\d{2}[ .\-]\d{2}[ .\-]\d{2}[ .\-]\d{3}|\d{3}-\d{2}-\d{4})(?!\w|[.,\-/]\d)")]
    private static partial Regex Bsn();

    /// <summary>A reference code: an optional letter prefix, then digits with separators and letters ("F-55102",
    /// "2026/1182", "T-2025-7781", "2026-0091-A", "IC-40018").</summary>
    private const string Code = @"['‘“""]?(?<n>(?:[A-Za-z]{1,5}[\-–‑./]?)?(?:\d(?:(?:\s|\s?[\-–]\s?)\d){5,}(?!\d)|(?!\d{1,2}[\-–]\d{1,2}[\-–]\d{2,4}\b)\d{1,6}(?:\s(?:streepje|dash|koppelteken)\s|\s?[\-–]\s?|\s)\d{1,4}(?:(?:\s(?:streepje|dash|koppelteken)\s|\s?[\-–]\s?|\s)\d{1,4}){2,}(?!\d|[.,]\d)|\d{1,6}(?:\s(?:streepje|dash|koppelteken)\s\d{1,6})+(?!\d|[.,]\d)|\d[\dA-Za-z]*(?:[\-–‑./][\dA-Za-z]+|\s[\-–./]\s(?=\d)[\dA-Za-z]+|[ ](?:(?-i:[A-Z]{1,3})[ ])?\d{2,}(?![.,]\d)){0,4}))(?!\d|,\d)";

    /// <summary>
    /// A payment's reference after "onder vermelding van"/"o.v.v." ("onder vermelding van kenmerk 0039 1184 6620"), with only
    /// reference words in between, and a customer number right after "KN" in capitals ("KN 552190"); never an amount
    /// ("o.v.v. mijn naam 1500 euro", "WIND 25 KN 1200 METER", "IK KN HET NIET BETALEN").
    /// </summary>
    [GeneratedRegex(@"(?:\bonder\s+vermelding\s+van|\bo\.v\.v\.?)\s*:?\s*(?:(?:het|de|mijn|m'n|mn|ons|jullie)\s+)?(?:(?:kenmerk|nummer|nr\.?|referentie|dossier(?:nummer)?|factuur(?:nummer)?|klantnummer|betalingskenmerk)\s*:?\s*)?" + Code + @"(?!\s*(?:euro|eur\b|€|,-|%))|(?<![\p{L}\d])(?-i:KNR?)\.?\s*[:#]?\s*(?<n>\d{5,10})(?!\d|[.,]\d|\s*(?:euro|eur\b|€|%))", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentNoteOrKn();

    [GeneratedRegex(@"(?<![\w€])(?<n>(?:INV|F)(?:[ \-.]?(?-i:[A-Z]{2})(?=[ \-.]?\d))?[ \-.]?\d{4,10}(?:[ \-–./]{1,3}\d{3,}){0,3})(?![\-/.]?\d)\b|(?:(?<=\p{L})(?:factuur|nota)(?!\p{L})|\b(?:betalings?kenmerk|betaalkenmerk|factuur(?:nummm?ers?|numer|nrs?|no|ke|tje)?|f[ae][ck]tu+ren|fa[ck]t?\.?\s?nrs?|fact\.?(?=\s*[:#]?\s*\d)|invoice(?:\s*(?:number|no|nr|#))?|fnr|inv\.(?:\s*(?:no|nr|#)\.?)?|nota(?:nummer|nr)?|aanslag(?:nummer|nr)?|rechnungs(?:nummer|nr)))\.?(?:[\s(]+(?!\d)[\p{L}'\-]+\.?){0,4}?[\s(]*(?:is|was|=)?\s*[:#]?\s*" + Code, RegexOptions.IgnoreCase)]
    private static partial Regex Invoice();

    [GeneratedRegex(@"(?<n>\b[Kk][ \-.]?\d{6}\b)|\b(?:klant(?:en)?[\s\-.]?(?:nummer|nûmer|nr|id)|(?:betalings)?regelings?(?:nummer|nr)|afspraak(?:nummer|nr)|(?<=\b(?:mijn|m'n|mn|my)\s)(?:nr|nummer|number)(?=\s*(?:is|:|=)\s*[1-9])|kl(?:ant|nat|atn|n)?\.?[\s\-]?(?:nummer|numer|nummmer|nr)|klantref(?:erentie)?|debiteur(?:en)?(?:[\s\-.]?(?:nummer|nr))?|relatie(?:nummer|nr)|kunden(?:nummer|nr)|akten(?:zeichen|nummer)|vertrags(?:nummer|nr)|(?:betaal)?omschrijving(?=\s*:|\s+(?:\d{4}[\-/])?\d{5,}\b)|lid(?:maatschaps)?(?:nummer|nr)|contract(?:nummer|nr)|polis(?:nummer|nr)|zaak(?:nummer|nr)|(?:cli[eë]nt)?dossier(?:s|nummer|nûmer|nr)?|kenmerk(?:en)?|kenm\.?|klant(?=\s*[:#]?\s*\d)|files?|referentie(?:nummer|nr)?|ref|customer\s*(?:number|no|nr|id)|client\s*(?:number|no|nr|id)|(?:debtor|member|file)\s*(?:number|no|nr|id)|case(?:\s*(?:number|no|nr|id|#))?|reference(?:\s*(?:number|no|nr))?)['’""]?\.?(?:(?:[\s(]|[^\p{L}\d\s]{1,6}\s)+(?!\d)[\p{L}'\-]+\.?){0,6}?(?:[\s(]|[^\p{L}\d\s]{1,6}\s)*(?:is|was|=)?\s*[:#]?\s*" + Code, RegexOptions.IgnoreCase)]
    private static partial Regex Customer();

    /// <summary>A number asked for in a pasted chat and given on the next line: "… uw klantnummer?\n[14:05] Ik: 6620419".</summary>
    [GeneratedRegex(@"\b(?<label>klantnummer|klantnr|dossiernummer|dossiernr|kenmerk|referentie|factuurnummer|invoice number|customer number|reference number)\b[^\n?]{0,30}\?[^\n]{0,10}\n\s*(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s*)?(?:ik|me|klant|customer)\s*:\s*(?<n>\d(?:[\s\-–./]?\d){4,14})(?![\d,]|\s*(?:uur|u\b|euro|eur\b|€))", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerInTranscript();

    /// <summary>A Belgian structured payment reference, "+++123/4567/89012+++": it names one file.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?:tel|telefoon|gsm|mobiel|mob|mobile|phone|huis|bsn|sofi|\b0[67])[.\-]?\s?)(?:nrs?|nummers?|numbers?|no|num)\.?\s*[:#]?\s*" + Code, RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberLabel();

    [GeneratedRegex(@"\b(?:factuur|factuurtje|factuurke|facturen|fakturen|nota|nota's|rekening|rekeningen|invoices?|inv|bills?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvoiceWord();

    /// <summary>A number with its label after it in brackets: "1 0 2 6 4 4 8 3 (factuurnummer)", "77120 (klantnr)".</summary>
    [GeneratedRegex(@"(?<![\w€.,])(?<n>\d(?:[\s\-–./]?\d){3,})\s*\(\s*(?:mijn\s+|my\s+|het\s+|the\s+)?(?<label>factuur(?:nummer|nr)?|invoice(?:\s*(?:number|no|nr))?|nota(?:nummer)?|klant(?:nummer|nr)|dossier(?:nummer|nr)?|kenmerk|referentie|customer\s*(?:number|no|nr)|reference|file\s*(?:number|no))\.?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAfterNumber();

    /// <summary>A quoted code put in a payment's description: "met 'IC 0 7 7 4 2 1' in de mededeling".</summary>
    [GeneratedRegex(@"['‘""“](?<n>[A-Za-z]{0,5}[\s\-]?\d(?:[\s\-–./]?\d){3,})['’""”]\s+(?:in|als|as)\s+(?:de|het|the)\s+(?:mededeling|omschrijving|description|reference|betalingskenmerk|betaalomschrijving)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedPaymentReference();

    [GeneratedRegex(@"\b(?:bel|bellen|belt|tel|telefoon|telefoonnummer|gsm|mobiel|mobile|phone|call|whatsapp|app me|sms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneWord();

    /// <summary>The names of a citizen service number.</summary>
    private const string BsnName = "bsn|burgerservicenummer|burger service nummer|sofinummer|sofi-nummer|citizen service number";

    [GeneratedRegex(@"\b(?:" + BsnName + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex BsnWord();

    [GeneratedRegex(@"\b(?:klant|klantnummer|klantnr|dossier|dossiernummer|dossiernr|kenmerk|referentie|ref|customer|client|file|case|reference|relatienummer|contractnummer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileWord();

    /// <summary>A street with its house number in words and the town after it: "Hoofdstraat veertien in Emmen".</summary>
    [GeneratedRegex(@"\b(?-i:[A-Z])[\p{L}']*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|markt)\s+(?:(?:nummer|nr\.?|huisnummer)\s+)?" + SpokenDigits.NumberWord + @"(?:\s?(?-i:[A-Z])\b)?(?=,?\s+(?:in\s+|te\s+)?(?:(?-i:[A-Z])\p{L}{2,}|[1-9](?:\s?\d){3}\s?(?-i:[A-Z])\s?(?-i:[A-Z])\b))", RegexOptions.IgnoreCase)]
    private static partial Regex StreetWithNumberInWords();

    /// <summary>A Dutch postcode typed with spaces between its characters, and the town: "4 8 1 1 N D Breda".</summary>
    [GeneratedRegex(@"(?<![\d\p{L}])[1-9](?:\s\d){3}\s+(?-i:[A-Z])\s(?-i:[A-Z])\b,?\s+(?-i:[A-Z])\p{L}{2,}")]
    private static partial Regex SpacedPostcodeTown();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][ .\-]?[A-Za-z][ .\-]?\d[ .\-]?\d(?:[ .\-]{0,2}[A-Za-z0-9]){11,32}")]
    private static partial Regex SeparatedIbanShape();

    [GeneratedRegex(@"^(?:NL\d{2}[A-Z]{4}\d{10}|BE\d{14}|DE\d{20})$")]
    private static partial Regex AccountShape();

    /// <summary>A date with its year: "12-03-1984", "12 mrt 1984", and the ISO order "1984-03-12".</summary>
    [GeneratedRegex(@"(?<![\d.\-/])(?:\d{1,2}\s?[\-/.]\s?\d{1,2}\s?[\-/.]\s?|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|okt|oct|nov|dec)\.?\s+)(?<year>(?:19|20)\d{2})(?![\d])|(?<![\d.\-/])(?<year>(?:19|20)\d{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\-])", RegexOptions.IgnoreCase)]
    private static partial Regex DateWithYear();

    [GeneratedRegex(@"\b(?:geboren|geb|geboortedatum|gebdatum|geboortedag|verjaardag|birthday|born|date of birth|birth date|birthdate|dob|jarig|leeftijd|age)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthWord();

    [GeneratedRegex(@"\b(?:hij|zij|ze) is van\s+(?<date>\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\.?\s+(?<year>(?:19|20)\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneIsOf();

    [GeneratedRegex(@"\+\+\+\s?\d{3}/\d{4}/\d{5}\s?\+\+\+")]
    private static partial Regex StructuredReference();

    /// <summary>A street without a telling suffix, named as an address: "mijn adres: Laan van Meerdervoort 1021", "old address (Overtoom 212, Amsterdam)".</summary>
    [GeneratedRegex(@"(?:\b(?:adres|woonadres|postadres|address)|\bwoon(?:t)?\s+(?:op|aan)|\bwoonachtig(?:\s+(?:op|aan))?|\blive\s+(?:at|on))\b[\s:(]*(?<a>(?-i:[A-Z])[\p{L}'\-]+(?:\s+(?:van|de|der|den|het|(?-i:[A-Z])[\p{L}'\-]+)){0,4}\s+\d{1,4}(?:\s?[a-zA-Z]\b)?)(?!\s*(?:euro|eur|%|keer|dagen|weken|maanden|jaar|uur|minuten))", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAddress();

    /// <summary>A number from another country in international notation: "+44 7700 900123", "0049 151 2345 6789".</summary>
    [GeneratedRegex(@"(?<![\w€.,+])(?:\+|00)(?!3[12])[1-9]\d{0,2}[\s.\-]?(?:\(0\)[\s.\-]?)?\d(?:[\s.\-]?\d){6,12}(?!\d|[.,\-/]\d)")]
    private static partial Regex OtherCountryPhone();

    /// <summary>A Dutch number with its prefix in brackets: "(+31) 6 12345678", "+31 (6) 12345678", "(0)6 12345678".</summary>
    [GeneratedRegex(@"(?<![\w€.,])(?:\(\+31\)|\+31\s?(?=\()|\(0\))\s?(?<national>\(?\d\)?(?:[\s.\-]?\d){8})(?!\d)")]
    private static partial Regex BracketedPrefixPhone();

    /// <summary>A Dutch number written digit by digit: "0 6 1 2 3 4 5 6 7 8", "0 5 0 – 3 1 2 7 7 6 4".</summary>
    [GeneratedRegex(@"(?<![\d,.]\s?)\b0(?:(?:\s|\s?[\-–]\s?)\d){9}\b(?!\s?[\d,.]\d)")]
    private static partial Regex SpacedDigitsPhone();

    /// <summary>A day of the calendar ("12-03-2026", "2026/03/12"), which is no reference; "2023-11-0492" is one.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2}[\-/.]\d{1,2}[\-/.]\d{1,2})$")]
    private static partial Regex CalendarDate();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s?[/\-–]\s?(?:(?:19|20)\d{2}|\d{2})$")]
    private static partial Regex YearRange();

    /// <summary>A company's free, paid or business line: 0800, 090x, 088.</summary>
    private const string ServicePrefix = "0800|090[0-9]|088";

    /// <summary>A service line's digits, also with the country code ("31880001234").</summary>
    [GeneratedRegex(@"^(?:" + ServicePrefix + @"|(?:0031|31)(?:800|90[0-9]|88))")]
    private static partial Regex ServiceNumber();

    /// <summary>A service line as written, its prefix set apart ("0800-0226").</summary>
    [GeneratedRegex(@"^(?:" + ServicePrefix + @")[\s\-.]")]
    private static partial Regex ServiceLine();

    [GeneratedRegex(@"^(?:NL\d{9}B\d{2}|BE0?\d{9,10})$", RegexOptions.IgnoreCase)]
    private static partial Regex VatId();

    /// <summary>A company's legal form right before an address: "IncassoNed B.V., Stationsplein 1" is its office.</summary>
    [GeneratedRegex(@"\b(?:B\.V\.?|N\.V\.?|BV|NV|VOF|V\.O\.F\.?)\s*[,:]?\s*$")]
    private static partial Regex CompanyFormBefore();

    [GeneratedRegex(@"\bBE\s*[:\-]?\s*$")]
    private static partial Regex BelgianCodeBefore();

    [GeneratedRegex(@"\b(?<head>NL\s?\d{2}\s?[A-Z]{4}|BE\s?\d{2})\s*,?\s+(?:(?:en|and)(?:\s+(?:dan|daarna|then))?|dan|daarna|then|verder)\s*:?\s+(?<account>\d(?:\s?\d){9,11})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SplitIban();

    /// <summary>A case number's label after a court in the same or the sentence before, or a docket number ("rolnummer").</summary>
    [GeneratedRegex(@"\b(?:kantonrechter|rechtbank|gerechtshof|court|tribunal)\b[^!?\n]{0,70}\b(?:zaak|rol)(?:nummer|nr)\b[^.!?\n\d]{0,6}$|\brol(?:nummer|nr)\b[^.!?\n\d]{0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex CourtCaseBefore();

    /// <summary>The court's own marks after a case number: "10876543 CV EXPL 24-5512", "C/13/712345 HA ZA".</summary>
    [GeneratedRegex(@"^\s*(?:cv|kg|ha)\s*(?:expl|za|rk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourtCaseAfter();

    /// <summary>An account said to be the agency's: "IncassoNed heeft maar één rekeningnummer,", "hun IBAN:", "naar
    /// IncassoNed B.V.", "het rekeningnummer van IncassoNed is".</summary>
    [GeneratedRegex(@"(?:(?:@?\w*incasso\w*|jullie|your)\s+(?:(?:heeft|hebben|has|have)\s+)?(?:(?:maar|slechts|only|just)\s+)?(?:(?:één|een|1|one)\s+)?(?:eigen\s+|own\s+)?(?:rekeningnummer|bankrekeningnummer|bankrekening|rekening|iban|account number|bank account|account)|(?:rekeningnummer|bankrekening|rekening|iban|account number|account)\s+(?:van|of)\s+(?:jullie|@?\w*incasso\w*)(?:\s+b\.?\s?v\.?)?(?:\s+(?:is|was))?|\b(?:naar|to|aan)\s+@?\w*incasso\w*(?:\s+b\.?\s?v\.?)?)[\s:,(]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyAccountBefore();

    /// <summary>Whose birthday a date is, right after it: a king's, a queen's, a prime minister's.</summary>
    [GeneratedRegex(@"^[^!?\n]{0,40}\b(?:geboortedatum|verjaardag|geboortedag|birthday|date of birth)\s+(?:van|of)\s+(?:de\s+|het\s+|onze\s+|the\s+|our\s+)?(?:koning|koningin|prins|prinses|king|queen|prince|princess|paus|pope|premier|president|minister-president)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FamousBirthdayAfter();

    /// <summary>One's own birth told before a date ("ik ben geboren op", "mijn geboortedatum is"): a famous person's
    /// birthday named after it is only a comparison ("… net als de koning").</summary>
    [GeneratedRegex(@"\b(?:(?:ik\s+ben|ben\s+ik|i\s+was|zelf)\s+(?:geboren|born)|(?:mijn|m'n|my)\s+(?:geboortedatum|verjaardag|birthday|date\s+of\s+birth))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnBirthBefore();

    /// <summary>An IBAN told part by part: "NL, dan 18, dan RABO, dan 0147 852 369", "NL16 RABO — 0384 — 019275", "NL13 INGB, daarna 0007 en dan 49 38 12".</summary>
    [GeneratedRegex(@"\b(?<country>NL)" + PartGap + @"(?<check>\d{2})" + PartGap + @"(?<bank>[A-Z]{4})" + PartGap + @"(?<account>\d{4}\s?\d{3}\s?\d{3}|\d{10}|\d{2,6}(?:(?:\s*[\-–—/]\s*|\s*,?\s*(?:(?:en|and)\s+)?(?:dan|daarna|then)\s+|\s)\d{1,6}){1,4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex IbanInParts();

    /// <summary>Between the parts of an account told part by part: a comma, a dash ("NL - 52 - RABO - 0127 - 7650 - 94"), "en dan".</summary>
    private const string PartGap = @"\s*[,\-–—/]?\s*(?:(?:en|and)\s+)?(?:dan|daarna|then)?\s*";

    /// <summary>Nine digits in two or three parts after a BSN label ("eerste deel 1664, tweede deel 92036").</summary>
    [GeneratedRegex(@"\b(?:" + BsnName + @")\b[^\d\n]{0,80}?(?<parts>(?<a>\d{2,7})[^\d\n.!?]{1,25}?(?<b>\d{2,7})(?:[^\d\n.!?]{1,25}?(?<c>\d{2,5}))?)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex BsnInParts();

    /// <summary>"mijn nummer bij u is 2209431": the customer's number with the agency.</summary>
    [GeneratedRegex(@"\b(?:mijn|my|m'n)\s+(?:nummer|number)\s+(?:bij|at|with)\s+(?:u|jullie|you|@?\w*incasso\w*)\s*(?:is|:)?\s*(?<n>\d{5,10})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithTheAgency();

    /// <summary>
    /// A collection agency's or bailiff's role mailbox: "klantenservice@incassoned.nl". A one-person business's "info@"
    /// is its owner's, and a staff member's own address is theirs: both stay personal data.
    /// </summary>
    [GeneratedRegex(@"^(?:info|klantenservice|klantcontact|service|support|contact|helpdesk|servicedesk|administratie|debiteuren|incasso|noreply|no-reply|privacy|klachten|complaints)\s?(?:@|[(\[{]\s?(?:at|@)\s?[)\]}]|\s(?:at|AT|apenstaartje)\s)\s?[\w.\-]*(?:incasso|deurwaard|invorder|bailiff|collections?(?=[.\-])|collectors?(?=[.\-]))", RegexOptions.IgnoreCase)]
    private static partial Regex RoleMailbox();

    /// <summary>A number said to be the agency's: "het nummer van IncassoNed (", "jullie nummer", "jullie zijn bereikbaar op" (a mobile
    /// number is someone's own, whoever it is said to belong to).</summary>
    [GeneratedRegex(@"\b(?:(?:nummer|number|telefoonnummer|tel\.?|lijn|line)\s+(?:van|from|of)\s+(?:jullie|het incassobureau|het bureau|de klantenservice|the agency|@?\w*incasso\w*)|(?<!\b(?:kunnen|willen|zouden|mogen|moeten|kunt|wilt|zou|kan|wil|mag|can|could|would|will|please)\s+)(?:jullie|your)\s+(?:telefoon|phone\s+|klantenservice)?(?:nummer|number|lijn|line)\s*(?:is|:)?|(?:\w*incasso\w*|jullie|klantenservice|het bureau|the agency)\s+(?:is|zijn|are)\s+(?:\w+\s+)?(?:bereikbaar|te bereiken|reachable)\s+(?:via|op|on|at))[\s(:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyLineBefore();

    /// <summary>A line called and named as the agency's after it: "085 303 2211 gebeld (het nummer op jullie brief)"; a
    /// number only followed by such words may be the poster's own ("bel me op 020 …, het nummer op jullie brief werkt niet").</summary>
    [GeneratedRegex(@"^\s*gebeld\s*[(,\-–]\s*(?:dat\s+is\s+|is\s+)?(?:het|dat|the)\s+(?:nummer|number)\s+(?:op|van|uit|in|from|on)\s+(?:jullie|uw|your|de|het|the)\s+(?:brief|brieven|website|site|aanmaning|letter|mail|e-mail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyLineAfter();

    /// <summary>A French, Spanish, Portuguese or Italian street name ("rue Saint-Gilles", "Calle de la Luna"): an address with a number before or after it.</summary>
    /// <remarks>Each small word ("de", "la", "della") is followed by a space (only "l'" is not), so the words can be read in one way only.</remarks>
    private const string RomanceStreet = @"\b(?i:rue|avenue|chauss[ée]e|calle|avenida|plaza|paseo|carrer|rua|piazza|viale)\s+(?:(?i:de|du|des|la|le|les|del|della|di|da|do|dos|das)\s+|(?i:l')\s*){0,3}[A-Z][\p{L}\-']+(?:\s+(?:(?i:de|du|des|la|le|del|di|da)\s+)?[A-Z][\p{L}\-']+){0,3}";

    private const string NotACount = @"(?!\s*(?:euro|eur|%|keer|x\b|dagen|nachten|weken|maanden|jaar|uur|minuten|times|days|nights))";

    [GeneratedRegex(@"\b(?:(?:[A-Z][\p{L}']+[ \-])*[\p{L}']{2,}|(?=[A-Z]))(?i:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|hof|dreef|park|markt|baan|wal|burcht|veld|haven|polder|boulevard|lei|zoom|akker|plantsoen|horst|donk|hoeve|vliet|straatje|laantje|steenweg|dreef|straße|strasse|gasse)\s+(?:(?i:nummer|nr\.?|no\.?|huisnummer)\s*)?\d{1,4}(?:\s?[a-zA-Z]\b|[\-]\d{1,3}(?:[a-zA-Z]{1,3}\b)?|\s?(?:bis|hs|huis)\b)?(?!\s*(?:euro|eur|%|keer|dagen|weken|maanden|jaar|uur|minuten))(?:,?\s+[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b)?(?:,?\s+[A-Z][\p{L}\-']+)?|\b(?:Laan|Plein|Kade|Weg|Dijk|Singel|Gracht|Hof|Dreef|Markt|Park|Straat)\s+(?:(?:van|de|der|den|het|ter|ten|op|aan)\s+){1,3}[A-Z][\p{L}\-']+(?:\s+[A-Z][\p{L}\-']+){0,2}\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,3}|\s?(?:bis|hs|huis)\b)?(?!\s*(?:euro|eur|%|keer|dagen|weken|maanden|jaar|uur|minuten))|\b\d{1,4}\s+[A-Z][\p{L}']+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Place|Terrace|Crescent|Gardens|Square|Grove|Row|Hill|Park)\b|\b\d{1,4},?\s+" + RomanceStreet + "|" + RomanceStreet + @",?\s+\d{1,4}\b" + NotACount)]
    private static partial Regex Street();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b,?\s+(?:te\s+)?[A-Z][\p{L}\-']{2,}")]
    private static partial Regex PostcodeTown();

    /// <summary>A postcode with its house number: "postcode 8911 KK, huisnummer 21" names one door.</summary>
    [GeneratedRegex(@"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b,?\s+(?:huisnummer|huisnr\.?|nr\.?|nummer|number|no\.?)\s*:?\s*\d{1,4}(?:\s?[a-zA-Z]\b)?")]
    private static partial Regex PostcodeHouseNumber();

    /// <summary>A street of capitalised words with its number, a comma and a four-digit (Belgian) postcode and town:
    /// "Grote Markt 12 bus 3, 9000 Gent", "Groenplaats 4/2, 9000 Gent".</summary>
    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'\-]+\s+){1,4}\d{1,4}(?:\s?[a-zA-Z]\b|/\d{1,3}\b)?(?:\s+bus\s+\d{1,4})?,\s+[1-9]\d{3}\s+[A-Z][\p{L}\-']{2,}")]
    private static partial Regex NumberPostcodeTown();

    [GeneratedRegex(@"(?:°|geboren|geb\b\.?(?:\s?datum)?|gebdatum|geboortedatum|geboortedag|verjaardag|birthday|ik ben van|born|date of birth|birth date|birthdate|dob|d\.o\.b\.)(?:\s+(?:op|on|is|:|de|den|the|was|am|in))*(?:[^\d.!\n]{0,40}?(?:\s(?:is|op|on|:|moet|wordt|=|als|as)\s|\(\s*(?:moet|is|wordt)?\s*|\s))?[\s:(,]*(?<date>\d{1,2}(?:\s?[\-/.]\s?|\s)\d{1,2}(?:\s?[\-/.]\s?|\s)(?:19|20|')?\d{2}(?![\s\-./]?\d)|\d{1,2}(?:st|nd|rd|th|e|ste|de)?\s+(?:of\s+)?(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|juni|juli|augustus|oktober)[a-z]*\.?,?\s+(?:(?:19|20)\d{2}|'?\d{2})(?!\d)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+(?:19|20)\d{2}|(?:19|20)\d{2}[\-/.]\d{1,2}[\-/.]\d{1,2}|(?:\d{1,2}|[a-z]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig)(?:de|ste)?)\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?:(?:19|20)\d{2}\b|(?:negentien|tweeduizend)[a-z]*(?:\s[a-z]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig))?))", RegexOptions.IgnoreCase)]
    private static partial Regex BirthDate();
}
