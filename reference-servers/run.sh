#!/bin/sh
# Starts every reference server, as `java -jar reference-servers/target/reference-servers.jar` does, with a class-data
# archive of the jar's own classes (AppCDS): the first run records the classes the servers load into
# target/reference-servers.jsa as it stops, later runs map them instead of loading them; and with the JVM set for a
# quick start rather than top speed (the C1 compiler only, the serial collector), which suits a demo or a test run,
# not a load test. Together they halve the start. A rebuilt jar makes a new archive. Arguments go to the JVM, before
# -jar: run.sh -Dbird.port=0
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/reference-servers.jar"
archive="$here/target/reference-servers.jsa"
if [ ! -f "$jar" ]; then
    echo "no $jar: build it first with mvn package -DskipTests" >&2
    exit 1
fi
if [ -f "$archive" ] && [ "$jar" -nt "$archive" ]; then
    rm -f "$archive"
fi
quick="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"
if [ -f "$archive" ]; then
    exec java -XX:SharedArchiveFile="$archive" $quick "$@" -jar "$jar"
fi
exec java -XX:ArchiveClassesAtExit="$archive" $quick "$@" -jar "$jar"
