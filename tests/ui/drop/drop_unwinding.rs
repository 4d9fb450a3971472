// A panic unwinds the stack and drops every live local, innermost frame first.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner() {
    let _i = Noisy("inner local");
    let v: Vec<u32> = Vec::new();
    println!("about to panic");
    let _ = v[3];
}

fn main() {
    let _a = Noisy("main a");
    let _moved = Noisy("moved away");
    drop(_moved);
    let _b = Noisy("main b");
    inner();
    println!("never printed");
}
