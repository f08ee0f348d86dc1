package it.zona.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * One in-process SMTP server (GreenMail) for the whole test JVM, on a free port, that the shared
 * application context sends its mail to ({@code spring.mail.host} is in application-test.yml, the
 * port is registered here). Delivery happens after commit on another thread: tests wait for mail
 * with {@link #awaitMessages}. Each test should write to addresses of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    private static final GreenMail SERVER = start();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @Bean
    static DynamicPropertyRegistrar testMailServerPort() {
        return registry -> registry.add("spring.mail.port", TestMailServer::port);
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** What has arrived for the address so far. */
    public List<MimeMessage> receivedBy(String address) {
        return SERVER.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    /** Waits (a few seconds at most) until {@code count} messages have arrived for the address; answers them. */
    public List<MimeMessage> awaitMessages(String address, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(50));
            received = receivedBy(address);
        }
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " mail for " + address + " within " + PATIENCE
                    + ", received " + received.size());
        }
        return received;
    }

    /** Asserts that nothing arrives for the address within {@code wait}. */
    public void assertNothingArrives(String address, Duration wait) {
        pause(wait);
        List<MimeMessage> received = receivedBy(address);
        if (!received.isEmpty()) {
            throw new AssertionError("Expected no mail for " + address + ", received " + received.size());
        }
    }

    /** Forgets every message received so far. */
    public void reset() {
        try {
            SERVER.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
