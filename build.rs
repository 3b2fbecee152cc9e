//! Compiles every profile under `profiles/` into the binary, so a fresh
//! install works with no files at all.
//!
//! Each file is also read here, once, so that start-up parses no YAML
//! (SPEC §7: `show` and `profiles` within 2× of `--version`, with about
//! 200 built-in profiles). For each file the generated table holds its
//! text, its document as JSON (which `serde_json` reads about 20 times
//! faster than the YAML parses) and a summary of the fields `profiles`
//! lists. The document is read by the crate's own YAML module (`src/yaml`,
//! a leaf that uses nothing else of the crate but the input caps,
//! `src/input/kind.rs`), so the build accepts and builds exactly what run
//! time would: no tag, duplicate key or nesting the run-time reader
//! refuses slips through as JSON. A file that does
//! not read, or whose JSON does not read back to the same value (a
//! non-finite float), gets neither JSON nor summary: it takes the YAML
//! path at run time, which reports it as it always did. Nothing here
//! judges whether a profile is valid; the run-time check does, on either
//! path.

use std::fmt::Write as _;
use std::path::Path;

use yaml::{Node, Value};

/// The crate's own YAML reader (only `decode`, `parse` and the value's
/// accessors are used).
#[path = "src/yaml/mod.rs"]
#[allow(dead_code, unused_imports)]
mod yaml;

/// The input caps, which the YAML reader checks.
#[path = "src/input/kind.rs"]
#[allow(dead_code)]
mod input;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
    println!("cargo::rerun-if-changed={}", dir.display());
    // The reader below is the crate's own: a change to it may change what
    // a built-in reads as.
    for reader in ["src/yaml", "src/input/kind.rs"] {
        println!(
            "cargo::rerun-if-changed={}",
            Path::new(env!("CARGO_MANIFEST_DIR")).join(reader).display()
        );
    }
    // Every profile under `profiles/`, in its folders too (the framework
    // library is under `profiles/ddat/<family>/`).
    let mut files = Vec::new();
    let mut pending = vec![dir.clone()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("profiles/ folder is readable") {
            let path = entry.expect("profiles/ entries are readable").path();
            if path.is_dir() {
                pending.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let json_dir = out.join("builtin_profiles");
    std::fs::create_dir_all(&json_dir).expect("OUT_DIR is writable");
    let mut code = String::from("&[\n");
    let mut listed = String::new();
    for (index, file) in files.iter().enumerate() {
        println!("cargo::rerun-if-changed={}", file.display());
        let name = file
            .strip_prefix(&dir)
            .expect("found under profiles/")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read(file).expect("a profile file is readable");
        let (json, summary) = match precompile(&text, &mut listed) {
            Some((json, summary)) => {
                let path = json_dir.join(format!("{index:04}.json"));
                std::fs::write(&path, json).expect("OUT_DIR is writable");
                let include = format!("Some(include_str!({:?}))", path.display().to_string());
                (include, summary)
            }
            None => ("None".to_owned(), "None".to_owned()),
        };
        writeln!(
            code,
            "    BuiltIn {{\n        name: {name:?},\n        text: include_str!({:?}),\n        json: {json},\n        summary: {summary},\n    }},",
            file.display().to_string()
        )
        .unwrap();
    }
    code.push_str("]\n");
    std::fs::write(out.join("builtin_profiles.rs"), code).expect("OUT_DIR is writable");
    std::fs::write(out.join("builtin_listed.txt"), listed).expect("OUT_DIR is writable");
}

/// The document as JSON and the Rust expression of its summary
/// (`Some(Summary { .. })` or `None`), when the file can take the JSON
/// path at run time. The summary's text goes to the end of `listed`.
fn precompile(bytes: &[u8], listed: &mut String) -> Option<(String, String)> {
    let text = yaml::decode(bytes).ok()?;
    let value = yaml::parse(text).ok()?;
    let json = serde_json::to_string(&value).ok()?;
    let back: Value = serde_json::from_str(&json).ok()?;
    if back != value {
        return None;
    }
    Some((json, summary(&value, listed)))
}

/// The value of `key` in `node`, when it is a mapping that has it.
fn field<'a>(node: Node<'a>, key: &str) -> Option<Node<'a>> {
    node.as_mapping()?
        .iter()
        .find(|(name, _)| *name == Some(key))
        .map(|(_, value)| value)
}

