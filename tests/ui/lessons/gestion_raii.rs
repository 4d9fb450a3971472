// Lesson "Gestion Mémoire en Rust", RAII: File::open made compilable, Drop prints on scope exit.
struct File {
    name: String,
}

impl File {
    fn open(name: &str) -> File {
        println!("Fichier ouvert : {name}");
        File { name: name.to_string() }
    }
}

impl Drop for File {
    fn drop(&mut self) {
        // Libération automatique quand sort de portée
        println!("Fichier fermé : {}", self.name);
    }
}

fn main() {
    let file = File::open("test.txt");
    println!("utilisation de {}", file.name);
    // file sera automatiquement libéré ici
}
