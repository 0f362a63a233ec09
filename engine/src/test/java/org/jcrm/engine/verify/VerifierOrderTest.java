package org.jcrm.engine.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jcrm.engine.cib.Cib;
import org.jcrm.engine.cib.CibXml;
import org.jcrm.engine.cib.RenderedCib;
import org.junit.jupiter.api.Test;

/** A rule still waiting for its background work is checked last, yet its findings keep its place. */
class VerifierOrderTest {
    @Test
    void aRuleWaitingForItsBackgroundWorkIsCheckedAfterTheOthersButReportsFirst() {
        CountDownLatch othersChecked = new CountDownLatch(1);
        List<String> checked = new ArrayList<>();
        VerifyRule slow = new VerifyRule() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public void prepare(VerifyContext context) {
                context.background(this, () -> {
                    try {
                        // when the rules ran in order, this waits in vain and the finding tells
                        return othersChecked.await(5, TimeUnit.SECONDS) ? "done" : "checked first";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                    }
                });
            }

            @Override
            public void check(VerifyContext context, Reporter report) {
                checked.add(name());
                report.warning(context.cib().root(), "slow " + VerifyContext.await(context.background(this, () -> "")));
            }
        };
        VerifyRule quick = new VerifyRule() {
            @Override
            public String name() {
                return "quick";
            }

            @Override
            public void check(VerifyContext context, Reporter report) {
                checked.add(name());
                report.warning(context.cib().root(), "quick");
                othersChecked.countDown();
            }
        };
        RenderedCib rendered = CibXml.render(Cib.empty());

        VerifyReport report = new Verifier(List.of(slow, quick))
                .verify(new CibDocument(rendered.document(), rendered.xml()), AgentCatalog.NONE, SourceMap.empty());

        assertEquals(List.of("quick", "slow"), checked);
        assertEquals(List.of("slow done", "quick"), report.findings().stream().map(Finding::message).toList());
    }
}
