using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// A crisis signal told of someone close gets the answer for a worried relative; anything of the customer's own keeps
/// the customer's answer, which is the default.
/// </summary>
public sealed class SomeoneCloseTests
{

    private static Distress Read(string text) => TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30)).Distress;

    [Theory]
    [InlineData("mijn zoon zegt dat hij er een eind aan wil maken", CrisisSignal.Likely)]
    [InlineData("mijn vrouw wil niet meer leven, wat moet ik doen", CrisisSignal.Likely)]
    [InlineData("ik maak me zorgen om mijn vader, hij praat over zelfmoord", CrisisSignal.Likely)]
    [InlineData("mijn zus heeft pillen gespaard en zegt dat ze het zondag gaat doen", CrisisSignal.Likely)]
    [InlineData("mijn dochter appte me dat ze niet meer wil leven", CrisisSignal.Likely)]
    [InlineData("my mom told me she has been saving her pills", CrisisSignal.Likely)]
    [InlineData("mijn man wil voor de trein springen, ik weet niet wat ik moet doen", CrisisSignal.Likely)]
    [InlineData("my brother says he wants to kill himself", CrisisSignal.Unsure)]
    [InlineData("mijne zoon zegt dat hij zich gaat ophangen, wat moet ik doen", CrisisSignal.Unsure)]
    [InlineData("een vriend van mij zegt dat hij zich van kant wil maken", CrisisSignal.Unsure)]
    [InlineData("mijn dochter snijdt zichzelf", CrisisSignal.Unsure)]
    [InlineData("mijn oudste zoon zegt dat hij dood wil", CrisisSignal.Unsure)]
    // Round 37: reports no pattern of oneself reads (an attempt survived or happening now, third-person threats).
    [InlineData("mijn broer heeft vorige maand een zelfmoordpoging gedaan en nu komt er weer een aanmaning", CrisisSignal.Likely)]
    [InlineData("mijn zoon dreigt zich op te hangen als hij die boete moet betalen", CrisisSignal.Likely)]
    [InlineData("my flatmate says he's going to kill himself", CrisisSignal.Likely)]
    [InlineData("mijn stiefdochter heeft een zelfmoordpoging gedaan, wat moet ik doen", CrisisSignal.Likely)]
    // Round 54's blind set F, in other words: taken into hospital after an overdose.
    [InlineData("onze dochter ligt in het ziekenhuis na een overdosis, kan het dossier even stil?", CrisisSignal.Likely)]
    [InlineData("my brother told me he wants to die, he owes you money", CrisisSignal.Likely)]
    [InlineData("mijn moeder heeft gisteren een zelfmoord poging gedaan, ze ligt op de IC", CrisisSignal.Likely)]
    // Round 52's second blind set: wounds someone close says they make themselves.
    [InlineData("mijn zoon heeft snijwonden op zijn armen en zegt dat hij het zelf doet", CrisisSignal.Likely)]
    public void ASignalOfSomeoneClose_IsTheirs(string text, CrisisSignal signal)
    {
        var read = Read(text);

        Assert.Equal(signal, read.Signal);
        Assert.True(read.AboutSomeoneClose);
    }

    [Theory]
    [InlineData("mijn kinderen zijn beter af zonder mij")]
    [InlineData("mijn kinderen zijn beter af zonder een moeder met schulden")]
    [InlineData("mijn moeder wil niet meer leven en ik ook niet")]
    [InlineData("mijn man is dood en ik wil ook niet meer")]
    [InlineData("sinds mijn vrouw weg is wil ik niet meer leven")]
    [InlineData("mijn vrouw is weg, niet meer leven zo")]
    [InlineData("vertel mijn dochter dat het niet haar schuld was")]
    [InlineData("ik heb een brief voor mijn kinderen geschreven, jullie hoeven me na deze week niet meer te mailen")]
    [InlineData("mijn vrouw krijgt de levensverzekering wel, dan is alles afbetaald")]
    [InlineData("kunt u dit doorgeven aan mijn broer als hij belt: sorry voor alles")]
    [InlineData("ik heb alles opgeschreven voor mijn ouders. ze hoeven straks niks uit te zoeken als ik er niet ben")]
    [InlineData("mijn vrouw weet niet dat ik pillen spaar")]
    // The review's attacks: someone close who is away or will find the writer, a parent naming themselves, the writer
    // going along, "we", a word of oneself after a helper's phrase, the learned reader alone.
    [InlineData("mijn kinderen gaan vrijdag naar mijn ex. zodra ze weg zijn gaan alle pillen erin")]
    [InlineData("mijn man is een week weg. hij vindt de strop pas als hij terug is")]
    [InlineData("mijn dochter is op kamp. als ze terug is zal ze de afscheidsbrief vinden")]
    [InlineData("voor mijn kinderen: jullie moeder wil niet meer leven")]
    [InlineData("mijn kinderen mama is het leven moe")]
    [InlineData("mijn vrouw wil er een eind aan maken en ik denk er zelf ook aan")]
    [InlineData("mijn man heeft pillen gespaard voor ons allebei")]
    [InlineData("mijn zoon zegt dat hij zich ophangt. ik weet niet wat ik moet doen. ik ben er zelf ook klaar mee")]
    [InlineData("de kids zijn bij mijn ex, hij weet niet dat ik vanavond de pillen neem")]
    public void ASignalOfOneself_KeepsTheCustomersOwnAnswer(string text)
    {
        var read = Read(text);

        Assert.NotEqual(CrisisSignal.None, read.Signal);
        Assert.False(read.AboutSomeoneClose);
    }

    [Theory]
    [InlineData("mijn broer is aan een overdosis overleden, nu krijg ik zijn rekeningen")]
    [InlineData("mijn oom heeft jaren geleden een zelfmoordpoging gedaan, nu gaat het goed")]
    [InlineData("mijn dochter heeft een poging gedaan om haar rijbewijs te halen")]
    [InlineData("mijn vrouw heeft haar pillen genomen voor de bloeddruk")]
    [InlineData("mijn zoon heeft zich gesneden aan een glas bij de afwas")]
    [InlineData("mijn vriend heeft een overdosis koffie gehad vandaag lol")]
    [InlineData("mijn man heeft zich in zijn arm gesneden met de heggenschaar, kan de incasso even wachten")]
    [InlineData("mijn vrouw start volgende maand een nieuwe ivf poging in het ziekenhuis")]
    [InlineData("mijn moeder moet al haar pillen in een weekdoos doen, ik help haar daar zondags mee")]
    public void AStoryOfSomeoneElse_IsNoSignal(string text) => Assert.Equal(CrisisSignal.None, Read(text).Signal);
}
