import CLibCrypto

/// One digest computed as bytes arrive, by the system's libcrypto.
package final class RunningDigest {
  // nil only when libcrypto could not allocate its context; the digest is then "", which matches
  // no real digest, so a check that relies on it fails rather than passes.
  private let context: OpaquePointer?

  /// libcrypto set up without reading the system's OpenSSL configuration: digests need none,
  /// and a configuration may load modules.
  private static let initialized = OPENSSL_init_crypto(UInt64(OPENSSL_INIT_NO_LOAD_CONFIG), nil) == 1

  package init(_ algorithm: DigestAlgorithm) {
    _ = Self.initialized
    let context = EVP_MD_CTX_new()
    if let context, EVP_DigestInit_ex(context, Self.method(algorithm), nil) == 1 {
      self.context = context
    } else {
      EVP_MD_CTX_free(context)
      self.context = nil
    }
  }

  deinit { EVP_MD_CTX_free(context) }

  package func update(_ bytes: UnsafeRawBufferPointer) {
    guard let context, let base = bytes.baseAddress, !bytes.isEmpty else { return }
    EVP_DigestUpdate(context, base, bytes.count)
  }

  /// The lower-case hex digest; the digest cannot be updated after.
  package func finalize() -> String {
    guard let context else { return "" }
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { return "" }
    return MultiDigest.hex(digest.prefix(Int(length)))
  }

  private static func method(_ algorithm: DigestAlgorithm) -> OpaquePointer? {
    switch algorithm {
    case .md5: EVP_md5()
    case .sha1: EVP_sha1()
    case .sha256: EVP_sha256()
    case .sha512: EVP_sha512()
    }
  }
}
