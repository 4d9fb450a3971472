// After a partial move out of a struct, only the remaining fields drop at scope end.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    a: Noisy,
    b: Noisy,
    c: Noisy,
}

fn main() {
    let h = Holder { a: Noisy("a"), b: Noisy("b"), c: Noisy("c") };
    let b = h.b;
    println!("moved out {}", b.0);
    drop(b);
    println!("end of main");
}
