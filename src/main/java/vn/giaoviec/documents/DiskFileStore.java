package vn.giaoviec.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/** Files under {@code giaoviec.attachments.directory}, two levels of folders by key so no folder grows huge. */
@Component
class DiskFileStore implements FileStore {

    private final Path root;

    DiskFileStore(AttachmentProperties settings) {
        this.root = settings.directory().toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
