package com.frameworkfork.web.server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Lets Tomcat hand a whole page to the socket in one write from a direct buffer, instead of
 * copying it through 8 KB heap chunks: the comparison page alone is over 100 KB. Bounds how long a
 * request body may take ({@link RequestBodyProperties}): the read timeout while a body is arriving
 * (Boot exposes no setting for it) and the deadline for the whole body. A client that
 * asks before sending a body ({@code Expect: 100-continue}) is told to go ahead only once the site
 * reads it, so a body refused unread (too large for the API) is never uploaded.
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final int writeBufferBytes;
    private final RequestBodyProperties requestBody;

    TomcatTuning(@Value("${site.tomcat.write-buffer:64KB}") DataSize writeBuffer, RequestBodyProperties requestBody) {
        this.writeBufferBytes = (int) writeBuffer.toBytes();
        this.requestBody = requestBody;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.directBuffer", "true");
            connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBufferBytes));
            connector.setProperty("disableUploadTimeout", "false");
            connector.setProperty("connectionUploadTimeout", Long.toString(requestBody.readTimeout().toMillis()));
            connector.setProperty("continueResponseTiming", "onRead");
        });
        factory.addEngineValves(new RequestBodyDeadline(requestBody.deadline()));
    }
}
