//! The shape of the code (docs/ARCHITECTURE.md), read from its own `use` lines and paths:
//! each room uses only the rooms below it, no circle between the files of a room, the
//! archive's store imports nothing of printing or publishing, and the desk's templates
//! import no handler. (`cargo test --test architecture -- --nocapture`
//! prints each room's file graph.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A room's files and, for each, the files of the same room it uses.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// The source of `src/<room>/<file>.rs` without its comments and its `#[cfg(test)]` module
/// (tests may reach anywhere).
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|l| match l.trim_start().starts_with("//") {
            true => "",
            false => l.split(" // ").next().unwrap_or(l),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path in `use` trees and code: `use a::{b, c::{d, e}}` gives a::b, a::c::d, a::c::e.
fn paths(code: &str) -> Vec<String> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head = format!("{prefix}{}", &tree[..open]);
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&head, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&head, &inner[start..], out);
        } else if !tree.is_empty() {
            out.push(format!(
                "{prefix}{}",
                tree.split(" as ").next().unwrap().trim()
            ));
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let body = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p));
        if body.is_some() {
            let start = at + (line.len() - trimmed.len());
            let statement = &code[start..];
            let statement = &statement[..statement.find(';').unwrap_or(statement.len())];
            let tree: String = statement[statement.find("use ").unwrap() + 4..]
                .split_whitespace()
                .collect();
            expand("", &tree, &mut out);
        }
        at += line.len();
    }
    // Paths written out in code (`super::merge::Conflict`, `crate::print::Cups`).
    for (i, _) in code.match_indices("::") {
        let start = code[..i]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |s| s + 1);
        let end = code[i..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(code.len(), |e| i + e);
        out.push(code[start..end].to_string());
    }
    out
}

/// The room's files (module names: "mod" for mod.rs) and the names mod.rs re-exports from
/// each (`pub use record::{CardId, …}`: a file using `super::CardId` uses record).
fn room(src: &Path, name: &str) -> (BTreeSet<String>, BTreeMap<String, String>) {
    let dir = src.join(name);
    let files: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "rs") {
                Some(p.file_stem()?.to_string_lossy().into_owned())
            } else if p.join("mod.rs").is_file() {
                Some(p.file_name()?.to_string_lossy().into_owned())
            } else {
                None
            }
        })
        .collect();
    let mut exported = BTreeMap::new();
    let root = std::fs::read_to_string(dir.join("mod.rs")).unwrap();
    for line in root.lines().filter(|l| l.starts_with("pub use ")) {
        let statement = &root[root.find(line).unwrap()..];
        let statement = &statement[..statement.find(';').unwrap()];
        for path in paths(&statement["pub ".len()..]) {
            let mut parts = path.split("::");
            if let (Some(module), Some(item)) = (parts.next(), path.rsplit("::").next())
                && files.contains(module)
            {
                exported.insert(item.to_string(), module.to_string());
            }
        }
    }
    (files, exported)
}

/// The file graph of `src/<name>/`.
fn graph(src: &Path, name: &str) -> Graph {
    let (files, exported) = room(src, name);
    let mut graph = Graph::new();
    for file in &files {
        let path = match file.as_str() {
            "mod" => src.join(name).join("mod.rs"),
            f if src.join(name).join(f).is_dir() => src.join(name).join(f).join("mod.rs"),
            f => src.join(name).join(format!("{f}.rs")),
        };
        let mut code = code_of(&path);
        if file == "mod" {
            // Re-exports are the room's front door, not a use of the file.
            code = code
                .lines()
                .filter(|l| {
                    !l.starts_with("pub use ")
                        && !l.starts_with("pub mod ")
                        && !l.starts_with("mod ")
                })
                .collect::<Vec<_>>()
                .join("\n");
        }
        let crate_prefix = format!("crate::{name}::");
        let mut uses = BTreeSet::new();
        for p in paths(&code) {
            let within = if let Some(rest) = p.strip_prefix(&crate_prefix) {
                rest.to_string()
            } else if file != "mod" {
                match p.strip_prefix("super::") {
                    Some(rest) => rest.to_string(),
                    None => continue,
                }
            } else if files.contains(p.split("::").next().unwrap_or_default()) {
                p.clone()
            } else {
                continue;
            };
            let first = within.split("::").next().unwrap_or_default().to_string();
            let target = if files.contains(&first) && first != "mod" {
                first
            } else if let Some(module) = exported.get(&first) {
                module.clone()
            } else {
                "mod".to_string()
            };
            if target != *file {
                uses.insert(target);
            }
        }
        graph.insert(file.clone(), uses);
    }
    graph
}

