package dev.shapegen.maven;

import dev.shapegen.GenerationRequest;
import dev.shapegen.GenerationResult;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
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
 * that share an output directory take turns. The output directory must be the goal's own: one that holds the spec,
 * or Java sources that shapegen did not write, fails the build with nothing written.
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
     * sources but shapegen's (not {@code src/main/java}), and not the spec.
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
        GenerationRequest request = RequestMapping.toRequest(spec, packageName, outputDirectory, shapes, operations,
                new File(project.getBuild().getDirectory()), execution.getExecutionId(), baselineSpec);
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
            for (Diagnostic d : e.diagnostics()) {
                if (d.isError()) {
                    getLog().error(d.render());
                }
            }
            if (e.diagnostics().stream().filter(Diagnostic::isError).allMatch(d -> d.id().startsWith("output."))) {
                throw failure("shapegen: cannot generate into " + outputDirectory + "; nothing was written. Set "
                        + "outputDirectory to an empty or dedicated directory (the default, "
                        + "target/generated-sources/shapegen, is one) and build again.", e);
            }
            throw specFailure(spec, e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("shapegen: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Not the spec's fault: a bug in shapegen, reported as such, with its stack trace for the report.
            throw new MojoExecutionException("shapegen: internal error while generating from " + spec
                    + "; please report it with the spec: " + e, e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /**
     * The build failure for a bad spec: what to do, then every error, one per line. The errors are logged too, but
     * IDEs and embedders often show only the exception, so it carries them all (and the SpecException as cause).
     */
    static MojoFailureException specFailure(File spec, SpecException e) {
        long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
        return failure("shapegen: " + errors + (errors == 1 ? " error" : " errors") + " in " + spec
                + "; nothing was written and the previous output is unchanged. Fix the spec (or the plugin "
                + "configuration, or move baselineSpec forward for an intended break) and build again.", e);
    }

    /** A build failure that says what to do, then lists every error, one per line. */
    private static MojoFailureException failure(String summary, SpecException e) {
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        StringBuilder message = new StringBuilder(summary);
        for (Diagnostic d : errors) {
            message.append(System.lineSeparator()).append(d.render());
        }
        return new MojoFailureException(message.toString(), e);
    }
}
