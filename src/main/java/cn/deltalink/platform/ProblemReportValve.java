package cn.deltalink.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before any part of the node sees them: a path with an encoded NUL or
 * slash, or that is not valid UTF-8. Its own report for them is an HTML page naming the server; this
 * valve answers them with an RFC 9457 problem instead, like every other refusal of the node, and
 * tells nothing about the server.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail = status < 500 ? "The request is not valid HTTP for this node: check the address and its encoding." : "The node could not complete the request.";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone or the answer already started: nothing more to tell the caller
    }
  }

  /** Installs the valve on the embedded Tomcat's host, in place of Tomcat's own error report. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            StandardHost host = (StandardHost) context.getParent();
            // Spring Boot adds an ErrorReportValve that only hides the stack trace: this one takes its place
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve());
          });
    }
  }
}
