package io.accordgraph.embedded;

import java.nio.file.Path;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * The password of the user {@code neo4j}, handed to a DBMS before it starts the way
 * {@code neo4j-admin dbms set-initial-password} does: in the {@code auth.ini} file under {@code data/dbms}. Neo4j
 * reads it when it creates its system graph, and also at later starts while {@code neo4j} is the only user and still
 * has the default password {@code neo4j}, which is what a data directory made before the server had a password
 * holds. A user whose password is already set keeps it: the file then changes nothing.
 */
final class InitialPassword {

    private InitialPassword() {
    }

    /** Writes {@code password} as the initial one of the DBMS whose home is {@code home}. */
    static void write(Path home, String user, String password) {
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build());
        // The file holds a salted hash, never the password, so it needs no protection beyond the data directory's.
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(file.getParent());
            if (fs.fileExists(file)) {
                fs.deleteFile(file);
            }
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(user, null,
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()),
                    false, false));
            users.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the initial Neo4j password to " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
