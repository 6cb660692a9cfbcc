using System.Text.RegularExpressions;

namespace WebcareHub.Understanding.Dates;

/// <summary>The patterns, over text already normalised by <see cref="DateWords.Normalize"/>.</summary>
internal static class DatePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly string MonthAny = Alternation(DateWords.MonthNames.Concat(DateWords.MonthAbbreviations).Select(m => m.Name));
    private static readonly string MonthFull = Alternation(DateWords.MonthNames.Select(m => m.Name));
    private static readonly string WeekdayName = Alternation(DateWords.WeekdayNames.Select(w => w.Name));
    private static readonly string HolidayName = Alternation(DateWords.HolidayNames.Select(h => h.Phrase));
    private static readonly string Plurals = Alternation(DateWords.WeekdayPlurals.Select(w => w.Name));

    private static readonly string Month = $@"\b(?<month>{MonthAny})\b\.?";
    private static readonly string FullMonth = $@"\b(?<month>{MonthFull})\b";
    private static readonly string WeekdayWord = $@"\b(?<weekday>{WeekdayName})(?:ochtend|middag|avond|nacht|morgen)?\b\.?";
    private const string Day = @"(?<d>\d{1,2})e?";
    private const string Unit = @"(?<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|business days?|working days?|days?|weeks?|fortnights?|months?|years?)\b";
    /// <summary>Days and weeks only: months or years ago name no day ("2 jaar geleden verhuisd").</summary>
    private const string DayOrWeekUnit = @"(?<unit>werkdagen|werkdag|dagen|dag|weken|week|business days?|working days?|days?|weeks?|fortnights?)\b";
    /// <summary>"mijn eerste schuld", "het eerste wat": an ordinal that is owned or neuter counts things, it names no day.</summary>
    private const string NotOwned = @"(?<!\b(?:mijn|m'n|mn|je|jouw|zijn|z'n|haar|ons|onze|uw|hun|my|your|his|her|our|their|het|'t)\s+)";
    private const string NotTime = @"(?!\s*(?:uur|u\b|h\b|[:.]\d|am\b|pm\b|o'clock))";

    public static readonly Regex Iso = new(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", Options);
    public static readonly Regex NumericWithYear = new(@"(?<![\d:.+-])(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.]'?(?<y>\d{4}|\d{2})(?!\d|[-/.]\d)", Options);
    public static readonly Regex NumericMonthYear = new(@"(?<![\d:./-])(?<m>\d{1,2})/(?<y>\d{4})\b", Options);
    public static readonly Regex DayMonthYear = new($@"(?<![\d:.]){Day}(?:\s+(?:van|of))?[\s\-/,]*{Month}[\s\-/,]*(?:in\s+)?(?<y>\d{{4}})\b", Options);
    public static readonly Regex MonthDayYear = new($@"{Month}\s+{Day},?\s+(?<y>\d{{4}})\b", Options);
    public static readonly Regex MonthYear = new($@"{Month}[\s\-/,]*(?<y>\d{{4}})\b", Options);
    public static readonly Regex HolidayWithYear = new($@"\b(?<holiday>{HolidayName})\s+(?<y>\d{{4}})\b", Options);

    /// <summary>"1 of 2 december", "the 3rd or 4th of January".</summary>
    public static readonly Regex TwoDaysOfAMonth = new($@"(?<![\d:.]){Day.Replace("<d>", "<d1>", StringComparison.Ordinal)}\s+(?:of|or)\s+(?:de\s+|the\s+)?{Day.Replace("<d>", "<d2>", StringComparison.Ordinal)}(?:\s+(?:van|of))?\s+{Month}", Options);
    /// <summary>
    /// "na kerst", "pas na de 20e", "na de gezellige kerstdagen", "ergens rond kerst", "after Christmas": some day after a
    /// day, or near a holiday.
    /// "rond de 20e" is the 20th as people note it; "niet voor de 15e" is a deadline as often as not.
    /// </summary>
    public static readonly Regex NearADay = new($@"(?<!\b(?:daags|dag|dagen|week|weken|maand|maanden|day|days|week|weeks|month|months)\s+)\b(?:(?:pas\s+na|ergens\s+na|na|after)\s+(?:de\s+|het\s+|the\s+)?(?:\d{{1,2}}e\b(?:\s+{Month})?|\d{{1,2}}\s+{Month}|(?:(?:fijne|gezellige|drukke|dure|feestelijke|vrolijke|prettige|komende|aankomende)\s+)?(?<holiday>{HolidayName})\b|{WeekdayWord})|(?:ergens\s+rond|rond|omstreeks|rondom|around)\s+(?:de\s+|het\s+|the\s+)?(?<holiday>{HolidayName})\b)", Options);

    /// <summary>"tussen de 10e en de 15e", "ergens tussen 10 en 15 december", "tussen kerst en oud en nieuw": a span, not one day.</summary>
    public static readonly Regex Span = new($@"\b(?:ergens\s+)?(?:in\s+de\s+week\s+)?(?:tussen|between)\s+(?!nu\b|vandaag\b|now\b|today\b)(?<from>(?:de\s+|the\s+)?(?:\d{{1,2}}e?|{WeekdayName}|(?<holiday>{HolidayName}))(?:\s+{Month})?)\s+(?:en|and|&)\s+(?<to>(?:de\s+|the\s+)?(?:\d{{1,2}}e?\b(?:\s+{Month})?|{WeekdayWord}|\b(?<holiday2>{HolidayName})\b))", Options);

    /// <summary>"morgen ben ik de hele dag weg": a sentence about what the customer does that day, not a choice of it.</summary>
    public static readonly Regex SaysWhatIsOn = new(@"\b(?:ben|zit|heb|moet|werk|sta|ga)\s+ik\b|\bik\s+(?:ben|zit|heb|moet|werk|sta)\b|\b(?:i'm|i\s+am|i\s+have|i've|i\s+work)\b", Options);

    /// <summary>
    /// "voor mijn verjaardag op 12 december", "voor carnaval (hier begint het zaterdag 6 feb)": by the day before an
    /// event whose date is named with it. Not "voor de 2e termijn op 15 januari" (a payment's own day), nor "ik stel
    /// voor om op de 2e maandag" (a proposal).
    /// </summary>
    public static readonly Regex EventDeadline = new($@"\b(?:voor|voor-strikt|before)\s+(?!(?:de\s+|the\s+)?\d|(?:mij|me|ons|jullie|u|you|us|het|dat|dit|die|om|te|to|that|{WeekdayName}|{MonthAny})\b)(?<event>(?:(?!(?:termijn|termijnen|betaling|bedrag|rest|deel|aflossing|helft|instalment|installment|payment|rekening|factuur|brief|nota|invoice|bill)\b)[\p{{L}}']+\s+){{1,7}}?)(?:\(\s*(?:(?:hier\s+)?(?:begint|start|starts|is|valt|op|on)\s+(?:het\s+|die\s+|ze\s+|it\s+)?)?|(?:begint|start|starts|valt|op|on)\s+)(?<date>[^()]*?\d[^(),.;!?]*)", Options);

    /// <summary>"nee toch niet donderdag, vrijdag", "woensdag.. nee wacht donderdag": the customer corrects a day.</summary>
    public static readonly Regex Correction = new(@"\b(?:nee|neen|nope|no|correctie|wacht(?!\s+(?:op|tot|nog|even\s+op|eerst|af)\b)|toch niet|(?:of\s+)?eigenlijk|(?:or\s+)?actually|ik bedoel|bedoel ik|i mean|liever toch|het\s+wordt|sorry|typo|oeps|oops|zeg(?=\s+(?:maar\s+)?(?:de\s+)?\d)|maak\s+er\s+(?:dan\s+)?(?:maar\s+)?(?=(?:de\s+)?\d)|make\s+(?:it|that)(?=\s+(?:the\s+)?\d))\b|\.\.+|(?:^|(?<=[.!?]\s))wordt\b|(?:^|\s)\*(?=\s*\d)", Options);

    /// <summary>
    /// What follows a correction when it is only a number ("3 januari nee 4", "over 2 weken.. nee 3", "maak er maar 14
    /// van"): it takes the place of the number in the day named before.
    /// </summary>
    public static readonly Regex BareNumber = new(@"^\W*(?:toch\s+)?(?:maar\s+)?(?:de\s+|the\s+)?(?<n>\d{1,2})(?:e|ste|de|th|st|nd|rd)?(?:\s+van)?\W*$", Options);

    /// <summary>The last number in a part, the one a bare correction replaces.</summary>
    public static readonly Regex LastNumber = new(@"\d{1,2}(?!.*\d)", Options);

    /// <summary>"niet vrijdag", "niet morgen", "niet voor de 15e", "not on Friday": a day named to rule it out.</summary>
    public static readonly Regex NegatedDay = new($@"\b(?:niet|nie|not|never)\s+(?:op\s+|on\s+|voor\s+|voor-strikt\s+|before\s+)?(?:de\s+|the\s+)?(?:morgen|overmorgen|vandaag|tomorrow|today|\d{{1,2}}e?\b|{WeekdayName}\b)", Options);

    /// <summary>A day that is someone's birthday or birth date, not a day of paying.</summary>
    public static readonly Regex BirthContext = new(@"\b(?:geboortedatum|geboren|geb|jarig|verjaardag|birthday|born|date of birth)\b", Options);

    /// <summary>A call, a visit, an appointment or a hearing ("bel me dinsdag terug", "de zitting is op 14 januari"), or
    /// when the office is open ("zijn jullie morgen open?", "tot hoe laat zitten jullie er vandaag?").</summary>
    public static readonly Regex Appointment = new(@"\b(?:bel|belt|\w*bellen|terugbelt|terugbel\w*|(?:zijn|bent|are)\s+(?:jullie|u|you|ze)\s+(?:\w+\s+){0,3}open|open\s+(?:op|on)|geopend|bereikbaar|openingstijden|opening\s+hours|hoe\s+laat|what\s+time|zitten\s+jullie|\w*gebeld|belletje|call|calls|calling|ring\s+me|phone\s+me|whatsapp|contact\s+opnemen|neem\s+(?:\w+\s+)?contact|nemen\s+(?:\w+\s+)?contact|afspraak|afspraken|appointment|\w*zitting|rechtszaak|rechtbank|kantonrechter|hearing|court|intake|intakegesprek|gesprek|meeting|langskomen|langs\s+komen|op\s+bezoek|spreken|speak)\b", Options);

    /// <summary>Any word of paying or money, said or to come ("overmaken", "€ 50", "jullie krijgen het").</summary>
    public static readonly Regex AnyPaying = new(@"(?<!\b(?:over|about)\s+(?:de\s+|het\s+|mijn\s+|die\s+|the\s+|my\s+)?)\b(?:betaal\w*|betaling\w*|betalen|overmaak|overmaken|overgemaakt|over\s+te\s+(?:maken|boeken|schrijven|zetten)|(?:maak|schrijf|boek|zet)\w*\s+(?:\w+\s+){0,3}over|overschrij\w*|overgeschreven|overboek\w*|overgeboekt|stort\w*|gestort|voldoe\w*|voldaan|los\w*\s+(?:\w+\s+){0,3}af|af\s+te\s+lossen|aflos\w*|afbetal\w*|pay\w*|paid|transfer\w*|settle\w*|termijn\w*|geld|bedrag\w*|tikkie|money|euro|eur|(?:krijgen|krijgt|hebben|heeft|heb|kunt)\s+(?:je\s+|jullie\s+|u\s+|ge\s+)?(?:het|alles|de\s+rest|het\s+geld)\b|you'?ll\s+(?:have|get)\b)|€|\d+,(?:\d{2}|-)|\d+\s*(?:eur|euro)\b", Options);

    /// <summary>"vrijdag kan ik niet", "maandag lukt het niet": a day ruled out.</summary>
    public static readonly Regex RuledOut = new(@"\b(?:kan\s+ik|kan|lukt(?:\s+(?:het|me|mij))?(?:\s+me)?|gaat(?:\s+het)?|red\s+ik|haal\s+ik|ook|doesn't\s+work|won't\s+work)\s+(?:echt\s+|helaas\s+|dus\s+)?(?:niet|nie|ni|not|niks|niets)\b(?!\s+(?:voor|voor-strikt|eerder|tot|before|earlier|until)\b)|\b(?:can't|cant|cannot|can\s+not)\s+(?:do|make|manage)\b(?!\s+(?:it\s+)?(?:before|earlier|until|by)\b)|\b(?:doesn't|doesnt|won't|wont)\s+work\b", Options);

    /// <summary>Documents whose date is named with them ("de brief van 23-11").</summary>
    private const string Document = "factuur|rekening|nota|brief|aanmaning|herinnering|mail|e-mail|email|sms|invoice|bill|letter";

    /// <summary>A document or payment named just before its date ("de brief van 23-11", "de overboeking van 20/11"): a day
    /// of this year that has come is that day, not next year's.</summary>
    public static readonly Regex DocumentOf = new($@"\b(?:{Document}|betaling|overboeking|storting|afschrijving|payment|transfer)\s+(?:van|of|dated|from)\s+(?:de\s+|the\s+)?$", Options);

    public static readonly Regex And = new(@"\s(?:en|and)\s", Options);

    public static readonly Regex Or = new(@"\s(?:of|or|ofwel)\s|,?\s(?:anders|otherwise|or else)\s", Options);

    public static readonly Regex Within = new($@"\b(?:binnen(?:\s+de\s+komende)?|within(?:\s+the\s+next)?|in de komende|in the next)\s+(?<n>\d+)\s+{Unit}", Options);
    /// <summary>"binnen 48 uur", "within 24 hours".</summary>
    public static readonly Regex WithinHours = new(@"\b(?:binnen(?:\s+de\s+komende)?|within(?:\s+the\s+next)?|in de komende|in the next)\s+(?<n>\d+)\s*(?:uur|hours?|hrs|u)\b", Options);
    /// <summary>"Friday week" (British): the Friday after the coming one.</summary>
    public static readonly Regex WeekdayWeek = new($@"{WeekdayWord}\s+week\b(?!\s*(?:na|after|voor|before))", Options);
    /// <summary>
    /// A weekday or "morgen" beside a date ("vrijdag 5 december", "morgen, dinsdag 2 december", "deze vrijdag, de 5e
    /// dacht ik"): when the two disagree by a day or two, people know the weekday better than the date.
    /// </summary>
    public static readonly Regex NamedDayWithDate = new($@"(?:\b(?<rel>overmorgen|morgen|vandaag|tomorrow|today)\b,?\s+)?(?:{WeekdayWord},?\s+)?(?:(?:de|the|op|on)\s+)?(?<d>\d{{1,2}})(?:e\b(?:\s+(?:van\s+|of\s+)?{Month})?|\s+{Month}|[-/](?<m>\d{{1,2}})\b(?![-/]\d))", Options);
    /// <summary>A date written with its year ("15-12-2026", "10 december 2025", "2026-12-15").</summary>
    public static readonly Regex WrittenYear = new($@"(?<![\d:.])\d{{1,2}}[-/.]\d{{1,2}}[-/.]'?(?:\d{{4}}|\d{{2}})(?!\d)|\b\d{{4}}-\d{{2}}-\d{{2}}\b|{Month}[\s\-/,]*(?:\d{{1,2}}(?:e|st|nd|rd|th)?,?\s+)?(?:19|20)\d{{2}}\b", Options);
    /// <summary>Words of paying ("betaal", "lukt", "overmaken", "pay").</summary>
    public static readonly Regex PayingWord = new(@"\b(?:betaal|betalen|betaalt|betaald|betaling|overmaken|overmaak|maak\s+(?:het|ik)|stort|storten|voldaan|voldoen|lukt|aflossen|afgelost|pay|paid|payment|transfer)\b", Options);
    /// <summary>Doubt about a date just written ("de 5e dacht ik", "de 12e denk ik?", "of was het 13?").</summary>
    public static readonly Regex Hedge = new(@"^\W*(?:\S+\s+){0,2}?(?:dacht ik|denk ik|geloof ik|volgens mij|of was het|of is het|of is dat|i think|i guess|or is it|or was it)\b|^[^.!]{0,12}\?", Options);
    /// <summary>"deze vrijdag", "volgende week vrijdag": a weekday placed in a week.</summary>
    public static readonly Regex ThisOrNextWeek = new(@"\b(?:deze|komende|aankomende|aanstaande|volgende\s+week|this|next|coming|next\s+week)\s*$", Options);
    /// <summary>A message that pays in parts ("de helft op 4/12 en de rest op 18/12", "2 termijnen: 4 dec en 4 jan").</summary>
    public static readonly Regex InParts = new(@"\b(?:helft|rest|restant|termijn|termijnen|delen|deel|keer|x|betalingen|parts|instalments|installments|half|split|splitsen|gesplitst)\b|\d+\s?x\b", Options);
    public static readonly Regex Between = new(@"\b(?:tussen\s+(?:nu|vandaag)\s+en|between\s+(?:now|today)\s+and)\s+(?<rest>.+)", Options);
    public static readonly Regex Deadline = new(@"(?<!\b(?:day|dag)\s+)(?<!\b(?:niet|nie|not|never)\s+)\b(?<keyword>uiterlijk|niet later dan|op of voor-strikt|op of voor|tegen|voor-strikt|voor(?=\s+(?:het\s+)?eind)|ten laatste|no later than|on or before|by|before|at the latest)\s+(?<rest>.+)", Options);

    public static readonly Regex OffsetFromAnchor = new($@"(?<n>\d+)\s+{Unit}\s+(?:gerekend\s+|gezien\s+|uitstel\s+|extra\s+|langer\s+)?(?<dir>vanaf|na|sedert|voor|from|after|before|later\s+dan|later\s+than|eerder\s+dan|earlier\s+than)\s+(?<rest>.+)", Options);
    public static readonly Regex Now = new(@"^(?:nu|now)\b", Options);
    public static readonly Regex DayAfter = new(@"\b(?:(?:de\s+)?(?:dag|day)\s+(?<dir>na|after|voor|before)|daags\s+(?<dir>na|voor))\s+(?<rest>.+)", Options);
    /// <summary>"the Friday after next", "friday after next".</summary>
    public static readonly Regex WeekdayAfterNext = new($@"{WeekdayWord}\s+after\s+next\b", Options);

    public static readonly Regex NthWeekdayAfterToday = new($@"(?<n>\d+)\s+(?<weekdays>{Plurals})\b", Options);
    /// <summary>"3 dagen geleden", "een week terug", "two days ago".</summary>
    public static readonly Regex Ago = new($@"(?<!\b(?:over|na|in)\s+)\b(?<n>\d+)\s+{DayOrWeekUnit}\s+(?:geleden|terug|ago)\b", Options);

    /// <summary>"vrijdag over een week", "morgen over 2 weken": that day, a number of days or weeks on.</summary>
    public static readonly Regex AnchorThenOffset = new($@"(?<anchor>{WeekdayWord}|\bovermorgen\b|\bmorgen\b)\s+over\s+(?<n>\d+)\s+{Unit}", Options);

    /// <summary>"de maandag na sinterklaas", "the Friday after the 10th": the first such weekday after the day named.</summary>
    public static readonly Regex WeekdayAfterAnchor = new($@"{WeekdayWord}\s+(?<dir>na|after|voor|before)\s+(?<rest>.+)", Options);

    /// <summary>"eind volgende week", "end of this week": the Friday, the end of the working week.</summary>
    public static readonly Regex WeekEnd = new(@"\b(?:eind|einde|end)\s+(?:van\s+|of\s+)?(?:de\s+|the\s+)?(?<which>deze|volgende|komende|this|next)?\s*week\b", Options);

    /// <summary>A document and its date ("de rekening van 12/11", "the letter of 3 November"): not the day the customer pays.</summary>
    public static readonly Regex DocumentDate = new($@"\b(?:{Document}|(?<=\ben\s)die|(?<=\band\s)the\s+one)\s+(?:van|of|dated|from)\s+(?:de\s+|the\s+)?\d{{1,2}}e?(?:[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?|\s+{Month})?", Options);

    /// <summary>"ik ben weg tot de 12e, de maandag daarna betaal ik": the first such weekday after the day named before it.</summary>
    public static readonly Regex WeekdayAfterEarlier = new($@"{WeekdayWord}\s+(?:erna|daarna|nadien|daarop|erop|daaropvolgend|after that|afterwards|following)\b", Options);

    /// <summary>
    /// "(de) dag erna", "de dag daarvoor", "the day after" or "the day before" with nothing after it: the day after (or
    /// before) a day named earlier.
    /// </summary>
    public static readonly Regex DayNextToEarlier = new(@"\b(?:de\s+|een\s+|the\s+)?(?:dag|day)\s+(?:(?<after>erna|daarna|nadien)|ervoor|daarvoor|voordien|(?<after>after)(?=\s*(?:$|[,.!?]))|before(?=\s*(?:$|[,.!?])))", Options);

    /// <summary>"de 1e van het nieuwe jaar", "on the 2nd of the new year": a day in January of next year.</summary>
    public static readonly Regex DayOfNewYear = new(@"\b(?:de\s+|the\s+)?(?<d>\d{1,2})e\s+(?:dag\s+|day\s+)?(?:van|of)\s+(?:het\s+|the\s+)?(?:nieuwe|new)\s+(?:jaar|year)\b", Options);

    /// <summary>A count before "in een week" ("3 brieven in een week", "twee keer in een maand") says how often, not when.</summary>
    public static readonly Regex CountBefore = new(@"\d+\s+\p{L}+\s+$", Options);

    /// <summary>"volgende maand de 5e", "vorige maand op de 30e".</summary>
    public static readonly Regex MonthThenDay = new($@"\b(?<which>volgende|komende|aankomende|deze|vorige|afgelopen|next|this|last)\s+(?:maand|month)\s+(?:op\s+|on\s+)?(?:de\s+|the\s+)?(?<d>\d{{1,2}})e?\b{NotTime}", Options);

    /// <summary>"21.12": day and month with a dot, only with a two-digit month and nothing of an amount or a time about it.</summary>
    public static readonly Regex DottedDayMonth = new(@"(?<![\d:.,/-]|€\s?|eur\s)(?<d>[0-2]?\d|3[01])\.(?<m>0[1-9]|1[0-2])(?![\d,:]|\.\d|\s*(?:euro|eur|uur|u\b|h\b|%|procent|percent))", Options);

    public static readonly Regex Offset = new($@"(?<!\b(?:verspreid|gespreid|uitgesmeerd|verdeeld|spread|spread\s+it|spread\s+out)\s+)\b(?:over|na|in(?!\s+\d+\s+(?:maanden|months|jaar|jaren|years)\b)|after|geef\s+(?:me|mij)(?:\s+nog)?|give\s+me|gun\s+(?:me|mij))\s+(?:precies\s+|exact\s+|exactly\s+)?(?<n>\d+)\s+{Unit}(?!\s+(?:of|or)\s+\d|\s+(?:verdelen|spreiden|uitsmeren|verspreiden|afbetalen|aflossen)\b)|(?<n>\d+)\s+{Unit}\s+(?:later|from now|vanaf nu)|\bnog\s+(?<n>\d+)\s+{Unit}\s+(?:geduld|wachten|tijd|nodig|uitstel)\b|(?<n>\d+)\s+more\s+{Unit}", Options);

    public static readonly Regex NthWeekdayOfMonth = new($@"\b(?:de\s+|the\s+)?(?:(?<n>[1-5])e|(?<last>laatste|last))\s+{WeekdayWord}\s+(?:van|of|in)\s+(?:de\s+|the\s+)?(?:(?<which>volgende|komende|aankomende|deze|next|this)\s+(?:maand|month)|(?<any>maand|month)\b|(?<year>(?:het|dit|t|'t|this|the)\s+(?:jaar|year))\b|{Month})", Options);
    /// <summary>"in week 51", "wk 2", "week 1 van 2027", "maandag van week 2", "week 51 donderdag": a week by its ISO number.
    /// Not "per week 50 euro" nor "2 keer per week".</summary>
    public static readonly Regex WeekNumber = new($@"(?:{WeekdayWord}\s+(?:van\s+|in\s+)?)?(?<!\b(?:per|elke|iedere|each|every|a|een|de|om|deze|volgende|komende|aankomende|vorige|afgelopen|this|next|last|the|\d+e?)\s+)\b(?:week|wk)\.?\s*(?<n>[1-9]|[1-4]\d|5[0-3])\b(?!\s*(?:euro|eur|€|,-|x\b|keer|%|procent|dagen|weken|days|weeks|uur|u\b|hours|minuten|stuks))(?:\s+(?:van|of)\s+(?<year>20\d\d)\b)?(?:\s+(?:op\s+)?(?<weekday2>{WeekdayName})\b)?", Options);
    /// <summary>Words of the turn of the year: a weekday with a day then names January's day when they agree.</summary>
    public static readonly Regex TurnOfYear = new(@"\b(?:jaarwisseling|nieuwjaar|oud\s+en\s+nieuw|feestdagen|volgend\s+jaar|het\s+nieuwe\s+jaar|new\s+year|januari|january)\b", Options);
    /// <summary>"in de week van 7 december", "the week of 11 January": that week.</summary>
    public static readonly Regex WeekOf = new($@"\b(?:de|die|the)\s+week\s+(?:van|of)\s+(?:de\s+|the\s+)?(?<date>\d{{1,2}}e?\s+{Month}|{Month}\s+\d{{1,2}}e?\b)", Options);
    /// <summary>After "vóór": the day itself still counts ("vóór of op vrijdag", "vóór vrijdag 12 uur", "vóór 1 december 17:00").</summary>
    public static readonly Regex DayStillCounts = new(@"^\s*(?:of\s+op|or\s+on|of\s+uiterlijk)\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:uur|u|h|am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:'s\s+)?(?:middags|ochtends|avonds)\b|\b(?:noon|middernacht|midnight)\b", Options);

    public static readonly Regex YearEnd = new(@"(?<!\b(?:risico|premie|premies|polis|budget|begroting|aangifte|tarief|tarieven|rente|abonnement|contract|toeslag|toeslagen|belasting|jaaropgave|zorgverzekering|verzekering|plannen|kosten)\s+)\b(?:nog\s+)?(?:voor|voor-strikt|before)\s+(?<before>20\d\d)\b|\b(?:eind|einde|end|laatste\s+(?<work>werk)?dag|last\s+(?<work>working\s+|business\s+)?day)\s+(?:van\s+|of\s+)?(?:het|dit|the|this|t|'t)\s+(?:jaar|year)\b|\beind\s+dit\s+jaar\b|\b(?:nog\s+dit\s+jaar|dit\s+jaar\s+nog)\b(?=\s*(?:[.,;!?]|$|hoop\b|betaal\b|betalen\b|overmaken\b|aflossen\b|voldoen\b|afbetalen\b|(?:de\s+rest|het\s+restant)\b))", Options);
    public static readonly Regex MonthPart = new($@"\b(?<part>eind|einde|end|begin|start|beginning|laatste werkdag|last working day|last business day|1e werkdag|1e working day|1e business day|laatste dag|last day|medio|midden|halverwege|halfweg|(?<!\b(?:and|other|the|a|another)\s+)half|middle|mid)\s+(?:van\s+|of\s+)?(?:(?:de\s+|the\s+)?(?:maand|month)\s+(?:of\s+)?{Month}|(?:de\s+|the\s+)?(?<which>deze|de|volgende|komende|this|the|next)\s+(?:maand|month)|(?:de\s+|the\s+)?(?:maand|month)\b|{Month})", Options);
    /// <summary>"de 2e week van december", "the first week of January", "de laatste week van de maand".</summary>
    public static readonly Regex NthWeekOfMonth = new($@"\b(?:(?<n>[1-4])e|(?<last>laatste|last))\s+week\s+(?:van|of|in)\s+(?:(?:de\s+|the\s+)?(?<which>deze|de|volgende|komende|this|the|next)\s+(?:maand|month)|(?:de\s+|the\s+)?(?:maand|month)\b|{Month})", Options);
    /// <summary>"midden volgende week", "halverwege deze week", "midweek": its Wednesday.</summary>
    public static readonly Regex MiddleOfWeek = new(@"\b(?:midden|halverwege|half|middle\s+of|mid)\s+(?:van\s+)?(?:de\s+|the\s+)?(?<which>deze|volgende|komende|this|next)\s+week\b", Options);
    /// <summary>Words of the customer's own payment still to come ("ik betaal", "ga ik overmaken", "I will pay").</summary>
    public static readonly Regex PayingToCome = new(@"\b(?:ik\s+(?:betaal|maak|stort)|(?:betaal|maak|stort)\s+ik|(?:ga|zal|kan|wil)\s+(?:ik\s+)?(?:[\p{L}\d€,]+\s+){0,4}?(?:betalen|overmaken|storten|voldoen)|betaal\s+(?:dan|het|alles)|i(?:'ll|\s+will|\s+can|\s+am\s+going\s+to)\s+(?:pay|transfer|send)|will\s+pay|uiterlijk|ten\s+laatste)\b", Options);

    /// <summary>"uiterlijk de 18e", "by the 3rd at the latest": the last day of paying, said as a deadline.</summary>
    public static readonly Regex OwnDeadline = new(@"\b(?:uiterlijk|ten\s+laatste|at\s+the\s+latest|no\s+later\s+than)\b", Options);

    /// <summary>A part that is only a day ("de 21e", "maandag de 14e", "op 3 januari").</summary>
    public static readonly Regex BareDay = new($@"^(?:(?:maar|but|dus|so|then|dan)\s+)?(?:(?:op|on)\s+)?(?:(?:de|the)\s+)?(?:{WeekdayName}\s+)?(?:(?:de|the)\s+)?\d{{1,2}}e?(?:\s+{MonthAny})?\.?$", Options);

    /// <summary>"pas in februari, de 5e", "begin januari, de 4e denk ik": a month, then the day of it.</summary>
    public static readonly Regex MonthCommaDay = new($@"{FullMonth}\s*[,:;-]?\s+(?:op\s+|on\s+)?(?:de|the)\s+(?<d>\d{{1,2}})(?:e\b|(?=\s*(?:$|[,.;!?])))(?!\s+(?:termijn|termijnen|deel|delen|helft|betaling|betalingen|keer|week|weken|maand|maanden|dag|dagen|rate|aflossing|brief|aanmaning|factuur))", Options);

    /// <summary>"salaris komt de 28e, uiterlijk 2 dagen later": that many days after the day named before it.</summary>
    public static readonly Regex DaysAfterEarlier = new(@"\b(?<n>[2-9]|[1-3]\d)\s+(?:dagen|dag|days|day)\s+(?:later|erna|daarna|nadien|daarop|after(?:\s+that)?)\b", Options);

    /// <summary>"meteen na koningsdag", "de eerste werkdag na nieuwjaar": the first working day after the holiday.</summary>
    public static readonly Regex WorkdayAfterHoliday = new($@"\b(?:(?:meteen|direct|gelijk|vlak|vlakbij|right|straight|just|directly)\s+(?:na|after)|(?:de\s+|the\s+)?(?:eerste|1e|first)\s+(?:werkdag|working\s+day|business\s+day)\s+(?:na|after))\s+(?:de\s+|het\s+|the\s+)?(?<holiday>{HolidayName})\b", Options);

    /// <summary>"ivm kerst word ik eerder betaald": a holiday named as a reason, not as a day.</summary>
    public static readonly Regex HolidayAsReason = new($@"\b(?:ivm|i\.v\.m\.?|vanwege|wegens|door|dankzij|because\s+of|due\s+to|thanks\s+to)\s+(?:de\s+|het\s+|the\s+)?(?:{HolidayName})\b", Options);

    /// <summary>"alvast een fijne kerst", "happy new year": a holiday wished, not a day named ("na de gezellige
    /// kerstdagen" still names one).</summary>
    public static readonly Regex HolidayWished = new($@"(?<!\b(?:na|voor|op|rond|rondom|tot|tegen|vanaf|after|before|until|around|by|on)\s+(?:de\s+|het\s+|een\s+|the\s+|a\s+)?)\b(?:fijne|fijn|prettige|prettig|gezellige|gezellig|vrolijke|vrolijk|zalige|zalig|gelukkige|gelukkig|mooie|goede|merry|happy|wens\s+(?:je|jullie|u)(?:\s+alvast)?(?:\s+een)?)\s+(?:(?:oud\s+en\s+nieuw|jaarwisseling|feestdagen|holidays)\b|(?:de\s+|het\s+)?(?:{HolidayName})\b)", Options);

    /// <summary>"een week of drie heb ik nodig", "I need 2 weeks": that long from today.</summary>
    public static readonly Regex TimeNeeded = new($@"\b(?<n>\d+)\s+{DayOrWeekUnit}\s+(?:heb\s+ik\s+|have\s+i\s+)?(?:nodig|needed)\b|\bneed\s+(?:about\s+|around\s+)?(?<n>\d+)\s+{DayOrWeekUnit}", Options);

    /// <summary>"eerste helft december", "de tweede helft van januari".</summary>
    public static readonly Regex HalfOfMonth = new($@"\b(?<which>eerste|1e|first|tweede|2e|second)\s+(?:helft|half)\s+(?:van\s+|of\s+)?(?:de\s+|the\s+)?(?:(?<next>volgende|komende|next)\s+(?:maand|month)|(?:deze\s+|this\s+)?(?:maand|month)\b|{FullMonth})", Options);

    public static readonly Regex Holiday = new($@"\b(?<holiday>{HolidayName})\b", Options);

    /// <summary>"voor kerst", "before Easter": a deadline on the day before the holiday.</summary>
    public static readonly Regex BeforeHoliday = new($@"(?<!\b(?:day|dag|dagen|days|weken|weeks)\s+)\b(?:voor|voor-strikt|before|ahead of)\s+(?:de\s+|het\s+|the\s+)?(?<holiday>{HolidayName})\b", Options);
    public static readonly Regex NextYear = new(@"\b(?:volgend jaar|next year)\b", Options);

    public static readonly Regex DayMonth = new($@"(?<![\d:.]){Day}(?:\s+(?:dag|day))?(?:\s+(?:van|of))?[\s\-/]*{Month}", Options);
    /// <summary>"december 15", "dec. 15"; not across a full stop after a month's full name ("in juni. 4 generaties"),
    /// nor a count after it ("juni 4 generaties").</summary>
    public static readonly Regex MonthDay = new($@"{Month}(?<!\b(?:{MonthFull})\.)\s+(?:de\s+|the\s+)?{Day}(?!\d){NotTime}(?!\s+(?:generaties|generations|jaar|jaren|years|keer|times|kinderen|children|kids|mensen|people|dagen|days|weken|weeks|maanden|months|euro|eur|termijnen|brieven|letters|stuks|pakjes))", Options);
    public static readonly Regex NumericDayMonth = new(@"(?<![\d:./-])(?!24/7\b)(?!(?:1/[234]|2/3|3/4)\s+(?:van|deel|nu|of|part|now|vh|v/h)\b)(?<d>\d{1,2})[-/](?<m>\d{1,2})(?![\d/-]|[.:]\d|\s*(?:dagen|werkdagen|bankdagen|kalenderdagen|weken|maanden|uur|keer|days|weeks|hours|working\s+days|business\s+days)\b|\s?\d{2}\s?\d{2})", Options);
    public static readonly Regex DayOfMonth = new($@"(?:{NotOwned}\b(?<d>\d{{1,2}})e\b(?!\s+(?:one|thing|things|na|after|termijn|termijnen|schijf|schijven|part|instalment|installment|payment|keer|helft|deel|rate|brief|brieven|aanmaning|herinnering|betaling|factuur|rekening|poging|kans|week|maand|die|dat|wie|who|that|persoon|person|mens|stap|step|schuld|debt))|(?<!\b\d{{1,3}}\s+(?:van|of|uit)\s+)\b(?:de|the)\s+(?<d>\d{{1,2}})\b(?![.,]\d){NotTime}(?!\s*(?:dagen|weken|maanden|jaar|keer|facturen|euro|x\b|termijnen|termijn|betalingen|brieven|aanmaningen|rekeningen|procent|%)))(?:\s+(?:dag|day))?(?:\s+(?:van|of)\s+(?:de\s+|the\s+)?(?<which>volgende|komende|aankomende|deze|vorige|afgelopen|next|this|last)\s+(?:maand|month))?", Options);
    public static readonly Regex WeekdayDayOfMonth = new($@"{WeekdayWord},?\s+(?:de\s+|the\s+)?(?<d>\d{{1,2}})e?\b{NotTime}(?!\s*(?:euro|eur\b|€|,-|,\d))", Options);

    public static readonly Regex WeekdayInWeek = new($@"\b(?<which>deze|volgende|komende|aankomende|vorige|afgelopen|this|next|last)\s+(?:week|week's)\s+(?:op\s+|on\s+)?{WeekdayWord}|{WeekdayWord}\s+(?:van\s+|of\s+)?(?<which>deze|volgende|komende|vorige|afgelopen|this|next|last)\s+week\b", Options);
    public static readonly Regex DayAfterTomorrow = new(@"\b(?:overmorgen|day after tomorrow)\b", Options);
    public static readonly Regex Tomorrow = new(@"(?<!\b(?:goede|goeden|goeie|goei|good|de|deze|elke|iedere)\s+)\b(?:morgen(?:ochtend|middag|avond|nacht|vroeg)?|tomorrow|tmrw|tmrrw|tmr|tmrow|2morrow|2moro)\b", Options);
    public static readonly Regex Today = new(@"\b(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|deze (?:ochtend|middag|avond)|eind van de dag|today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day)\b", Options);
    public static readonly Regex Yesterday = new(@"\b(?:gisteren|gisteravond|gistermiddag|gisterochtend|gistermorgen|gisternacht|yesterday|last night)\b", Options);
    public static readonly Regex ToCome = new(@"\bis\s+(?:het|alles)\b(?!\s+al\b)|\b(?:betaal|betalen|betaalt|zal|zullen|ga|gaan|gaat|maak|overmaken|storten|wil|kan|kun|kunnen|moet|uiterlijk|vanaf|tot|voor(?!\s+(?:een|die|dat)\b)|tegen|wordt|worden|komt|komen|will|can|pay|going|until|by|before|due|deadline)\b", Options);
    /// <summary>
    /// The customer's own payment still to come ("ik betaal", "doe ik het", "dus de 3e", "liever de 7e"): in a
    /// message that names several days, the part with this cue holds the day the customer means.
    /// </summary>
    public static readonly Regex OwnPaymentCue = new(@"^(?:betaal|maak|stort|zet)\b|\b(?:zeker|sure|definitely|volgt|staat\s+(?:het\s+)?(?:geld\s+)?(?:bij|op)\s+(?:jullie|uw|je)|heeft\s+u|heb\s+je|hebben\s+jullie|krijgen\s+jullie|krijgt\s+u|payment\s+goes)\b|\b(?:ik\s+(?:betaal|maak|stort|doe|kan|ga|zal|zet)|(?:betaal|maak|stort|doe|kan|ga|zal|zet)\s+ik|betaal\s+(?:dan|het|alles)|zet\s+het\s+over|overmaken|overmaak|lukt|liever|dus|daarna|betaling volgt|gaat|krijg(?:t|en)?\s+(?:je|u|jullie)|make it|i(?:'ll| will| can| am going to)\s+(?:pay|transfer|send)|so\s+i|then\s+i|(?:wil\s+ik|ik\s+wil)\b[^,.;!?]*\b(?:betalen|overmaken|storten|voldoen)|reken|rekent|uiterlijk|ten\s+laatste|at\s+the\s+latest|de\s+rest|het\s+restant|the\s+rest)\b", Options);

    public static readonly Regex Negation = new(@"\b(?:niet|geen|nooit|not|never|cannot|can't|won't)\b|n't\b", Options);

    /// <summary>Where a message breaks into parts that can each name a day: sentence ends, commas, "dus", "maar".</summary>
    public static readonly Regex ClauseBreak = new(@"[.;!?]+(?=\s|$)|,\s|\s(?=(?:dus|maar|so|but)\s)", Options);

    public static readonly Regex DayBeforeYesterday = new(@"\b(?:eergisteren|day before yesterday)\b", Options);

    /// <summary>
    /// Words that put the message in the past ("ik heb op 20 november betaald", "de factuur van 3 november",
    /// "paid on the 26th"): a day that has already come this year (or this month) is then that day, not the next one.
    /// </summary>
    public static readonly Regex PastContext = new(@"\b(?:(?<!\b(?:word|wordt|worden)\s+(?:\w+\s+){0,3})betaald|betaalde|betaalden|stond|stonden|overgemaakt|overgeschreven|afgeschreven|gestort|voldaan|ontvangen|binnengekomen|toegekomen|aangekomen|gekregen|kreeg|gestuurd|verstuurd|gedaan|deed|gemist|gedateerd|sinds|jl|jongstleden|laatstleden|overleden|gestorven|begraven|ontslagen|(?<!\bget\s|\bgets\s|\bgetting\s)paid|transferred|sent|received|missed|dated|since|did|went through|gone through|died|passed away|\w*(?:factuur|rekening|nota|brief|aanmaning|herinnering|invoice|bill|letter)\s+(?:van|of|dated)|(?:factuur|rekening|nota|brief|aanmaning|invoice|bill|letter)\b[^.?!]{0,30}\b(?:die|dat|the one)\s+(?:van|of|from))\b", Options);
    public static readonly Regex Weekday = new($@"(?:\b(?<mod>volgende|aanstaande|aankomende|komende|deze|next|this|coming|afgelopen|vorige|last|past)\s+(?:aankomende\s+|aanstaande\s+)?)?{WeekdayWord}", Options);

    /// <summary>"na het weekend", "after the weekend": the Monday after it.</summary>
    public static readonly Regex AfterWeekend = new(@"\b(?:na|after)\s+(?:het|dit|the|this)\s+weekend\b", Options);

    public static readonly Regex Weekend = new(@"\b(?:dit|het|deze|this|the|komend|komende|aanstaand|aanstaande|coming)\s+(?:weekend)\b", Options);

    /// <summary>"voor het weekend", "before the weekend": by the Friday before it.</summary>
    public static readonly Regex BeforeWeekend = new(@"\b(?:voor|voor-strikt|before)\s+(?:het|dit|the|this)\s+weekend\b", Options);
    public static readonly Regex Week = new(@"\b(?:(?<which>deze|volgende|komende|aankomende|this|next)\s+(?<work>werk)?week\b|\bde\s+(?<work>werk)?week\s+na\s+(?<after>volgende)\b|\bthe\s+week\s+after\s+(?<after>next)\b|\b(?:de\s+|the\s+)?(?<which>volgende|next)\s+(?<work>werk)week\b)", Options);
    public static readonly Regex RelativeMonth = new(@"\b(?<which>volgende|komende|aankomende|deze|next|this|coming)\s+(?:maand|month)\b", Options);
    public static readonly Regex NamedMonth = new($@"(?:(?<nextyear>volgend jaar|next year)\s+)?(?:\b(?<mod>volgende|aanstaande|aankomende|komende|next|in)\s+)?{FullMonth}(?!\s*\d)", Options);

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
}
