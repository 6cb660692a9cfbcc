namespace WebcareHub.Evaluation;

/// <summary>
/// Measures the understanding on sets the rules were not written from.
/// <c>dotnet run --project tools/WebcareHub.Evaluation -- dates [cases.jsonl] [--failures]</c>: the date recogniser
/// on an external case file (by default the Recognizers-Text Dutch cases in the workplace's shared/testdata,
/// never copied here).
/// <c>dotnet run --project tools/WebcareHub.Evaluation -- understanding [heldout.jsonl] [crisis.jsonl]</c>: intents
/// (per intent and a confusion list), the bot's decision through the same <c>Reading</c> the turn handler uses,
/// distress per kind, crisis recall and false alarms, and dates; by default on the held-out sets in
/// tests/WebcareHub.Tests/Understanding/HeldOut/. <c>--failures</c> lists each misread message (development sets only).
/// <c>dotnet run --project tools/WebcareHub.Evaluation -- explain "message" ...</c>: how one message is read, and why.
/// <c>dotnet run --project tools/WebcareHub.Evaluation -- webcare [mentions.jsonl] [--failures]</c>: the webcare
/// classifier (PII per kind, high-risk recall, risk and sentiment accuracy, crisis handling), aggregates only;
/// <c>--failures</c> lists mistakes for a development set, never for a held-out one.
/// </summary>
public static class EvaluationProgram
{
    public static int Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "understanding";
        var rest = args.Skip(1).ToArray();
        return command switch
        {
            "dates" => DateEvaluation.Run(rest),
            "understanding" => UnderstandingEvaluation.Run(rest),
            "explain" => ExplainCommand.Run(rest),
            "webcare" => WebcareEvaluation.Run(rest),
            "webcare-read" => WebcareEvaluation.Read(rest),
            "sentiment-cv" => WebcareEvaluation.CrossValidateSentiment(rest),
            "intent-cv" => IntentCrossValidation.Run(rest),
            "crisis-cv" => CrisisCrossValidation.Run(),
            "distress-cv" => DistressCrossValidation.Run(),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: WebcareHub.Evaluation dates [cases.jsonl] [--failures] | understanding [heldout.jsonl] [crisis.jsonl] [--failures] | explain \"message\" ... | webcare [mentions.jsonl] [--failures] | webcare-read \"text\" [followers] | sentiment-cv files... | intent-cv [dev.jsonl...] | crisis-cv | distress-cv");
        return 2;
    }
}
