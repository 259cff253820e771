package io.cxlake.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reading helpers for generator tests: schemas, landing files, a small RFC 4180 parser. */
final class GeneratorTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();

  private GeneratorTestSupport() {
  }

  /** The repository's top folder, whose schemas/feeds/ hold the contracts: set by surefire (-Dcxlake.repo.root). */
  static Path repoRoot() {
    String root = System.getProperty("cxlake.repo.root");
    if (root == null || !java.nio.file.Files.isDirectory(Path.of(root, "schemas", "feeds"))) {
      throw new IllegalStateException("set -Dcxlake.repo.root to the repository (the folder with schemas/feeds)");
    }
    return Path.of(root);
  }

  static JsonNode schema(String feed) throws IOException {
    return JSON.readTree(repoRoot().resolve("schemas").resolve("feeds").resolve(feed + ".json").toFile());
  }

  static List<String> columnNames(JsonNode schema) {
    List<String> names = new ArrayList<>();
    for (JsonNode c : schema.get("columns")) {
      names.add(c.get("name").asText());
    }
    return names;
  }

  static GenerationSummary generate(Path out, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("--out", out.toString()));
    args.addAll(List.of(extra));
    return SyntheticGenerator.generate(GeneratorOptions.parse(args.toArray(new String[0])));
  }

  /** All files of a feed, sorted by path (dt folder, then part number). */
  static List<Path> feedFiles(Path out, String feed) throws IOException {
    try (Stream<Path> s = Files.walk(out.resolve("landing").resolve(feed))) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  /** The dt=YYYY-MM-DD folder name of a landing file, without the prefix. */
  static String dtOf(Path file) {
    return file.getParent().getFileName().toString().substring(3);
  }

  static List<String> lines(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().collect(Collectors.toList());
    }
  }

  /** Parses CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks in quotes). */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        any = false;
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (any) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  static List<List<String>> readCsv(Path file) throws IOException {
    return parseCsv(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** CSV rows of a file as header-keyed maps (header excluded). */
  static List<Map<String, String>> csvRows(Path file) throws IOException {
    List<List<String>> records = readCsv(file);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < r.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      rows.add(m);
    }
    return rows;
  }

  /** Every row of a CSV feed, each with its dt folder under the key "_dt". */
  static List<Map<String, String>> csvFeed(Path out, String feed) throws IOException {
    List<Map<String, String>> all = new ArrayList<>();
    for (Path f : feedFiles(out, feed)) {
      for (Map<String, String> row : csvRows(f)) {
        row.put("_dt", dtOf(f));
        all.add(row);
      }
    }
    return all;
  }

  /** Every object of a JSON Lines feed, each paired with its dt folder. */
  static List<Map.Entry<String, JsonNode>> jsonFeed(Path out, String feed) throws IOException {
    List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
    for (Path f : feedFiles(out, feed)) {
      for (String line : lines(f)) {
        if (!line.isEmpty()) {
          all.add(Map.entry(dtOf(f), JSON.readTree(line)));
        }
      }
    }
    return all;
  }
}
