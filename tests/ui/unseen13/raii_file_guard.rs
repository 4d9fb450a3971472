// RAII as in the lesson: a File value opens on creation and closes itself in Drop, even on early return.
struct File {
    name: String,
    lines: Vec<String>,
}

impl File {
    fn open(name: &str) -> File {
        println!("Fichier ouvert: {}", name);
        File { name: name.to_string(), lines: Vec::new() }
    }
    fn write(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }
}

impl Drop for File {
    fn drop(&mut self) {
        println!("Fichier ferme: {} ({} lignes)", self.name, self.lines.len());
    }
}

fn save(name: &str, lines: &[&str]) -> Result<usize, String> {
    let mut f = File::open(name);
    for l in lines {
        if l.is_empty() {
            return Err(format!("ligne vide dans {}", name));
        }
        f.write(l);
    }
    Ok(f.lines.len())
}

fn main() {
    let log = File::open("journal.txt");
    println!("{:?}", save("a.txt", &["un", "deux"]));
    println!("{:?}", save("b.txt", &["un", "", "trois"]));
    {
        let mut tmp = File::open("tmp.txt");
        tmp.write("brouillon");
        println!("fin du bloc");
    }
    let moved = log;
    println!("journal deplace vers {}", moved.name);
    println!("fin de main");
}
