// Lesson "La gestion de la mémoire": ownership moves make a double free impossible.
struct Ressource(String);

impl Drop for Ressource {
    fn drop(&mut self) {
        println!("libérée une seule fois : {}", self.0);
    }
}

fn consommer(r: Ressource) {
    println!("consomme {}", r.0);
}

fn main() {
    let r = Ressource(String::from("tampon"));
    consommer(r);
    // consommer(r); // refusé par le compilateur : valeur déplacée
    println!("fin de main");
}
