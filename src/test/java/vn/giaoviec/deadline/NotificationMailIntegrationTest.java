package vn.giaoviec.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import vn.giaoviec.support.Scenario;

/**
 * Notifications by e-mail through a real SMTP server (GreenMail) inside the test: the application
 * runs with {@code spring.mail.host} set. It shares the database of the other integration tests: a
 * second database would leave two engines named "default" in one JVM, and /engine-rest of the other
 * tests could answer from this one's empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "giaoviec.notifications.from=giaoviec@so-gddt.test"})
class NotificationMailIntegrationTest {

    static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Scenario scenario;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReminderReachesTheFocalPersonAndTheHeadByMailAndIsKeptAsARecord() throws Exception {
        scenario.at(2026, 9, 7, 9, 0);
        long id = scenario.issue("9150/SGDĐT-VP", List.of("thpt-ngo-quyen"), LocalDate.of(2026, 9, 18), Map.of());
        long school = scenario.assignment(id, "thpt-ngo-quyen");
        assertThat(mine()).isEmpty();

        scenario.at(2026, 9, 15, 0, 1);
        List<MimeMessage> mails = mine();
        assertThat(mails).hasSize(2);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Nhắc hạn] Hạn 18/09/2026: báo cáo kết quả thực hiện nhiệm vụ 1 theo văn bản 9150/SGDĐT-VP");
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyInAnyOrder("thpt-ngo-quyen.focal@giaoviec.test", "thpt-ngo-quyen.head@giaoviec.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("giaoviec@so-gddt.test");
        assertThat(GreenMailUtil.getBody(mail)).contains("Tr=C6=B0=E1=BB=9Dng THPT Ng=C3=B4 Quy=E1=BB=81n");
        assertThat(scenario.events(school)).containsExactly("REMINDER");

        // past the deadline: the overdue notice follows the same way (GreenMail keeps a copy per mailbox)
        scenario.at(2026, 9, 19, 0, 1);
        assertThat(mine()).hasSize(4).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.startsWith("[Quá hạn]")).hasSize(2);
    }

    /** This test's mails (on a shared database other directives' reminders may fall due too). */
    private static List<MimeMessage> mine() throws Exception {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains("9150/SGDĐT-VP")) {
                mine.add(m);
            }
        }
        return mine;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
