using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Evaluation;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

/// <summary>
/// Keeps the webcare classifier from slipping: on the blind held-out set in <c>HeldOut/</c> (written by someone
/// else, never read item by item) the floors sit just under the figures measured; on the own development set
/// in <c>Dev/</c> (the rules were tuned on it) they sit higher. The figures are in the README.
/// </summary>
public sealed class HeldOutTests
{
    private static readonly Lazy<MentionClassifier> Classifier = new(() => WebcareReport.DefaultClassifier());
    private static readonly Lazy<WebcareReport> HeldOut = new(() => new WebcareReport(WebcareReport.Read(HeldOutPath), Classifier.Value));
    private static readonly Lazy<WebcareReport> Dev = new(() => new WebcareReport(WebcareReport.Read(DevPath), Classifier.Value));

    private static string DevPath => Path.Combine(AppContext.BaseDirectory, "Webcare", "Dev", "mentions.jsonl");

    private static string HeldOutPath => Path.Combine(AppContext.BaseDirectory, "Webcare", "HeldOut", "mentions.jsonl");

    [Fact]
    public void HeldOut_StaysAboveItsFloors()
    {
        var r = HeldOut.Value;
        Assert.True(r.Count >= 250);
        AtLeast(r.PiiRecall, 0.98, "PII recall");
        AtLeast(r.PiiPrecision, 0.98, "PII precision");
        AtLeast(r.HighRecall, 0.93, "high-risk recall");
        AtLeast(r.RiskAccuracy, 0.875, "risk accuracy");
        // 90.3 % until round 37's blind mentions joined the examples (89.5 % since; round 38's blind set 76.2 -> 80.6 %).
        // Round 41: 88.8 % while a two-digit birth year changed one example's reading (a changed example moves the model
        // by a held-out mention or two), 89.9 % since anger alone stopped lowering the crisis reader's threshold.
        // Round 43: 88.8 % for a while once the crisis lists' new figures of speech changed which feelings some examples
        // show and round 43's blind mentions joined; 89.9 % again once a wish that the office burns down read as abuse.
        AtLeast(r.SentimentAccuracy, 0.90, "sentiment accuracy");
        Assert.Equal(r.CrisisPositives, r.CrisisHandled);
    }

    [Fact]
    public void Dev_StaysAboveItsFloors()
    {
        var r = Dev.Value;
        Assert.True(r.Count >= 200);
        AtLeast(r.PiiRecall, 0.99, "PII recall");
        AtLeast(r.HighRecall, 0.98, "high-risk recall");
        AtLeast(r.SentimentAccuracy, 0.93, "sentiment accuracy");
        Assert.Equal(r.CrisisPositives, r.CrisisHandled);
    }

