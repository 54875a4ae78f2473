package org.koldoo.audit.internal;

import java.io.PrintStream;
import java.util.List;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.security.Actor;
import org.springframework.stereotype.Component;

/** {@code audit verify}: prints the chain check as one JSON object; exit code 1 when broken. */
@Component
class AuditVerifyCommand implements KoldooCommand {

  private final AuditTrail trail;

  AuditVerifyCommand(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.AUDIT_VERIFY;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    int at = arguments.indexOf("--checkpoint");
    ChainVerification result;
    if (at >= 0) {
      if (at + 1 >= arguments.size()) {
        out.println(Json.write(Json.object("error", "--checkpoint needs a file")));
        return 2;
      }
      java.nio.file.Path file = java.nio.file.Path.of(arguments.get(at + 1));
      if (!java.nio.file.Files.isReadable(file)) {
        out.println(Json.write(Json.object("error", "cannot read the checkpoint file")));
        return 2;
      }
      result = trail.verify(file);
    } else {
      result = trail.verify();
    }
    out.println(json(result));
    // the check itself is accountable; appending after a break does not hide it
    trail.record(
        new Actor("cli", null),
        AuditRecord.of("AUDIT_CHAIN_VERIFIED", "audit", null)
            .withDetails("valid=" + result.valid() + " entries=" + result.entries()));
    return result.valid() ? 0 : 1;
  }

  static String json(ChainVerification result) {
    return Json.write(
        Json.object(
            "valid", result.valid(),
            "entries", result.entries(),
            "firstBrokenEntry", result.firstBrokenEntry(),
            "checkpoints", result.checkpoints()));
  }
}
