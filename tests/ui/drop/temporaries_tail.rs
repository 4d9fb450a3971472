// Edition 2024: temporaries of a block's tail expression drop before the block's locals.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn tail() -> usize {
    let _local = Noisy("local");
    Noisy("temporary").len()
}

fn main() {
    let n = tail();
    println!("n = {n}");
    let m = {
        let _inner = Noisy("inner");
        Noisy("block-temp").len()
    };
    println!("m = {m}");
}
