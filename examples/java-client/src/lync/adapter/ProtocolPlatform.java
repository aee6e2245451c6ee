package lync.adapter;

import java.util.Map;
import lync.core.Net;
import lync.core.Platform;
import lync.core.Settings;
import lync.core.View;

/** The core's platform, served by the harness: each seam is one platform call of the protocol. */
final class ProtocolPlatform implements Platform {
  private final Rpc rpc;
  private boolean exited;

  ProtocolPlatform(Rpc rpc) {
    this.rpc = rpc;
  }

  boolean exited() {
    return exited;
  }

  @Override
  public Settings.UserSettings readSettings() {
    return Wire.settings(rpc.call("settings.read", Wire.map()));
  }

  @Override
  public void writeSettings(Settings.Patch patch) {
    rpc.call("settings.write", Wire.map("patch", Wire.patch(patch)));
  }

  @Override
  public Settings.Admin readAdmin() {
    return Wire.admin(rpc.call("admin.read", Wire.map()));
  }

  @Override
  public void writeConnection(Settings.Connection connection) {
    rpc.call("connection.write", Wire.map("connection", Wire.connection(connection)));
  }

  @Override
  public void setRunAtLogon(boolean enabled) {
    rpc.call("runAtLogon.set", Wire.map("enabled", enabled));
  }

  @Override
  public Settings.Credential readCredential(String address) {
    return Wire.credential(rpc.call("credentials.read", Wire.map("address", address)));
  }

  @Override
  public void writeCredential(Settings.Credential entry) {
    rpc.call("credentials.write", Wire.map("entry", Wire.credential(entry)));
  }

  @Override
  public void deleteCredential(String address) {
    rpc.call("credentials.delete", Wire.map("address", address));
  }

  @Override
  public boolean readContactCache(String address) {
    return Wire.damaged(rpc.call("contacts.readCache", Wire.map("address", address)));
  }

  @Override
  public String readDefaultProfileAddress() {
    return Wire.profileAddress(rpc.call("outlook.readDefaultProfile", Wire.map()));
  }

  @Override
  public void writeContactCache(String address, java.util.List<String> contacts) {
    rpc.call("contacts.writeCache", Wire.map("address", address, "contacts", contacts));
  }

  @Override
  public void send(int requestId, Net.Request request) {
    rpc.call("net.request", Wire.map("requestId", requestId, "request", Wire.request(request)));
  }

  @Override
  public void setTimer(String name, long ms, boolean random) {
    Map<String, Object> params = Wire.map("name", name, "ms", ms);
    if (random) params.put("random", true);
    rpc.call("timer.set", params);
  }

  @Override
  public void clearTimer(String name) {
    rpc.call("timer.clear", Wire.map("name", name));
  }

  @Override
  public void render(View.Screen screen) {
    rpc.call("desktop.render", Wire.map("view", Wire.view(screen)));
  }

  @Override
  public void alert(String title, String text) {
    rpc.call("desktop.alert", Wire.map("title", title, "text", text));
  }

  @Override
  public void sdkState(String state) {
    rpc.call("sdk.state", Wire.map("state", state));
  }

  @Override
  public void exit() {
    rpc.call("process.exit", Wire.map());
    exited = true;
  }

  @Override
  public void writeLog(String line) {
    rpc.call("log.write", Wire.map("line", line));
  }

  @Override
  public void uploadLog(String address, String failure) {
    rpc.call("log.upload", Wire.map("address", address, "failure", failure));
  }
}