/// The circles of a graph, each as the files on it (Tarjan's strongly connected parts).
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.graph.contains_key(w) {
                continue;
            }
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut part = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                part.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                part.sort();
                s.found.push(part);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_circle_between_the_files_of_a_room() {
    let mut found = Vec::new();
    for name in ["archive", "desk", "print", "publish"] {
        if !src().join(name).is_dir() {
            found.push(format!("src/{name}/ is missing"));
            continue;
        }
        let graph = graph(&src(), name);
        println!("{name}/");
        for (file, uses) in &graph {
            println!(
                "  {file} -> {}",
                uses.iter().cloned().collect::<Vec<_>>().join(", ")
            );
        }
        for circle in circles(&graph) {
            found.push(format!("{name}/: {}", circle.join(" <-> ")));
        }
    }
    assert!(found.is_empty(), "circles: {found:#?}");
}

#[test]
fn the_store_imports_nothing_of_printing_or_publishing() {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(src().join("archive")).unwrap().flatten() {
        let code = code_of(&entry.path());
        for p in paths(&code) {
            if [
                "crate::print",
                "crate::publish",
                "crate::kiosk",
                "crate::desk",
            ]
            .iter()
            .any(|room| p.starts_with(room))
            {
                found.push(format!("{}: {p}", entry.path().display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// A module of the desk that handles requests: it has a router or takes requests apart.
fn is_handler(name: &str) -> bool {
    let dir = src().join("desk");
    let path = match dir.join(name).is_dir() {
        true => dir.join(name).join("mod.rs"),
        false => dir.join(format!("{name}.rs")),
    };
    let code = std::fs::read_to_string(path).unwrap_or_default();
    code.contains("fn router(") || code.contains("axum::extract")
}

#[test]
fn the_desk_templates_import_no_handler() {
    let templates = src().join("desk").join("views");
    let mut found = Vec::new();
    let files: Vec<_> = std::fs::read_dir(&templates)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(
        !files.is_empty(),
        "the desk's templates live in src/desk/views/"
    );
    assert!(is_handler("cards"), "the cards module handles requests");
    for path in files {
        for p in paths(&code_of(&path)) {
            let module = p
                .strip_prefix("super::super::")
                .or_else(|| p.strip_prefix("crate::desk::"))
                .and_then(|rest| rest.split("::").next());
            let handler = module.is_some_and(|m| m != "views" && is_handler(m));
            if handler || p.starts_with("axum::extract") {
                found.push(format!("{}: {p}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The rooms each room may use (docs/ARCHITECTURE.md); utilities use none.
const MAY_USE: &[(&str, &[&str])] = &[
    ("card", &[]),
    ("capture", &["card"]),
    ("archive", &["card"]),
    ("print", &["archive"]),
    ("publish", &["archive", "card"]),
    ("kiosk", &["archive", "capture", "card", "print"]),
    ("desk", &["archive", "card", "publish"]),
];

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            found.push(path);
        }
    }
    found
}

#[test]
fn each_room_uses_only_the_rooms_below_it() {
    let rooms: Vec<&str> = MAY_USE.iter().map(|(room, _)| *room).collect();
    let mut found = BTreeSet::new();
    for (room, allowed) in MAY_USE {
        for path in sources(&src().join(room)) {
            for p in paths(&code_of(&path)) {
                let Some(used) = p.strip_prefix("crate::").and_then(|r| r.split("::").next())
                else {
                    continue;
                };
                if used != *room && rooms.contains(&used) && !allowed.contains(&used) {
                    found.insert(format!("{room} uses {used} ({})", path.display()));
                }
            }
        }
    }
    for utility in [
        "fsutil.rs",
        "language.rs",
        "parallel.rs",
        "progress.rs",
        "secret.rs",
    ] {
        for p in paths(&code_of(&src().join(utility))) {
            let used = p.strip_prefix("crate::").and_then(|r| r.split("::").next());
            if used.is_some_and(|u| rooms.contains(&u)) {
                found.insert(format!("{utility} uses {p}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
