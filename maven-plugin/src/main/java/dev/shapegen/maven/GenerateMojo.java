package dev.shapegen.maven;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java 17 records, forward-compatible enums, sealed unions and validators from an AWS JSON service model,
 * and adds them to the compile sources.
 *
 * <p>When the spec, the parameters and the generator version are unchanged since the last run of this execution,
 * and the files it wrote are intact, the goal does nothing and touches no file. Otherwise it writes only files whose
 * content changed, and deletes the files that its previous run wrote and this run does not; it never deletes
 * anything else. New files are staged and moved into place only when all are ready, so a failed or killed build
 * leaves the previous output as it was (or the next build finishes the interrupted one). Executions and modules
 * that share an output directory take turns; each needs its own package there, since two that would write the same
 * files fail the second. The output directory must be the goal's own: the project's source or resource directories,
 * or one that holds the spec or Java sources that shapegen did not write, fail the build with nothing written.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /** The AWS JSON service model to generate from (the {@code service-2.json} layout). */
    @Parameter(property = "shapegen.spec", required = true)
    private File spec;

    /** The Java package of the generated types, such as {@code com.example.sagemaker}; support types go to its
     * {@code runtime} subpackage. */
    @Parameter(property = "shapegen.packageName", required = true)
    private String packageName;

    /**
     * The root directory of the generated sources; added to the project's compile source roots. It must hold no
     * sources but shapegen's, and not the spec, and be none of the project's source or resource directories (not
     * {@code src/main/java}), nor lie in or around one. Outside the build directory, the record of what was written
     * is kept in its {@code .shapegen} folder, so that {@code mvn clean} does not lose it.
     */
    @Parameter(property = "shapegen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/shapegen")
    private File outputDirectory;

    /** Generate only these shapes and everything they reach. Empty (with no operations): every shape. */
    @Parameter(property = "shapegen.shapes")
    private List<String> shapes;

    /** Generate only these operations' input, output and error shapes, and everything they reach. */
    @Parameter(property = "shapegen.operations")
    private List<String> operations;

    /**
     * An earlier version of the spec that users' code was generated from. When set, the build fails (and nothing is
     * written) if the spec breaks that code: a removed operation, shape, member or enum value, a changed type, a
     * member newly required in an input, or a tightened input constraint. Move it forward when a break is intended.
     */
    @Parameter(property = "shapegen.baselineSpec")
    private File baselineSpec;

    /** Skip generation; the output directory is then not added to the compile sources either. */
    @Parameter(property = "shapegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shapegen: skipped (shapegen.skip is true)");
            return;
        }
        String clash = RequestMapping.sourceRootClash(outputDirectory, sourceRoots(), resourceRoots(false),
                resourceRoots(true), new File(project.getBuild().getDirectory()));
        if (clash != null) {
            throw new MojoFailureException(clash);
        }
        GenerationRequest request = RequestMapping.toRequest(spec, packageName, outputDirectory, shapes, operations,
                new File(project.getBuild().getDirectory()), project.getGroupId() + ":" + project.getArtifactId(),
                execution.getExecutionId(), baselineSpec);
        try {
            GenerationResult result = Generator.generate(request);
            getLog().info(result.summary());
            if (result.apiChanged()) {
                getLog().info(result.changeSummary());
            }
            if (result.changeReport() != null) {
                getLog().info("shapegen: the spec changed since the last generation:");
                result.changeReport().lines().forEach(line -> getLog().info("  " + line));
            }
            for (Diagnostic warning : result.warnings()) {
                getLog().warn(warning.render());
            }
        } catch (SpecException e) {
            // Not logged one by one: the failure carries them, and Maven prints it once at the end of the build.
            List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
            if (errors.stream().anyMatch(d -> d.id().equals("output.shared-files"))) {
                throw failure("shapegen: cannot generate into " + outputDirectory + "; nothing was written. Give "
                        + "this execution its own packageName or outputDirectory, or delete the other run's state, "
                        + "as said below, and build again.", e);
            }
            if (errors.stream().allMatch(d -> d.id().startsWith("output."))) {
                throw failure("shapegen: cannot generate into " + outputDirectory + "; nothing was written. Set "
                        + "outputDirectory to an empty or dedicated directory (the default, "
                        + "target/generated-sources/shapegen, is one) and build again.", e);
            }
            throw specFailure(spec, baselineSpec, e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("shapegen: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Not the spec's fault: a bug in shapegen, reported as such, with its stack trace for the report.
            throw new MojoExecutionException("shapegen: internal error while generating from " + spec
                    + "; please report it with the spec: " + e, e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private List<File> sourceRoots() {
        Build build = project.getBuild();
        // Either may be unset in an odd model; List.of would refuse the null.
        return Stream.of(build.getSourceDirectory(), build.getTestSourceDirectory()).filter(Objects::nonNull)
                .map(File::new).toList();
    }

    /**
     * The resource directories; with {@code whole}, only those copied whole but for excludes: without includes,
     * everything not excluded goes into the jar, generated sources too, whatever the excludes leave out.
     */
    private List<File> resourceRoots(boolean whole) {
        Build build = project.getBuild();
        return Stream.concat(build.getResources().stream(), build.getTestResources().stream())
                .filter(r -> !whole || RequestMapping.copiedWhole(r))
                .map(Resource::getDirectory).filter(Objects::nonNull).map(File::new).toList();
    }

    /**
     * The build failure for a bad spec or a bad configuration: what to do, then every error, one per line. IDEs and
     * embedders often show only the exception, so it carries them all; it has no cause, since Maven would print the
     * cause's message, the same errors, again.
     */
    static MojoFailureException specFailure(File spec, SpecException e) {
        return specFailure(spec, null, e);
    }

    /** As {@link #specFailure(File, SpecException)}, for a build with a baseline spec, or none (null). */
    static MojoFailureException specFailure(File spec, File baseline, SpecException e) {
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        String count = errors.size() + (errors.size() == 1 ? " error" : " errors");
        if (errors.stream().allMatch(Diagnostic::isAboutRequest)) {
            return failure("shapegen: " + count + " in the plugin configuration; nothing was written. Fix the "
                    + "parameters named below (packageName, shapes, operations) and build again.", e);
        }
        String specName = spec.toString();
        if (errors.stream().allMatch(d -> specName.equals(d.location().file()))) {
            return failure("shapegen: " + count + " in " + spec + "; nothing was written and the previous output is "
                    + "unchanged. Fix the spec" + (baseline == null ? "" : " (or move baselineSpec forward for an "
                    + "intended break)") + " and build again.", e);
        }
        if (baseline != null && errors.stream().allMatch(d -> baseline.toString().equals(d.location().file()))) {
            return failure("shapegen: " + count + " in the baseline spec " + baseline + "; nothing was written and "
                    + "the previous output is unchanged. Fix baselineSpec or that spec and build again.", e);
        }
        return failure("shapegen: " + count + "; nothing was written and the previous output is unchanged. Fix what "
                + "each line below names and build again.", e);
    }

    /** A build failure that says what to do, then lists every error, one per line. */
    private static MojoFailureException failure(String summary, SpecException e) {
        StringBuilder message = new StringBuilder(summary);
        for (Diagnostic d : e.diagnostics()) {
            if (d.isError()) {
                message.append(System.lineSeparator()).append(d.render());
            }
        }
        return new MojoFailureException(message.toString());
    }
}