    /// <summary>Real words one letter away from a risk word are not read as its typo (risk.yaml's literalOnly).</summary>
    [Theory]
    [InlineData("Wat een opluchting, alles netjes geregeld met IB Noord", "fraud")]
    [InlineData("Wij hebben veel tevreden klanten sinds we met IB Noord werken", "press")]
    [InlineData("Ik vermoord die printer van IB Noord nog eens", "press")]
    [InlineData("De layers van jullie website laden traag, IB Noord", "legal")]
    [InlineData("Misschien nu wel juist noteren, IB Noord? Derde keer mijn adres", "legal")]
    [InlineData("Het gaat om 1.250 euro, kan dat in delen?", "viral")]
    [InlineData("Alleen Nederlands aan de lijn bij IB Noord? Press 1 for... what?", "press")]
    [InlineData("Gesprek gehad, regeling staat nu online in mijn account, top IB Noord", "abuse")]
    [InlineData("Kan ik het gesprek ook online terugluisteren IB Noord?", "abuse")]
    [InlineData("Zet mijn adres goed IB Noord, uw dossier klopt langs geen kanten", "press")]
    [InlineData("Mijn achternaam is verkeerd gespeld door IB Noord, graag aanpassen", "intimidation")]
    [InlineData("Wij wonen ook ergens in Drenthe, mag de post naar ons nieuwe adres? IB Noord", "intimidation")]
    [InlineData("Afwachten en zien wat er gebeurt met mijn bezwaar bij IB Noord", "intimidation")]
    [InlineData("Mijn huisadres werd door het systeem van IB Noord niet gevonden", "intimidation")]
    [InlineData("Zou zonde zijn als er iets gebeurt met mijn regeling bij IB Noord nu ik ziek ben", "intimidation")]
    [InlineData("Tip: blijf gewoon bezwaar maken bij IB Noord en kijk maar wat er gebeurt", "intimidation")]
    [InlineData("Ik weet welke school het beste past bij mijn zoon, maar niet hoe ik IB Noord betaal", "intimidation")]
    [InlineData("Ik stond aan de balie van IB Noord, niet om te betalen maar om een vraag te stellen", "intimidation")]
    [InlineData("Mijn vader is niet zo geduldig met formulieren, mag ik hem helpen bij IB Noord?", "intimidation")]
    [InlineData("Er was ingebroken, politie gebeld en alles, daarom is mijn betaling aan IB Noord te laat", "legal")]
    [InlineData("Wees voorzichtig met links in mails van IB Noord, je weet nooit wie erachter zit", "intimidation")]
    [InlineData("Jammer als de medewerker van IB Noord die mij hielp geen compliment krijgt", "intimidation")]
    [InlineData("IB Noord, jullie weten mijn oude adres nog, ik weet dat ik het had moeten doorgeven", "intimidation")]
    [InlineData("Ik weet welke school hij gaat bezoeken, daarom wil ik mijn betaaldatum bij IB Noord aanpassen", "intimidation")]
    [InlineData("Prachtige pauw in de tuin en mijn schuld bij IB Noord is afbetaald", "press")]
    [InlineData("De politie was er ook niet bij, gewoon een gesprek met IB Noord", "legal")]
    [InlineData("Ik stuur mijn bankafschrift naar IB Noord, zodat het klopt", "authority")]
    [InlineData("Ik weet je te bereiken via de chat, IB Noord, maar bellen is fijner", "intimidation")]
    [InlineData("Betaal op tijd, anders komen er kosten bij, zegt IB Noord", "intimidation")]
    [InlineData("Ik hoop dat hij snel beter wordt, de medewerker van IB Noord die ziek is", "intimidation")]
    [InlineData("Ik stem al jaren VVD en vind het prima geregeld bij IB Noord", "authority")]
    [InlineData("Volg @IBNoord voor de openingstijden tijdens de feestdagen", "authority")]
    [InlineData("Top geholpen door Sandra van IB Noord, ik weet jullie te vinden als ik weer vragen heb!", "intimidation")]
    [InlineData("Ik weet je te vinden op LinkedIn, mooi profiel trouwens, IB Noord", "intimidation")]
    [InlineData("Ik houd alles bij voor IB Noord, anders gebeuren er ongelukken met mijn administratie", "intimidation")]
    [InlineData("Mijn man heeft eindelijk werk, ik hoop dat hij niet ontslagen wordt, dan lossen we IB Noord af", "intimidation")]
    [InlineData("Ik hoop dat die achterstand bij IB Noord wordt opgelost, anders sta ik op straat", "intimidation")]
    [InlineData("Lid van de ChristenUnie hier, en ik vind IB Noord prima", "authority")]
    [InlineData("Sorry, ik vergeet de naam van de dame van IB Noord die me zo goed hielp", "intimidation")]
    [InlineData("Ik vergeet nooit een gezicht, dus de man van IB Noord herkende ik meteen. Top!", "intimidation")]
    [InlineData("Het is goed om je heen te kijken naar gratis schuldhulp naast IB Noord", "intimidation")]
    [InlineData("Sturen jullie het contract op, IB Noord, of kom ik het zelf halen?", "intimidation")]
    [InlineData("De deurwaarder van IB Noord heeft haar adres opgezocht in de BRP, mag dat?", "intimidation")]
    [InlineData("Zonde als iemand niet wist waar hij terecht kon, IB Noord helpt echt", "intimidation")]
    [InlineData("Ik hoop dat IB Noord niet failliet gaat voordat mijn geld terug is", "abuse")]
    [InlineData("Ik heb een dikke doos vol brieven van IB Noord", "abuse")]
    [InlineData("Ik voelde me een domme gans toen ik de brief van IB Noord eindelijk opende", "abuse")]
    [InlineData("Mijn oude Opel Senator verkocht om IB Noord af te lossen", "authority")]
    [InlineData("Volt op een congres over incasso, ook IB Noord was er", "press")]
    [InlineData("Mijn regeling bij IB Noord is vervallen omdat ik een dag te laat was", "fraud")]
    [InlineData("Ons kaderlid bespreekt de roosters met IB Noord", "authority")]
    [InlineData("Wat betekent de sommatie van IB Noord precies?", "legal")]
    [InlineData("I got an ingebrekestelling from IB Noord, what does it mean?", "legal")]
    [InlineData("IB Noord heeft mij een sommatie gestuurd", "legal")]
    [InlineData("Don't forget: IB Noord is closed on Friday", "fraud")]
    [InlineData("IB Noord keeps forcing me to pay more every month", "fraud")]
    [InlineData("Het schoot me in het verkeerde keelgat, die brief van IB Noord", "abuse")]
    [InlineData("Bij IB Noord ligt de bijl al klaar voor 50 banen", "abuse")]
    [InlineData("De medewerker van IB Noord die ik sprak reed in de auto naar een klant, zei ze", "intimidation")]
    [InlineData("Zijn nummer staat gewoon op de site van IB Noord hieronder, bel hem maar", "intimidation")]
    [InlineData("Het gesprek met IB Noord was gezellig, ik werd goed geholpen", "intimidation")]
    [InlineData("waarom krijgen we een aangetekende brief van IB Noord?", "legal")]
    [InlineData("ik app haar allemaal screenshots van de betaling aan IB Noord", "intimidation")]
    [InlineData("slachtoffer van identiteitsfraude, en IB Noord, jullie helpen mee om het op te lossen, dank!", "fraud")]
    // Round 50's look-alikes: one's own photo of a letter online, a prize draw's names, one's time "stolen" by a queue.
    [InlineData("Ik zet een foto van de brief van IB Noord online, kijk zelf maar", "intimidation")]
    [InlineData("De namen van de winnaars van de IB Noord quiz gaan morgen online", "intimidation")]
    [InlineData("Ze stelen mijn tijd met die wachtrij van IB Noord", "fraud")]
    // Review of round 50: a contact person's name, an address for the post, names not found online, a phishing victim.
    [InlineData("zet haar naam maar neer als contactpersoon bij IB Noord", "intimidation")]
    [InlineData("ik zet haar adres hier neer, want de post van IB Noord moet naar mijn ex", "intimidation")]
    [InlineData("jullie namen komen nergens online voor, IB Noord, zijn jullie wel echt?", "intimidation")]
    [InlineData("de screenshots van mijn betalingen aan IB Noord komen zo, ik stuur ze via jullie online formulier", "intimidation")]
    [InlineData("ze stelen geld van mijn rekening via een nepmail die op IB Noord lijkt", "fraud")]
    public void Classify_DoesNotReadARealWordAsATypoOfARiskWord(string text, string notReason)
    {
        var reading = Classifier.Value.Classify(text, 10);

        Assert.DoesNotContain(reading.Reasons, r => r.Code == notReason);
    }

