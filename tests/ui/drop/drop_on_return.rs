// A returned value is not dropped by the callee; the other locals are.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn build() -> Noisy {
    let _helper = Noisy("helper");
    let result = Noisy("result");
    println!("returning");
    result
}

fn main() {
    let r = build();
    println!("got {}", r.0);
    {
        build();
        println!("discarded result dropped at the semicolon");
    }
    println!("end of main");
}
