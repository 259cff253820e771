package io.cxlake.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shared mechanics of the JSON files under {@code conf/} (contracts, rubrics): read from a configured folder
 * or from the copy bundled in the jar, and validated with errors that name the file, the place and the fix.
 */
public final class JsonConfigFile {

  private final String file;

  private JsonConfigFile(String file) {
    this.file = file;
  }

  public static JsonConfigFile named(String file) {
    return new JsonConfigFile(file);
  }

  /** {@code file} from {@code dir}, or from {@code conf/<bundled>/} in the jar when {@code dir} is blank. */
  public static String read(String dir, String bundled, String file, ConfigKey dirKey, ConfigKey filesKey) {
    try {
      if (dir != null && !dir.isBlank()) {
        return Files.readString(Path.of(dir, file));
      }
      try (InputStream in = JsonConfigFile.class.getClassLoader()
          .getResourceAsStream("cxlake/conf/" + bundled + "/" + file)) {
        if (in == null) {
          throw new IllegalArgumentException(filesKey.key() + " names " + file + ", which is not in conf/" + bundled
              + "; add it there or set " + dirKey.key() + " to the folder that holds it");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every named file parsed: from {@code dir}, or from {@code conf/<bundled>/} in the jar when {@code dir} is
   * blank; the names the files give ({@code name}) must differ, as reports and tables key on them.
   */
  public static <T> List<T> loadAll(String dir, String bundled, List<String> files, ConfigKey dirKey,
                                    ConfigKey filesKey, BiFunction<String, String, T> parse, Function<T, String> name) {
    List<T> out = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (String file : files) {
      T t = parse.apply(file, read(dir, bundled, file, dirKey, filesKey));
      if (!names.add(name.apply(t))) {
        throw new IllegalArgumentException(file + ": the name '" + name.apply(t) + "' is used by another file in "
            + filesKey.key());
      }
      out.add(t);
    }
    return out;
  }

  /** The comma-separated file names of a setting, blanks dropped. */
  public static List<String> commaList(String setting) {
    return java.util.Arrays.stream(setting.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  public JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  public void unknownKeys(String where, JsonNode n, Set<String> known) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw bad(where, "unknown key '" + k + "'; the keys are " + new TreeSet<>(known));
      }
    }
  }

  public String text(String where, JsonNode n, String key) {
    String v = n.path(key).asText("");
    if (v.isBlank()) {
      throw bad(where, "'" + key + "' is required");
    }
    return v;
  }

  /** The strings of a list; each must be one of {@code allowed} unless that is null. */
  public List<String> strings(String where, JsonNode list, String what, Set<String> allowed) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : list) {
      String v = x.asText();
      if (allowed != null && !allowed.contains(v)) {
        throw bad(where, "unknown " + what + " '" + v + "'; " + what + "s are " + new TreeSet<>(allowed));
      }
      out.add(v);
    }
    return out;
  }

  public IllegalArgumentException bad(String where, String what) {
    return new IllegalArgumentException(file + ", " + where + ": " + what);
  }

  public IllegalArgumentException bad(String what) {
    return new IllegalArgumentException(file + ": " + what);
  }
}
