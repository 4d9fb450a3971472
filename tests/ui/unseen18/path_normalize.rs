// Path normalisation: split on '/', a Vec<&str> stack for "." and "..", join back; relative paths between two directories.
fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut stack: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if stack.last().map_or(false, |&p| p != "..") {
                    stack.pop();
                } else if !absolute {
                    stack.push("..");
                }
            }
            p => stack.push(p),
        }
    }
    let joined = stack.join("/");
    if absolute {
        format!("/{}", joined)
    } else if joined.is_empty() {
        String::from(".")
    } else {
        joined
    }
}

fn relative(from: &str, to: &str) -> String {
    let a = normalize(from);
    let b = normalize(to);
    let xs: Vec<&str> = a.split('/').filter(|s| !s.is_empty()).collect();
    let ys: Vec<&str> = b.split('/').filter(|s| !s.is_empty()).collect();
    let common = xs.iter().zip(ys.iter()).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; xs.len() - common];
    parts.extend_from_slice(&ys[common..]);
    if parts.is_empty() { ".".to_string() } else { parts.join("/") }
}

fn extension(path: &str) -> Option<&str> {
    let name = path.rsplit('/').next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() { None } else { Some(ext) }
}

fn main() {
    let paths = ["/usr/local/../bin/./rustc", "a/b/../../..", "./x//y/", "/../etc", "", "../../a/./b/..", "/"];
    for p in paths.iter() {
        println!("{:<28} => {}", format!("{:?}", p), normalize(p));
    }
    for (f, t) in [("/home/ana/src", "/home/ana/docs/notes"), ("/a/b/c", "/a/b/c"), ("/a", "/x/y")] {
        println!("{} -> {} : {}", f, t, relative(f, t));
    }
    for p in ["main.rs", "archive.tar.gz", ".bashrc", "dir.d/file", "noext"] {
        println!("ext({}) = {:?}", p, extension(p));
    }
}
