// A move closure owns its captures; they drop when the closure drops.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let f = move || println!("closure sees {} {}", a.0, b.0);
    f();
    println!("dropping closure");
    drop(f);
    let c = Noisy("c");
    let g = move || c;
    let c2 = g();
    println!("FnOnce returned {}", c2.0);
    println!("end of main");
}
