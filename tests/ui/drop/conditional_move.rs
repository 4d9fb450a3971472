// Drop flags: a value moved on only one branch is dropped at scope end only if still owned.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn run(flag: bool) {
    let a = Noisy(if flag { "moved" } else { "kept" });
    let _b = Noisy("b");
    if flag {
        consume(a);
    }
    println!("end of run({flag})");
}

fn main() {
    run(true);
    println!("--");
    run(false);
}
