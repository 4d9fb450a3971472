// Lesson "La gestion de la mémoire": no GC, no manual free: values are freed at the end of scope.
struct Valeur(&'static str);

impl Drop for Valeur {
    fn drop(&mut self) {
        println!("libération de {}", self.0);
    }
}

fn main() {
    let _a = Valeur("a");
    {
        let _b = Valeur("b");
        println!("fin du bloc intérieur");
    }
    println!("fin de main");
}
