package io.cxlake.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of the nightly chain ({@code conf/pipeline.json}): which jobs, in which order. The launcher
 * runs it; the Airflow DAG reads the same file.
 */
public final class NightlyPipeline {

  /** One step: its name, its class, and the steps that must have finished first. */
  public record Step(String name, String className, List<String> dependsOn) {

    public NightlyJob instantiate() {
      try {
        return (NightlyJob) Class.forName(className).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException("pipeline step " + name + ": cannot create " + className, e);
      }
    }
  }

  private NightlyPipeline() {}

  public static List<Step> steps() {
    try (InputStream in = NightlyPipeline.class.getClassLoader().getResourceAsStream("cxlake/conf/pipeline.json")) {
      if (in == null) {
        throw new IllegalStateException("cxlake/conf/pipeline.json is missing from the classpath; rebuild with mvn");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Step> steps = new ArrayList<>();
      for (JsonNode j : root.get("jobs")) {
        List<String> deps = new ArrayList<>();
        j.path("depends_on").forEach(d -> deps.add(d.asText()));
        steps.add(new Step(j.get("name").asText(), j.get("class").asText(), List.copyOf(deps)));
      }
      return List.copyOf(steps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Step step(String name) {
    return steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown job '" + name + "'; jobs: "
            + steps().stream().map(Step::name).toList()));
  }
}
