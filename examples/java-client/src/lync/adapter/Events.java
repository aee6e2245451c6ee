package lync.adapter;

import java.util.Map;
import lync.core.LyncClient;
import lync.core.Secret;

/** Hands one protocol event (client/deliver) to the core method that handles it. */
final class Events {
  private Events() {}

  static void deliver(LyncClient client, Map<String, Object> e) {
    String type = Wire.string(e, "type");
    switch (type) {
      case "os.started" -> client.onStarted(Wire.bool(e, "fromRunKey"));
      case "os.loggingOff" -> client.onLoggingOff();
      case "os.sessionLocked" -> client.onSessionLocked(Wire.bool(e, "locked"));
      case "os.networkChanged" -> client.onNetworkChanged(Wire.bool(e, "online"));
      case "os.userInput" -> client.onUserInput();
      case "user.click" -> client.onClick(Wire.string(e, "window"), Wire.string(e, "control"));
      case "user.type" -> {
        String text = Wire.string(e, "text");
        boolean secret = Wire.bool(e, "secret");
        client.onType(Wire.string(e, "window"), Wire.string(e, "field"), secret ? null : text, secret ? new Secret(text) : null);
      }
      case "user.toggle" -> client.onToggle(Wire.string(e, "window"), Wire.string(e, "control"), Wire.bool(e, "on"));
      case "user.menu" -> client.onMenu(Wire.string(e, "window"), Wire.strings(e, "path"), Wire.optString(e, "menu"));
      case "user.closeWindow" -> client.onCloseWindow(Wire.string(e, "window"));
      case "user.iconClick" -> client.onIconClick();
      case "user.iconMenu" -> client.onIconMenu(Wire.string(e, "item"), Boolean.TRUE.equals(Wire.optBool(e, "ctrl")));
      case "net.response" -> client.onResponse(Wire.integer(e, "requestId"), Wire.response(e.get("response")));
      case "timer.fired" -> client.onTimer(Wire.string(e, "name"));
      case "service.message" -> client.onServiceMessage(Wire.string(e, "from"), Wire.string(e, "text"));
      case "service.connectionLost" -> client.onConnectionLost();
      case "service.presence" -> client.onContactPresence(Wire.string(e, "address"), Wire.string(e, "availability"));
      case "service.notDelivered" -> client.onNotDelivered(Wire.string(e, "to"), Wire.string(e, "reason"));
      case "sdk.signOut" -> client.onSdkSignOut();
      default -> throw new Rpc.Error(-32602, "params.event.type: unknown event " + type);
    }
  }
}
