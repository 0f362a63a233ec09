package org.jcrm.agents.lsb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jcrm.agents.AgentClass;
import org.jcrm.agents.process.AgentEnvironment;
import org.jcrm.agents.process.ProcessOutcome;
import org.jcrm.agents.process.ProcessRunner;
import org.jcrm.agents.process.ResultTranslator;
import org.jcrm.engine.executor.ActionResult;
import org.jcrm.engine.executor.AgentRef;
import org.jcrm.engine.executor.ExecutorAction;
import org.jcrm.engine.executor.OcfCode;
import org.jcrm.engine.executor.OpStatus;

/**
 * LSB init scripts ({@code /etc/init.d/NAME start|stop|status}). A monitor runs {@code status}, and
 * status codes follow LSB: 0 running, 3 not running (OCF 7), any other code a failed service (OCF 1).
 * Other actions pass through: 0 is success, the LSB error codes 1-7 mean what the same OCF codes mean.
 * LSB scripts take no parameters.
 */
public final class LsbAgentClass implements AgentClass {
    private final Path dir;
    private final ProcessRunner runner;

    public LsbAgentClass(Path initDir, ProcessRunner runner) {
        this.dir = initDir;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "lsb";
    }

    @Override
    public List<String> list(String provider) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(Files::isExecutable)
                    .map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The script's path, when {@code name} is a plain file name. */
    public Optional<Path> locate(String name) {
        if (name.contains("/") || name.startsWith(".")) {
            return Optional.empty();
        }
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public boolean exists(AgentRef agent) {
        return locate(agent.type()).isPresent();
    }

    @Override
    public Optional<String> metadataXml(AgentRef agent) {
        return locate(agent.type()).map(LsbHeader::read).map(h -> h.toMetadataXml(agent.type()));
    }

    /**
     * Runs the script with {@code command} and returns what it did, unmapped: {@code ra check} judges
     * the LSB codes themselves.
     */
    public ProcessOutcome runScript(Path script, String command, Duration timeout) throws InterruptedException {
        return runner.run(List.of(script.toString(), command), AgentEnvironment.base(), "", timeout);
    }

    @Override
    public ActionResult execute(ExecutorAction action) throws InterruptedException {
        Optional<Path> script = locate(action.agent().type());
        if (script.isEmpty()) {
            return ActionResult.failed(OcfCode.ERR_INSTALLED, OpStatus.NOT_INSTALLED,
                    "init script " + dir.resolve(action.agent().type()) + " not found");
        }
        if (!Files.isExecutable(script.get())) {
            return ActionResult.failed(OcfCode.ERR_PERM, OpStatus.ERROR_HARD,
                    "init script " + script.get() + " is not executable");
        }
        if (action.action().equals("meta-data")) {
            return new ActionResult(OcfCode.SUCCESS, OpStatus.DONE, "",
                    LsbHeader.read(script.get()).toMetadataXml(action.agent().type()), Duration.ZERO);
        }
        boolean status = action.action().equals("monitor") || action.action().equals("status");
        String command = status ? "status" : action.action();
        ProcessOutcome outcome = runScript(script.get(), command, action.timeout());
        return ResultTranslator.translate(outcome, "lsb:" + action.agent().type(),
                status ? LsbAgentClass::statusToOcf : LsbAgentClass::actionToOcf);
    }

    /** LSB status codes: 0 running, 3 not running, anything else failed. */
    public static int statusToOcf(int lsb) {
        return switch (lsb) {
            case 0 -> OcfCode.SUCCESS;
            case 3 -> OcfCode.NOT_RUNNING;
            default -> OcfCode.ERR_GENERIC;
        };
    }

    /** LSB codes of actions other than status: 0-7 keep their meaning, others are generic errors. */
    public static int actionToOcf(int lsb) {
        return lsb >= 0 && lsb <= 7 ? lsb : OcfCode.ERR_GENERIC;
    }
}
