package io.cxlake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text template precompiled into literal pieces and slots, so rendering is a few appends. */
final class Template {
  private final String[] literals;
  private final Slot[] slots;

  private Template(String[] literals, Slot[] slots) {
    this.literals = literals;
    this.slots = slots;
  }

  static Template compile(String text) {
    List<String> lits = new ArrayList<>();
    List<Slot> slotList = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = text.indexOf('{', pos);
      if (open < 0) {
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed slot in template: " + text);
      }
      lits.add(text.substring(pos, open));
      slotList.add(Slot.valueOf(text.substring(open + 1, close).toUpperCase(Locale.ROOT)));
      pos = close + 1;
    }
    lits.add(text.substring(pos));
    return new Template(lits.toArray(new String[0]), slotList.toArray(new Slot[0]));
  }

  static Template[] all(String... texts) {
    Template[] t = new Template[texts.length];
    for (int i = 0; i < texts.length; i++) {
      t[i] = compile(texts[i]);
    }
    return t;
  }

  void render(StringBuilder sb, String[] values) {
    for (int i = 0; i < slots.length; i++) {
      sb.append(literals[i]).append(values[slots[i].ordinal()]);
    }
    sb.append(literals[slots.length]);
  }

  boolean isEmpty() {
    return slots.length == 0 && literals[0].isEmpty();
  }
}
