// Locals are dropped in reverse order of declaration at the end of their scope.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    {
        let _c = Noisy("c");
        let _d = Noisy("d");
        println!("end of inner scope");
    }
    let _e = Noisy("e");
    println!("end of main");
}
