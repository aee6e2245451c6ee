package lync.adapter;

import java.util.List;
import java.util.Map;
import lync.core.LyncClient;

/**
 * The entry point: answers the harness's requests one at a time (initialize, client/deliver). The core runs inside
 * client/deliver and reaches the harness only through {@link ProtocolPlatform}.
 */
public final class Main {
  static final String PROTOCOL = "signin-sim/4";

  private Main() {}

  public static void main(String[] args) throws Exception {
    Rpc rpc = new Rpc();
    ProtocolPlatform platform = new ProtocolPlatform(rpc);
    LyncClient client = null;
    Map<String, Object> request;
    while ((request = rpc.read()) != null) {
      Object id = request.get("id");
      try {
        Object method = request.get("method");
        Map<String, Object> params = Wire.object(request.get("params"), "params");
        if ("initialize".equals(method)) {
          if (!PROTOCOL.equals(params.get("protocolVersion")))
            throw new Rpc.Error(-32002, "this client speaks only " + PROTOCOL + ", not " + params.get("protocolVersion"));
          String version = Wire.string(Wire.object(params.get("identity"), "identity"), "version");
          client = new LyncClient(platform, AssumptionsFromEnvironment.read(System.getenv("SIGNIN_ASSUMPTIONS")), version);
          rpc.respond(id, Wire.map("protocolVersion", PROTOCOL, "client", Wire.map("name", "java example", "version", "1.0"),
              "capabilities", List.of()));
        } else if ("client/deliver".equals(method)) {
          if (client == null) throw new Rpc.Error(-32600, "client/deliver before initialize");
          Events.deliver(client, Wire.object(params.get("event"), "event"));
          rpc.respond(id, Wire.map());
        } else {
          throw new Rpc.Error(-32601, "unknown method " + method);
        }
      } catch (Rpc.Error e) {
        System.err.println("lync: " + e.getMessage());
        rpc.respondError(id, e.code, e.getMessage());
      } catch (RuntimeException e) {
        System.err.println("lync: " + e);
        rpc.respondError(id, -32603, e.toString());
      }
      if (platform.exited()) System.exit(0);
    }
  }
}
