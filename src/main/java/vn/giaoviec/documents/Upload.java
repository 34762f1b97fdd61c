package vn.giaoviec.documents;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrives: the name the user's computer gave it, its declared size, and its bytes. */
public record Upload(String name, long size, InputStreamSource content) {
}
