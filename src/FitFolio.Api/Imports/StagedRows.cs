using System.IO.Compression;
using System.Text.Json;

namespace FitFolio.Api.Imports;

/// <summary>The parsed rows of a preview as gzipped JSON lines: written as the file streams in, read back once at commit.</summary>
public static class StagedRows
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public sealed class Writer : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly GZipStream _zip;
        private readonly Utf8JsonWriter _json;

        public Writer()
        {
            _zip = new GZipStream(_buffer, CompressionLevel.Fastest, leaveOpen: true);
            _json = new Utf8JsonWriter(_zip);
        }

        public void Add(ImportRow row)
        {
            JsonSerializer.Serialize(_json, row, JsonSerializerOptions.Web);
            _json.Flush();
            _json.Reset();
            _zip.Write(NewLine);
        }

        public byte[] ToArray()
        {
            _json.Dispose();
            _zip.Dispose();
            return _buffer.ToArray();
        }

        public void Dispose()
        {
            _json.Dispose();
            _zip.Dispose();
            _buffer.Dispose();
        }
    }

    public static IEnumerable<ImportRow> Read(byte[] staged)
    {
        using var zip = new GZipStream(new MemoryStream(staged), CompressionMode.Decompress);
        using var reader = new StreamReader(zip);
        while (reader.ReadLine() is { } line)
        {
            yield return JsonSerializer.Deserialize<ImportRow>(line, JsonSerializerOptions.Web)!;
        }
    }
}
