package com.frameworkfork.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets Tomcat hand a whole page to the socket in one write from a direct buffer, instead of
 * copying it through 8 KB heap chunks: the comparison page alone is over 100 KB. A client that
 * asks before sending a body ({@code Expect: 100-continue}) is told to go ahead only once the site
 * reads it, so a body refused unread (too large for the API) is never uploaded.
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final int writeBufferBytes;

    TomcatTuning(@Value("${site.tomcat.write-buffer:64KB}") org.springframework.util.unit.DataSize writeBuffer) {
        this.writeBufferBytes = (int) writeBuffer.toBytes();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.directBuffer", "true");
            connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBufferBytes));
            connector.setProperty("continueResponseTiming", "onRead");
        });
    }
}
