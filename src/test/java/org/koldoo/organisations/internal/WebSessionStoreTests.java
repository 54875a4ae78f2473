package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.privacy.internal.KeyFiles;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/** Session attributes in the database, as one server opens what another sealed. */
class WebSessionStoreTests {

  private static final String OLD = KeyFiles.randomKey();
  private static final String NEW = KeyFiles.randomKey();
  private static final String INDEX = KeyFiles.randomKey();

  private final DeserializingConverter deserialize =
      new DeserializingConverter(WebSessionStoreTests.class.getClassLoader());

  private static FieldCipher cipher(String keys, String active) throws Exception {
    return new FieldCipher(KeyFiles.configured(keys, active, INDEX));
  }

  @Test
  void an_attribute_sealed_with_a_key_this_server_lacks_is_as_if_absent() throws Exception {
    FieldCipher peer = cipher("old:" + OLD + ",new:" + NEW, "new");
    FieldCipher behind = cipher("old:" + OLD, "old");
    byte[] sealed =
        peer.seal(new SerializingConverter().convert("signed in"), WebSessionStore.CONTEXT);

    assertThat(WebSessionStore.opened(peer, deserialize, sealed)).isEqualTo("signed in");
    assertThat(WebSessionStore.opened(behind, deserialize, sealed))
        .as("the person signs in again on this server")
        .isNull();
  }

  @Test
  void an_attribute_that_does_not_open_with_its_own_key_is_still_refused() throws Exception {
    FieldCipher here = cipher("old:" + OLD, "old");
    byte[] sealed =
        here.seal(new SerializingConverter().convert("signed in"), WebSessionStore.CONTEXT);
    sealed[sealed.length - 1] ^= 1; // altered in the database
    assertThatThrownBy(() -> WebSessionStore.opened(here, deserialize, sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("altered");
  }
}
