package vn.giaoviec.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attached files' bytes live, outside the engine's variables and our tables. The embedded
 * default is a directory ({@link DiskFileStore}); an object store fits behind the same three calls.
 */
interface FileStore {

    /** Keeps the file's bytes under the key; the source is a temporary file the store may move. */
    void put(String key, Path source) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