    /// <summary>Round 42's kinds of high risk in other words: many consumers suing together, a podcast or a TV programme,
    /// a regulator's fine, theft named with its verb, violence promised at the door; round 43's wish that the office burns down.</summary>
    [Theory]
    [InlineData("Wij starten met 60 gedupeerden een massaclaim tegen IB Noord", "legal")]
    [InlineData("Een tv-programma wil mijn verhaal over IB Noord volgende week uitzenden", "press")]
    [InlineData("Voor onze podcast zoeken we mensen met ervaringen met IB Noord", "press")]
    [InlineData("Zag net dat de AP IB Noord een flinke boete heeft gegeven", "authority")]
    [InlineData("Twee keer dezelfde termijn afschrijven, IB Noord, dat is gewoon stelen", "fraud")]
    [InlineData("Komt die man van IB Noord nog eens aan de deur, dan schop ik hem persoonlijk de stoep af", "abuse")]
    [InlineData("Ik hoop echt dat het kantoor van jullie ooit afbrandt, IB Noord", "abuse")]
    // Round 50: staff's names or faces to be posted, an ex-employee's internal chats as leverage, theft with its
    // subject, costs charged where the law did not allow them.
    [InlineData("Sandra en Mehmet van IB Noord: jullie achternamen gaan vanavond op Facebook", "intimidation")]
    [InlineData("Belt die vent van IB Noord nog één keer, dan post ik zijn gezicht hier neer", "intimidation")]
    [InlineData("Ik heb bij IB Noord gewerkt en de interne mails die ik heb gaan naar de pers", "intimidation")]
    [InlineData("IB Noord, jullie stelen gewoon van mensen die al niks hebben", "fraud")]
    [InlineData("Bij IB Noord rekenden we rente aan, ook als het wettelijk niet mocht", "fraud")]
    public void Classify_ReadsRoundFortyTwoKindsAsHighRisk(string text, string reason)
    {
        var reading = Classifier.Value.Classify(text, 10);

        Assert.Contains(reading.Reasons, r => r.Code == reason);
        Assert.Equal(MentionRisk.High, reading.Risk);
    }

