# Sourced by deploy/local/flink-cluster and deploy/local/flink: where the local cluster lives and the
# JVM flags every Flink process needs.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${FLINK_CLUSTER_DIR:-$HERE/target/flink-cluster}"
CP_FILE="$HERE/cluster/target/flink-cluster-classpath.txt"

# What Flink's distribution passes in env.java.opts.all: without these a job (and the CLI client)
# fails on Java 17 with InaccessibleObjectException.
JAVA_OPENS=(
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.sql/java.sql=ALL-UNNAMED
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
