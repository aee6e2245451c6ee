package lync.core;

import java.util.List;

/** What the core draws: its windows, the notification-area icon and the taskbar button. */
public final class View {
  private View() {}

  public record Screen(List<Window> windows, Icon icon, boolean taskbarButton) {}

  public record Window(String id, String title, boolean visible, boolean foreground, String screen, List<Control> controls) {}

  /** ctrlMenu: items added while CTRL is held (null: none). */
  public record Icon(String tooltip, List<String> menu, List<String> ctrlMenu) {}

  public sealed interface Control permits Label, TextBox, CheckBox, Button, Link, Menu {}

  public record Label(String name, String text) implements Control {}

  public record TextBox(String name, String value, boolean secret) implements Control {}

  public record CheckBox(String name, boolean checked, boolean disabled) implements Control {}

  public record Button(String name) implements Control {}

  public record Link(String name) implements Control {}

  public record Menu(String name, List<MenuItem> items) implements Control {}

  /** items null: a leaf. */
  public record MenuItem(String name, List<MenuItem> items) {
    public static MenuItem leaf(String name) {
      return new MenuItem(name, null);
    }
  }
}
