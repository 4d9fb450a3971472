// Normalises Unix paths with a Vec used as a stack: `.`, `..`, repeated slashes, and relative paths joined to a base.
fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().map_or(false, |&p| p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    match (absolute, joined.is_empty()) {
        (true, _) => format!("/{}", joined),
        (false, true) => String::from("."),
        (false, false) => joined,
    }
}

fn join(base: &str, rel: &str) -> String {
    if rel.starts_with('/') {
        normalize(rel)
    } else {
        normalize(&format!("{}/{}", base, rel))
    }
}

fn extension(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next()?;
    let dot = file.rfind('.')?;
    if dot == 0 { None } else { Some(&file[dot + 1..]) }
}

fn main() {
    let cases = ["/usr//local/./bin/", "/a/b/../../..", "a/./b/../../c", "../x/../../y", "", "/", "./.", "docs/../"];
    for c in cases {
        println!("{:<20} -> {}", format!("{:?}", c), normalize(c));
    }
    println!("{}", join("/home/ana", "../bo/notes.txt"));
    println!("{}", join("/home/ana", "/etc/hosts"));
    println!("{}", join("src", "../tests/./ui"));
    for p in ["/tmp/archive.tar.gz", "/home/.bashrc", "README", "dir.d/file"] {
        println!("{} has extension {:?}", p, extension(p));
    }
    let depth = |p: &str| normalize(p).split('/').filter(|s| !s.is_empty()).count();
    println!("depths: {} {} {}", depth("/a/b/c"), depth("/a/../b"), depth("/"));
}