    /// <summary>Praise that says one does not see this often is no crisis signal.</summary>
    [Fact]
    public void Classify_DoesNotReadRarePraiseAsACrisis() =>
        Assert.False(Classifier.Value.Classify("Zo geduldig uitgelegd door Karin van IB Noord, dat maak je niet vaak mee", 10).Crisis);

    /// <summary>Strong words shouted in capitals are fury in public: high; the same words in lower case are not.</summary>
    [Theory]
    [InlineData("IB NOORD IS EEN SCHANDALIG BEDRIJF, WALGELIJK GEWOON", true)]
    [InlineData("IB Noord is een schandalig bedrijf, walgelijk gewoon", false)]
    [InlineData("IB NOORD BEDANKT VOOR DE SNELLE HULP", false)]
    public void Classify_ReadsShoutedFuryAsHigh(string text, bool fury)
    {
        var reading = Classifier.Value.Classify(text, 10);

        Assert.Equal(fury, reading.Reasons.Any(r => r.Code == "fury"));
        Assert.Equal(fury, reading.Risk == MentionRisk.High);
    }

    /// <summary>A review's own stars decide its sentiment, whatever its words ("4 sterren, enkel jammer dat …").</summary>
    [Theory]
    [InlineData("4 sterren. Snel geregeld, enkel jammer dat je niet met Bancontact kunt betalen", MentionSentiment.Positive)]
    [InlineData("2/5 - uiteindelijk opgelost, maar pas na drie mails", MentionSentiment.Negative)]
    [InlineData("3 van de 5. Niet goed, niet slecht, wat je verwacht van een incassobureau", MentionSentiment.Neutral)]
    [InlineData("1 star. They never answer the phone", MentionSentiment.Negative)]
    public void Classify_TakesAReviewsStars(string text, MentionSentiment sentiment) =>
        Assert.Equal(sentiment, Classifier.Value.Classify(text, 10).Sentiment);

    [Theory]
    [InlineData("Betaald: 12,5/5 termijnen? Nee, 4 van de 5 termijnen zijn betaald", 4)]
    [InlineData("Factuur 2026/5 klopt niet", null)]
    [InlineData("Rated 1 star and 5 stars by two people", null)]
    public void RatingIn_ReadsOneRating(string text, int? stars) => Assert.Equal(stars, SentimentReader.RatingIn(text));

