package lync.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer (standard library only). Objects become LinkedHashMap (field order kept), arrays
 * ArrayList, numbers Long when whole, else Double. Linear in its input; nesting is bounded.
 */
public final class Json {
  private static final int MAX_DEPTH = 64;
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** Parses one JSON value; throws IllegalArgumentException on anything else. */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.space();
    Object value = p.value(0);
    p.space();
    if (p.at != text.length()) throw p.error("text after the value");
    return value;
  }

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Object value, StringBuilder out) {
    if (value == null) out.append("null");
    else if (value instanceof String s) quote(s, out);
    else if (value instanceof Boolean b) out.append(b);
    else if (value instanceof Long || value instanceof Integer) out.append(value);
    else if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) out.append((long) d);
      else out.append(d);
    } else if (value instanceof Map<?, ?> m) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        if (!first) out.append(',');
        first = false;
        quote(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) out.append(',');
        write(l.get(i), out);
      }
      out.append(']');
    } else throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at character " + at);
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') at++;
      else break;
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) throw error("too deeply nested");
    if (at >= text.length()) throw error("unexpected end");
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw error("unexpected character '" + c + "'");
    }
  }

  private Object word(String w, Object v) {
    if (!text.startsWith(w, at)) throw error("expected " + w);
    at += w.length();
    return v;
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      at++;
      return m;
    }
    while (true) {
      space();
      if (!peek('"')) throw error("expected a field name");
      String key = string();
      space();
      expect(':');
      space();
      if (m.containsKey(key)) throw error("duplicate field \"" + key + "\"");
      m.put(key, value(depth + 1));
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect('}');
      return m;
    }
  }

  private List<Object> array(int depth) {
    List<Object> l = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      at++;
      return l;
    }
    while (true) {
      space();
      l.add(value(depth + 1));
      space();
      if (peek(',')) {
        at++;
        continue;
      }
      expect(']');
      return l;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) throw error("expected '" + c + "'");
    at++;
  }

  private String string() {
    at++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (at >= text.length()) throw error("unterminated string");
      char c = text.charAt(at++);
      if (c == '"') return b.toString();
      if (c < 0x20) throw error("control character in a string");
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (at >= text.length()) throw error("unterminated escape");
      char e = text.charAt(at++);
      switch (e) {
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        case '/' -> b.append('/');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) throw error("short \\u escape");
          try {
            b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          at += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Object number() {
    int start = at;
    if (peek('-')) at++;
    while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
    boolean whole = true;
    if (peek('.')) {
      whole = false;
      at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
    }
    if (peek('e') || peek('E')) {
      whole = false;
      at++;
      if (peek('+') || peek('-')) at++;
      while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
    }
    String s = text.substring(start, at);
    try {
      if (whole && s.length() < 19) return Long.parseLong(s);
      return Double.parseDouble(s);
    } catch (NumberFormatException x) {
      throw error("bad number " + s);
    }
  }
}
