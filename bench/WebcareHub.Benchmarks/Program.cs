using System.Diagnostics;
using System.Net.Http.Headers;
using WebcareHub.Benchmarks;

// Measures the chat channel end to end: the app runs in its own process on a loopback port with a SQLite
// file; the clients talk Direct Line over HTTP and WebSockets exactly as Web Chat does. Prints Markdown rows
// for the README. Run: dotnet run -c Release --project bench/WebcareHub.Benchmarks
var rows = new List<string> { "| measurement | result |", "|---|---|" };
// "jobs" measures only the follow-up job rows (Hangfire in this process, no app started).
if (args is ["jobs"])
{
    rows.AddRange(await PromiseCheckBench.RunAsync());
    Console.WriteLine($"WebcareHub job benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    rows.ForEach(Console.WriteLine);
    return;
}
rows.AddRange(await PromiseCheckBench.RunAsync());
rows.AddRange(UnderstandingBench.Run());

// Start-up: once without a trained intent model (it trains and caches it), once with the cache.
var modelCache = Directory.CreateTempSubdirectory("webcarehub-models-").FullName;
await using (var cold = await AppProcess.StartAsync(modelCache))
    rows.Add($"| app start until /health answers, intent model trained (first start after an edit of the examples) | {cold.StartedIn.TotalSeconds:F1} s |");
await using var app = await AppProcess.StartAsync(modelCache);
rows.Add($"| app start until /health answers, intent model from its cache | {app.StartedIn.TotalSeconds:F1} s |");
using var http = new HttpClient { BaseAddress = app.BaseAddress };
rows.Add($"| app memory after start (demo data seeded) | {app.ResidentMiB():F0} MiB RSS |");

// 1. One customer, one message after another.
await using (var customer = new ChatClient(http))
{
    await customer.StartAsync();
    for (var i = 0; i < 20; i++) await customer.SayAsync("opwarmen " + i);
    var single = new List<TimeSpan>();
    for (var i = 0; i < 300; i++) single.Add(await customer.SayAsync("wat bedoel je " + i));
    rows.Add($"| message → bot reply on the stream, 1 customer, 300 sequential messages | {Percentiles(single)} |");

    // 4. Reading history: GET activities pages of 100 on this ~1,000-activity conversation.
    var reads = new List<TimeSpan>();
    for (var i = 0; i < 200; i++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/v3/directline/conversations/{customer.ConversationId}/activities?watermark={i * 4}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.Token);
        var clock = Stopwatch.StartNew();
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
        reads.Add(clock.Elapsed);
    }
    rows.Add($"| GET …/activities, page of 100 activities, 200 calls | {Percentiles(reads)} |");
}

// 2. Many customers at once, each waiting for the answer before the next message (like people typing).
const int customers = 50, messagesEach = 20;
var clients = new List<ChatClient>();
for (var i = 0; i < customers; i++)
{
    var client = new ChatClient(http);
    await client.StartAsync();
    clients.Add(client);
}
var all = new List<TimeSpan>();
var wall = Stopwatch.StartNew();
var perCustomer = await Task.WhenAll(clients.Select(async c =>
{
    var mine = new List<TimeSpan>();
    for (var i = 0; i < messagesEach; i++) mine.Add(await c.SayAsync("hallo daar " + i));
    return mine;
}));
wall.Stop();
foreach (var list in perCustomer) all.AddRange(list);
rows.Add($"| {customers} customers × {messagesEach} messages concurrently | {Percentiles(all)}; {all.Count / wall.Elapsed.TotalSeconds:F0} turns/s |");
foreach (var c in clients) await c.DisposeAsync();

// 3. Memory per open conversation stream.
GC.Collect();
var before = app.ResidentMiB();
const int streams = 1000;
var open = new List<ChatClient>();
for (var i = 0; i < streams; i++)
{
    var client = new ChatClient(http);
    await client.StartAsync();
    open.Add(client);
}
var after = app.ResidentMiB();
rows.Add($"| {streams} started conversations with an open stream | +{after - before:F0} MiB RSS ({(after - before) * 1024 / streams:F0} KiB each) |");
foreach (var c in open) await c.DisposeAsync();

Console.WriteLine($"WebcareHub benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
rows.ForEach(Console.WriteLine);

static string Percentiles(List<TimeSpan> samples)
{
    var ms = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
    double At(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
    return $"p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms";
}