    /// <summary>Kinds of wording a blind round showed were missed (round 18), in words of our own.</summary>
    [Theory]
    [InlineData("Morgen gaat mijn klacht over IB Noord naar het Klachteninstituut", "legal")]
    [InlineData("De dagvaarding is verstuurd, we zien elkaar bij de kantonrechter @IBNoord", "legal")]
    [InlineData("Stop met die brieven IB Noord, anders volgen er procedures", "legal")]
    [InlineData("Die medewerker van IB Noord moet maar oppassen als ik hem tegenkom", "abuse")]
    [InlineData("IB Noord, ik weet waar jullie kantoor zit. Nog 1 brief en ik kom langs", "abuse")]
    [InlineData("Wie wil dit delen? Kijk wat IB Noord met mijn opa doet", "viral")]
    [InlineData("Klacht bij de ACM ingediend over IB Noord", "authority")]
    [InlineData("Namens onze cliënt betwisten wij de vordering van IB Noord", "legal")]
    [InlineData("IB Noord ontvangt morgen een aangetekend schrijven van mij", "legal")]
    [InlineData("Als Statenlid ga ik hier vragen over stellen, IB Noord", "authority")]
    [InlineData("Morgen sta ik aan jullie balie IB Noord, en dat gaat niet zachtjes", "abuse")]
    [InlineData("Zo gaat IB Noord met ouderen om. Dit moet iedereen weten", "viral")]
    [InlineData("Zie jullie wel bij de rechter, IB Noord", "legal")]
    [InlineData("Mijn vrouw zegt dat ze er een eind aan wil maken door de brieven van IB Noord", "crisis")]
    [InlineData("you absolute parasites. stop calling my 80 year old mother @IBNoord", "nameCalling")]
    [InlineData("@destentor lijkt me een mooi verhaal voor jullie: IB Noord en de bejaarden", "press")]
    [InlineData("als ze nog één keer bellen dan weet ik het niet meer. IB Noord", "crisis")]
    [InlineData("Hoe IB Noord met Belgen omgaat, dat stuur ik naar Test-Aankoop", "press")]
    [InlineData("Does anyone know a consumer show that looks at IB Noord?", "press")]
    [InlineData("Politiek in Den Haag, kijk eens naar IB Noord", "authority")]
    [InlineData("Heb dit naar de PvdA doorgestuurd, IB Noord", "authority")]
    [InlineData("Die opname van het gesprek met IB Noord zet ik gewoon online", "abuse")]
    [InlineData("Incassomaffia, dat is IB Noord", "fraud")]
    [InlineData("Ik meld IB Noord bij de Tweede Kamerfractie van de SP", "authority")]
    [InlineData("Onze brief over IB Noord ligt nu bij de Tweede Kamercommissie Financiën", "authority")]
    [InlineData("Ik heb de achternaam van die medewerkster van IB Noord gevonden op LinkedIn. Prettige avond.", "intimidation")]
    [InlineData("Vergeet niet dat de incassomedewerkers van IB Noord ook ergens wonen", "intimidation")]
    [InlineData("Zou jammer zijn als er iets gebeurt met dat mooie kantoor van IB Noord", "intimidation")]
    [InlineData("Blijf mijn oma maar bellen IB Noord, en kijk wat er gebeurt", "intimidation")]
    [InlineData("Ik weet ook op welke sportschool die medewerker van IB Noord zit. Fijne avond.", "intimidation")]
    [InlineData("Aan die meneer van IB Noord die me belde: rij maar voorzichtig naar huis. Je weet nooit.", "intimidation")]
    [InlineData("Zou jammer zijn als die medewerker van IB Noord een keer een ongeluk krijgt", "intimidation")]
    [InlineData("IB Noord, jullie weten mijn adres en ik weet het jullie", "intimidation")]
    [InlineData("Heb de politie gebeld toen die man van IB Noord bleef aanbellen", "legal")]
    [InlineData("Mijn verhaal over IB Noord staat morgen in de Gelderlander", "press")]
    [InlineData("Alles over IB Noord doorgestuurd naar de SP", "authority")]
    [InlineData("Ik heb de SP gemaild over IB Noord", "authority")]
    [InlineData("Verhaal over IB Noord gemaild naar 50PLUS", "authority")]
    [InlineData("Belt die vent van IB Noord nog één keer, dan weet ik precies waar hun kantoor zit", "abuse")]
    [InlineData("We received a wrongful garnishment from IB Noord, our legal team is on it", "legal")]
    [InlineData("Draadje over IB Noord en hoe een rekening van 30 euro 190 werd", "viral")]
    [InlineData("De politie heb ik gebeld, IB Noord stond weer voor de deur", "legal")]
    [InlineData("Die man van IB Noord die me uitlachte: ik weet je te vinden. Wacht maar.", "intimidation")]
    [InlineData("Als die buitendienst van IB Noord nog eens op mijn stoep staat, dan gebeuren er ongelukken", "intimidation")]
    [InlineData("Die Kevin van IB Noord is een arrogante vent, ik hoop dat hij er snel uitvliegt", "intimidation")]
    [InlineData("@SPnl kijk eens hoe IB Noord de kosten opstapelt", "authority")]
    [InlineData("Wat vinden @PartijvdArbeid en @GLPvdA van de kosten van IB Noord?", "authority")]
    [InlineData("Ik heb @PvdA getagd over de praktijken van IB Noord", "authority")]
    [InlineData("Ik heb dit naar @GroenLinks gestuurd, IB Noord", "authority")]
    [InlineData("ik weet je wonen hoor, jij van de klantenservice van IB Noord", "intimidation")]
    [InlineData("IB Noord, i know where to find you", "intimidation")]
    [InlineData("Hopelijk vliegt die Kevin van IB Noord eruit", "intimidation")]
    [InlineData("daar komen ongelukken van als IB Noord nog een keer belt", "intimidation")]
    [InlineData("Aan Jeroen van IB Noord die me belde: ik heb je achternaam gegoogeld. Fijne dag.", "intimidation")]
    [InlineData("Groetjes aan de telefoniste van IB Noord. Ik vergeet een stem nooit.", "intimidation")]
    [InlineData("Zeg tegen die man van IB Noord dat hij vanavond goed om zich heen moet kijken", "intimidation")]
    [InlineData("Would be a shame if someone found out where the IB Noord staff park", "intimidation")]
    [InlineData("IB NOORD BEL ME NU OF IK KOM ER ZELF AAN", "intimidation")]
    [InlineData("Wat een domme koe aan de telefoon bij IB Noord", "abuse")]
    [InlineData("@RadarTVnl kijk eens naar de kosten van IB Noord", "press")]
    [InlineData("Als Vlaams parlementslid stel ik hier vragen over, IB Noord", "authority")]
    [InlineData("Dit gaat naar de N-VA, IB Noord", "authority")]
    [InlineData("IB Noord heeft mijn gegevens gelekt. Dit meld ik bij de AP", "authority")]
    [InlineData("FOD Economie krijgt dit dossier van IB Noord ook", "authority")]
    [InlineData("Ze vervalsen handtekeningen bij IB Noord", "fraud")]
    [InlineData("Nog 1x iemand van IB Noord aan mijn deur en het gaat mis, de knuppel ligt klaar", "abuse")]
    [InlineData("Teken de petitie tegen de kosten van IB Noord", "viral")]
    [InlineData("SCHOFTEN zijn het bij IB Noord", "abuse")]
    [InlineData("Ik stel IB Noord hierbij in gebreke", "legal")]
    [InlineData("Beschouw dit bericht als formele ingebrekestelling, IB Noord", "legal")]
    [InlineData("Ik stap naar de AP met dit datalek van IB Noord", "authority")]
    [InlineData("Ik heb de petitie tegen IB Noord al getekend", "viral")]
    [InlineData("Die medewerker van IB Noord rijdt in een rode Polo, toch? Zag hem gisteren op de parkeerplaats", "intimidation")]
    [InlineData("Deze dame werkt bij IB Noord. Haar Instagram staat in de reacties.", "intimidation")]
    [InlineData("Het nummer van die meneer van IB Noord: bel hem maar eens om middernacht", "intimidation")]
    [InlineData("Nog een brief van IB Noord en het wordt geen gezellig gesprek aan de balie", "intimidation")]
    [InlineData("Zou jammer zijn als iemand de privéadressen van IB Noord-medewerkers online zet", "intimidation")]
    [InlineData("Ik schrijf voor de studentenkrant over IB Noord", "press")]
    [InlineData("Twee mannen van IB Noord bij mijn buurvrouw aan de deur. Delen delen delen 📢", "viral")]
    [InlineData("Die vent van IB Noord belde mij, hier zijn nummer. Bel hem allemaal maar eens terug", "intimidation")]
    [InlineData("Die medewerker van IB Noord? Laat hem maar voelen hoe dat is", "intimidation")]
    [InlineData("Ik herken die stem van IB Noord wel als ik haar ooit tegenkom", "intimidation")]
    [InlineData("Die dame van IB Noord is een snol", "abuse")]
    [InlineData("Dit is identiteitsfraude en IB Noord, jullie werken eraan mee", "fraud")]
    [InlineData("IB Noord krijgt morgen een aangetekende brief van mij", "legal")]
    [InlineData("Laten we IB Noord vandaag laten trenden met al die kosten", "viral")]
    [InlineData("Tag 3 vrienden die ook een brief van IB Noord kregen", "viral")]
    [InlineData("Zet dit in je story, IB Noord rekent te veel", "viral")]
    [InlineData("Laten we met z'n allen hun contactformulier overspoelen, IB Noord moet het voelen", "viral")]
    [InlineData("Het radioprogramma van de regio wil IB Noord morgen spreken over de kosten", "press")]
    [InlineData("Als die man van IB Noord nog eens aanbelt krijgt hij een dreun voor zijn kop", "abuse")]
    [InlineData("Kom maar langs IB Noord, dan krijg je wat je verdient", "abuse")]
    [InlineData("ik ga IB Noord een aangetekende brief sturen", "legal")]
    [InlineData("IB Noord, jullie zijn medeplichtig aan identiteitsfraude", "fraud")]
    [InlineData("@IBNoord stelletje k*nkerlijers", "abuse")]
    [InlineData("Nog één aanmaning en ik sla jullie kantoor kort en klein", "abuse")]
    [InlineData("@PieterOmtzigt zie je hoe IB Noord met mensen omgaat?", "authority")]
    [InlineData("Volgende week een nieuwe aflevering over IB Noord, ze hebben nog niet gereageerd", "press")]
    [InlineData("We hebben IB Noord gevraagd te reageren op de verhalen", "press")]
    public void Classify_ReadsTheReason(string text, string reason)
    {
        var reading = Classifier.Value.Classify(text, 10);

        Assert.Contains(reading.Reasons, r => r.Code == reason);
    }

