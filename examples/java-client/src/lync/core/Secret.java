package lync.core;

/** A password, token or certificate. Never printed: toString hides it, so it cannot leak into a log by accident. */
public final class Secret {
  private final String value;

  public Secret(String value) {
    this.value = value;
  }

  /** The value itself, for the one place that must send it (the adapter's wire fields marked secret). */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "«secret»";
  }
}
