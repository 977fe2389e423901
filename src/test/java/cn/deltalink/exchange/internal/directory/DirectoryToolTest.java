package cn.deltalink.exchange.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.internal.core.MemberDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryToolTest {

  @TempDir Path folder;

  @Test
  void theCoordinatorSignsADirectoryFromTheNodesPublicKeysThatNodesCanVerify() throws Exception {
    DirectoryTool.main(new String[] {"keygen", folder.resolve("coordinator").toString(), "coordinator"});
    DirectoryTool.main(new String[] {"keygen", folder.resolve("SH").toString(), "node"});
    DirectoryTool.main(new String[] {"keygen", folder.resolve("JS").toString(), "node"});
    Files.writeString(
        folder.resolve("members.csv"),
        "# id,province,endpoint,public key,agencies\nSH,31,https://sh.example:8131,SH/node.pub.pem,310000000000\nJS,32,https://js.example:8132,JS/node.pub.pem,320000000000;320100000000\n");

    DirectoryTool.main(new String[] {"sign", "yrd", "7", folder.resolve("members.csv").toString(), folder.resolve("coordinator/coordinator.key.pem").toString(), folder.resolve("out").toString()});

    MemberDirectory directory =
        MemberDirectory.verified(
            Files.readAllBytes(folder.resolve("out/directory.json")), Files.readString(folder.resolve("out/directory.sig")), KeyFiles.readPublic(folder.resolve("coordinator/coordinator.pub.pem")));
    assertThat(directory.version()).isEqualTo(7);
    assertThat(directory.member("JS").orElseThrow().agencies()).containsExactly("320000000000", "320100000000");
    assertThat(directory.member("SH").orElseThrow().key()).isEqualTo(KeyFiles.readPublic(folder.resolve("SH/node.pub.pem")));
  }

  @Test
  void aPrivateKeyFileIsReadableByItsOwnerOnly() throws Exception {
    KeyFiles.loadOrCreate(folder, "node");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("node.key.pem")))).isEqualTo("rw-------");
  }
}
