#!/usr/bin/env bash
# Moves the major tag (v1) to a release tag (v1.4.2), as the release workflow does, only when that release is the
# highest vN.x.y of its major: a backport (v1.3.9 published after v1.4.2) must never move v1 backwards.
#   move-major-tag.sh <vX.Y.Z>      (in a clone with every tag; pushes to origin)
#   DRY_RUN=1 move-major-tag.sh …   says what it would do, pushes nothing
set -euo pipefail

tag="${1:-}"
if ! [[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "::error::release tag '$tag' is not vX.Y.Z: no major tag was moved"
  exit 1
fi
major="v${BASH_REMATCH[1]}"
if ! git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "::error::tag $tag does not exist in this clone (fetch the tags first)"
  exit 1
fi

# The highest release of this major, by version order (v1.10.0 after v1.9.3), among the vX.Y.Z tags only.
highest="$(git tag -l "$major.*" | grep -E "^$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)"
if [ "$tag" != "$highest" ]; then
  echo "$tag is not the highest $major release ($highest is): $major stays where it is."
  exit 0
fi

commit="$(git rev-parse "$tag^{commit}")"
if [ "$(git rev-parse -q --verify "refs/tags/$major^{commit}" || true)" = "$commit" ]; then
  echo "$major already points at $tag ($commit)."
  exit 0
fi
if [ -n "${DRY_RUN:-}" ]; then
  echo "would move $major to $tag ($commit)"
  exit 0
fi
git tag -f -a "$major" -m "$major: $tag" "$commit"
git push -f origin "refs/tags/$major"
echo "Moved $major to $tag ($commit)."
