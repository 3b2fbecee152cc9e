"""Shared by the shapes: a profile of K required skills, each developed by
its own training. Not a shape itself (the benchmarks run bench/shapes/*.py,
not this folder)."""
import os


def write_profile(out, profile_id, title, k):
    """Writes `<out>/<profile_id>-profile.yaml` and returns its path."""
    lines = [
        f"id: {profile_id}",
        f"title: {title}",
        "summary: Every required skill has its own training.",
        "knowledge_skills:",
    ]
    for i in range(k):
        lines += [
            f"  - id: s{i:05d}",
            f"    title: Skill {i:05d}",
            "    depth: aware",
            "    type: technical",
            "    details: d",
        ]
    lines.append("training:")
    for i in range(k):
        lines += [
            f"  - title: Course {i:05d}",
            "    details: d",
            f"    develops: [s{i:05d}]",
        ]
    profile = os.path.join(out, f"{profile_id}-profile.yaml")
    with open(profile, "w") as f:
        f.write("\n".join(lines) + "\n")
    return profile
