package org.earlyhelp.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The embedded SMTP server of the local stack (GreenMail, in the launcher's own JVM): notification
 * emails are delivered for real and kept in memory, so nothing leaves the machine.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static MailServer start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    public int port() {
        return port;
    }

    /** What has been received so far. */
    public GreenMail mail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
