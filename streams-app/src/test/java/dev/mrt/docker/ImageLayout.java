package dev.mrt.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the runtime image's file layout in a directory of this machine, made by reading the
 * Dockerfile's runtime stage: what its COPY instructions copy (from the build stage's output or
 * the build context), the directories its RUN instructions make ({@code mkdir -p}) and give to
 * a user ({@code chown}), everything else owned by root and not writable by others. Paths of the
 * image map to paths under {@link #root()}.
 */
final class ImageLayout {
    private final Path root;
    private final Dockerfile.Stage stage;
    private final int uid;
    private final int gid;

    private ImageLayout(Path root, Dockerfile.Stage stage, int uid, int gid) {
        this.root = root;
        this.stage = stage;
        this.uid = uid;
        this.gid = gid;
    }

    /**
     * Builds the layout under a new directory in {@code parent}.
     *
     * @param buildOutputs the build stage's files this machine has built, by their path in the build stage
     */
    static ImageLayout build(Dockerfile dockerfile, Path repoRoot, Map<String, Path> buildOutputs, Path parent)
            throws IOException {
        Dockerfile.Stage runtime = dockerfile.runtime();
        String user = runtime.only("USER").args.trim();
        Map<String, Integer> ids = accounts(runtime);
        String[] userGroup = user.split(":");
        int uid = ids.getOrDefault("user:" + userGroup[0], parseOr(userGroup[0], -1));
        int gid = userGroup.length > 1 ? ids.getOrDefault("group:" + userGroup[1], parseOr(userGroup[1], -1)) : uid;
        assertThat(uid)
                .as("USER of the runtime stage is a uid or a user it creates: %s", user)
                .isPositive();

        Files.createDirectories(parent);
        Path root = Files.createTempDirectory(parent, "image-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        ImageLayout layout = new ImageLayout(root, runtime, uid, gid);
        for (Dockerfile.Instruction instruction : runtime.instructions) {
            switch (instruction.keyword) {
                case "WORKDIR" -> layout.makeDirectory(runtime.workdir());
                case "COPY" -> layout.copy(instruction, dockerfile, repoRoot, buildOutputs);
                case "RUN" -> layout.run(instruction.args, ids);
                default -> {
                    // ENV, USER, HEALTHCHECK, ENTRYPOINT... shape no files.
                }
            }
        }
        return layout;
    }

    Path root() {
        return root;
    }

    int uid() {
        return uid;
    }

    int gid() {
        return gid;
    }

    /** Where an absolute path of the image is here; other paths (the JRE's, /tmp) are the machine's own. */
    String hostPath(String imagePath) {
        if (!imagePath.startsWith("/") || imagePath.length() < 2) {
            return imagePath;
        }
        String top = imagePath.substring(1).split("/")[0];
        return Files.exists(root.resolve(top))
                ? root.resolve(imagePath.substring(1)).toString()
                : imagePath;
    }

    Path workdir() {
        return Path.of(hostPath(stage.workdir()));
    }

    /** Users and groups the stage creates: {@code user:<name>} and {@code group:<name>} to their ids. */
    private static Map<String, Integer> accounts(Dockerfile.Stage stage) {
        Map<String, Integer> ids = new HashMap<>();
        for (Dockerfile.Instruction run : stage.all("RUN")) {
            for (String command : run.args.split("&&")) {
                List<String> w = List.of(command.strip().split("\\s+"));
                if (w.isEmpty()) {
                    continue;
                }
                String name = w.get(w.size() - 1);
                if (w.get(0).equals("useradd") && w.contains("--uid")) {
                    ids.put("user:" + name, Integer.parseInt(w.get(w.indexOf("--uid") + 1)));
                }
                if (w.get(0).equals("groupadd") && w.contains("--gid")) {
                    ids.put("group:" + name, Integer.parseInt(w.get(w.indexOf("--gid") + 1)));
                }
            }
        }
        return ids;
    }

    private void copy(Dockerfile.Instruction copy, Dockerfile dockerfile, Path repoRoot, Map<String, Path> buildOutputs)
            throws IOException {
        List<String> words = copy.words();
        String destination = words.get(words.size() - 1);
        for (String source : words.subList(0, words.size() - 1)) {
            Path from;
            if (copy.flag("from") != null) {
                assertThat(buildOutputs)
                        .as("the build stage's %s has been built on this machine", source)
                        .containsKey(source);
                from = buildOutputs.get(source);
            } else {
                from = repoRoot.resolve(source);
            }
            String fileName = from.getFileName().toString();
            Path to = Path.of(hostPath(stage.resolve(destination, Files.isDirectory(from) ? "" : fileName)));
            copyTree(from, to);
        }
    }

    /** The commands of a RUN that shape files: {@code mkdir -p} and {@code chown [-R] owner path...}. */
    private void run(String args, Map<String, Integer> ids) throws IOException {
        for (String command : args.split("&&")) {
            List<String> w = new ArrayList<>(List.of(command.strip().split("\\s+")));
            if (w.get(0).equals("mkdir")) {
                for (String path : w.subList(1, w.size())) {
                    if (!path.startsWith("-")) {
                        makeDirectory(path);
                    }
                }
            }
            if (w.get(0).equals("chown")) {
                List<String> operands = w.subList(1, w.size()).stream()
                        .filter(x -> !x.startsWith("-"))
                        .toList();
                for (String path : operands.subList(1, operands.size())) {
                    giveToUser(Path.of(hostPath(path)));
                }
            }
        }
    }

    private void makeDirectory(String imagePath) throws IOException {
        Path dir = root;
        for (String part : imagePath.substring(1).split("/")) {
            dir = dir.resolve(part);
            if (!Files.exists(dir)) {
                Files.createDirectory(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private void giveToUser(Path path) throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.toList()) {
                Files.setAttribute(p, "unix:uid", uid);
                Files.setAttribute(p, "unix:gid", gid);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
