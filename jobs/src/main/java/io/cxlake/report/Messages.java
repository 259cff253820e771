package io.cxlake.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from {@code report/messages_<tag>.properties} (UTF-8): no label is written
 * in the code. Numbers are formatted for the language's locale.
 */
public final class Messages {

  /** The languages with a bundle. */
  public static final List<String> LANGUAGES = List.of("en", "zh-TW");
  private static final String BUNDLE = "report.messages";
  /** Names of places (regions, sites, queues) per language; a language may have none, a name may be missing. */
  private static final String PLACES = "report.places";

  private final String tag;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle places;

  private Messages(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
    ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, exact);
    this.places = ResourceBundle.getBundle(PLACES, locale, exact);
  }

  public static Messages of(String tag) {
    if (!LANGUAGES.contains(tag)) {
      throw new IllegalArgumentException("no report messages for '" + tag + "'; there are " + LANGUAGES);
    }
    return new Messages(tag);
  }

  public String tag() {
    return tag;
  }

  /** The message, with {0}, {1}... filled in. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("report message '" + key + "' is missing from messages_" + tag + ".properties", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Whether the bundle has the key (for labels of open-ended values such as signal names). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * A place's name as this language writes it: {@code <kind>.<slug>} from {@code report/places_<tag>.properties}
   * (e.g. {@code region.kuala-lumpur=吉隆坡}), or the name as the data has it when the bundle has none, so a new
   * region, site or queue is shown at once, untranslated, until someone adds its name.
   *
   * @param kind region, site or queue
   */
  public String place(String kind, String name) {
    if (name == null) {
      return "";
    }
    String key = kind + "." + slug(name);
    return places.containsKey(key) ? places.getString(key) : name;
  }

  /** Lower case, every run of characters other than letters and digits one hyphen: "Kuala Lumpur" -> kuala-lumpur. */
  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The value with {@code decimals} digits after the point, "–" for none. */
  public String number(Double v, int decimals) {
    if (v == null || v.isNaN()) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(v);
  }

  /** A share (0..1) as a percentage with one decimal. */
  public String percent(Double share) {
    return share == null || share.isNaN() ? "–" : number(share * 100, 1) + " %";
  }
}
