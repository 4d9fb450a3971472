// A struct with Drop: its drop runs at the end of the scope, in reverse declaration order.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Noisy { name: String::from("a") };
    let b = Noisy { name: String::from("b") };
    println!("{} {}", a.name, b.name);
}
