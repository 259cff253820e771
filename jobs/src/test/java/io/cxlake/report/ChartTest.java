package io.cxlake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

  @Test
  void embeddedJsonHasNoMarkupCharactersAndParsesToTheSameValue() throws Exception {
    String label = "<!--<script>a && b</script>\u2028\u2029";
    String html = new Chart("c", label, null).categoryX("x", List.of(label)).valueY("y")
        .values("s", "bar", List.of(1.0), 0).html();
    String json = html.substring(html.indexOf("-option\">") + "-option\">".length(), html.lastIndexOf("</script>"));
    for (String bad : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(json.contains(bad), "no raw " + bad);
    }
    assertEquals(label, new ObjectMapper().readTree(json).get("xAxis").get("data").get(0).asText());
  }
}
