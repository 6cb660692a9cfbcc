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
    public void Detect_IsUnsure_WhenWordsCanMeanIt(string text) =>
        Assert.Equal(CrisisSignal.Unsure, Detector.Detect(text).Signal);

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
    public void Detect_StillSeesASignal_BesideALookAlike(string text) =>
        Assert.NotEqual(CrisisSignal.None, Detector.Detect(text).Signal);

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
