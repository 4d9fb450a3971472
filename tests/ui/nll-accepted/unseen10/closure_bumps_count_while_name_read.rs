// A closure captures only the counter field of a struct, so the name field can be read while the closure lives.
struct Turnstile {
    name: String,
    passes: u32,
}

fn main() {
    let mut gate = Turnstile { name: String::from("north gate"), passes: 0 };
    let mut pass = || gate.passes += 1;
    pass();
    println!("{} is open", gate.name);
    pass();
    pass();
    println!("{} passes at {}", gate.passes, gate.name);
}
