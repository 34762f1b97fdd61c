package vn.giaoviec.mail;

import java.time.ZoneId;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import vn.giaoviec.kernel.Time;

/**
 * Runs the sender on every node: the outbox every {@code send-every}, the digests at {@code digest-cron}
 * local time. A {@code send-every} of zero turns both off (the tests send themselves).
 */
@Configuration
@EnableScheduling
class MailSchedule implements SchedulingConfigurer {

    private final OutboxSender sender;
    private final NotificationProperties properties;

    MailSchedule(OutboxSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.sendEvery().isZero()) {
            return;
        }
        registrar.addFixedDelayTask(sender::sendDue, properties.sendEvery());
        ZoneId zone = Time.ZONE;
        registrar.addCronTask(new org.springframework.scheduling.config.CronTask(sender::sendDigests,
                new CronTrigger(properties.digestCron(), zone)));
    }
}
