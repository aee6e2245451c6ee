package lync.adapter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON-RPC 2.0 over stdin and stdout, one object per line. Our own calls block until their answer arrives. */
final class Rpc {
  /** A JSON-RPC error, to answer with or received from the harness. */
  static final class Error extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Error(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  private final Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
  private int nextId = 1;

  /** The next message from the harness, or null when stdin closed. */
  Map<String, Object> read() throws IOException {
    while (true) {
      String line = in.readLine();
      if (line == null) return null;
      if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
      if (line.isBlank()) continue;
      Object parsed = Json.parse(line);
      if (!(parsed instanceof Map<?, ?>)) throw new Error(-32600, "not a JSON-RPC object");
      @SuppressWarnings("unchecked")
      Map<String, Object> message = (Map<String, Object>) parsed;
      if (!"2.0".equals(message.get("jsonrpc"))) throw new Error(-32600, "not JSON-RPC 2.0");
      return message;
    }
  }

  void respond(Object id, Object result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonrpc", "2.0");
    m.put("id", id);
    m.put("result", result);
    send(m);
  }

  void respondError(Object id, int code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonrpc", "2.0");
    m.put("id", id);
    m.put("error", error);
    send(m);
  }

  /** Calls a platform method and waits for its answer (the harness answers at once). */
  Object call(String method, Map<String, Object> params) {
    int id = nextId++;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jsonrpc", "2.0");
    m.put("id", id);
    m.put("method", method);
    m.put("params", params);
    send(m);
    try {
      Map<String, Object> answer = read();
      if (answer == null) throw new Error(-32603, "stdin closed while waiting for " + method);
      if (answer.containsKey("method") || !Long.valueOf(id).equals(answer.get("id")))
        throw new Error(-32600, "expected the answer to " + method + " (id " + id + ")");
      if (answer.get("error") instanceof Map<?, ?> e) throw new Error(-32000, method + " refused: " + e.get("message"));
      return answer.get("result");
    } catch (IOException e) {
      throw new Error(-32603, "cannot read stdin: " + e.getMessage());
    }
  }

  private void send(Map<String, Object> message) {
    try {
      out.write(Json.write(message));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new Error(-32603, "cannot write stdout: " + e.getMessage());
    }
  }
}
