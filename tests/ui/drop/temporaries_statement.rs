// Temporaries in a statement drop at the semicolon, in reverse order of creation.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn make(s: &'static str) -> Noisy {
    println!("make {s}");
    Noisy(s)
}

fn main() {
    println!("{} {}", make("t1").name(), make("t2").name());
    println!("after statement");
    let n = make("t3").name().len();
    println!("n = {n}");
    let _kept = make("kept");
    let _ = make("wildcard");
    println!("end of main");
}
