using Microsoft.ML;
using Microsoft.ML.Data;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// A restart with unchanged examples neither prepares nor trains: the cache names the model by the examples as
/// written (for this build) and keeps the words of their prepared texts. Anything else prepares again, and trains only
/// when the prepared data changed.
/// </summary>
public sealed class ModelFilesTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("model-files-").FullName;
    private readonly MLContext _ml = new(seed: 1);
    private int _prepared;
    private int _trained;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void SameExamples_LoadWithoutPreparingOrTraining_AndKeepTheirWords()
    {
        var first = Load("examples-one", ["betal vrijdag", "factur klopt niet"]);
        var again = Load("examples-one", ["betal vrijdag", "factur klopt niet"]);

        Assert.Equal((1, 1), (_prepared, _trained));
        Assert.Equal(first.Words.Order(), again.Words.Order());
        Assert.Contains("klopt", again.Words);
        Assert.Equal(Features(first.Model, "betal vrijdag"), Features(again.Model, "betal vrijdag"));
    }

    [Fact]
    public void OtherExamples_ThatPrepareAlike_ArePreparedButNotTrainedAgain()
    {
        Load("examples-one", ["betal vrijdag"]);
        Load("examples-two", ["betal vrijdag"]);

        Assert.Equal((2, 1), (_prepared, _trained));
    }

    [Fact]
    public void ChangedPreparedData_IsTrainedAgain()
    {
        Load("examples-one", ["betal vrijdag"]);
        Load("examples-two", ["betal maandag"]);

        Assert.Equal((2, 2), (_prepared, _trained));
    }

    [Fact]
    public void OtherTrainingSettings_ForTheSameData_AreTrainedAgain()
    {
        Load("examples-one", ["betal vrijdag"], training: "L2 0.03");
        Load("examples-one", ["betal vrijdag"], training: "L2 1");
        Load("examples-one", ["betal vrijdag"], training: "L2 1");

        Assert.Equal((2, 2), (_prepared, _trained));
    }

    [Fact]
    public void DamagedIndex_OrMissingModel_PreparesAgainWithoutFailing()
    {
        Load("examples-one", ["betal vrijdag"]);
        var index = Assert.Single(Directory.GetFiles(_cache, "*.words"));
        File.WriteAllText(index, "");
        Load("examples-one", ["betal vrijdag"]);
        Assert.Equal((2, 1), (_prepared, _trained));

        foreach (var model in Directory.GetFiles(_cache, "*.zip")) File.Delete(model);
        var loaded = Load("examples-one", ["betal vrijdag"]);
        Assert.Equal((3, 2), (_prepared, _trained));
        Assert.Contains("vrijdag", loaded.Words);
    }

    [Fact]
    public void ExamplesHash_AddsTheBuildToTheLines_AndFollowsThem()
    {
        Assert.NotEqual(ModelFiles.Hash(["a", "b"]), ModelFiles.ExamplesHash(["a", "b"]));
        Assert.Equal(ModelFiles.ExamplesHash(["a", "b"]), ModelFiles.ExamplesHash(["a", "b"]));
        Assert.NotEqual(ModelFiles.ExamplesHash(["a", "b"]), ModelFiles.ExamplesHash(["a", "c"]));
    }

    private (ITransformer Model, IReadOnlySet<string> Words) Load(string examples, string[] prepared, string training = "default") =>
        ModelFiles.LoadOrTrain(_ml, "test", ModelFiles.ExamplesHash([examples]), training, _cache, () =>
        {
            _prepared++;
            var rows = prepared.Select(t => new Row { Text = t }).ToList();
            return new PreparedExamples(_ml.Data.LoadFromEnumerable(rows), ModelFiles.Hash(prepared),
                prepared.SelectMany(t => t.Split(' ')).ToHashSet());
        }, data =>
        {
            _trained++;
            return _ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text)).Fit(data);
        });

    private float[] Features(ITransformer model, string text)
    {
        var output = model.Transform(_ml.Data.LoadFromEnumerable([new Row { Text = text }]));
        return output.GetColumn<float[]>("Features").Single();
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";
    }
}
