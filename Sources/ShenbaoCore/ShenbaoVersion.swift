/// The version of shenbao, which `--version` prints and bundles name as their maker.
public enum ShenbaoVersion {
  public static let current = "0.1.0"
}
