package vn.giaoviec.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to reports ({@code giaoviec.attachments.*}): where they are kept and how large they
 * may be. The limits are the deployment's; the defaults fit a scanned report of some pages with photos.
 */
@ConfigurationProperties("giaoviec.attachments")
record AttachmentProperties(@DefaultValue("./data/files") Path directory,
                            @DefaultValue("20MB") DataSize maxFileSize,
                            @DefaultValue("100MB") DataSize maxReportSize) {
}
