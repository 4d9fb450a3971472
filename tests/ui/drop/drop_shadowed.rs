// Shadowing does not drop the shadowed value: it lives until the end of the scope.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = Noisy("first x");
    let x = Noisy(if x.0.len() > 3 { "second x" } else { "?" });
    println!("using {}", x.0);
    let y = Noisy("y");
    let _y_ref = &y;
    println!("end of main");
}
