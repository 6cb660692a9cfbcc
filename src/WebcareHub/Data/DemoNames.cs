namespace WebcareHub.Data;

/// <summary>Word lists for the demo data. All people, companies and accounts are fictitious.</summary>
internal static class DemoNames
{
    public static readonly (string Name, string Iban)[] Creditors =
    [
        ("WoonStroom Energie B.V.", "NL91ABNA0417164300"),
        ("Telecom Noord B.V.", "NL20INGB0001234567"),
        ("Zorgpunt Verzekeringen N.V.", "NL39RABO0300065264"),
    ];

    public static readonly string[] FirstNames =
    [
        "Jan", "Sanne", "Daan", "Emma", "Bram", "Lotte", "Thijs", "Fleur", "Ruben", "Julia", "Sem", "Noor",
        "Lucas", "Tess", "Milan", "Anouk", "Jesse", "Sophie", "Lars", "Eva", "Finn", "Iris", "Mohamed", "Fatima",
        "Youssef", "Aylin", "Kevin", "Priya", "Wouter", "Marieke", "Henk", "Ingrid", "Kees", "Annelies",
    ];

    public static readonly string[] LastNames =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Yilmaz", "El Amrani", "Kok",
    ];

    public static readonly string[] Streets =
    [
        "Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
        "Nieuwstraat", "Wilhelminastraat", "Parallelweg", "Lindelaan", "Eikenlaan", "Prinses Irenestraat",
    ];

    /// <summary>Cities with the first postcode digits of that area.</summary>
    public static readonly (string City, int PostcodeFrom)[] Cities =
    [
        ("Amsterdam", 1011), ("Rotterdam", 3011), ("Den Haag", 2511), ("Utrecht", 3511), ("Eindhoven", 5611),
        ("Groningen", 9711), ("Tilburg", 5011), ("Almere", 1311), ("Breda", 4811), ("Nijmegen", 6511),
        ("Zwolle", 8011), ("Leeuwarden", 8911), ("Maastricht", 6211), ("Arnhem", 6811), ("Deventer", 7411),
    ];

    public static readonly string[] Descriptions =
    [
        "Energielevering", "Jaarafrekening energie", "Mobiel abonnement", "Internet en tv", "Toestelkosten",
        "Zorgpremie", "Eigen risico zorgverzekering", "Aanvullende verzekering",
    ];
}
