// A directory tree as a recursive enum: sizes, indented printing, path search, mutation through &mut recursion.
#[derive(Debug)]
enum Entry {
    File { name: String, size: u64 },
    Dir { name: String, children: Vec<Entry> },
}

use Entry::{Dir, File};

fn file(name: &str, size: u64) -> Entry {
    File { name: name.to_string(), size }
}

fn dir(name: &str, children: Vec<Entry>) -> Entry {
    Dir { name: name.to_string(), children }
}

impl Entry {
    fn name(&self) -> &str {
        match self {
            File { name, .. } | Dir { name, .. } => name,
        }
    }

    fn size(&self) -> u64 {
        match self {
            File { size, .. } => *size,
            Dir { children, .. } => children.iter().map(|c| c.size()).sum(),
        }
    }

    fn print(&self, depth: usize) {
        let pad = "  ".repeat(depth);
        match self {
            File { name, size } => println!("{}{} ({} B)", pad, name, size),
            Dir { name, children } => {
                println!("{}{}/ [{} B]", pad, name, self.size());
                for c in children {
                    c.print(depth + 1);
                }
            }
        }
    }

    fn find(&self, path: &[&str]) -> Option<&Entry> {
        match path.split_first() {
            None => Some(self),
            Some((head, rest)) => match self {
                Dir { children, .. } => children.iter().find(|c| c.name() == *head)?.find(rest),
                File { .. } => None,
            },
        }
    }

    fn largest_files<'a>(&'a self, out: &mut Vec<(&'a str, u64)>) {
        match self {
            File { name, size } => out.push((name.as_str(), *size)),
            Dir { children, .. } => children.iter().for_each(|c| c.largest_files(out)),
        }
    }

    fn truncate_logs(&mut self) -> u32 {
        match self {
            File { name, size } if name.ends_with(".log") => {
                *size = 0;
                1
            }
            File { .. } => 0,
            Dir { children, .. } => children.iter_mut().map(|c| c.truncate_logs()).sum(),
        }
    }
}

fn main() {
    let mut root = dir("root", vec![
        file("readme.md", 1200),
        dir("src", vec![file("main.rs", 5400), file("lib.rs", 800), dir("bin", vec![file("tool.rs", 300)])]),
        dir("logs", vec![file("build.log", 9000), file("test.log", 4100)]),
        dir("empty", vec![]),
    ]);
    root.print(0);
    for path in [vec!["src", "bin", "tool.rs"], vec!["logs"], vec!["src", "nope"], vec!["readme.md", "x"]] {
        match root.find(&path) {
            Some(e) => println!("{} -> {} ({} B)", path.join("/"), e.name(), e.size()),
            None => println!("{} -> not found", path.join("/")),
        }
    }
    let mut files = Vec::new();
    root.largest_files(&mut files);
    files.sort_by(|a, b| b.1.cmp(&a.1));
    println!("top 3: {:?}", &files[..3]);
    let n = root.truncate_logs();
    println!("truncated {} logs, total now {} B", n, root.size());
}
