using WebcareHub.Understanding;
using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// The distress and crisis models on phrasings written for these tests (the held-out sets measure them on
/// wording nobody tuned on; see <see cref="HeldOutTests"/>).
/// </summary>
public sealed class DistressDetectorTests
{
    private static readonly DistressDetector Detector = DistressDetector.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "understanding"));

    [Theory]
    [InlineData("ik wil dood")]
    [InlineData("soms wil ik er een eind aan maken")]
    [InlineData("I want to end my life")]
    [InlineData("mijn gezin is beter af zonder mij")]
    [InlineData("ik heb de slaappillen al verzameld")]
    [InlineData("zeg tegen mijn kinderen dat ik van ze hou")]
    [InlineData("'k wil nie meer leven")]
    [InlineData("i keep thinking about stepping in front of a train")]
    [InlineData("ik denk aan zelfmooord")]
    [InlineData("heb mijn spullen weggegeven, vanavond is het klaar")]
    [InlineData("eerlijk, ik ben beter af onder de grond")]
    [InlineData("ik wil z.s.m. dood")]
    [InlineData("💊💊💊💊 en dan ⚰️")]
    [InlineData("ze pakken mijn huis af, dan mogen ze mij er ook bij begraven, ik heb het allemaal al uitgedacht")]
    [InlineData("ik heb toen geprobeerd er een eind aan te maken en nu komt het terug")]
    [InlineData("ik spaar mijn oxazepam op")]
    [InlineData("ik heb stiekem weer een paar strips verzameld van mijn slaappillen")]
    public void Detect_FindsALikelyCrisis_InDirectAndIndirectWording(string text)
    {
        var found = Detector.Detect(text);

        Assert.Equal(CrisisSignal.Likely, found.Signal);
        Assert.Contains(DistressKind.Despair, found.Kinds);
        Assert.NotEmpty(found.Reasons);
    }

    [Theory]
    [InlineData("ik zie het allemaal niet meer zitten")]
    [InlineData("ik kan niet meer")]
    [InlineData("wil gewoon verdwijnen")]
    [InlineData("de 7e verdieping is hoog genoeg denk ik")]
    [InlineData("regel het maar tot maart, daarna is er niemand meer om te betalen")]
    [InlineData("weet niet of ik er dan nog ben")]
    [InlineData("er is niks meer van me over")]
    [InlineData("ben aan het uitzoeken hoe ik het ga doen")]
    [InlineData("de zomer ga ik niet meer halen")]
    [InlineData("voor mijn zoon ligt er een brief die hij pas later krijgt")]
    [InlineData("het stopt voor mij na kerst")]
    [InlineData("ik snij mijn armen als het te veel wordt")]
    [InlineData("my dad's old rifle is still in the house")]
    [InlineData("I'm just a weight hanging around my family's neck")]
    [InlineData("geen idee waarom ik het nog zou proberen")]
    [InlineData("soms zie ik het niet zitten om nog ouder te worden")]
    [InlineData("had gisteren expres te veel genomen, wat moet ik nog betalen")]
    [InlineData("how high is that railway bridge anyway")]
    [InlineData("ik sta nu op de brug bij het station")]
    [InlineData("geen idee of ik in januari nog leef")]
    [InlineData("reken maar rente tot 2030, ik ben er tegen die tijd toch niet meer")]
    [InlineData("which bridge has the best view, asking for myself")]
    [InlineData("elke ochtend weer teleurgesteld dat ik wakker word")]
    [InlineData("had liever niet overleefd toen, eerlijk gezegd")]
    [InlineData("benieuwd hoe koud het kanaal nu is")]
    [InlineData("het viaduct hier heeft geen hek, weet ik")]
    [InlineData("de rekeningen gaan nooit weg, ik wel")]
    [InlineData("na volgende week ben ik onbereikbaar, voorgoed")]
    [InlineData("alle papieren liggen klaar zodat ze het straks makkelijk hebben")]
    [InlineData("vraag voor een vriend, de vriend ben ik")]
    [InlineData("zit met gedachten die ik tegen niemand durf te zeggen")]
    [InlineData("als ze me straks vinden ligt alles tenminste op orde")]
    [InlineData("eerlijk? ik hoop dat ik het voorjaar niet haal")]
    [InlineData("iemand zoals ik kost alleen geld, mensen zoals ik zijn beter weg")]
    [InlineData("vervalt een schuld als iemand door eigen toedoen overlijdt?")]
    [InlineData("mijn zus zegt dat ik hulp moet zoeken omdat ik het vaak over doodgaan heb")]
    [InlineData("mijn vrouw weet niet dat ik vorige week een poging heb gedaan")]
    [InlineData("na nieuwjaar ben ik aan niks en niemand meer iets verplicht")]
    [InlineData("ik wil gewoon afhaken, voor altijd")]
    [InlineData("ben gestopt met mijn medicatie, waarom zou ik nog")]
    [InlineData("ik stop ermee, en niet alleen met de betalingen")]
    [InlineData("alleen nog tot de kerstvakantie voor de kinderen, dan is het op")]
    [InlineData("ik ben tachtig, ik heb lang genoeg geleefd")]
    [InlineData("I've run out of hope with all of it")]
    [InlineData("waarom ben ik eigenlijk nog hier op deze aarde")]
    [InlineData("als het te veel wordt sla ik mijn hoofd tegen de muur")]
    [InlineData("wat gebeurt er als ik al mijn slaaptabletten in een keer neem")]
    [InlineData("zat gisteren weer op de rand van het dak")]
    [InlineData("ze mag er niks van merken nadat ik, nou ja, je weet wel")]
    [InlineData("is de schuld weg als je overlijdt? zo ja, dan weet ik genoeg")]
    [InlineData("de huisarts wil geen euthanasie, mag niet, dan regel ik het wel zelf")]
    [InlineData("een stem in mijn hoofd zegt steeds dat ik moet springen")]
    [InlineData("betaal niks meer, ben er toch niet meer bij na kerst")]
    [InlineData("I keep thinking about just not existing anymore")]
    [InlineData("huur opgezegd, auto verkocht, het laatste wat nog openstaat is deze rekening")]
    [InlineData("een map gemaakt voor mijn broer, voor als het zover is")]
    [InlineData("tijd dat iemand de stekker eruit trekt, anders doe ik het zelf")]
    [InlineData("gisteren stond ik op het perron en dacht even: gewoon doorlopen")]
    [InlineData("ik heb een andere oplossing, en die kost niks")]
    [InlineData("als ze de voordeur forceren vinden ze me wel")]
    [InlineData("als ik de rivier in loop zijn jullie van me af")]
    [InlineData("dan hoeven mijn kinderen straks niks uit te zoeken")]
    [InlineData("stuur de post die na mij nog komt maar naar mijn zus")]
    [InlineData("misschien ga ik wel voor den tram liggen")]
    [InlineData("I'm at the end of my tether, and I mean that more literally than you think")]
    [InlineData("er zijn geen uitwegen meer, op die ene na")]
    [InlineData("ik praat elke avond tegen zijn foto en vraag hem of ik al mag komen")]
    [InlineData("mijn kaarsje is bijna op en ik geef het een zetje")]
    [InlineData("de sleutels liggen bij de buren voor degene die mij vindt")]
    [InlineData("to whoever finds me: the papers are in the drawer")]
    [InlineData("if I don't reply tomorrow, you know why")]
    [InlineData("als ik morgen niet meer reageer, weten jullie waarom")]
    [InlineData("ik wil alles afbetalen voor het weekend, zodat niemand er na mij nog mee zit")]
    [InlineData("hoe hoog is de Erasmusbrug eigenlijk? ach laat maar")]
    [InlineData("ik wil u nog bedanken voordat het te laat is. het ga jullie goed")]
    [InlineData("ik lig 's nachts te bedenken hoe ik het zo regel dat het op een ongeluk lijkt")]
    [InlineData("zonder mij geen schulden, zo simpel is het")]
    [InlineData("ik zit zo vast dat ik vaak aan de trein denk")]
    [InlineData("ik krab mezelf open van de stress als de post komt")]
    [InlineData("het moet een ongeluk lijken zodat de verzekering uitkeert")]
    [InlineData("i'll do it so it looks like an accident, then the insurance pays out")]
    [InlineData("thanks for everything before its too late, goodbye")]
    [InlineData("without me there are no bills")]
    [InlineData("ik moet steeds aan de spoorlijn denken")]
    [InlineData("ik wil zo eigenlijk gewoon niet meer leven")]
    [InlineData("bel me alsjeblieft terug voordat ik iets doms doe")]
    [InlineData("gisteravond stond ik weer bij het spoor")]
    [InlineData("dan moogt ge mij ook begraven")]
    [InlineData("schulden 📈 ik 🪦")]
    [InlineData("🌉⬇️")]
    [InlineData("als je dit ooit leest: het ligt niet aan jou, ik heb het echt geprobeerd")]
    [InlineData("If you ever read this, I really tried. It's not your fault.")]
    [InlineData("I tried to end it two years ago and lately it feels the same")]
    [InlineData("ik laat het op een auto-ongeluk lijken, dan keert alles uit")]
    [InlineData("I could make it look like a car crash")]
    public void Detect_IsUnsure_WhenWordsCanMeanIt(string text) =>
        Assert.Equal(CrisisSignal.Unsure, Detector.Detect(text).Signal);

    /// <summary>A word the file keeps out of an ignore pattern's gaps ends the span there; other words still slip in.</summary>
    [Theory]
    [InlineData("ik zie het echt niet zitten met die brieven", true)]
    [InlineData("ik zie het echt niet meer zitten met die brieven", false)]
    [InlineData("ik zie het gewoon niet zitten met die brieven", true)]
    public void Compile_KeepsTheGivenWordsOutOfGaps(string text, bool covered)
    {
        var book = new PhraseBook(null);
        var pattern = book.CompileAll(["ik zie het niet zitten met"], ["meer"]);
        var left = book.Read(text).Without(pattern).Words;
        Assert.Equal(covered, !left.Contains("zitten"));
    }

    /// <summary>A pattern compiled to stay in one clause never reaches across a clause mark, unless a "," in it says one
    /// may stand there; a mark between digits is no clause mark.</summary>
    [Theory]
    [InlineData("dood serieus", "ik wil dood serieus", true)]
    [InlineData("dood serieus", "ik wil dood. Serieus.", false)]
    [InlineData("dood serieus", "ik wil dood; serieus", false)]
    [InlineData("dood serieus", "ik wil dood: serieus", true)]
    [InlineData("de .. is mijn dood", "de brief ligt klaar, dit is mijn dood", false)]
    [InlineData("de .. is mijn dood", "de brief ligt klaar en dit is mijn dood", true)]
    [InlineData("eind aan maken , (aan)? dit abonnement", "een eind aan maken. Aan dit abonnement", true)]
    [InlineData("eind aan maken , (aan)? dit abonnement", "een eind aan maken, dit abonnement", true)]
    [InlineData("eind aan maken (aan)? dit abonnement", "een eind aan maken. Aan dit abonnement", false)]
    [InlineData("12 50 euro", "ik heb 12,50 euro betaald", true)]
    [InlineData("dood serieus", "ik wil dood - serieus", true)]
    [InlineData("dood serieus", "ik wil dood (serieus)", true)]
    [InlineData("dood serieus", "ik wil dood-serieus", true)]
    [InlineData("wil zsm weg", "ik wil z.s.m. weg", true)]
    public void Compile_KeepsAPatternInOneClause(string pattern, string text, bool covered)
    {
        var book = new PhraseBook(null);
        var compiled = book.CompileAll([pattern], inOneClause: true);
        Assert.Equal(covered, book.Read(text).FirstMatch(compiled) is not null);
    }

    [Theory]
    [InlineData("dood , serieus", false)]
    [InlineData(", dood serieus", true)]
    [InlineData("dood serieus ,", true)]
    public void Compile_RefusesACommaWhereItMeansNothing(string pattern, bool inOneClause) =>
        Assert.Throws<FormatException>(() => new PhraseBook(null).CompileAll([pattern], inOneClause: inOneClause));

    [Fact]
    public void Compile_MatchesAcrossClauses_WhenNotAskedToStayInOne()
    {
        var book = new PhraseBook(null);
        var compiled = book.CompileAll(["dood serieus"]);
        Assert.NotNull(book.Read("ik wil dood. Serieus.").FirstMatch(compiled));
    }

    /// <summary>A figure of speech kept for a signal it may have swallowed makes the bot ask, never answer at once: such
    /// figures are written to hold signal-like words.</summary>
    [Fact]
    public void Detect_AsksGently_WhenOnlyAKeptFigureOfSpeechShowsTheSignal()
    {
        var distress = Detector.Detect("Mijn huisarts gaat al mijn pillen afbouwen, daardoor ben ik moe");

        Assert.Equal(CrisisSignal.Unsure, distress.Signal);
        Assert.Contains(distress.Reasons, r => r.StartsWith("possible crisis (beside a figure of speech)", StringComparison.Ordinal));
    }

    /// <summary>A leading optional element that is left out opens no gap: the span starts at the first word matched.</summary>
    [Theory]
    [InlineData("ik ben erg moe", "erg moe")]
    [InlineData("ik ben heel erg moe", "heel erg moe")]
    public void Compile_StartsASpanAtItsFirstMatchedWord(string text, string words)
    {
        var book = new PhraseBook(null);
        var compiled = book.CompileAll(["(heel)? erg moe"]);
        Assert.Equal(words, book.Read(text).FirstMatch(compiled)?.Words);
    }

    /// <summary>A span tells which of its words no element of the pattern names: those in its gaps.</summary>
    [Fact]
    public void Without_ShowsTheRemovableWhichWordsStandInTheGaps()
    {
        var book = new PhraseBook(null);
        var pattern = book.CompileAll(["(file|flitser) .. (brug|viaduct)", "ik (wil)? dood"]);
        var gaps = new List<string>();

        book.Read("ik sta in de file straks spring ik van de brug").Without(pattern, (view, span) =>
        {
            gaps.AddRange(span.Gaps.Select(g => view.Words[g]));
            return false;
        });

        Assert.Equal(["straks", "spring", "ik", "van", "de"], gaps);
    }

    [Fact]
    public void Compile_RefusesNestedBrackets_InsteadOfReadingThemAsWords() =>
        Assert.Throws<FormatException>(() => new PhraseBook(null).Compile("(door eigen toedoen|by (my|his) own hand) .. dood"));

    [Theory]
    [InlineData("dit bedrijf maakt me kapot")]
    [InlineData("ik ben er klaar mee, ik wil klagen")]
    [InlineData("deze kosten worden nog eens mijn dood")]
    [InlineData("I'm dying to get this sorted")]
    [InlineData("ik wil die factuur zien")]
    [InlineData("ik kan niet meer dan 50 euro per maand betalen")]
    [InlineData("u hoeft me niet meer te bellen, ik betaal vrijdag")]
    [InlineData("mijn moeder is vorige maand overleden")]
    [InlineData("ik wil mijn abonnement stoppen")]
    [InlineData("ik zie het niet zitten om alles in een keer te betalen")]
    [InlineData("ik ben helemaal weg van die nieuwe regeling")]
    [InlineData("mijn uitvaartverzekering, moet ik die ook betalen?")]
    [InlineData("hoe ik het ga doen met de huur weet ik nog niet")]
    [InlineData("vandaag neem ik afscheid van mijn betalingsregeling, alles is afgelost")]
    [InlineData("we're moving back to Spain for good in March, can I pay the rest before I go?")]
    [InlineData("ik slik paracetamol tegen de koorts, daarom reageer ik pas nu")]
    [InlineData("mijn oma ligt op sterven, wat gebeurt er dan met haar rekeningen?")]
    [InlineData("ik wil er een punt achter zetten en alles in een keer betalen")]
    [InlineData("ik zie het niet zitten om alles nu al te betalen")]
    [InlineData("na een zwaar jaar zit mijn leven weer op de rails")]
    [InlineData("die schuld hangt als een molensteen om mijn nek")]
    [InlineData("ik maak het nu over, sorry dat ik zo laat ben. het hangt als een molensteen om mijn nek")]
    [InlineData("we stoppen met onze bakkerij in maart, de laatste factuur betaal ik nog")]
    [InlineData("mijn vader gaat naar een verpleeghuis, wie regelt zijn post?")]
    [InlineData("in die serie gaat iedereen dood haha, maar goed: mijn saldo?")]
    [InlineData("mijn broer heeft in de zomer een poging gedaan, ik heb veel bij hem gezeten en daarom ben ik te laat")]
    [InlineData("my sister attempted suicide in september so I missed two payments, she's getting help now")]
    [InlineData("mijn zoon heeft geprobeerd zichzelf iets aan te doen, daarom heb ik de brieven laten liggen")]
    [InlineData("ik sta op het viaduct in de file, kan ik zo terugbellen?")]
    [InlineData("ik kreeg een rekening van de apotheek voor mijn slaappillen, maar die was al betaald")]
    [InlineData("de apotheek geeft mijn medicijnen niet mee door een openstaand bedrag, ik heb die pillen nodig voor mijn hart")]
    [InlineData("we gaan kleiner wonen dus mijn meubels gaan weg, de regeling loopt gewoon door")]
    [InlineData("ik wou dat die schuld gewoon van de aardbodem verdween")]
    [InlineData("mijn huisarts laat me de antidepressiva afbouwen, het gaat veel beter")]
    [InlineData("de neuroloog heeft mijn medicatie aangepast, daarom kon ik niet werken")]
    [InlineData("mijn dokter haalde me van de slaappillen af, ik slaap nu prima")]
    [InlineData("ik ga volgende week onder het mes voor mijn knie")]
    [InlineData("dit is mijn laatste week op dit adres, stuur de post naar mijn nieuwe huis")]
    [InlineData("heb mijn laatste centen uitgegeven aan boodschappen, dus volgende week betaal ik")]
    [InlineData("ik ben klaar met alles wat met dit dossier te maken heeft")]
    [InlineData("I work for a suicide prevention hotline, so please keep your letters kind")]
    [InlineData("die belastingdienst brengt me nog eens in mijn graf")]
    [InlineData("na het bungeejumpen kreeg ik deze rekening van de club")]
    [InlineData("ik kan mijn hoofd wel tegen de muur slaan van die brieven")]
    [InlineData("de medewerker was heel rustig, we hebben een regeling waar ik goed mee kan leven")]
    [InlineData("wij bouwen aan de nieuwe brug bij Zwolle, bel me na vijven")]
    [InlineData("de ophaalbrug in het dorp bleef open, daardoor was ik te laat")]
    [InlineData("verhuisd naar een appartement op 9 hoog, stuur de post daarheen")]
    [InlineData("nog een brief en ik gooi mijn telefoon uit het raam")]
    [InlineData("ik wil niet meer bestaan in jullie klantenbestand")]
    [InlineData("laatste termijn betaald! dit is mijn laatste bericht aan jullie, fijne dag")]
    [InlineData("ik schrijf namens de familie van mevrouw De Vries, overleden op 3 november")]
    [InlineData("ik kan er niet meer bij met mijn verstand dat dit zo duur is")]
    [InlineData("webshop gestopt, voorraad verkocht, het laatste wat nog openstaat is deze factuur")]
    [InlineData("ik wil er een eind aan maken, aan dat telefoonabonnement bedoel ik")]
    [InlineData("kan ik het in meer stappen betalen?")]
    [InlineData("als niemand me terugbelt doe ik het zelf wel via de bank")]
    [InlineData("ik rij elke dag langs de maas naar mijn werk")]
    [InlineData("ik maak er vandaag een eind aan: ik betaal alles in één keer")]
    [InlineData("ik wil graag weten welke factuur dit is")]
    [InlineData("ik bedoel letterlijk het bedrag op de brief van vorige week")]
    [InlineData("bedoel je dat letterlijk? moet ik echt binnen 14 dagen betalen?")]
    [InlineData("jullie geven me geen opties behalve die ene betalingsregeling van 100 euro")]
    [InlineData("ik heb de deurwaarder gebeld en vroeg hem of ik langs mocht komen")]
    [InlineData("ik heb een kort lontje vandaag, sorry. kunnen jullie me helpen? ik kom er niet uit")]
    [InlineData("als ik niet reageer voor vrijdag, weten jullie genoeg: dan ga ik akkoord")]
    [InlineData("het kan me niet schelen wie me zielig vindt, ik wil een regeling")]
    [InlineData("wil me het liefst verstoppen onder een deken tot de feestdagen voorbij zijn")]
    [InlineData("mijn medicijnen staan klaar voor de ingreep morgen, kan de betaling een week later?")]
    [InlineData("end my suffering and just tell me what I owe, please")]
    [InlineData("de schuldenaar is overleden en ik ben de persoon die de erfenis regelt")]
    [InlineData("ik woon aan de gracht en durf de post niet meer open te maken")]
    [InlineData("ik verhuis naar de andere kant van het land, kan mijn adres veranderen?")]
    [InlineData("zodra mijn opdrachtgever over de brug komt betaal ik alles")]
    [InlineData("dit is de laatste betaling, daarna wil ik nooit meer iets van jullie horen")]
    [InlineData("als Ajax zo speelt overleef ik dit seizoen niet, betaling komt vrijdag")]
    [InlineData("los dit op zodat niemand na mij dezelfde fout hoeft mee te maken")]
    [InlineData("hoe hoog is de rente eigenlijk? laat maar, ik zie het al")]
    [InlineData("betaal voordat het te laat is, staat er op de brief. is dat een dreigement?")]
    [InlineData("ik wil graag een regeling treffen voordat het te laat is. het beste, Piet")]
    [InlineData("U mag ook mijn zoon bellen, zonder mij is dat geen probleem")]
    [InlineData("de expert zegt dat de schade niet op een ongeluk lijkt maar op opzet")]
    [InlineData("ik werk aan het spoor, denk dat ik vrijdag kan betalen")]
    [InlineData("ik heb geen zin meer om te betalen")]
    [InlineData("ik ben liever dood dan dat ik nog meer betaal")]
    [InlineData("ik ga dood van de stress, maar wil wel betalen")]
    [InlineData("ik wil niet dat mijn moeder doodmoe wordt van die brieven")]
    [InlineData("hoe hoog is de boete van de parkeergarage?")]
    [InlineData("ik krab mezelf open door mijn eczeem, daarom ben ik te laat met de rekening")]
    [InlineData("I would rather die than ring your number one more time")]
    [InlineData("ik maak er een eind aan: het abonnement bij Ziggo zeg ik op")]
    [InlineData("mijn tante is vorig jaar door zelfdoding overleden, ik regel haar post")]
    [InlineData("mijn opa had een levensverzekering en daarmee los ik de schuld af")]
    [InlineData("de levensverzekering keert volgend jaar uit, kan ik dan alles aflossen?")]
    [InlineData("graag wil ik verdwijnen van uw bellijst")]
    [InlineData("de trein had weer een uur vertraging, daarom bel ik nu pas")]
    [InlineData("ik heb touw gekocht voor de verhuizing van de piano, staat dat op de rekening?")]
    [InlineData("die lening hangt als een molensteen om mijn nek, maar vanaf maart kan ik 50 per maand")]
    [InlineData("dit wordt mijn laatste jaar met schulden, ik wil alles aflossen")]
    [InlineData("ik ben nog lang niet klaar met het leven, wel met jullie brieven")]
    [InlineData("dit is mijn laatste bericht op facebook, ik stop met social media, mail me voortaan")]
    [InlineData("ik ga hem tegemoet lopen bij het station, bel me later")]
    [InlineData("ik dacht echt: dit overleef ik niet, financieel dan. nu gaat het beter")]
    [InlineData("vanaf maandag ben ik er niet, we gaan twee weken naar familie in Marokko")]
    [InlineData("Is er niemand om mij te helpen? Ik bel al een uur")]
    [InlineData("Your colleague said he would call me back himself")]
    [InlineData("Het geld is allang weg, ik heb het aan de huur uitgegeven")]
    [InlineData("Ik heb drie betalingen gedaan en ik wil weten waar ze zijn")]
    [InlineData("mijn spaarpot is overleden 🪦 vrijdag komt mijn salaris")]
    [InlineData("mijn wasmachine heeft het loodje gelegd, dus deze maand wordt krap")]
    [InlineData("Ik heb het echt geprobeerd om te betalen, het ligt niet aan u, maar het lukt gewoon niet")]
    [InlineData("Het ligt niet aan jullie, de hele wereld is duurder geworden")]
    [InlineData("Laat me weten of de kosten voor het begraven van mijn vader geregeld zijn")]
    [InlineData("Kunt u mij uitstel geven? Wij moeten oma begraven")]
    [InlineData("Ik zit in de bus 👇 hieronder mijn rekeningnummer")]
    [InlineData("Ik sta bij de overweg te wachten, de bomen zijn dicht")]
    [InlineData("Gisteravond zat ik nog tot laat op het dak te werken, daarom bel ik nu")]
    [InlineData("ik maak er een eind aan (aan het abonnement bedoel ik)")]
    [InlineData("I tried to end it with my ex, but the loan is still in both names")]
    [InlineData("ik spaar voor mijn medicijnen, die worden niet vergoed, dus ik betaal 20 per maand")]
    [InlineData("ik heb als kind alle strips van Suske en Wiske verzameld en die verkoop ik nu")]
    [InlineData("this is my last message to you because everything is paid off, thanks")]
    [InlineData("laatste bericht aan jullie want de schuld is afgelost, fijne dag")]
    [InlineData("ik wil mijn uitvaartverzekering overzetten naar een goedkopere polis")]
    [InlineData("we are doing some estate planning with our notary, can the plan be in both names?")]
    [InlineData("mijn nonkel heeft lang geleden een zelfmoordpoging gedaan, ik ben nu zijn bewindvoerder")]
    [InlineData("ik heb mezelf lelijk in de vingers gesneden met die telefoon op afbetaling")]
    [InlineData("ik wil niet meer leven op krediet, dus geen nieuwe lening aub")]
    [InlineData("geen reden om vroeg op te staan als jullie pas om negen uur opengaan")]
    [InlineData("I don't think I'll be around on Friday for the call, can we do Monday?")]
    [InlineData("ik verdien niet genoeg om eten en huur te betalen")]
    [InlineData("we don't deserve food vouchers apparently, we earn too much")]
    [InlineData("dit is dan mijn laatste bericht aan jullie: de rest is vandaag overgemaakt, groeten")]
    [InlineData("I'm moving to Portugal, so this is my last message. Everything is paid, please delete my details")]
    [InlineData("last instalment paid, it's done! thanks for the patience")]
    [InlineData("the payment will be done before the 20th")]
    [InlineData("my doctor prescribed sleeping pills for the jet lag, that's why I missed your call")]
    [InlineData("ik heb op voorschrift slaappillen sinds ik ploegendiensten draai, bel me na twee uur")]
    [InlineData("klimtouw en gordel heb ik teruggebracht, waarom krijg ik nog een factuur van de klimhal?")]
    [InlineData("sorry, net in mijn duim gesneden met het broodmes, ik typ langzaam. kan ik vrijdag betalen?")]
    [InlineData("als machinist heb ik meegemaakt dat iemand voor mijn trein sprong, daarom was ik een tijd thuis")]
    [InlineData("ik ga stoppen zodra de laatste termijn betaald is, met die automatische incasso bedoel ik")]
    [InlineData("ik maak er een eind aan: dat abonnement stop ik vandaag nog")]
    [InlineData("I want to end everything with your company, close my file please")]
    [InlineData("Ik regel mijn zaken voor na mijn verhuizing, stuur de post naar mijn nieuwe adres")]
    [InlineData("ik heb me gesneden tijdens het koken, ik typ met één hand")]
    [InlineData("de huisarts heeft me slaappillen voorgeschreven na mijn heupoperatie")]
    [InlineData("we hebben touw en verhuisdozen gekocht, dus deze maand betaal ik minder")]
    [InlineData("alles afgelost, vanaf nu hebben jullie geen last meer van mij!")]
    [InlineData("als die wachtmuziek nog één keer speelt spring ik uit het raam 😂")]
    [InlineData("met dit bedrag kan ik beter mijn eigen graf graven haha")]
    [InlineData("ons team verloor weer, ik wil dood 😂 betaling komt vrijdag")]
    [InlineData("in het boek ensceneert iemand zijn eigen dood, niet dat ik dat van plan ben")]
    [InlineData("I don't want to be a burden on my parents, so I'd like a payment plan in my own name")]
    [InlineData("sorry, ik werd niet wakker van mijn wekker")]
    [InlineData("ik sta op het perron en mijn trein heeft vertraging, kan ik nu betalen?")]
    [InlineData("ik ben er even niet, dan zit ik twee maanden op zee")]
    [InlineData("our dog died last week, I'll call about the plan tomorrow")]
    [InlineData("volgende week maak ik het over, deze maand ben ik wat laat")]
    [InlineData("auto tegen een boom geslipt door de gladheid, maar ik ben ok")]
    [InlineData("ik geef mijn meubels weg want we gaan kleiner wonen")]
    [InlineData("stop maar met die aanmaningen, het heeft geen zin: ik zit in de schuldsanering")]
    [InlineData("dit is mijn laatste bericht vanuit Nederland, vanaf morgen woon ik in Canada")]
    [InlineData("ik heb slaappillen van de huisarts omdat ik nachtdiensten draai")]
    [InlineData("nog een week en dan heb ik mijn plan rond voor de betaling")]
    [InlineData("Alles betaald! Dossier mag dicht. Doei allemaal")]
    [InlineData("een regeling zou een opluchting zijn, het dossier mag dan dicht")]
    [InlineData("laatste termijn betaald, kost jullie geen moeite meer")]
    public void Detect_RaisesNoCrisis_OnLookAlikes(string text) =>
        Assert.Equal(CrisisSignal.None, Detector.Detect(text).Signal);

    /// <summary>A look-alike span is removed whole, so none may swallow a signal beside or inside it.</summary>
    [Theory]
    [InlineData("laatste termijn betaald, ik wil dood, dit is mijn laatste bericht")]
    [InlineData("ik schrijf namens de familie, ik wil dood, als ik overleden ben")]
    [InlineData("ik gooi de telefoon en mezelf uit het raam")]
    [InlineData("ik sta op de brug, niemand houdt me tegen, het hek staat open")]
    [InlineData("ik ga na het werk bij de brug springen")]
    [InlineData("verhuisd naar een flat, de 7e verdieping is hoog genoeg denk ik")]
    [InlineData("ik wil er een eind aan maken, aan dat abonnement en aan mijn leven")]
    [InlineData("we sluiten een levensverzekering af en dan spring ik van de brug")]
    [InlineData("ik maak er een eind aan vandaag, ik spring voor de trein, betalen doe ik toch niet meer")]
    [InlineData("ik maak er een eind aan, ik wil dood, ik kan alles niet meer betalen")]
    [InlineData("ik wil er een eind aan maken, aan mijn leven en aan die schulden")]
    [InlineData("ik sluit een levensverzekering af, dan krijgen mijn kinderen het verzekeringsgeld")]
    [InlineData("toen ik de brief opende zag ik geen uitweg en nu wil ik niet meer leven, help")]
    [InlineData("ik ben bang dat ik niet meer wakker word, en eigenlijk hoop ik het ook")]
    [InlineData("ik kom nooit meer terug, niet bij mijn werk, niet thuis")]
    [InlineData("ik emigreer volgende maand, maar eigenlijk wil ik gewoon dood")]
    [InlineData("we verhuizen naar een flat op de 12e verdieping, hoog genoeg om te springen")]
    [InlineData("ik verhuis binnenkort naar het kerkhof, regel het maar met mijn zus")]
    [InlineData("mijn pillen liggen klaar voor de operatie en ik neem ze allemaal in een keer")]
    [InlineData("de pillen liggen klaar voor de reis waar ik niet van terugkom")]
    [InlineData("please end my suffering and just tell my kids I love them")]
    [InlineData("mijn vader heeft een einde aan zijn leven gemaakt en ik wil hetzelfde doen")]
    [InlineData("ik neem afscheid van deze stad, voor altijd")]
    [InlineData("dit is het einde van mijn spaargeld en van mijn leven")]
    [InlineData("wat gebeurt er met mijn schuld als ik overlijd? ik ben de schuldenaar en ik ben het zat")]
    [InlineData("ik zit al uren bij de rivier. ik durf het nog niet")]
    [InlineData("de klant komt over de brug, en ik spring er vanaf")]
    [InlineData("ik ga mezelf niets aandoen vandaag, maar morgen spring ik van de brug")]
    [InlineData("ik ben niet suïcidaal zeggen ze, maar ik wil gewoon dood")]
    [InlineData("ik ben niet suïcidaal maar ik heb wel een touw gekocht")]
    [InlineData("I'm not going to hurt myself, I'm going to end my life")]
    [InlineData("ik spring niet van een brug, ik ga voor de trein liggen")]
    [InlineData("mijn telefoon is bijna leeg, als ik niet meer reageer weet je waarom, ik heb de pillen al genomen")]
    [InlineData("ik overleef dit seizoen niet, ik wil dood")]
    [InlineData("ik kom voorlopig niet terug, misschien nooit meer, ik wil er niet meer zijn")]
    [InlineData("als PSV verliest overleef ik dit seizoen niet want ik spring van de flat")]
    [InlineData("mijn telefoon is bijna leeg dus als ik niet meer reageer, het is goed zo, zeg mama dat ik van haar hou")]
    [InlineData("ik zie het echt niet meer zitten met al die schulden")]
    [InlineData("ik zie het niet meer zitten om nog wakker te worden")]
    [InlineData("ik wil dood, echt serieus")]
    [InlineData("ik ben liever dood op dit moment")]
    [InlineData("ik wil echt dood gewoon")]
    [InlineData("ik wil dood, de lijn van 113 is bezet")]
    [InlineData("ik stond in de file en dacht: straks spring ik van de brug")]
    [InlineData("ik neem afscheid van het leven, jullie zien jullie geld nooit")]
    [InlineData("mijn kinderen zijn al beter af als ik dood ben")]
    [InlineData("de enige uitweg is mijn dood")]
    [InlineData("ik wil echt gewoon dood. Serieus.")]
    [InlineData("de afscheidsbrief ligt klaar, deze schulden zijn mijn dood")]
    [InlineData("ik maak er een eind aan, de schulden worden me te veel")]
    [InlineData("ik heb mezelf toen iets aangedaan en nu komt dit er weer bij")]
    [InlineData("mijn vrouw zegt dat ze er een einde aan maakt als we het huis uit moeten")]
    [InlineData("sinds mijn dochter er niet meer is wil ik gewoon waar zij nu is")]
    [InlineData("ik wacht alleen nog op de dood, stuur de brieven maar")]
    [InlineData("de dood komt toch wel, ik ga hem tegemoet")]
    [InlineData("sinds de aanmaningen ben ik weer begonnen met snijden")]
    [InlineData("stuur gerust nog een brief, na de kerst is er niemand meer om hem te lezen")]
    [InlineData("ik wil hier eigenlijk niet meer zijn")]
    [InlineData("ik zit nu boven op de parkeergarage, hoeveel moest ik nog?")]
    [InlineData("ik regel het zo dat niemand mij hoeft te vinden")]
    [InlineData("ik weet niet meer waarom ik nog elke dag opsta")]
    [InlineData("ik bid elke avond dat God mij komt halen")]
    [InlineData("ik ben dood meer waard dan levend met deze schulden")]
    [InlineData("tell my mum i'm sorry for everything")]
    [InlineData("ik heb vannacht de pillen geteld")]
    [InlineData("de regeling van twee jaar hoeft niet, ik ben allang weg 💀")]
    [InlineData("ik spring voor de trein en dan hebben jullie ook eens vertraging")]
    [InlineData("ik ben onderweg naar de brug jullie zijn toch dicht na vijf uur")]
    [InlineData("ik heb een touw gekocht want de bank pakt mijn huis af")]
    [InlineData("na de verhuizing heb ik alleen nog een touw nodig voor mezelf")]
    [InlineData("ik overleef dit niet financieel en emotioneel ook niet")]
    [InlineData("ik wil er niet meer zijn, ik ga twee weken naar het bos en kom niet terug")]
    [InlineData("mijn uitvaart is al lang geregeld, dus wat maakt het uit")]
    [InlineData("Mijn therapeut zegt dat ik nog niet klaar ben met het leven maar ik ben het wel")]
    [InlineData("dit is mijn laatste bericht op facebook. ik hou van jullie allemaal")]
    [InlineData("Dit wordt mijn laatste bericht van dit account. Zorg goed voor mijn kat.")]
    [InlineData("ik wil gewoon weg uit die wereld")]
    [InlineData("voel me als een strop om mijn nek en binnenkort trek ik hem aan")]
    [InlineData("ik ga ergens heen waar niemand me ooit vindt")]
    [InlineData("ik ben er niet meer, ik ga twee weken naar de overkant en dan is het voorbij")]
    [InlineData("Als iemand nog 1 keer belt pleeg ik zelfmoord")]
    [InlineData("Ik neem afscheid van Nederland en van het leven")]
    [InlineData("volgende maand ben ik er niet meer, ik verhuis naar het kerkhof")]
    [InlineData("ik heb me gesneden aan een mes, expres, in mijn pols gesneden")]
    [InlineData("als budgetcoach hoor ik van klanten dat ze dood willen en ik wil zelf ook dood")]
    [InlineData("ik gebruik mijn oxazepam elke nacht en heb er 40 opgespaard")]
    [InlineData("Morgen ben ik er niet meer, ik ga naar Belgie en daar laat ik me inslapen")]
    [InlineData("Mijn klanten zeggen dat ze zelfmoord willen plegen, ik ook")]
    [InlineData("Ik wil echt even van de aardbodem verdwijnen, dagen al lig ik te huilen")]
    [InlineData("ik heb me gesneden aan een mes, niet per ongeluk")]
    [InlineData("ik heb mijn testament gewijzigd en dit is het laatste wat ik nog moest doen")]
    [InlineData("dit is mijn laatste bericht, alles is betaald en morgen ben ik er niet meer")]
    [InlineData("ik verhuis voorgoed naar Spanje. ik wil niet meer leven")]
    [InlineData("ik heb mezelf weer in mijn hand gesneden, niet per ongeluk")]
    [InlineData("in die serie springt iemand van een flat en eerlijk, dat wil ik ook")]
    [InlineData("de auto staat aan in de schuur en ik zit erin")]
    [InlineData("ik heb me in de vingers gesneden met opzet")]
    [InlineData("net in mijn vinger gesneden met het mes. en nee, niet per ongeluk")]
    [InlineData("laatste termijn betaald, het is klaar. nu kan ik eindelijk rustig gaan")]
    [InlineData("final payment sent. I told myself I'd end it once it was paid off")]
    [InlineData("alles betaald, dit is mijn laatste bericht. de schuld sterft voordat ik het doe")]
    [InlineData("my will is done and the letters are written")]
    [InlineData("iemand stapte voor mijn trein, en nu wil ik ook zo gaan")]
    [InlineData("mijn pillen heb ik opgespaard, een hele la vol")]
    [InlineData("doei allemaal, het kost jullie geen moeite meer")]
    [InlineData("eerlijk gezegd zou doodgaan een opluchting zijn")]
    [InlineData("dood zijn zou eerlijk gezegd een opluchting zijn")]
    [InlineData("boeit niet meer. nog twee dagen en jullie zijn van me af")]
    [InlineData("ik heb in de garage alles al klaargelegd, de regeling hoeft niet meer")]
    [InlineData("boeit allemaal niet meer, nog een week en dan zijn jullie van me af")]
    [InlineData("de huisarts gaf me slaappillen, ik spaar ze op")]
    [InlineData("niet dat ik dat van plan ben, maar soms wil ik dood")]
    public void Detect_StillSeesASignal_BesideALookAlike(string text) =>
        Assert.NotEqual(CrisisSignal.None, Detector.Detect(text).Signal);

    /// <summary>Quiet signals without a word of death: no reason left to get up, not expecting to be around, not
    /// deserving food, following a partner who died. The bot asks gently.</summary>
    [Theory]
    [InlineData("ik zie geen reden meer om op te staan, ook niet voor de kinderen")]
    [InlineData("honestly don't think i'll be around next year either, so whatever")]
    [InlineData("ik ben het niet waard om te eten zolang de schuld er is")]
    [InlineData("eten heb ik niet verdiend zolang ik jullie nog moet betalen")]
    [InlineData("sinds mijn man dood is denk ik dat ik hem maar beter achterna kan gaan")]
    public void Detect_AsksGently_OnQuietSignals(string text) =>
        Assert.Equal(CrisisSignal.Unsure, Detector.Detect(text).Signal);

    /// <summary>A likely signal found only inside the customer's own denial gets the gentle question, not 113 at once.</summary>
    [Theory]
    [InlineData("voor de duidelijkheid: ik ben niet suïcidaal, ik ben boos")]
    [InlineData("ik ben niet depressief of suicidaal, ik wil een regeling")]
    [InlineData("No I'm not going to hurt myself, I'm just tired of your letters")]
    [InlineData("jullie bot vroeg of ik aan zelfmoord dacht. nee! ik wil mijn rekeningnummer wijzigen")]
    [InlineData("ik ben niet meer suicidaal, ik heb nu een plan")]
    [InlineData("nee, ik denk echt niet aan zelfmoord, ik ben gewoon kwaad over die aanmaning")]
    [InlineData("de medewerker vroeg of ik mezelf iets zou aandoen. nee hoor, ik was alleen boos")]
    [InlineData("wat doen jullie als een klant zegt dat hij suïcidaal is? het is voor mijn werk")]
    [InlineData("nee, ik denk er niet aan mezelf iets aan te doen, ik ben alleen moe")]
    [InlineData("Ik ga mezelf niks aandoen hoor, ik ga wel snijden in mijn uitgaven")]
    [InlineData("Nee ik denk niet aan zelfmoord hoor, ik ga het gewoon doen: elke maand 50 euro betalen")]
    public void Detect_AsksGently_WhenTheOnlySignalIsDenied(string text)
    {
        var distress = Detector.Detect(text);

        Assert.Equal(CrisisSignal.Unsure, distress.Signal);
        Assert.Contains(distress.Reasons, r => r.StartsWith("possible crisis (denied)", StringComparison.Ordinal));
    }

    /// <summary>A denial never softens a signal beside it.</summary>
    [Theory]
    [InlineData("ik ben niet suïcidaal zeggen ze, maar ik wil gewoon dood")]
    [InlineData("ik ben niet suicidaal maar ik heb wel een touw gekocht")]
    [InlineData("ik ga mezelf niets aandoen vandaag, maar morgen spring ik van de brug")]
    [InlineData("I'm not going to hurt myself, I'm going to end my life")]
    [InlineData("Ik ben nog nooit zo suïcidaal geweest als nu.")]
    [InlineData("I have never felt more suicidal than today.")]
    [InlineData("Mijn huisarts vroeg of ik aan zelfmoord dacht. Ja dus.")]
    [InlineData("Why not just kill myself at this point.")]
    [InlineData("Ik spring niet van de brug, ik ga voor de trein.")]
    [InlineData("ik denk niet aan zelfmoord, ik ga het gewoon doen")]
    [InlineData("ik ben niet suïcidaal, ik ga het gewoon doen")]
    [InlineData("Ik denk niet aan zelfmoord, 'k ga 't gewoon doen")]
    public void Detect_KeepsALikelySignal_BesideADenial(string text) =>
        Assert.Equal(CrisisSignal.Likely, Detector.Detect(text).Signal);

    [Theory]
    [InlineData("DIT IS ECHT BELACHELIJK WAT JULLIE DOEN", DistressKind.Anger)]
    [InlineData("waarom krijg ik dit!!!", DistressKind.Anger)]
    [InlineData("wat een k*tbedrijf", DistressKind.Anger)]
    [InlineData("top service weer hoor 🙄", DistressKind.Anger)]
    [InlineData("ik durf de brieven niet meer open te maken", DistressKind.Fear)]
    [InlineData("mijn hart bonst als de bel gaat", DistressKind.Fear)]
    [InlineData("ik lig er al weken wakker van", DistressKind.Fear)]
    [InlineData("ik verdrink in de rekeningen", DistressKind.Despair)]
    [InlineData("ik weet het niet meer", DistressKind.Despair)]
    [InlineData("mijn man is in september overleden en nu dit", DistressKind.Grief)]
    [InlineData("ik schaam me kapot", DistressKind.Shame)]
    [InlineData("wat zullen de buren wel niet denken", DistressKind.Shame)]
    [InlineData("😰 ik weet niet wat ik moet doen", DistressKind.Fear)]
    [InlineData("hoe vaak moet ik het nog uitleggen, de 12e betaal ik", DistressKind.Anger)]
    [InlineData("ik betaal vrijdag, dus laat me nu met rust", DistressKind.Anger)]
    [InlineData("bravo hoor, nog een brief", DistressKind.Anger)]
    [InlineData("hallo, zit daar nog iemand of niet", DistressKind.Anger)]
    [InlineData("die rente hebben jullie zelf verzonnen", DistressKind.Anger)]
    [InlineData("hoe vaak nog? ik heb het bewijs al drie keer gestuurd", DistressKind.Anger)]
    [InlineData("mijn ex zou de helft betalen maar doet natuurlijk weer eens niks", DistressKind.Anger)]
    [InlineData("wat een stel cowboys, twee keer dezelfde brief", DistressKind.Anger)]
    public void Detect_NamesTheKindOfFeeling(string text, DistressKind kind) =>
        Assert.Contains(kind, Detector.Detect(text).Kinds);

    [Theory]
    [InlineData("ik betaal vrijdag F2026-00012")]
    [InlineData("Mijn postcode is 1234 AB")]
    [InlineData("ik zal ervoor zorgen dat het betaald wordt")]
    [InlineData("geen zorgen, ik maak het morgen over")]
    [InlineData("ik ben 200 euro schuldig volgens de brief")]
    public void Detect_FindsNoDistress_InPlainMessages(string text) =>
        Assert.False(Detector.Detect(text).Any);
}