    /// <summary>Every mention of both sets goes in through the signed webhook; nothing is answered or published by itself.</summary>
    [Fact]
    public async Task EvaluationMentions_AreNeverAnsweredAutomatically()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = WebcareTestApp.Create(new()
        {
            ["Webcare:Meta:GraphBaseUrl"] = platform.BaseUrl, ["Webcare:X:ApiBaseUrl"] = platform.BaseUrl, ["Webcare:MaxBodyBytes"] = "65536",
        });
        var http = app.CreateHttpClient();
        var items = WebcareReport.Read(HeldOutPath).Concat(WebcareReport.Read(DevPath)).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            // Mentions of platforms we publish to arrive through a signed X delivery (the generic webhook refuses them);
            // the others through the generic one.
            var delivered = items[i].Platform is "x" or "facebook" or "instagram"
                ? await WebcareTestApp.PostTweetAsync(http, $"{1_900_000_000_000_000_000L + i}", items[i].Text, $"author{i % 40}", items[i].AuthorFollowers ?? 0)
                : await WebcareTestApp.PostGenericAsync(http, WebcareTestApp.GenericBody($"h{i}", items[i].Text, author: $"author{i % 40}",
                    followers: items[i].AuthorFollowers ?? 0));
            delivered.EnsureSuccessStatusCode();
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReplyOutbox>().PublishDueAsync();
            app.Clock.Advance(TimeSpan.FromDays(2));
            await scope.ServiceProvider.GetRequiredService<WebcareEscalation>().RunAsync();
            await scope.ServiceProvider.GetRequiredService<ReplyOutbox>().PublishDueAsync();
        }

        Assert.Equal(items.Count, await app.QueryAsync(db => db.Mentions.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.MentionReplies.CountAsync()));
        Assert.Equal(items.Count, await app.QueryAsync(db => db.Mentions.CountAsync(m => m.Status == MentionStatus.Open)));
        Assert.Empty(platform.Requests);
    }

    private static void AtLeast(double measured, double floor, string what) =>
        Assert.True(measured >= floor, $"{what}: {measured:P1}, floor {floor:P1}");
}
