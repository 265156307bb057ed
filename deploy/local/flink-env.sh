# Sourced by deploy/local/flink-cluster and deploy/local/flink: where the local cluster lives and the
# JVM flags every Flink process needs.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${FLINK_CLUSTER_DIR:-$HERE/target/flink-cluster}"
CP_FILE="$HERE/cluster/target/flink-cluster-classpath.txt"

# What Flink's distribution passes in env.java.opts.all: without these a job (and the CLI client)
# fails on Java 17 with InaccessibleObjectException.
JAVA_OPENS=($(sed -n 's:.*<jvm.add-opens>\(.*\)</jvm.add-opens>.*:\1:p' "$ROOT/pom.xml"))  # the list in the root pom.xml
JAVA_OPENS+=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
)

# The Flink jars, resolved by Maven on first use.
flink_classpath() {
  if [ ! -f "$CP_FILE" ]; then
    echo "resolving the Flink jars with Maven (deploy/local/cluster/pom.xml)..." >&2
    (cd "$ROOT" && mvn -B -q -f deploy/local/cluster/pom.xml generate-resources) >&2
  fi
  cat "$CP_FILE"
}
