import ShenbaoCore
import Testing

@Suite("Sizes as people read them")
struct ByteSizeTests {
  @Test func inKilobytesMegabytesAndGigabytes() {
    #expect(ByteSize.text(0) == "0 B")
    #expect(ByteSize.text(512) == "512 B")
    #expect(ByteSize.text(1024) == "1 KB")
    #expect(ByteSize.text(1536) == "1.5 KB")
    #expect(ByteSize.text(2 << 20) == "2 MB")
    #expect(ByteSize.text(100 << 20) == "100 MB")
    #expect(ByteSize.text(12_900_000) == "12 MB")
    #expect(ByteSize.text(5 << 30 / 2) == "2.5 GB")
  }
}