/// `Some(Summary { .. })` with the listed fields, or `None` when one of
/// them is not of the shape a valid profile gives (then `profiles` parses
/// the file to list it). The texts are appended to `listed`, which all
/// summaries share, and the summary takes them from there by offset
/// (`builtin::listed`): read one after another, as the catalog's index and
/// a listing read them, they are a few pages of the binary, where literals
/// of their own would lie each beside its profile's text, one page fault
/// apiece (perf: about a hundred more in `show` with 200 built-ins).
fn summary(value: &Value, listed: &mut String) -> String {
    let text = |key: &str| value.get(key).and_then(Node::as_str);
    let (Some(id), Some(title)) = (text("id"), text("title")) else {
        return "None".to_owned();
    };
    let optional = |key: &str| match value.get(key) {
        None | Some(Node::Null) => Ok(None),
        Some(Node::String(text)) => Ok(Some(text)),
        Some(_) => Err(()),
    };
    let (Ok(family), Ok(level), Ok(role)) =
        (optional("family"), optional("level"), optional("role"))
    else {
        return "None".to_owned();
    };
    let (rank, track) = match value.get("ladder") {
        None | Some(Node::Null) => (None, None),
        Some(ladder) => {
            let rank = field(ladder, "rank")
                .and_then(|rank| match rank {
                    Node::Number(n) => n.as_u64(),
                    _ => None,
                })
                .and_then(|rank| u8::try_from(rank).ok());
            let track = match field(ladder, "track").and_then(Node::as_str) {
                None => Some("technical"),
                Some(track @ ("technical" | "management")) => Some(track),
                Some(_) => return "None".to_owned(),
            };
            match rank {
                Some(rank) if rank > 0 => (Some(rank), track),
                _ => return "None".to_owned(),
            }
        }
    };
    let mut rated_items = 0;
    let mut skills = String::new();
    let mut level_texts = String::new();
    for section in ["knowledge_skills", "organisation_skills"] {
        match value.get(section) {
            None | Some(Node::Null) => {}
            Some(Node::Sequence(items)) => {
                rated_items += items.len();
                for item in items.iter() {
                    match field(item, "title").and_then(Node::as_str) {
                        Some(title) if !title.contains('\n') => {
                            skills.push_str(title);
                            skills.push('\n');
                        }
                        _ => return "None".to_owned(),
                    }
                    if let Some(id) = ddat_id_with_level_texts(item) {
                        level_texts.push_str(id);
                        level_texts.push('\n');
                    }
                }
            }
            Some(_) => return "None".to_owned(),
        }
    }
    let mut aliases = String::new();
    match value.get("aliases") {
        None | Some(Node::Null) => {}
        Some(Node::Sequence(items)) => {
            for item in items.iter() {
                match item.as_str() {
                    Some(alias) if !alias.contains('\n') => {
                        aliases.push_str(alias);
                        aliases.push('\n');
                    }
                    _ => return "None".to_owned(),
                }
            }
        }
        Some(_) => return "None".to_owned(),
    }
    let mut take = |text: &str| {
        let start = listed.len();
        listed.push_str(text);
        format!("listed({start}, {})", listed.len())
    };
    let id = take(id);
    let title = take(title);
    let skills = take(&skills);
    let aliases = take(&aliases);
    let level_texts = take(&level_texts);
    let mut take_optional = |text: Option<&str>| {
        text.map_or_else(|| "None".to_owned(), |text| format!("Some({})", take(text)))
    };
    let family = take_optional(family);
    let level = take_optional(level);
    let role = take_optional(role);
    let rank = rank.map_or_else(|| "None".to_owned(), |rank| format!("Some({rank})"));
    let track = match track {
        Some("management") => "Some(Track::Management)",
        Some(_) => "Some(Track::Technical)",
        None => "None",
    };
    format!(
        "Some(Summary {{ id: {id}, title: {title}, family: {family}, role: {role}, level: {level}, rank: {rank}, track: {track}, skills: {skills}, aliases: {aliases}, level_texts: {level_texts}, rated_items: {rated_items} }})"
    )
}

/// The DDaT id of an organisation skill that says what each of its levels
/// means (`level_descriptions`): its `ddat_skill`, else its own `id` when
/// its framework is DDaT (as `OrganisationSkill::ddat_id` reads it). A
/// profile that links to the skill without the texts finds them through
/// this (`profile::level_texts`), parsing one built-in profile, not all.
fn ddat_id_with_level_texts(item: Node<'_>) -> Option<&str> {
    match field(item, "level_descriptions")? {
        Node::Sequence(texts) if !texts.is_empty() => {}
        _ => return None,
    }
    let id = field(item, "ddat_skill").and_then(Node::as_str);
    let own = || {
        field(item, "framework")
            .and_then(Node::as_str)
            .filter(|framework| framework.eq_ignore_ascii_case("ddat"))
            .and(field(item, "id").and_then(Node::as_str))
    };
    id.or_else(own).filter(|id| !id.contains('\n'))
}
